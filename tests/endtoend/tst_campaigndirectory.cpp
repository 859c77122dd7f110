// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulatorFixture.h"
#include "support/ClientBarrier.h"

#include "thingspace/ApiClient.h"
#include "thingspace/CampaignDirectory.h"
#include "thingspace/CampaignInfoFetcher.h"
#include "thingspace/DeviceHistoryFetcher.h"

#include <QSignalSpy>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fota;
using fota::sim::SimulatedCampaign;

// The campaign directory and the two detail fetchers end to end: real HTTP to the simulator,
// which pages campaign lists two at a time so that paging is always exercised.
class CampaignDirectoryTest : public QObject
{
    Q_OBJECT

private:
    SimulatorFixture *m_sim = nullptr;
    std::unique_ptr<ApiClient> m_client;
    // Account -> campaign id -> status, as added to the server (the fixture's own included).
    QMap<QString, QMap<QString, QString>> m_added;
    const QString m_otherAccount = u"0000999999-00001"_s;

    void add(const QString &account, const QString &id, const QString &status, quint64 seed)
    {
        SimulatedCampaign c = SimulatedCampaign::generate(account, id, 40, seed);
        c.setCampaignStatus(status);
        m_sim->server.addCampaign(c);
        m_added[account][id] = status;
    }

    // Campaign-list requests served from now on, counted through the server's own signal.
    std::unique_ptr<QSignalSpy> listRequests()
    {
        return std::make_unique<QSignalSpy>(&m_sim->server,
                                            &fota::sim::SimulatorServer::requestServed);
    }
    static int countPaths(const QSignalSpy &spy, const QString &part)
    {
        int n = 0;
        for (const QList<QVariant> &args : spy)
            n += args.at(0).toString().contains(part) ? 1 : 0;
        return n;
    }

    struct Listing
    {
        QList<CampaignInfo> all;
        ApiError error;
        int finishedCount = 0;
        QList<QList<CampaignInfo>> pages;
    };
    void listAndWait(CampaignDirectory &directory, const QString &account, Listing *out)
    {
        connect(&directory, &CampaignDirectory::campaignsFound, this,
                [out](const QList<CampaignInfo> &page) { out->pages.append(page); });
        connect(&directory, &CampaignDirectory::finished, this,
                [out](const QList<CampaignInfo> &all, const ApiError &error) {
                    out->all = all;
                    out->error = error;
                    ++out->finishedCount;
                });
        directory.list(account);
        QTRY_COMPARE_WITH_TIMEOUT(out->finishedCount, 1, 20000);
    }

    // Every answer to a request sent so far has reached the client (see ClientBarrier.h).
    bool settled()
    {
        return fota::test::roundTrip(*m_client,
                                     ApiCall::campaignInfo(m_sim->account, m_sim->campaignId));
    }

    static QStringList ids(const QList<CampaignInfo> &list)
    {
        QStringList out;
        for (const CampaignInfo &c : list)
            out.append(c.id);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_sim = new SimulatorFixture;
        QVERIFY(m_sim->start());
        m_added[m_sim->account][m_sim->campaignId] = u"CampaignScheduled"_s;
        const QString acc = m_sim->account;
        // Four scheduled (two pages), three ended (two pages), one each of two other statuses.
        add(acc, u"a1000000-0000-4000-8000-000000000001"_s, u"CampaignScheduled"_s, 11);
        add(acc, u"a1000000-0000-4000-8000-000000000002"_s, u"CampaignScheduled"_s, 12);
        add(acc, u"a1000000-0000-4000-8000-000000000003"_s, u"CampaignScheduled"_s, 13);
        add(acc, u"b2000000-0000-4000-8000-000000000001"_s, u"CampaignEnded"_s, 21);
        add(acc, u"b2000000-0000-4000-8000-000000000002"_s, u"CampaignEnded"_s, 22);
        add(acc, u"b2000000-0000-4000-8000-000000000003"_s, u"CampaignEnded"_s, 23);
        add(acc, u"c3000000-0000-4000-8000-000000000001"_s, u"CampaignCancelled"_s, 31);
        add(acc, u"d4000000-0000-4000-8000-000000000001"_s, u"CampaignRequestPending"_s, 41);
        // Another account's campaigns must never show up in this account's list.
        add(m_otherAccount, u"a1000000-0000-4000-8000-000000000009"_s, u"CampaignScheduled"_s, 91);

        m_client = std::make_unique<ApiClient>();
        QVERIFY(m_client->setSettings(m_sim->settings()).isEmpty());
        m_client->setCredentials(SimulatorFixture::login());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        delete m_sim;
    }

