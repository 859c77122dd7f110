// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExportJob.h"

#include "export/CsvWriter.h"
#include "export/DescriptorWriter.h"
#include "export/JsonWriter.h"
#include "export/OutputTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

namespace {

// Writes to a descriptor the caller owns or lent; closes an owned one and reports that too.
QString writeTo(int fd, bool owned, const QString &name, const ExportJob::Producer &produce)
{
    DescriptorWriter out(fd, owned);
    QString error = produce(&out);
    const QString closeProblem = out.closeChecked();
    if (error.isEmpty() && !closeProblem.isEmpty())
        error = QCoreApplication::translate("ExportJob", "could not write: %1").arg(closeProblem);
    return error.isEmpty()
               ? QString()
               : QCoreApplication::translate("ExportJob", "cannot write %1: %2").arg(name, error);
}

QString saveFile(const QString &path, const OutputTarget &target,
                 const ExportJob::Producer &produce)
{
    QSaveFile file(target.resolvedPath());
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ExportJob", "cannot write %1: %2")
            .arg(path, file.errorString());
    // The bytes go straight to the temporary file's descriptor, never through QFile's buffer,
    // whose short writes hid a full disk as "Unknown error".
    DescriptorWriter out(int(file.handle()), false);
    out.setWriteBehind(true);
    const QString error = produce(&out);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return QCoreApplication::translate("ExportJob", "cannot write %1: %2").arg(path, error);
    }
    // A full disk may only show when the data reaches it (delayed allocation, NFS).
    if (::fsync(int(file.handle())) != 0 && errno != EINVAL && errno != EROFS) {
        const QString problem = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return QCoreApplication::translate("ExportJob", "cannot write %1: %2").arg(path, problem);
    }
    if (!file.commit())
        return QCoreApplication::translate("ExportJob", "cannot save %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace

QString ExportJob::writeFile(const QString &path, const ExportRequest &request,
                             const ExportControl &control)
{
    return writeFileWith(path,
                         [&](QIODevice *device) { return writeDevice(device, request, control); });
}

QString ExportJob::writeFileWith(const QString &path, const Producer &produce)
{
    const OutputTarget target = OutputTarget::inspect(path);
    switch (target.kind()) {
    case OutputTarget::Kind::NewFile:
    case OutputTarget::Kind::RegularFile:
        return saveFile(path, target, produce);
    case OutputTarget::Kind::Stream: {
        // No O_CREAT: if the node vanished since it was inspected, nothing is created in its
        // place. No O_TRUNC either: a device or FIFO has nothing to truncate.
        const int fd = ::open(QFile::encodeName(target.resolvedPath()).constData(),
                              O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        // A regular file reached through /proc is still written whole, as `>` would.
        struct stat st = {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::ftruncate(fd, 0) != 0) {
            const QString problem = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                .arg(path, problem);
        }
        return writeTo(fd, true, path, produce);
    }
    case OutputTarget::Kind::Descriptor: {
        // The descriptor itself (not the file behind it, reopened): its offset and O_APPEND
        // are what the shell set up.
        const int fd = ::fcntl(target.descriptor(), F_DUPFD_CLOEXEC, 3);
        if (fd < 0)
            return QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return writeTo(fd, true, path, produce);
    }
    case OutputTarget::Kind::Invalid:
        break;
    }
    return QCoreApplication::translate("ExportJob", "cannot write %1: %2")
        .arg(path, target.problem());
}

QString ExportJob::writeStandardOutput(const ExportRequest &request, const ExportControl &control)
{
    std::fflush(stdout); // nothing of stdio's may come after the export's bytes
    return writeTo(STDOUT_FILENO, false,
                   QCoreApplication::translate("ExportJob", "standard output"),
                   [&](QIODevice *device) { return writeDevice(device, request, control); });
}

QString ExportJob::checkWritable(const QString &path)
{
    const OutputTarget target = OutputTarget::inspect(path);
    return target.isValid() ? QString()
                            : QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                                  .arg(path, target.problem());
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
