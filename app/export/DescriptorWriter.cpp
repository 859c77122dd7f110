// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/DescriptorWriter.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fota {

DescriptorWriter::DescriptorWriter(int fd, bool owned, QObject *parent)
    : QIODevice(parent)
    , m_fd(fd)
    , m_owned(owned)
{
    if (m_fd >= 0)
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    else
        setErrorString(QString::fromLocal8Bit(std::strerror(EBADF)));
}

DescriptorWriter::~DescriptorWriter()
{
    close();
}

void DescriptorWriter::close()
{
    closeChecked();
}

QString DescriptorWriter::closeChecked()
{
    QString problem;
    if (m_owned && m_fd >= 0 && ::close(m_fd) != 0 && errno != EINTR)
        problem = QString::fromLocal8Bit(std::strerror(errno));
    m_fd = -1;
    if (isOpen())
        QIODevice::close();
    return problem;
}

qint64 DescriptorWriter::readData(char *, qint64)
{
    return -1;
}

qint64 DescriptorWriter::writeData(const char *data, qint64 size)
{
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_fd, data + written, size_t(size - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // A write of zero bytes would loop forever; say what the kernel said instead.
            setErrorString(QString::fromLocal8Bit(std::strerror(n < 0 ? errno : EIO)));
            return -1;
        }
        written += n;
    }
    m_written += written;
    if (m_writeBehind && m_written - m_behind >= kWriteBehindBytes)
        writeBehind();
    return written;
}

void DescriptorWriter::writeBehind()
{
#ifdef SYNC_FILE_RANGE_WRITE
    // Only starts the write-out of pages not yet under way; it does not wait for them.
    if (::sync_file_range(m_fd, m_behind, m_written - m_behind, SYNC_FILE_RANGE_WRITE) != 0) {
        m_writeBehind = false; // not a file this works on: the final fsync does it all
        return;
    }
    m_behind = m_written;
#else
    m_writeBehind = false;
#endif
}

} // namespace fota
