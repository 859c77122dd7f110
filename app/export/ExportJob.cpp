#include "export/ExportJob.h"

#include "export/CsvWriter.h"
#include "export/JsonWriter.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fota {

QString ExportJob::writeDevice(QIODevice *device, const ExportRequest &request,
                               const ExportControl &control)
{
    QString error;
    const bool ok =
        request.format == ExportFormat::Csv
            ? CsvWriter::write(device, request.store, request.rows, control, &error, request.csv)
            : JsonWriter::write(device, request.store, request.rows, request.metadata, control,
                                &error);
    return ok ? QString() : error;
}

QString ExportJob::writeFile(const QString &path, const ExportRequest &request,
                             const ExportControl &control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    const QString error = writeDevice(&file, request, control);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return u"cannot save %1: %2"_s.arg(path, file.errorString());
    return {};
}

std::optional<ExportFormat> ExportJob::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "csv"_L1)
        return ExportFormat::Csv;
    if (n == "json"_L1)
        return ExportFormat::Json;
    return std::nullopt;
}

QString ExportJob::suffix(ExportFormat format)
{
    return format == ExportFormat::Csv ? u"csv"_s : u"json"_s;
}

} // namespace fota
