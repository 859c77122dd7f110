// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/StatusBucket.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fota {

StatusBucket StatusBuckets::fromStatus(QStringView status)
{
    QString s = status.trimmed().toString().toLower();
    s.remove(u' ');
    s.remove(u'_');
    s.remove(u'-');
    if (s.isEmpty())
        return StatusBucket::Other;

    // The values seen in the docs and SDKs first, exactly.
    static const std::pair<QLatin1StringView, StatusBucket> known[] = {
        {"upgradesuccess"_L1, StatusBucket::Succeeded},
        {"success"_L1, StatusBucket::Succeeded},
        {"succeeded"_L1, StatusBucket::Succeeded},
        {"upgradefailed"_L1, StatusBucket::Failed},
        {"upgradedfailed"_L1, StatusBucket::Failed},
        {"upgradefailure"_L1, StatusBucket::Failed},
        {"failure"_L1, StatusBucket::Failed},
        {"failed"_L1, StatusBucket::Failed},
        {"devicerejected"_L1, StatusBucket::Failed},
        {"upgradepending"_L1, StatusBucket::Pending},
        {"pending"_L1, StatusBucket::Pending},
        {"scheduled"_L1, StatusBucket::Pending},
        {"queued"_L1, StatusBucket::Pending},
        {"accepted"_L1, StatusBucket::InProgress},
        {"inprogress"_L1, StatusBucket::InProgress},
        {"upgradeinprogress"_L1, StatusBucket::InProgress},
        {"downloading"_L1, StatusBucket::InProgress},
        {"installing"_L1, StatusBucket::InProgress},
        {"campaigncancelled"_L1, StatusBucket::Cancelled},
        {"campaigncanceled"_L1, StatusBucket::Cancelled},
        {"campaignaborted"_L1, StatusBucket::Cancelled},
        {"cancelled"_L1, StatusBucket::Cancelled},
        {"canceled"_L1, StatusBucket::Cancelled},
        {"aborted"_L1, StatusBucket::Cancelled},
    };
    for (const auto &[name, bucket] : known) {
        if (s == name)
            return bucket;
    }
    // Unknown spellings: guess from the word stem, but only for unambiguous stems.
    if (s.contains("fail"_L1) || s.contains("reject"_L1) || s.contains("error"_L1))
        return StatusBucket::Failed;
    if (s.contains("cancel"_L1) || s.contains("abort"_L1))
        return StatusBucket::Cancelled;
    if (s.contains("success"_L1) || s.contains("succeed"_L1) || s.contains("complete"_L1))
        return StatusBucket::Succeeded;
    if (s.contains("pending"_L1) || s.contains("schedul"_L1) || s.contains("queue"_L1))
        return StatusBucket::Pending;
    if (s.contains("progress"_L1) || s.contains("download"_L1) || s.contains("install"_L1))
        return StatusBucket::InProgress;
    return StatusBucket::Other;
}

QString StatusBuckets::displayName(StatusBucket bucket)
{
    switch (bucket) {
    case StatusBucket::Succeeded:
        return QCoreApplication::translate("StatusBucket", "Succeeded");
    case StatusBucket::Failed:
        return QCoreApplication::translate("StatusBucket", "Failed");
    case StatusBucket::Pending:
        return QCoreApplication::translate("StatusBucket", "Pending");
    case StatusBucket::InProgress:
        //: A status bucket: devices whose upgrade is running now.
        return QCoreApplication::translate("StatusBucket", "In progress");
    case StatusBucket::Cancelled:
        return QCoreApplication::translate("StatusBucket", "Cancelled");
    case StatusBucket::Other:
    case StatusBucket::Count:
        break;
    }
    //: A status bucket: devices whose status fits none of the others.
    return QCoreApplication::translate("StatusBucket", "Other");
}

QString StatusBuckets::key(StatusBucket bucket)
{
    static const char *const keys[] = {"succeeded",   "failed",    "pending",
                                       "in-progress", "cancelled", "other"};
    return QString::fromLatin1(keys[qBound(0, int(bucket), kBucketCount - 1)]);
}

std::optional<StatusBucket> StatusBuckets::fromKey(QStringView key)
{
    for (int b = 0; b < kBucketCount; ++b) {
        if (StatusBuckets::key(StatusBucket(b)) == key)
            return StatusBucket(b);
    }
    return std::nullopt;
}

} // namespace fota
