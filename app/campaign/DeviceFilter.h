#pragma once

#include "campaign/DeviceStore.h"
#include "campaign/StatusBucket.h"

#include <QString>

#include <vector>

namespace fota {

// What the operator asked to see. A plain value: the proxy compares old and new and does
// nothing when they are equal.
struct DeviceFilter
{
    BucketMask buckets = kAllBuckets;
    QString text; // part of an IMEI, or text in the result reason (case-insensitive)

    bool isEmpty() const { return buckets == kAllBuckets && text.trimmed().isEmpty(); }
    bool operator==(const DeviceFilter &o) const = default;
};

// A filter bound to a store, with the per-string work done once: each distinct reason is
// matched against the text once, not once per device. The cheap bucket test runs first.
class DeviceFilterMatcher
{
public:
    DeviceFilterMatcher(const DeviceFilter &filter, const DeviceStore &store);

    // Call after the store's pools grew.
    void refresh();
    bool accepts(quint32 row) const;

private:
    const DeviceStore &m_store;
    BucketMask m_buckets;
    QString m_text;
    QByteArray m_digits; // the text, when it could be part of an IMEI
    std::vector<bool> m_reasonMatch;
};

} // namespace fota
