// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportFormat.h"
#include "report/ReportModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

#include <atomic>

namespace fota {

// Renders a report in memory and writes it by the export's rules (ExportJob::writeFileWith):
// a regular file appears whole or not at all and an existing one stays untouched on failure;
// a FIFO, a character device or /dev/stdout is written in place and never replaced.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // The whole file's bytes; empty with *error set when it could not be made (or was
    // cancelled).
    static QByteArray render(const ReportModel &model, ReportFormat format, const QLocale &locale,
                             QString *error, const std::atomic<bool> *cancel = nullptr);
    // Empty on success, else what went wrong (naming the path, with the system's words).
    static QString writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace fota
