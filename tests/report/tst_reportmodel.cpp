// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign report's numbers: computed from a store that holds a simulated campaign (whose
// truth is known), from a real history file, and checked against independent counts.
#include "campaign/DeviceFilter.h"
#include "campaign/DeviceId.h"
#include "campaign/ReasonGroups.h"
#include "history/HistoryStore.h"
#include "progress/ProgressEstimator.h"
#include "report/ReportBuilder.h"
#include "report/ReportHistoryReader.h"
#include "report/ReportSince.h"
#include "simulator/SimulatedCampaign.h"
#include "support/SimulatedStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
const QString kAccount = u"0000123456-00001"_s;
const QString kCampaign = u"7d3f1c2e-0b5a-4e6f-8a9b-112233445566"_s;
const QString kEnvironment = u"https://thingspace.verizon.com"_s;
constexpr int kChanges = 120; // devices an evolve step moves

CampaignKey key()
{
    return {kEnvironment, kAccount, kCampaign};
}

SimulatedCampaign campaign(int steps = 0)
{
    return SimulatedCampaign::generate(kAccount, kCampaign, 3000, 17).afterSteps(steps, kChanges);
}

ReportInput inputFor(const DeviceStore &store, qint64 asOfMs)
{
    ReportInput input;
    input.store = &store;
    input.environment = kEnvironment;
    input.accountName = kAccount;
    input.campaignId = kCampaign;
    input.generatedAtMs = asOfMs + kMinute;
    input.asOfMs = asOfMs;
    return input;
}

// Device -> (status then, status now), computed from the simulator's two states directly.
QMap<QString, QPair<QString, QString>> truthBetween(const SimulatedCampaign &then,
                                                    const SimulatedCampaign &now)
{
    QMap<QString, QPair<QString, QString>> changed;
    for (qsizetype i = 0; i < then.devices().size(); ++i) {
        if (then.devices()[i].status != now.devices()[i].status)
            changed.insert(then.devices()[i].deviceId,
                           {then.devices()[i].status, now.devices()[i].status});
    }
    return changed;
}

} // namespace

class ReportModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_t0 = SimulatedCampaign::kStartMs + 30 * 24 * kHour;

    // A history with the campaign after 0 and 1 steps, an hour apart.
    QString historyWithTwoSnapshots(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        HistoryStore history;
        if (!history.open(path))
            return {};
        history.record(key(), storeOf(campaign(0)), m_t0);
        history.record(key(), storeOf(campaign(1)), m_t0 + kHour);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void countsAreTheStoresOwn()
    {
        const SimulatedCampaign truth = campaign();
        const DeviceStore store = storeOf(truth);
        const ReportModel model = ReportBuilder::build(inputFor(store, m_t0));
        QCOMPARE(model.loaded, qint64(store.size()));
        QCOMPARE(model.total(), qint64(store.size()));
        QVERIFY(model.buckets == store.bucketCounts());
        // Every raw status with devices, each in its bucket, none twice, none left out.
        qint64 sum = 0;
        QSet<QString> seen;
        for (const ReportModel::StatusLine &line : model.statuses) {
            QVERIFY(!seen.contains(line.status));
            seen.insert(line.status);
            QCOMPARE(line.bucket, StatusBuckets::fromStatus(line.status));
            qint64 expected = 0;
            for (const auto &d : truth.devices())
                expected += d.status == line.status ? 1 : 0;
            QCOMPARE(line.devices, expected);
            QVERIFY(line.devices > 0);
            sum += line.devices;
        }
        QCOMPARE(sum, qint64(store.size()));
        for (qsizetype i = 1; i < model.statuses.size(); ++i)
            QVERIFY(model.statuses[i - 1].bucket <= model.statuses[i].bucket);
    }

    void reasonsAreTheWindowsGroupsWithExamples()
    {
        const SimulatedCampaign truth = campaign();
        const DeviceStore store = storeOf(truth);
        ReportInput input = inputFor(store, m_t0);
        input.limits.reasons = 3;
        const ReportModel model = ReportBuilder::build(input);
        ReasonGroups counter;
        const QList<ReasonGroups::Group> groups =
            counter.count(store, BucketMask(1u << int(StatusBucket::Failed)));
        QVERIFY2(groups.size() > 3, "the campaign needs more reasons than the limit");
        QCOMPARE(model.reasonGroups, qint64(groups.size()));
        QCOMPARE(model.failed, store.bucketCounts()[size_t(StatusBucket::Failed)]);
        QCOMPARE(model.reasons.size(), 3);
        qint64 others = 0;
        for (qsizetype g = 3; g < groups.size(); ++g)
            others += groups[g].count;
        QCOMPARE(model.devicesInOtherReasons, others);
        for (qsizetype g = 0; g < 3; ++g) {
            const ReportModel::Reason &r = model.reasons[g];
            QCOMPARE(r.key, groups[g].key);
            QCOMPARE(r.devices, groups[g].count);
            QCOMPARE(r.label, ReasonGroups::label(groups[g].key));
            // The lowest IDs of the failed devices of this group, in order.
            QStringList expected;
            for (const auto &d : truth.devices()) {
                if (expected.size() < 3 &&
                    StatusBuckets::fromStatus(d.status) == StatusBucket::Failed &&
                    ReasonGroups::normalize(d.resultReason) == r.key)
                    expected << d.deviceId;
            }
            QCOMPARE(r.exampleDevices, expected);
        }
    }

    void overdueIsJudgedAtTheDataTime()
    {
        const DeviceStore store = storeOf(campaign());
        // Half-way through the pending devices' next attempts, so some are due and some not.
        std::vector<qint64> next;
        for (const DeviceRow &row : store.rows()) {
            if (store.bucket(row) == StatusBucket::Pending && row.nextAttemptTime != kNoTime)
                next.push_back(row.nextAttemptTime);
        }
        QVERIFY(next.size() > 10);
        std::sort(next.begin(), next.end());
        const qint64 asOf = next[next.size() / 2];
        ReportInput input = inputFor(store, asOf);
        input.limits.overdueDevices = 5;
        const ReportModel model = ReportBuilder::build(input);
        qint64 expected = 0;
        for (const DeviceRow &row : store.rows())
            expected += DeviceFilterMatcher::isOverdue(store, row, asOf) ? 1 : 0;
        QVERIFY(expected > 5 && expected < qint64(next.size()));
        QCOMPARE(model.overdue, expected);
        QCOMPARE(model.overdueList.size(), 5);
        // Longest overdue first: the five earliest next attempts before asOf.
        for (qsizetype i = 0; i < 5; ++i) {
            QCOMPARE(model.overdueList[i].nextAttemptMs, next[size_t(i)]);
            QVERIFY(model.overdueList[i].nextAttemptMs < asOf);
        }
        const ReportModel later = ReportBuilder::build(inputFor(store, next.back() + 1));
        QCOMPARE(later.overdue, qint64(next.size()));
    }

    void sinceParsesWhatTheOptionTakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: refused
        QTest::addColumn<qint64>("timeMs");
        const qint64 now = 1'800'000'000'000;
        QTest::newRow("previous") << u"previous"_s << int(ReportSince::Kind::Previous) << qint64(0);
        QTest::newRow("Previous") << u" Previous "_s << int(ReportSince::Kind::Previous)
                                  << qint64(0);
        QTest::newRow("none") << u"none"_s << int(ReportSince::Kind::None) << qint64(0);
        QTest::newRow("90m") << u"90m"_s << int(ReportSince::Kind::AtOrBefore)
                             << now - 90 * kMinute;
        QTest::newRow("6h") << u"6h"_s << int(ReportSince::Kind::AtOrBefore) << now - 6 * kHour;
        QTest::newRow("2d") << u"2d"_s << int(ReportSince::Kind::AtOrBefore) << now - 48 * kHour;
        QTest::newRow("1w") << u"1w"_s << int(ReportSince::Kind::AtOrBefore)
                            << now - 7 * 24 * kHour;
        QTest::newRow("UTC time")
            << u"2026-11-20T08:00:00Z"_s << int(ReportSince::Kind::AtOrBefore)
            << QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("offset")
            << u"2026-11-20T09:00+01:00"_s << int(ReportSince::Kind::AtOrBefore)
            << QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("date") << u"2026-11-20"_s << int(ReportSince::Kind::AtOrBefore)
                              << QDate(2026, 11, 20).startOfDay().toMSecsSinceEpoch();
        QTest::newRow("word") << u"yesterday"_s << -1 << qint64(0);
        QTest::newRow("no unit") << u"6"_s << -1 << qint64(0);
        QTest::newRow("negative") << u"-6h"_s << -1 << qint64(0);
        QTest::newRow("month 13") << u"2026-13-01"_s << -1 << qint64(0);
        QTest::newRow("empty") << QString() << -1 << qint64(0);
    }
    void sinceParsesWhatTheOptionTakes()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(qint64, timeMs);
        QString error;
        const auto since = ReportSince::parse(text, 1'800'000'000'000, &error);
        if (kind < 0) {
            QVERIFY(!since);
            QVERIFY(error.contains(u"--since"_s));
            return;
        }
        QVERIFY2(since, qPrintable(error));
        QCOMPARE(int(since->kind), kind);
        if (since->kind == ReportSince::Kind::AtOrBefore)
            QCOMPARE(since->timeMs, timeMs);
    }

    void changesSinceThePreviousSnapshot()
    {
        HistoryStore history;
        QVERIFY(history.open(historyWithTwoSnapshots(u"previous.sqlite"_s)));
        const DeviceStore now = storeOf(campaign(2));
        const qint64 asOf = m_t0 + 2 * kHour;
        HistoryError error;
        auto read = ReportHistoryReader::read(history, key(), now, ReportSince::previous(),
                                              asOf - kMinute, &error);
        QVERIFY2(read, qPrintable(error.message));
        QCOMPARE(read->points.size(), 2);
        QVERIFY(read->since);
        QCOMPARE(read->since->timeMs, m_t0 + kHour);
        const auto truth = truthBetween(campaign(1), campaign(2));
        QCOMPARE(qsizetype(read->changed.size()), truth.size());
        for (const DeviceTransition &t : read->changed) {
            QVERIFY2(truth.contains(t.deviceId), qPrintable(t.deviceId));
            QCOMPARE(t.from, truth[t.deviceId].first);
            QCOMPARE(t.to, truth[t.deviceId].second);
        }
        for (size_t i = 1; i < read->changed.size(); ++i)
            QVERIFY(DeviceId::compare(read->changed[i - 1].deviceId, read->changed[i].deviceId) <
                    0);
    }

    void changesSinceAnEarlierSnapshotChainTheHistory()
    {
        // The chosen snapshot is older than the stored table: its changes since then and the
        // table's differences from the data in hand make up the answer.
        HistoryStore history;
        QVERIFY(history.open(historyWithTwoSnapshots(u"earlier.sqlite"_s)));
        DeviceStore now = storeOf(campaign(3));
        const qint64 asOf = m_t0 + 3 * kHour;
        HistoryError error;
        auto read = ReportHistoryReader::read(history, key(), now,
                                              ReportSince::atOrBefore(m_t0 + 10 * kMinute),
                                              asOf - kMinute, &error);
        QVERIFY2(read, qPrintable(error.message));
        QVERIFY(read->since);
        QCOMPARE(read->since->timeMs, m_t0);
        const auto truth = truthBetween(campaign(0), campaign(3));
        QVERIFY(truth.size() > kChanges);
        QCOMPARE(qsizetype(read->changed.size()), truth.size());
        for (const DeviceTransition &t : read->changed) {
            QCOMPARE(t.from, truth.value(t.deviceId).first);
            QCOMPARE(t.to, truth.value(t.deviceId).second);
        }
    }

    void aDeviceGoneOrNewIsAChangeToo()
    {
        HistoryStore history;
        QVERIFY(history.open(historyWithTwoSnapshots(u"gone.sqlite"_s)));
        // The data in hand lacks the first device and has one the history never saw.
        QVector<DeviceRecord> records;
        const SimulatedCampaign one = campaign(1);
        for (qsizetype i = 1; i < one.devices().size(); ++i) {
            DeviceRecord r;
            r.deviceId = one.devices()[i].deviceId;
            r.status = one.devices()[i].status;
            records.append(r);
        }
        DeviceRecord extra;
        extra.deviceId = u"999999999999999"_s;
        extra.status = u"UpgradePending"_s;
        records.append(extra);
        DeviceStore now;
        now.upsert(records);
        HistoryError error;
        auto read = ReportHistoryReader::read(history, key(), now, ReportSince::previous(),
                                              m_t0 + 2 * kHour, &error);
        QVERIFY2(read, qPrintable(error.message));
        QCOMPARE(read->changed.size(), size_t(2));
        QCOMPARE(read->changed[0].deviceId, one.devices()[0].deviceId);
        QCOMPARE(read->changed[0].from, one.devices()[0].status);
        QCOMPARE(read->changed[0].to, QString());
        QCOMPARE(read->changed[1].deviceId, extra.deviceId);
        QCOMPARE(read->changed[1].from, QString());
        QCOMPARE(read->changed[1].to, extra.status);
    }

    void theDataInHandIsNeverItsOwnPrevious()
    {
        // The window may have recorded the very load the report is made from: a snapshot taken
        // after the load started is not "before" it.
        const QString path = historyWithTwoSnapshots(u"recorded.sqlite"_s);
        HistoryStore history;
        QVERIFY(history.open(path));
        const DeviceStore now = storeOf(campaign(2));
        const qint64 loadStarted = m_t0 + 2 * kHour;
        history.record(key(), now, loadStarted + 5 * kMinute);
        HistoryError error;
        auto read = ReportHistoryReader::read(history, key(), now, ReportSince::previous(),
                                              loadStarted, &error);
        QVERIFY2(read, qPrintable(error.message));
        QCOMPARE(read->points.size(), 2);
        QCOMPARE(read->since->timeMs, m_t0 + kHour);
        QCOMPARE(qsizetype(read->changed.size()), truthBetween(campaign(1), campaign(2)).size());
    }

    void noSnapshotThatEarlySaysSo()
    {
        HistoryStore history;
        QVERIFY(history.open(historyWithTwoSnapshots(u"early.sqlite"_s)));
        const DeviceStore now = storeOf(campaign(2));
        HistoryError error;
        auto read = ReportHistoryReader::read(
            history, key(), now, ReportSince::atOrBefore(m_t0 - kHour), m_t0 + 2 * kHour, &error);
        QVERIFY(read);
        QVERIFY(!read->since);
        QVERIFY(!read->sinceProblem.isEmpty());
        const ReportModel model = [&] {
            ReportInput input = inputFor(now, m_t0 + 2 * kHour);
            input.history = *read;
            return ReportBuilder::build(input);
        }();
        QVERIFY(model.hasHistory);
        QVERIFY(!model.changes);
        QCOMPARE(model.changesProblem, read->sinceProblem);
        // Another campaign: no points, no snapshot.
        auto other = ReportHistoryReader::read(history, {kEnvironment, kAccount, u"x"_s}, now,
                                               ReportSince::previous(), m_t0 + 2 * kHour, &error);
        QVERIFY(other);
        QVERIFY(other->points.isEmpty());
        QVERIFY(!other->since);
    }

    void changesAreCountedPerTransition()
    {
        HistoryStore history;
        QVERIFY(history.open(historyWithTwoSnapshots(u"counted.sqlite"_s)));
        const DeviceStore now = storeOf(campaign(3));
        const qint64 asOf = m_t0 + 3 * kHour;
        HistoryError error;
        ReportInput input = inputFor(now, asOf);
        input.limits.changedDevices = 7;
        input.history = ReportHistoryReader::read(history, key(), now,
                                                  ReportSince::atOrBefore(m_t0), asOf, &error);
        QVERIFY(input.history);
        const ReportModel model = ReportBuilder::build(input);
        QVERIFY(model.changes);
        const auto truth = truthBetween(campaign(0), campaign(3));
        QCOMPARE(model.changes->changed, qint64(truth.size()));
        QMap<QString, qint64> expected;
        for (const auto &pair : truth)
            ++expected[pair.first + u'→' + pair.second];
        QCOMPARE(model.changes->transitions.size(), expected.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const ReportModel::Transition &t : model.changes->transitions) {
            QCOMPARE(t.devices, expected.value(t.from + u'→' + t.to));
            QVERIFY(t.devices <= previous); // most devices first
            previous = t.devices;
        }
        QCOMPARE(model.changes->devices.size(), 7);
        QCOMPARE(model.changes->devices.first().deviceId, truth.firstKey());
    }

    void etaAndPointsIncludeTheDataInHand()
    {
        HistoryStore history;
        QVERIFY(history.open(historyWithTwoSnapshots(u"eta.sqlite"_s)));
        const DeviceStore now = storeOf(campaign(2));
        const qint64 asOf = m_t0 + 2 * kHour;
        HistoryError error;
        ReportInput input = inputFor(now, asOf);
        input.history =
            ReportHistoryReader::read(history, key(), now, ReportSince::previous(), asOf, &error);
        QVERIFY(input.history);
        const ReportModel model = ReportBuilder::build(input);
        QCOMPARE(model.points.size(), 3);
        QCOMPARE(model.points.last().timeMs, asOf);
        QVERIFY(model.points.last().buckets == now.bucketCounts());
        const Eta expected = ProgressEstimator::estimate(model.points, asOf);
        QCOMPARE(int(model.eta.state), int(expected.state));
        QCOMPARE(model.eta.etaMs, expected.etaMs);
        QCOMPARE(model.eta.remaining, now.bucketCounts()[size_t(StatusBucket::Pending)] +
                                          now.bucketCounts()[size_t(StatusBucket::InProgress)]);

        // A partial table is never a point: it would read as devices vanishing.
        input.complete = false;
        const ReportModel partial = ReportBuilder::build(input);
        QCOMPARE(partial.points.size(), 2);
    }

    void theChartIsInjected()
    {
        const DeviceStore now = storeOf(campaign(2));
        ReportInput input = inputFor(now, m_t0 + 2 * kHour);
        input.history = ReportHistory();
        input.history->points.append(SnapshotPoint{1, m_t0, {}, 10, 10, kNoTime});
        QList<SnapshotPoint> drawn;
        input.chart = [&drawn](const QList<SnapshotPoint> &points, QSize size, qreal dpr) {
            drawn = points;
            QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32);
            image.fill(Qt::magenta);
            image.setDevicePixelRatio(dpr);
            return image;
        };
        const ReportModel model = ReportBuilder::build(input);
        QVERIFY(model.progressChart);
        const QImage image = model.progressChart(QSize(300, 100), 2.0);
        QCOMPARE(image.size(), QSize(600, 200));
        QCOMPARE(drawn.size(), 2); // the stored point and the data in hand
        QCOMPARE(drawn.last().timeMs, m_t0 + 2 * kHour);

        input.history->points.clear(); // one point is no chart
        QVERIFY(!ReportBuilder::build(input).progressChart);
        input.history.reset();
        QVERIFY(!ReportBuilder::build(input).progressChart);
    }
};

QTEST_GUILESS_MAIN(ReportModelTest)
#include "tst_reportmodel.moc"