    void listsExactlyTheAccountsCampaigns()
    {
        CampaignDirectory directory(m_client.get());
        const auto requests = listRequests();
        Listing listing;
        listAndWait(directory, m_sim->account, &listing);
        QVERIFY2(!listing.error.isError(), qPrintable(listing.error.toString()));
        QVERIFY(!directory.isRunning());

        QStringList got = ids(listing.all);
        got.sort();
        QStringList expected = m_added[m_sim->account].keys();
        expected.sort();
        QCOMPARE(got, expected);
        // Each campaign carries the status it was listed under and its info fields.
        for (const CampaignInfo &c : std::as_const(listing.all)) {
            QCOMPARE(c.status, m_added[m_sim->account][c.id]);
            const SimulatedCampaign *sc = m_sim->server.campaign(m_sim->account, c.id);
            QCOMPARE(c.campaignName, sc->campaignName());
            QCOMPARE(c.startDate, QDate(2026, 11, 20));
        }
        // Nine statuses, plus one more page each for the four scheduled and the three ended.
        QCOMPARE(countPaths(*requests, u"/firmware/campaigns"_s), 9 + 1 + 1);
        QCOMPARE(listing.pages.size(), 6);
        qsizetype incremental = 0;
        for (const auto &page : std::as_const(listing.pages)) {
            QVERIFY(page.size() <= 2);
            incremental += page.size();
        }
        QCOMPARE(incremental, listing.all.size());
    }

    void unknownAccountListsNothing()
    {
        CampaignDirectory directory(m_client.get());
        Listing listing;
        listAndWait(directory, u"0000000000-00000"_s, &listing);
        QVERIFY2(!listing.error.isError(), qPrintable(listing.error.toString()));
        QVERIFY(listing.all.isEmpty());
        QVERIFY(listing.pages.isEmpty());
    }

    void aFailingStatusKeepsTheOthers()
    {
        CampaignDirectory directory(m_client.get());
        // An empty status is refused by the server with a 400: a failure of one status alone.
        directory.setStatuses({u"CampaignEnded"_s, QString(), u"CampaignCancelled"_s});
        Listing listing;
        listAndWait(directory, m_sim->account, &listing);
        QCOMPARE(listing.error.kind, ApiError::Kind::Rejected);
        QCOMPARE(listing.error.code, u"FOTA.REQUEST.InvalidParameter"_s);
        QCOMPARE(listing.error.httpStatus, 400);
        QVERIFY2(listing.error.message.contains(u"campaignStatus is required."_s),
                 qPrintable(listing.error.message));
        QStringList got = ids(listing.all);
        got.sort();
        QCOMPARE(got, (QStringList{u"b2000000-0000-4000-8000-000000000001"_s,
                                   u"b2000000-0000-4000-8000-000000000002"_s,
                                   u"b2000000-0000-4000-8000-000000000003"_s,
                                   u"c3000000-0000-4000-8000-000000000001"_s}));
    }

