// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportWriter.h"

#include "export/ExportJob.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportPdfWriter.h"

#include <QBuffer>

namespace fota {

QByteArray ReportWriter::render(const ReportModel &model, ReportFormat format,
                                const QLocale &locale, QString *error,
                                const std::atomic<bool> *cancel)
{
    if (format == ReportFormat::Html)
        return ReportHtmlWriter::write(model, locale);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const QString problem = ReportPdfWriter::write(model, locale, &buffer, cancel);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return pdf;
}

QString ReportWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    return ExportJob::writeFileWith(path, [&bytes](QIODevice *device) {
        if (device->write(bytes) != bytes.size())
            return device->errorString();
        return QString();
    });
}

} // namespace fota
