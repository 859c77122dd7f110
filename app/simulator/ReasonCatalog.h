// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace fota::sim {

// The bounded set of resultReason texts the simulator uses. Real reports repeat a few dozen
// reasons across millions of devices, and the client relies on that (it stores each distinct
// string once), so generated devices only ever pick from these lists. The lists also carry the
// awkward cases an exporter must survive: commas, quotes, a newline, non-ASCII text and
// spreadsheet-formula prefixes (=, +, -, @).
class ReasonCatalog
{
public:
    static const QStringList &success();
    static const QStringList &failure();            // final failures, no retry
    static const QString &noResponse(int tryCount); // 1..3; tries 1 and 2 get a retry
    static const QString &scheduled(int day);       // 0..2: 21, 22 or 23 Nov 26, 04:00 UTC
    static const QString &waitingForDevice();
    static const QStringList &inProgress();
    static const QString &cancelled();
    static const QString &aborted();
    static const QString &verifying();
    static const QString &empty();
    // Every reason above (including the empty one), each once.
    static const QStringList &all();
};

} // namespace fota::sim
