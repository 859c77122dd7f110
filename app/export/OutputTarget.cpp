// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/OutputTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kMaxSymlinkHops = 40; // Linux's own limit

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// /dev/fd/N, /proc/self/fd/N or /proc/<our pid>/fd/N: a descriptor this process already has.
int ownDescriptor(const QString &path)
{
    static const QRegularExpression pattern(uR"(^/(?:dev/fd|proc/(self|\d+)/fd)/(\d+)$)"_s);
    const QRegularExpressionMatch m = pattern.match(path);
    if (!m.hasMatch())
        return -1;
    const QString pid = m.captured(1);
    if (!pid.isEmpty() && pid != "self"_L1 && pid.toLongLong() != qint64(::getpid()))
        return -1;
    bool ok = false;
    const int fd = m.captured(2).toInt(&ok);
    return ok ? fd : -1;
}

} // namespace

OutputTarget OutputTarget::invalid(const QString &problem)
{
    OutputTarget t;
    t.m_problem = problem;
    return t;
}

OutputTarget OutputTarget::inspect(const QString &path)
{
    if (path.isEmpty())
        return invalid(QCoreApplication::translate("OutputTarget", "no output file named"));
    // Follow the links by hand: a hop through /proc or /dev/fd means a stream whatever it
    // points to, and a link that leads nowhere is refused rather than written through.
    QString current = QFileInfo(path).absoluteFilePath();
    bool viaProcFs = false;
    for (int hop = 0;; ++hop) {
        if (const int fd = ownDescriptor(current); fd >= 0) {
            const int flags = ::fcntl(fd, F_GETFL);
            if (flags < 0)
                return invalid(
                    QCoreApplication::translate("OutputTarget", "descriptor %1 is not open")
                        .arg(fd));
            if ((flags & O_ACCMODE) == O_RDONLY)
                return invalid(QCoreApplication::translate("OutputTarget",
                                                           "descriptor %1 is open for reading only")
                                   .arg(fd));
            OutputTarget t;
            t.m_kind = Kind::Descriptor;
            t.m_resolved = current;
            t.m_fd = fd;
            return t;
        }
        viaProcFs =
            viaProcFs || current.startsWith("/proc/"_L1) || current.startsWith("/dev/fd/"_L1);
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        if (hop == kMaxSymlinkHops)
            return invalid(
                QCoreApplication::translate("OutputTarget", "too many levels of symbolic links"));
        const QString target = info.symLinkTarget();
        if (!QFileInfo::exists(target) && !QFileInfo(target).isSymLink())
            return invalid(QCoreApplication::translate(
                               "OutputTarget", "it is a symbolic link to %1, which does not exist")
                               .arg(target));
        current = target;
    }

    struct stat st = {};
    if (::stat(QFile::encodeName(current).constData(), &st) == 0)
        return inspectExisting(current, viaProcFs);
    if (errno != ENOENT)
        return invalid(errnoText(errno));
    const QString directory = QFileInfo(current).absolutePath();
    if (const QString problem = directoryProblem(directory); !problem.isEmpty())
        return invalid(problem);
    OutputTarget t;
    t.m_kind = Kind::NewFile;
    t.m_resolved = current;
    return t;
}

OutputTarget OutputTarget::inspectExisting(const QString &resolved, bool viaProcFs)
{
    struct stat st = {};
    ::stat(QFile::encodeName(resolved).constData(), &st);
    OutputTarget t;
    t.m_resolved = resolved;
    if (S_ISREG(st.st_mode) && !viaProcFs) {
        // QSaveFile refuses to replace a file it could not write itself.
        if (::access(QFile::encodeName(resolved).constData(), W_OK) != 0)
            return invalid(errnoText(errno));
        if (const QString problem = directoryProblem(QFileInfo(resolved).absolutePath());
            !problem.isEmpty())
            return invalid(problem);
        t.m_kind = Kind::RegularFile;
        return t;
    }
    if (S_ISDIR(st.st_mode))
        return invalid(QCoreApplication::translate("OutputTarget", "it is a directory"));
    if (S_ISBLK(st.st_mode))
        return invalid(QCoreApplication::translate(
            "OutputTarget", "it is a block device; an export is never written onto a disk"));
    if (S_ISSOCK(st.st_mode))
        return invalid(QCoreApplication::translate(
            "OutputTarget", "it is a socket, which cannot be opened as a file"));
    // Character devices, FIFOs, and whatever /proc shows: written in place. access() rather
    // than open(): opening a FIFO for writing blocks until a reader comes.
    if (::access(QFile::encodeName(resolved).constData(), W_OK) != 0)
        return invalid(errnoText(errno));
    t.m_kind = Kind::Stream;
    return t;
}

// QSaveFile writes a temporary file beside the target, so the directory must take a new file.
// Tried for real: as root access() says yes to a read-only directory, and a read-only mount or
// /sys answers only an actual attempt.
QString OutputTarget::directoryProblem(const QString &directory)
{
    const QFileInfo dir(directory);
    if (!dir.exists())
        return QCoreApplication::translate("OutputTarget", "the directory %1 does not exist")
            .arg(directory);
    if (!dir.isDir())
        return QCoreApplication::translate("OutputTarget", "%1 is not a directory").arg(directory);
    QTemporaryFile probe(QDir(directory).filePath(u".fota-monitor-probe-XXXXXX"_s));
    if (!probe.open())
        return QCoreApplication::translate("OutputTarget", "cannot create a file in %1: %2")
            .arg(directory, probe.errorString());
    return {};
}

} // namespace fota
