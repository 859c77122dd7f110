// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "export/CsvWriter.h"
#include "export/ExportFormat.h"

#include <QString>

#include <functional>
#include <vector>

class QIODevice;

namespace fota {

// Everything an export needs, owned by value so it can run on a worker thread while pages keep
// arriving in the live store.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Csv;
    DeviceStore store;
    std::vector<quint32> rows; // in the order to write
    ExportMetadata metadata;
    CsvOptions csv; // for ExportFormat::Csv
};

// Writes an export. A regular file (or a new one) goes through QSaveFile: it appears complete
// or not at all, and a failed or cancelled export leaves an existing file untouched. A FIFO, a
// character device or one of the process's descriptors (/dev/stdout) is written in place and
// never replaced (OutputTarget). Every write error is reported with the system's words.
class ExportJob
{
public:
    // Blocking; returns an empty string on success, else what went wrong.
    static QString writeFile(const QString &path, const ExportRequest &request,
                             const ExportControl &control = {});
    // To this process's standard output; a failed write or flush is an error.
    static QString writeStandardOutput(const ExportRequest &request,
                                       const ExportControl &control = {});
    // Writes what `produce` writes to the device it is given (its error text, or empty), with
    // the same rules: atomic for a regular file, in place for a stream, nothing left behind on
    // failure. For other writers than CSV and JSON (the campaign report).
    using Producer = std::function<QString(QIODevice *device)>;
    static QString writeFileWith(const QString &path, const Producer &produce);
    // Why `path` could not be written, checked before the work starts; empty if it can.
    static QString checkWritable(const QString &path);
    static QString writeDevice(QIODevice *device, const ExportRequest &request,
                               const ExportControl &control = {});
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString suffix(ExportFormat format);
};

} // namespace fota
