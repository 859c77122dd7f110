// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "export/ExportFormat.h"

#include <QByteArray>
#include <QIODevice>

#include <vector>

namespace fota {

// What may differ between CSV files; the default is plain RFC 4180 UTF-8, byte for byte what the
// command line writes.
struct CsvOptions
{
    // Starts the file with the UTF-8 byte-order mark (EF BB BF): Excel reads a CSV without one
    // in the machine's legacy code page and garbles every non-ASCII reason.
    bool byteOrderMark = false;
};

// RFC 4180 CSV in UTF-8 with CRLF line ends and the header
// deviceId,status,resultReason,updatedTime,recentAttemptTime,nextAttemptTime.
// A cell that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) gets a
// leading apostrophe; reasons come from devices and the network, so they are untrusted.
class CsvWriter
{
public:
    static QByteArray header();
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    // False when cancelled or the device refused a write (*error says which).
    static bool write(QIODevice *out, const DeviceStore &store, const std::vector<quint32> &rows,
                      const ExportControl &control, QString *error, const CsvOptions &options = {});
    static void appendCell(QByteArray &out, QStringView text);
};

} // namespace fota
