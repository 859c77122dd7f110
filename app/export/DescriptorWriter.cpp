// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/DescriptorWriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

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
    return written;
}

} // namespace fota
