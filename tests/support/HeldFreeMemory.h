// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFile>

#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace fota::test {

// The process's resident memory, from /proc/self/statm (its second field, in pages).
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * ::sysconf(_SC_PAGESIZE) : -1;
}

// What a walk leaves behind, made on purpose: blocks of a page body's size (under the
// allocator's mapping threshold) written and freed, while the last one stays live above them
// so the heap's top cannot shrink. free() leaves their pages resident.
class HeldFreeMemory
{
public:
    static constexpr size_t kBlock = 200 * 1024;

    explicit HeldFreeMemory(size_t blocks)
    {
        std::vector<void *> freed;
        for (size_t i = 0; i < blocks; ++i) {
            freed.push_back(std::malloc(kBlock));
            std::memset(freed.back(), 1, kBlock);
        }
        m_top = freed.back();
        freed.pop_back();
        for (void *block : freed)
            std::free(block);
        m_freedBytes = qint64(freed.size() * kBlock);
    }
    ~HeldFreeMemory() { std::free(m_top); }
    HeldFreeMemory(const HeldFreeMemory &) = delete;
    HeldFreeMemory &operator=(const HeldFreeMemory &) = delete;

    qint64 freedBytes() const { return m_freedBytes; }

private:
    void *m_top = nullptr;
    qint64 m_freedBytes = 0;
};

} // namespace fota::test
