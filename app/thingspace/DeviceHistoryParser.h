// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/DeviceHistoryEntry.h"

#include <QJsonDocument>
#include <QStringList>

namespace fota {

// Reads a device's upgrade history. The documented answer is a bare array; an object wrapping
// the array is accepted too because other FOTA endpoints wrap their lists and the docs are not
// reliable about which ones do.
class DeviceHistoryParser
{
public:
    // False (with a reason in *error) when the document is an error body or holds no list.
    // Entries that are not objects are skipped; unreadable fields are noted in *warnings.
    static bool parse(const QJsonDocument &document, QList<DeviceHistoryEntry> *entries,
                      QString *error, QStringList *warnings = nullptr);
};

} // namespace fota
