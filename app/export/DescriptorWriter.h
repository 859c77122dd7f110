// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIODevice>

namespace fota {

// A write-only, unbuffered QIODevice over a POSIX file descriptor. QFile reports a short write
// (a disk that fills up mid-buffer) as success with fewer bytes and no error, which reached
// the user as "Unknown error"; this device writes everything or fails with errno's text
// ("No space left on device"). Used for every export target: a QSaveFile's temporary file, a
// FIFO or device written in place, and standard output.
class DescriptorWriter : public QIODevice
{
    Q_OBJECT
public:
    // Takes ownership of fd when `owned` (closed by close() or the destructor).
    DescriptorWriter(int fd, bool owned, QObject *parent = nullptr);
    ~DescriptorWriter() override;

    bool isSequential() const override { return true; }
    void close() override;
    // close() for an owned descriptor, reporting what the kernel said (a deferred write error
    // on NFS, say); empty on success.
    QString closeChecked();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_fd;
    bool m_owned;
};

} // namespace fota
