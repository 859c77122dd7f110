// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "export/ExportFormat.h"

#include <QIODevice>

#include <vector>

namespace fota {

// {"accountName", "campaignId", "totalDevice", "exportedAt", "devices": [...]} with the API's
// field names and null for absent times. Streamed: a QJsonDocument of a million devices would
// need ~1 GB before the first byte is written.
class JsonWriter
{
public:
    static bool write(QIODevice *out, const DeviceStore &store, const std::vector<quint32> &rows,
                      const ExportMetadata &metadata, const ExportControl &control, QString *error);
    static void appendString(QByteArray &out, QStringView text);
};

} // namespace fota
