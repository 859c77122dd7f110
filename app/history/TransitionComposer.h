// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QVariant>

#include <vector>

namespace fota {

// Folds a device's successive recorded changes into one: A→B then B→C is A→C, and A→B then
// B→A is no change at all. Feed changes in recording order. Used for "what changed between
// two snapshots" and when retention merges a removed snapshot's changes into the next one.
class TransitionComposer
{
public:
    // Status string ids; kAbsent when the device was not in the table on that side.
    static constexpr qint64 kAbsent = -1;

    struct Folded
    {
        QVariant device; // as stored: the packed numeric ID (qint64) or the text ID
        qint64 from = kAbsent;
        qint64 to = kAbsent;
        qint64 lastRow = 0; // the rowid of the device's latest change
        QVariant statusTimeMs;
    };

    void add(const QVariant &device, qint64 from, qint64 to, qint64 row = 0,
             const QVariant &statusTimeMs = {});
    // Devices whose status differs between the first `from` and the last `to`, in first-seen
    // order.
    std::vector<Folded> changed() const;
    // Every row id that was added and is not the lastRow of a changed device.
    std::vector<qint64> redundantRows() const;

private:
    std::vector<Folded> m_folded;
    std::vector<qint64> m_rows;
    QHash<qint64, qsizetype> m_numeric;
    QHash<QString, qsizetype> m_text;
};

} // namespace fota
