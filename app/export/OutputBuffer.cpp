// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/OutputBuffer.h"

#include <QCoreApplication>
#include <QIODevice>

namespace fota {

OutputBuffer::OutputBuffer(QIODevice *out, QString *error)
    : m_out(out)
    , m_error(error)
    , m_data(size_t(kFlushBytes + 64 * 1024))
{}

bool OutputBuffer::flush()
{
    if (m_used == 0)
        return true;
    if (m_out->write(m_data.data(), m_used) != m_used) {
        *m_error = QCoreApplication::translate("ExportJob", "could not write: %1")
                       .arg(m_out->errorString());
        return false;
    }
    m_used = 0;
    return true;
}

} // namespace fota
