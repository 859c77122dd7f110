// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A test-only writer for the process tests: records a simulated campaign into a history file
// in a loop, one evolve step per snapshot, and says on standard output when each record
// begins and commits, so a test can run two at once or kill one in the middle of a record.
//
//   fota-history-writer FILE CAMPAIGN DEVICES CHANGES COUNT   (COUNT 0: until killed)
//
// Snapshot k of a campaign always holds the simulated state after k steps, whichever process
// wrote the snapshots before it, so the test knows the truth for any count it finds.
#include "history/HistoryStore.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using namespace fota;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: fota-history-writer FILE CAMPAIGN DEVICES CHANGES COUNT\n", stderr);
        return 2;
    }
    const QString campaignId = args[2];
    const int devices = args[3].toInt();
    const int changes = args[4].toInt();
    const int count = args[5].toInt();
    const CampaignKey key{u"http://127.0.0.1"_s, u"0000123456-00001"_s, campaignId};

    HistoryStore history;
    history.setRetention(RetentionPolicy(1'000'000));
    if (!history.open(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(history.lastError().message));
        return 1;
    }
    qint64 k = history.points(key, 0, std::numeric_limits<qint64>::max()).size();
    sim::SimulatedCampaign state =
        sim::SimulatedCampaign::generate(key.accountName, campaignId, devices, qHash(campaignId))
            .afterSteps(int(k), changes);
    for (int i = 0; count == 0 || i < count; ++i, ++k) {
        std::printf("begin %lld\n", k);
        std::fflush(stdout);
        const auto result =
            history.record(key, storeOf(state), sim::SimulatedCampaign::kStartMs + k * 60'000);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(history.lastError().message));
            return 1;
        }
        std::printf("committed %lld %lld %lld\n", k, result->snapshot.id, result->snapshot.changed);
        std::fflush(stdout);
        state.evolveStep(changes);
    }
    return 0;
}
