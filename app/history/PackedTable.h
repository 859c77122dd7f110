#pragma once

#include "campaign/DeviceStore.h"
#include "history/DeviceStatusIndex.h"

#include <QByteArray>

#include <optional>

namespace fota {

// A whole device table as one compressed blob, so a campaign reopens from history at once.
// Columns, not rows: device keys as deltas (a walk delivers them ascending, so most deltas
// take 2-3 bytes), pool indexes as varints, each time as a delta from the row's status time;
// then zlib. The string pools go in front, each string once.
class PackedTable
{
public:
    static constexpr int kFormat = 1;

    static QByteArray encode(const DeviceStore &store);
    // A store equal to the encoded one: same rows in the same order, same texts, times and
    // totalDevice. nullopt if the blob is damaged (never a partial table).
    static std::optional<DeviceStore> decode(const QByteArray &blob);
    // Only device keys and statuses, for comparing the next load against this one.
    static std::optional<DeviceStatusIndex> decodeStatuses(const QByteArray &blob);
};

} // namespace fota
