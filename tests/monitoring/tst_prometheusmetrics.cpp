// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The metrics file: Prometheus text format that Debian's promtool accepts (run as a process),
// low-cardinality labels only, label values escaped, and an atomic replacement on disk.
#include "history/SnapshotBuilder.h"
#include "monitoring/PrometheusMetrics.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

CampaignMetrics metrics()
{
    CampaignMetrics m;
    m.accountName = u"0000123456-00001"_s;
    m.campaignId = u"7d3f1c2e-0b5a-4e6f-8a9b-112233445566"_s;
    m.buckets = {1500, 200, 700, 100, 50, 139};
    m.totalDevices = 2689;
    m.complete = false;
    m.etaMs = 1'795'176'000'123;
    m.lastLoadMs = 1'795'140'000'123;
    m.loadDurationMs = 4250;
    return m;
}

// promtool's verdict on a metrics text: exit code and what it printed.
std::pair<int, QByteArray> promtool(const QByteArray &text)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStandardPaths::findExecutable(u"promtool"_s), {u"check"_s, u"metrics"_s});
    if (!p.waitForStarted(10'000))
        return {-1, "promtool did not start (Debian package prometheus)"};
    p.write(text);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000))
        return {-1, "promtool did not finish"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

} // namespace

class TestPrometheusMetrics : public QObject
{
    Q_OBJECT

private slots:
    void promtoolAcceptsIt()
    {
        const QByteArray text = PrometheusMetrics::format(metrics());
        const auto [code, output] = promtool(text);
        QVERIFY2(code == 0 && output.isEmpty(), output.constData());
        // And it checks what we think: a broken file is refused.
        QVERIFY(promtool("fota_campaign_devices{bucket=\"x\"} 1\n").first != 0);
    }

    void everyMetricWithHelpTypeAndTheExpectedSamples()
    {
        const QString text = QString::fromUtf8(PrometheusMetrics::format(metrics()));
        const QString labels =
            u"account=\"0000123456-00001\",campaign=\"7d3f1c2e-0b5a-4e6f-8a9b-112233445566\""_s;
        for (const QString &name :
             {u"fota_campaign_devices"_s, u"fota_campaign_total_devices"_s,
              u"fota_campaign_complete"_s, u"fota_campaign_eta_timestamp_seconds"_s,
              u"fota_campaign_last_load_timestamp_seconds"_s,
              u"fota_campaign_load_duration_seconds"_s, u"fota_campaign_last_load_success"_s}) {
            QVERIFY2(text.contains(u"# HELP "_s + name + u' '), qPrintable(name));
            QVERIFY2(text.contains(u"# TYPE "_s + name + u" gauge\n"_s), qPrintable(name));
        }
        const QStringList expected = {
            u"fota_campaign_devices{%1,bucket=\"succeeded\"} 1500"_s.arg(labels),
            u"fota_campaign_devices{%1,bucket=\"failed\"} 200"_s.arg(labels),
            u"fota_campaign_devices{%1,bucket=\"pending\"} 700"_s.arg(labels),
            u"fota_campaign_devices{%1,bucket=\"in-progress\"} 100"_s.arg(labels),
            u"fota_campaign_devices{%1,bucket=\"cancelled\"} 50"_s.arg(labels),
            u"fota_campaign_devices{%1,bucket=\"other\"} 139"_s.arg(labels),
            u"fota_campaign_total_devices{%1} 2689"_s.arg(labels),
            u"fota_campaign_complete{%1} 0"_s.arg(labels),
            u"fota_campaign_eta_timestamp_seconds{%1} 1795176000.123"_s.arg(labels),
            u"fota_campaign_last_load_timestamp_seconds{%1} 1795140000.123"_s.arg(labels),
            u"fota_campaign_load_duration_seconds{%1} 4.250"_s.arg(labels),
            u"fota_campaign_last_load_success{%1} 1"_s.arg(labels),
        };
        const QStringList samples =
            text.split(u'\n', Qt::SkipEmptyParts).filter(QRegularExpression(u"^[^#]"_s));
        QCOMPARE(samples, expected);
        // Low cardinality: no label but these three, ever.
        static const QRegularExpression label(u"([a-z_]+)=\""_s);
        for (const QString &s : samples) {
            for (const auto &m : label.globalMatch(s))
                QVERIFY(QStringList({u"account"_s, u"campaign"_s, u"bucket"_s})
                            .contains(m.captured(1)));
        }
    }

