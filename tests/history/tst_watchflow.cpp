// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pieces a watcher wires together, end to end: the loader walks the evolving simulator
// over real HTTP, each complete load goes to the recorder on its worker, and the record's
// result feeds the ETA, the alert rules, the watch line and the metrics file. Every line is
// checked against the simulator's truth after that many walks.
#include "alerts/AlertEngine.h"
#include "campaign/CampaignLoader.h"
#include "common/Clock.h"
#include "endtoend/SimulatorFixture.h"
#include "history/HistoryRecorder.h"
#include "history/PackedTable.h"
#include "monitoring/PrometheusMetrics.h"
#include "monitoring/WatchLine.h"
#include "progress/ProgressEstimator.h"
#include "support/SimulatedStore.h"
#include "thingspace/ApiClient.h"
#include "thingspace/TimeFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

namespace {

constexpr int kChangesPerWalk = 120;
constexpr qint64 kMinute = 60'000;

QMap<QString, qint64> statusCounts(const SimulatedCampaign &c)
{
    QMap<QString, qint64> counts;
    for (const auto &d : c.devices())
        ++counts[d.status];
    return counts;
}

QJsonObject transitionsBetween(const SimulatedCampaign &a, const SimulatedCampaign &b)
{
    QMap<QString, qint64> counts;
    for (qsizetype i = 0; i < a.devices().size(); ++i) {
        if (a.devices()[i].status != b.devices()[i].status)
            ++counts[a.devices()[i].status + u'→' + b.devices()[i].status];
    }
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

class TestWatchFlow : public QObject
{
    Q_OBJECT

private:
    // The line's counts against the simulator's truth (and the changes since `before`).
    static void checkCounts(const QJsonObject &o, const SimulatedCampaign &truth,
                            const SimulatedCampaign *before)
    {
        QCOMPARE(o.value(u"loaded"_s).toInt(), SimulatorFixture::kDevices);
        QCOMPARE(o.value(u"totalDevice"_s).toInt(), SimulatorFixture::kDevices);
        const BucketCounts b = storeOf(truth).bucketCounts();
        const QJsonObject buckets = o.value(u"buckets"_s).toObject();
        QCOMPARE(buckets.value(u"succeeded"_s).toInteger(), b[int(StatusBucket::Succeeded)]);
        QCOMPARE(buckets.value(u"failed"_s).toInteger(), b[int(StatusBucket::Failed)]);
        QCOMPARE(buckets.value(u"pending"_s).toInteger(), b[int(StatusBucket::Pending)]);
        QCOMPARE(buckets.value(u"inProgress"_s).toInteger(), b[int(StatusBucket::InProgress)]);
        QCOMPARE(o.value(u"statuses"_s).toObject().toVariantMap().size(),
                 statusCounts(truth).size());
        for (auto [status, count] : statusCounts(truth).asKeyValueRange())
            QCOMPARE(o.value(u"statuses"_s).toObject().value(status).toInteger(), count);
        QCOMPARE(o.value(u"changed"_s).toInt(), before ? kChangesPerWalk : 0);
        QCOMPARE(o.value(u"transitions"_s).toObject(),
                 before ? transitionsBetween(*before, truth) : QJsonObject());
    }

    // 120 devices leave pending or in progress every 20 minutes: 360 an hour, and the failed
    // share is above 5 % from the start, so that rule fires once, at the first load.
    static void checkEstimateAndAlerts(const QJsonObject &o, int k, const RecordResult &result,
                                       const Eta &eta, qint64 nowMs)
    {
        QCOMPARE(o.value(u"complete"_s).toBool(), true); // the whole campaign was loaded
        if (k == 0)
            QVERIFY(o.value(u"throughputPerHour"_s).isNull());
        else
            QCOMPARE(o.value(u"throughputPerHour"_s).toDouble(), 360.0);
        QCOMPARE(o.value(u"eta"_s).isNull(), k == 0);
        if (k > 0) {
            // The remaining devices at 360 an hour, from this load on.
            QCOMPARE(eta.state, Eta::State::Estimated);
            const qint64 remaining = result.snapshot.remaining();
            QCOMPARE(eta.etaMs, std::max(nowMs + remaining * 3'600'000 / 360,
                                         result.snapshot.latestPendingNextAttemptMs));
            QCOMPARE(o.value(u"eta"_s).toString(), TimeFormat::isoUtcMillis(eta.etaMs));
        }

        QStringList rules;
        for (const QJsonValue &a : o.value(u"alerts"_s).toArray())
            rules.append(a.toObject().value(u"rule"_s).toString());
        QCOMPARE(rules.contains(u"failed>5%"_s), k == 0);
        QVERIFY(!rules.contains(u"complete"_s));
        if (k == 1)
            QCOMPARE(rules.contains(u"new-failures>10"_s), result.snapshot.newFailures > 10);
    }

private slots:
    void everyLoadMatchesTheTruth()
    {
        SimulatorFixture sim;
        QVERIFY(sim.start());
        sim.server.setEvolvePerWalk(kChangesPerWalk);
        const SimulatedCampaign original = sim.campaign();
        ApiClient client;
        QVERIFY(client.setSettings(sim.settings()).isEmpty());
        client.setCredentials(SimulatorFixture::login());
        CampaignLoader loader(&client);
        DeviceStore store;
        connect(&loader, &CampaignLoader::pageLoaded, this, [&store](const DecodedPage &page) {
            store.upsert(page);
            store.setTotalDevice(page.totalDevice);
        });
        QSignalSpy finished(&loader, &CampaignLoader::finished);

        QTemporaryDir dir;
        ManualClock clock(SimulatedCampaign::kStartMs + 4 * 86'400'000);
        HistoryRecorder recorder;
        recorder.open({dir.filePath(u"history.sqlite"_s), RetentionPolicy(), 5000, &clock});
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        QString error;
        AlertEngine alerts(
            *AlertRule::parseList({u"failed>5%"_s, u"new-failures>10"_s, u"complete"_s}, &error));
        const CampaignKey key =
            CampaignKey::of(sim.settings().baseUrl, sim.account, sim.campaignId);
        const QString metricsPath = dir.filePath(u"fota.prom"_s);

        for (int k = 0; k < 4; ++k) {
            store.clear();
            const qint64 started = clock.steadyMs();
            loader.start(sim.account, sim.campaignId);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), k + 1, 30'000);
            QVERIFY(finished.last().at(0).value<LoadOutcome>().complete);
            clock.advance(20 * kMinute);
            recorder.record(key, PackedTable::encodeByDeviceId(store), clock.nowMs(),
                            clock.steadyMs() - started);
            QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), k + 1, 30'000);
            const auto result = recorded.last().at(1).value<RecordResult>();

            const Eta eta = ProgressEstimator::estimate(result.recent, clock.nowMs());
            const QList<Alert> fired =
                alerts.evaluate(result.previous ? &*result.previous : nullptr, result.snapshot);
            const QByteArray line = WatchLine::format(WatchLine::reportOf(result, eta, fired));
            QVERIFY(PrometheusMetrics::write(metricsPath, PrometheusMetrics::metricsOf(result, eta),
                                             &error));

            // The truth after k complete walks.
            const SimulatedCampaign truth = original.afterSteps(k, kChangesPerWalk);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const SimulatedCampaign before =
                original.afterSteps(std::max(k - 1, 0), kChangesPerWalk);
            checkCounts(o, truth, k == 0 ? nullptr : &before);
            if (QTest::currentTestFailed())
                return;
            checkEstimateAndAlerts(o, k, result, eta, clock.nowMs());
            if (QTest::currentTestFailed())
                return;
            QFile metrics(metricsPath);
            QVERIFY(metrics.open(QIODevice::ReadOnly));
            QCOMPARE(metrics.readAll(),
                     PrometheusMetrics::format(PrometheusMetrics::metricsOf(result, eta)));
        }
        QCOMPARE(sim.server.campaign(sim.account, sim.campaignId)->evolveSteps(), quint64(3));
    }
};

QTEST_GUILESS_MAIN(TestWatchFlow)
#include "tst_watchflow.moc"
