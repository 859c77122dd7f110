// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <vector>

class QIODevice;

namespace fota {

// One buffer for a whole export, written into through a raw pointer and handed to the device in
// chunks of about a megabyte. The writers appended each cell to a QByteArray, and its append
// (a detach check, a capacity check and a call to insert() per cell) measured more than the
// formatting itself; here a row asks once for room for its longest possible text.
class OutputBuffer
{
public:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    // `error` receives why a write failed.
    OutputBuffer(QIODevice *out, QString *error);

    // Room for at least `bytes` bytes at the returned pointer, after what is buffered; what is
    // buffered goes to the device first once it would pass kFlushBytes. Null if that write
    // failed. commit() says how much was used.
    char *reserve(qsizetype bytes)
    {
        if (m_used + bytes > kFlushBytes && m_used > 0 && !flush())
            return nullptr;
        if (m_used + bytes > qsizetype(m_data.size()))
            m_data.resize(size_t(m_used + bytes)); // a row longer than a megabyte
        return m_data.data() + m_used;
    }
    void commit(const char *end) { m_used = end - m_data.data(); }
    bool append(QByteArrayView bytes)
    {
        char *p = reserve(bytes.size());
        if (!p)
            return false;
        if (!bytes.isEmpty())
            std::memcpy(p, bytes.data(), size_t(bytes.size()));
        commit(p + bytes.size());
        return true;
    }
    // Writes what is buffered; false (with the device's words in *error) if the device refused.
    bool flush();

private:
    QIODevice *m_out;
    QString *m_error;
    std::vector<char> m_data;
    qsizetype m_used = 0;
};

} // namespace fota