    void cancelAndRestartDropTheOldWalk()
    {
        CampaignDirectory directory(m_client.get());
        Listing listing;
        connect(&directory, &CampaignDirectory::campaignsFound, this,
                [&listing](const QList<CampaignInfo> &page) { listing.pages.append(page); });
        connect(&directory, &CampaignDirectory::finished, this,
                [&listing](const QList<CampaignInfo> &all, const ApiError &error) {
                    listing.all = all;
                    listing.error = error;
                    ++listing.finishedCount;
                });
        directory.list(m_sim->account);
        QVERIFY(directory.isRunning());
        directory.cancel();
        QCOMPARE(listing.finishedCount, 1); // at once
        QCOMPARE(listing.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(!directory.isRunning());

        // A restart supersedes silently: only the new account's walk finishes.
        listing = {};
        directory.list(m_sim->account);
        directory.list(m_otherAccount);
        QTRY_COMPARE_WITH_TIMEOUT(listing.finishedCount, 1, 20000);
        QVERIFY(settled()); // a stray answer of the first walk would have arrived by now
        QCOMPARE(listing.finishedCount, 1);
        QVERIFY2(!listing.error.isError(), qPrintable(listing.error.toString()));
        QCOMPARE(ids(listing.all), (QStringList{u"a1000000-0000-4000-8000-000000000009"_s}));
    }

    void fetchesCampaignInfo()
    {
        CampaignInfoFetcher fetcher(m_client.get());
        QSignalSpy spy(&fetcher, &CampaignInfoFetcher::fetched);
        fetcher.fetch(m_sim->account, m_sim->campaignId);
        QVERIFY(fetcher.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        const auto info = spy.at(0).at(0).value<CampaignInfo>();
        const auto error = spy.at(0).at(1).value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        const SimulatedCampaign &c = m_sim->campaign();
        QCOMPARE(info.id, m_sim->campaignId);
        QCOMPARE(info.accountName, m_sim->account);
        QCOMPARE(info.campaignName, c.campaignName());
        QCOMPARE(info.firmwareName, c.firmwareName());
        QCOMPARE(info.firmwareFrom, c.firmwareFrom());
        QCOMPARE(info.firmwareTo, c.firmwareTo());
        QCOMPARE(info.protocol, u"LWM2M"_s);
        QCOMPARE(info.make, c.make());
        QCOMPARE(info.model, c.model());
        QCOMPARE(info.startDate, QDate::fromString(c.startDate(), Qt::ISODate));
        QCOMPARE(info.endDate, QDate::fromString(c.endDate(), Qt::ISODate));
        QVERIFY(info.endDate > info.startDate);
        QCOMPARE(info.timeWindows, (QList<CampaignInfo::TimeWindow>{{2, 6}}));
        QCOMPARE(info.status, c.campaignStatus());
        QVERIFY(!fetcher.isRunning());
    }

    void unknownCampaignIsTheServersError()
    {
        CampaignInfoFetcher fetcher(m_client.get());
        QSignalSpy spy(&fetcher, &CampaignInfoFetcher::fetched);
        const QString unknown = u"ffffffff-0000-4000-8000-000000000000"_s;
        fetcher.fetch(m_sim->account, unknown);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        const auto info = spy.at(0).at(0).value<CampaignInfo>();
        const auto error = spy.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Rejected);
        QCOMPARE(error.code, u"FOTA.CAMPAIGN.NotFound"_s);
        QCOMPARE(error.message,
                 u"Campaign "_s + unknown + u" not found for account "_s + m_sim->account + u"."_s);
        QCOMPARE(info.id, unknown); // the receiver can tell which fetch failed
    }

    void aSupersededCampaignFetchIsDropped()
    {
        CampaignInfoFetcher fetcher(m_client.get());
        QSignalSpy spy(&fetcher, &CampaignInfoFetcher::fetched);
        fetcher.fetch(m_sim->account, u"ffffffff-0000-4000-8000-000000000000"_s);
        fetcher.fetch(m_sim->account, u"c3000000-0000-4000-8000-000000000001"_s);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QVERIFY(settled());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<CampaignInfo>().id,
                 u"c3000000-0000-4000-8000-000000000001"_s);
        QCOMPARE(spy.at(0).at(0).value<CampaignInfo>().status, u"CampaignCancelled"_s);
        QVERIFY(!spy.at(0).at(1).value<ApiError>().isError());
    }

