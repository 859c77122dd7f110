// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceSet.h"
#include "campaign/DeviceStore.h"
#include "campaign/FoldedPool.h"
#include "campaign/StatusBucket.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fota {

// What the operator asked to see. A plain value: the proxy compares old and new and does
// nothing when they are equal.
struct DeviceFilter
{
    // Status selection. With every bucket and no raw status selected, status does not filter;
    // otherwise a device is shown when its bucket is among `buckets` (unless that is all of
    // them) or its raw status is among `statuses` (exact text), as in a sidebar where buckets
    // and individual statuses can be ticked together.
    BucketMask buckets = kAllBuckets;
    QStringList statuses;
    QString text; // part of an IMEI, or text in the result reason (case- and accent-insensitive)
    QString reasonGroup;      // a ReasonGroups::normalize() key; empty: any reason
    bool overdueOnly = false; // pending with a next attempt before nowMs
    qint64 nowMs = 0;
    bool changedOnly = false; // status changed since the previous load
    // Only these devices (e.g. those that changed since a snapshot); null: any. Compared by
    // identity: a new set is a new filter.
    std::shared_ptr<const DeviceSet> devices;

    static DeviceFilter of(BucketMask buckets, const QString &text)
    {
        DeviceFilter f;
        f.buckets = buckets;
        f.text = text;
        return f;
    }

    bool isEmpty() const
    {
        return buckets == kAllBuckets && statuses.isEmpty() && text.trimmed().isEmpty() &&
               reasonGroup.isEmpty() && !overdueOnly && !changedOnly && !devices;
    }
    // True when every device `narrower` shows is also shown by this filter.
    bool contains(const DeviceFilter &narrower) const;
    bool operator==(const DeviceFilter &o) const = default;
};

// A filter bound to a store, with the per-string work done once: each distinct reason is
// matched against the text (and the reason group) once, not once per device. The cheap
// integer tests run first.
class DeviceFilterMatcher
{
public:
    // `reasonFolds` is the folded form of the store's reasons, kept by the caller across
    // filters so a keystroke folds nothing; the caller updates it before refresh(). Without
    // one the matcher folds for itself.
    DeviceFilterMatcher(const DeviceFilter &filter, const DeviceStore &store,
                        const FoldedPool *reasonFolds = nullptr);

    // Call after the store's pools grew.
    void refresh();
    bool accepts(quint32 row) const;
    static bool isOverdue(const DeviceStore &store, const DeviceRow &row, qint64 nowMs)
    {
        return isOverdue(store.bucket(row), row, nowMs);
    }
    // The same rule for a row whose bucket is known (a row read from a packed table).
    static bool isOverdue(StatusBucket bucket, const DeviceRow &row, qint64 nowMs);

private:
    const DeviceStore &m_store;
    DeviceFilter m_filter;
    bool m_byStatus = false;
    BucketMask m_buckets = 0; // buckets that pass on their own
    QString m_text;
    QString m_foldedText;
    QByteArray m_digits; // the text, when it could be part of an IMEI
    std::unique_ptr<FoldedPool> m_ownFolds;
    const FoldedPool *m_folds = nullptr;
    std::vector<bool> m_reasonMatch;
    std::vector<bool> m_reasonInGroup;
    std::vector<bool> m_statusSelected;
    std::vector<bool> m_inDeviceSet; // per row when the matcher was made; later rows by key
};

} // namespace fota
