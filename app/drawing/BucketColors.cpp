// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drawing/BucketColors.h"

namespace fota {

QColor BucketColors::color(StatusBucket bucket)
{
    switch (bucket) {
    case StatusBucket::Succeeded:
        return QColor(0x2e, 0xa0, 0x5a);
    case StatusBucket::Failed:
        return QColor(0xdc, 0x44, 0x44);
    case StatusBucket::Pending:
        return QColor(0xe0, 0xa1, 0x1b);
    case StatusBucket::InProgress:
        return QColor(0x3b, 0x82, 0xf0);
    case StatusBucket::Cancelled:
        return QColor(0x9a, 0x6c, 0xd8);
    case StatusBucket::Other:
    case StatusBucket::Count:
        break;
    }
    return QColor(0x8c, 0x93, 0x9d);
}

} // namespace fota
