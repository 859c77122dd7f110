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
    // For a file that is synced when complete (an export's temporary file): each time this
    // many more bytes are written, the kernel is asked to start writing them to the disk
    // (sync_file_range), so the disk works while the rest is formatted and the final fsync
    // waits only for the tail. Advisory: where the kernel cannot, nothing changes.
    static constexpr qint64 kWriteBehindBytes = qint64(8) << 20;
    void setWriteBehind(bool on) { m_writeBehind = on; }
    // Bytes handed to the kernel for writing ahead so far (for the test).
    qint64 writtenBehind() const { return m_behind; }
    void close() override;
    // close() for an owned descriptor, reporting what the kernel said (a deferred write error
    // on NFS, say); empty on success.
    QString closeChecked();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void writeBehind();

    int m_fd;
    bool m_owned;
    bool m_writeBehind = false;
    qint64 m_written = 0; // bytes written since opening
    qint64 m_behind = 0;  // of those, passed to sync_file_range
};

} // namespace fota
