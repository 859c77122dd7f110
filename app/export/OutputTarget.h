// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// What an export's output path names, and so how it may be written. Atomic replacement
// (QSaveFile: a temporary file renamed over the target) is only for a regular file or a path
// that does not exist yet. Anything else is written in place as a stream and never unlinked or
// renamed over: replacing /dev/null with a regular file as root would break the system, and
// replacing the file behind a shell's redirection (/dev/stdout -> /proc/self/fd/1) would lose
// the output. Decided before a long load (so a target that cannot be written fails at once)
// and again when writing.
class OutputTarget
{
public:
    enum class Kind
    {
        NewFile,     // does not exist yet: QSaveFile creates it
        RegularFile, // QSaveFile replaces it
        Stream,      // a character device or FIFO: opened and written in place
        Descriptor,  // one of this process's open descriptors (/dev/stdout, /proc/self/fd/N)
        Invalid      // cannot be written; problem() says why
    };

    static OutputTarget inspect(const QString &path);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // Symbolic links followed: the file QSaveFile writes, or the node opened as a stream.
    const QString &resolvedPath() const { return m_resolved; }
    int descriptor() const { return m_fd; } // Kind::Descriptor
    const QString &problem() const { return m_problem; }

private:
    static OutputTarget invalid(const QString &problem);
    static OutputTarget inspectExisting(const QString &resolved, bool viaProcFs);
    static QString directoryProblem(const QString &directory);

    Kind m_kind = Kind::Invalid;
    QString m_resolved;
    int m_fd = -1;
    QString m_problem;
};

} // namespace fota
