#pragma once

#include "campaign/DeviceStore.h"
#include "export/ExportFormat.h"

#include <QByteArray>
#include <QIODevice>

#include <vector>

namespace fota {

// RFC 4180 CSV in UTF-8 with CRLF line ends and the header
// deviceId,status,resultReason,updatedTime,recentAttemptTime,nextAttemptTime.
// A cell that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) gets a
// leading apostrophe; reasons come from devices and the network, so they are untrusted.
class CsvWriter
{
public:
    static QByteArray header();
    // False when cancelled or the device refused a write (*error says which).
    static bool write(QIODevice *out, const DeviceStore &store, const std::vector<quint32> &rows,
                      const ExportControl &control, QString *error);
    static void appendCell(QByteArray &out, QStringView text);
};

} // namespace fota
