// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "campaign/StatusBucket.h"

#include <QList>
#include <QString>

#include <vector>

namespace fota {

// Groups result reasons that differ only in embedded dates, times or counts ("try count 2",
// "scheduled for 06 Oct 22 18:05 UTC"), so an operator sees one line per cause.
class ReasonGroups
{
public:
    struct Group
    {
        QString key; // the normalised reason, also what DeviceFilter::reasonGroup takes
        qint64 count = 0;
        QString example; // one real reason of the group
    };

    // "Device did not respond, try count 2" -> "Device did not respond, try count #". Only the
    // first 1,000 characters are read.
    static QString normalize(const QString &reason);
    // The key as an operator reads it: "-# dBm signal" -> "-N dBm signal" (a number goes by N,
    // as in "try count N"), on one line and at most maxChars long ("…" when cut).
    static QString label(const QString &key, qsizetype maxChars = 300);

    // Counts the devices in `buckets` per group, most frequent first (ties by key). Each
    // distinct reason is normalised once and remembered, so a recount is one pass over the rows.
    // What is remembered belongs to one store generation: another campaign starts afresh.
    QList<Group> count(const DeviceStore &store, BucketMask buckets);
    // The group of the store's reason pool entry `reasonIndex`, as the last count() on that
    // store found it (empty when count() has not seen it): which devices make up a group.
    QString keyOf(quint32 reasonIndex) const;
    // Forgets what was learnt (the store was cleared).
    void reset();

private:
    quint64 m_generation = 0;
    std::vector<qint32> m_groupOfReason; // reason pool index -> index into m_keys
    QList<QString> m_keys;
    QHash<QString, qint32> m_keyIndex;
};

} // namespace fota