    void fetchesDeviceHistoryAndCachesIt()
    {
        // A device of one of the small campaigns, with a report time so that it is compared too.
        const SimulatedCampaign *campaign =
            m_sim->server.campaign(m_sim->account, u"b2000000-0000-4000-8000-000000000002"_s);
        const auto &devices = campaign->devices();
        const auto it = std::find_if(devices.begin(), devices.end(), [](const auto &d) {
            return d.updatedTimeMs != d.kNoTime && !d.resultReason.isEmpty();
        });
        QVERIFY(it != devices.end());
        const fota::sim::SimulatedDevice device = *it;
        // The newest entry is the first campaign (by id) of this account that lists the device.
        const SimulatedCampaign *first = nullptr;
        for (const QString &id : m_added[m_sim->account].keys()) {
            const SimulatedCampaign *c = m_sim->server.campaign(m_sim->account, id);
            if (c->indexOf(device.deviceId) >= 0) {
                first = c;
                break;
            }
        }
        QVERIFY(first);
        const fota::sim::SimulatedDevice &expected =
            first->devices().at(first->indexOf(device.deviceId));

        DeviceHistoryFetcher fetcher(m_client.get());
        QSignalSpy spy(&fetcher, &DeviceHistoryFetcher::fetched);
        const auto requests = listRequests();
        fetcher.fetch(m_sim->account, device.deviceId);
        fetcher.fetch(m_sim->account, device.deviceId); // same device in flight: not asked twice
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.at(0).at(0).toString(), device.deviceId);
        const auto entries = spy.at(0).at(1).value<QList<DeviceHistoryEntry>>();
        const auto error = spy.at(0).at(2).value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(!entries.isEmpty());
        const DeviceHistoryEntry &e = entries.first();
        QCOMPARE(e.campaignId, first->campaignId());
        QCOMPARE(e.status, expected.status);
        QCOMPARE(e.reason, expected.resultReason);
        QCOMPARE(e.reportUpdatedTime, expected.updatedTimeMs);
        QCOMPARE(e.firmwareFrom, first->firmwareFrom());
        QCOMPARE(e.firmwareTo, first->firmwareTo());
        QCOMPARE(e.startDate, QDate(2026, 11, 20));
        for (const DeviceHistoryEntry &older : entries)
            QVERIFY(older.reportUpdatedTime != kNoTime); // the simulator invents full entries
        QCOMPARE(countPaths(*requests, u"/devices/"_s), 1);

        // Asked again: answered from the cache before fetch() returns, without a request.
        QVERIFY(fetcher.isCached(m_sim->account, device.deviceId));
        fetcher.fetch(m_sim->account, device.deviceId);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).value<QList<DeviceHistoryEntry>>().size(), entries.size());
        QVERIFY(settled());
        QCOMPARE(countPaths(*requests, u"/devices/"_s), 1);

        // The same IMEI under another account is not the cached answer.
        QVERIFY(!fetcher.isCached(m_otherAccount, device.deviceId));

        fetcher.clearCache();
        QVERIFY(!fetcher.isCached(m_sim->account, device.deviceId));
        fetcher.fetch(m_sim->account, device.deviceId);
        QCOMPARE(spy.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10000);
        QCOMPARE(countPaths(*requests, u"/devices/"_s), 2);
    }

    void unknownDeviceAndSupersededFetches()
    {
        DeviceHistoryFetcher fetcher(m_client.get());
        QSignalSpy spy(&fetcher, &DeviceHistoryFetcher::fetched);
        const QString unknown = u"999999999999999"_s;
        fetcher.fetch(m_sim->account, unknown);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        const auto error = spy.at(0).at(2).value<ApiError>();
        QCOMPARE(spy.at(0).at(0).toString(), unknown);
        QCOMPARE(error.kind, ApiError::Kind::Rejected);
        QCOMPARE(error.code, u"FOTA.DEVICE.NotFound"_s);
        QCOMPARE(error.message,
                 u"Device "_s + unknown + u" not found for account "_s + m_sim->account + u"."_s);
        QVERIFY(spy.at(0).at(1).value<QList<DeviceHistoryEntry>>().isEmpty());
        QVERIFY(!fetcher.isCached(m_sim->account, unknown)); // failures are asked again

        // Clicking through rows: only the last device's answer reaches the receiver.
        const auto &devices = m_sim->campaign().devices();
        spy.clear();
        fetcher.fetch(m_sim->account, devices.at(0).deviceId);
        fetcher.fetch(m_sim->account, devices.at(1).deviceId);
        fetcher.fetch(m_sim->account, devices.at(2).deviceId);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QVERIFY(settled());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), devices.at(2).deviceId);
        const auto entries = spy.at(0).at(1).value<QList<DeviceHistoryEntry>>();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().status, devices.at(2).status);
        QVERIFY(!fetcher.isCached(m_sim->account, devices.at(0).deviceId));

        // A cancelled fetch says nothing.
        spy.clear();
        fetcher.fetch(m_sim->account, devices.at(3).deviceId);
        fetcher.cancel();
        QVERIFY(!fetcher.isRunning());
        QVERIFY(settled());
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(CampaignDirectoryTest)
#include "tst_campaigndirectory.moc"