    void noEstimateNoSample()
    {
        CampaignMetrics m = metrics();
        m.etaMs.reset();
        m.complete = true;
        const QByteArray text = PrometheusMetrics::format(m);
        QVERIFY(text.contains("# TYPE fota_campaign_eta_timestamp_seconds gauge\n"));
        QVERIFY(!text.contains("fota_campaign_eta_timestamp_seconds{"));
        QVERIFY(text.contains("fota_campaign_complete{account=\"0000123456-00001\",campaign="
                              "\"7d3f1c2e-0b5a-4e6f-8a9b-112233445566\"} 1\n"));
        QCOMPARE(promtool(text).first, 0);
    }

    // The complete gauge of a recorded load: 1 only for a whole load with nothing pending or
    // in progress; a short load with nothing pending among its devices is 0.
    void completeIsAWholeFinishedLoad()
    {
        DeviceStore store;
        DeviceRecord done;
        done.deviceId = u"1"_s;
        done.status = u"UpgradeSuccess"_s;
        store.upsert({done});
        const auto completeOf = [](const DeviceStore &s) {
            RecordResult r;
            r.key = {u"https://thingspace.verizon.com"_s, u"acc"_s, u"c"_s};
            r.snapshot = SnapshotBuilder::summarize(s, 1000);
            return PrometheusMetrics::format(PrometheusMetrics::metricsOf(r, Eta()))
                .contains("fota_campaign_complete{account=\"acc\",campaign=\"c\"} 1\n");
        };
        store.setTotalDevice(1);
        QVERIFY(completeOf(store));
        store.setTotalDevice(2);
        QVERIFY(!completeOf(store));
        DeviceRecord pending = done;
        pending.deviceId = u"2"_s;
        pending.status = u"UpgradePending"_s;
        store.upsert({pending});
        QVERIFY(!completeOf(store));
    }

    // After a failed load the last recorded load's samples stay, and the success gauge says 0;
    // before any recorded load only the success gauge has a sample. promtool takes both.
    void aFailedLoadKeepsTheLastSamples()
    {
        const QByteArray failed =
            PrometheusMetrics::format(PrometheusMetrics::afterFailure(metrics(), u"acc"_s, u"c"_s));
        QVERIFY(failed.contains("fota_campaign_devices{account=\"acc\",campaign=\"c\","
                                "bucket=\"failed\"} 200\n"));
        QVERIFY(failed.contains(
            "fota_campaign_last_load_timestamp_seconds{account=\"acc\",campaign=\"c\"} "
            "1795140000.123\n"));
        QVERIFY(
            failed.contains("fota_campaign_last_load_success{account=\"acc\",campaign=\"c\"} 0\n"));
        auto [code, output] = promtool(failed);
        QVERIFY2(code == 0, output.constData());

        const QByteArray never =
            PrometheusMetrics::format(PrometheusMetrics::afterFailure({}, u"acc"_s, u"c"_s));
        const QStringList samples = QString::fromUtf8(never)
                                        .split(u'\n', Qt::SkipEmptyParts)
                                        .filter(QRegularExpression(u"^[^#]"_s));
        QCOMPARE(
            samples,
            QStringList{u"fota_campaign_last_load_success{account=\"acc\",campaign=\"c\"} 0"_s});
        QVERIFY(never.contains("# TYPE fota_campaign_devices gauge\n"));
        std::tie(code, output) = promtool(never);
        QVERIFY2(code == 0, output.constData());
    }

    void labelValuesAreEscaped()
    {
        CampaignMetrics m = metrics();
        m.accountName = u"acc\"ount\\with\nnewline ✓"_s;
        const QByteArray text = PrometheusMetrics::format(m);
        const QByteArray escaped = "account=\"acc\\\"ount\\\\with\\nnewline ✓\"";
        QVERIFY(text.contains(escaped));
        QCOMPARE(promtool(text).first, 0);
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fota.prom"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("stale\n");
        old.close();
        QString error;
        QVERIFY2(PrometheusMetrics::write(path, metrics(), &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), PrometheusMetrics::format(metrics()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"fota.prom"_s});
        QVERIFY(!PrometheusMetrics::write(dir.filePath(u"missing/fota.prom"_s), metrics(), &error));
        QVERIFY(error.contains(u"missing/fota.prom"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusMetrics)
#include "tst_prometheusmetrics.moc"
