// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "simulator/DeviceFragmentCache.h"
#include "simulator/ReportPageWriter.h"
#include "simulator/SimulatedCampaign.h"
#include "simulator/SimulatorFault.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

class QHttpServerRequest;
class QTcpSocket;

namespace fota::sim {

// A simulated ThingSpace (OAuth token, UWS session, FOTA v3 reports) served over real HTTP on
// 127.0.0.1, so the client is exercised through its real network stack. It derives from
// QAbstractHttpServer rather than QHttpServer because several faults need the raw socket
// (a cut connection, a request that is never answered).
class SimulatorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimulatorServer(QObject *parent = nullptr);
    ~SimulatorServer() override;

    bool start(quint16 port = 0); // 127.0.0.1 only; false on failure
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // Replaces a campaign with the same account and id; pointers from campaign() stay valid.
    void addCampaign(const SimulatedCampaign &campaign);
    SimulatedCampaign *campaign(const QString &accountName, const QString &campaignId);

    static QString demoClientId();
    static QString demoClientSecret();
    static QString demoUsername();
    static QString demoPassword();

    // A valid access-token/session-token pair, as if the OAuth and login calls had been made.
    std::pair<QString, QString> issueTokens();

    // Faults apply to report-page requests (GET .../reports/{acc}/campaigns/{id}/devices). Each
    // injection counts from the moment it is made: the next `skip` report requests are served
    // normally, the `times` after that get the fault. When two injections are due on the same
    // request the older one fires and the newer one waits for the next request.
    void injectFault(SimulatorFault fault, int times = 1, int skip = 0);
    void clearFaults();

    void setPageSize(int devices);            // default 1000; may be set above 1000
    void setAccessTokenLifetime(int seconds); // expires_in sent and enforced, default 3600
    // What the token answer's expires_in says, whatever lifetime is enforced: a server that
    // advertises 60, 0 or -5 while its tokens last an hour. nullopt: the enforced lifetime.
    void setAdvertisedExpiresIn(std::optional<int> seconds);
    void setSessionIdleLimit(int seconds); // default 1200 (20 min without use)
    // Token lifetimes and session idle time are measured on this clock's steady time, so tests
    // move time by hand instead of sleeping. Only the interface is used (no code shared with
    // the client); nullptr, the default, is the server's own monotonic clock. The clock must
    // outlive the server and be read on the server's thread only.
    void setClock(const fota::Clock *clock);
    // Demo evolution: every intervalMs, each campaign evolve()s a few devices. 0 = off.
    void setEvolveInterval(int intervalMs, int changesPerTick = 25);
    bool evolvesOnTimer() const { return m_evolveTimer.isActive(); }
    // Deterministic evolution for tests and `watch`: when a walk of a campaign's report starts
    // (a request with cursor 0) after an earlier walk reached the last page, the campaign takes
    // one SimulatedCampaign::evolveStep(changesPerWalk) first. A retried first page or an
    // abandoned walk does not advance it. 0 = off (the default).
    void setEvolvePerWalk(int changesPerWalk);
    // For benchmarks: keeps each device's bytes as a fault-free report page writes them
    // (DeviceFragmentCache), so the server is not what a load test measures, whatever cursors
    // the walk asks after. Evolution and addCampaign() clear it; a change made through
    // campaign() needs clearPageCache(). Off by default.
    void setPageCache(bool enabled);
    void clearPageCache();
    // With the page cache on: writes every device of every campaign into it now, so that no
    // later request pays for it (and a benchmark's memory baseline includes it).
    void warmPageCache();
    // For benchmarks: answers every fault-free report page this many ms late, as a real network
    // would; other requests are answered at once. 0 (the default) = no delay.
    void setPageLatency(int ms);

    // For range-split loading tests: answers 400 FOTA.REQUEST.InvalidParameter to a report
    // cursor this server did not hand out (anything but "0" and the lastSeenDeviceId of a page
    // it served), as a server whose cursors are opaque tokens would. Off by default.
    void setRejectForeignCursors(bool reject);
    // For range-split loading tests: a report whose pages disagree about totalDevice and whose
    // first range answers last. Pages that begin at or before the device `below` say `totalDevice`
    // and are answered latencyMs late; the others are the real pages, at once. An empty
    // `below` turns it off (the default).
    void setSlowEarlyPages(const QString &below, qint64 totalDevice, int latencyMs);
    // For range-split loading tests: a report request that arrives while this many report pages
    // are still being answered gets 429 with "Retry-After: 1". Pages are only ever in flight
    // with setPageLatency(); 0 (the default) is no limit.
    void setMaxPagesInFlight(int pages);
    // The most report pages that were being answered at once (delayed by setPageLatency()).
    int peakPagesInFlight() const { return m_peakPagesInFlight; }
    void resetPeakPagesInFlight() { m_peakPagesInFlight = m_pagesInFlight; }
    int rejectedForTooMany() const { return m_rejectedForTooMany; }

    int reportRequests() const;
    // The lastSeenDeviceId of every report request ("0" when absent), in order, faults
    // included: what a walk asked for.
    QStringList reportCursors() const;
    int tokenRequests() const;
    int loginRequests() const;
    int failedLogins() const; // consecutive failed logins (a success resets it)
    bool accountLocked() const;
    int logoutRequests() const;

signals:
    // httpStatus 0: the request was deliberately left unanswered (Stall).
    void requestServed(const QString &path, int httpStatus);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct FaultPlan
    {
        SimulatorFault fault;
        int skip;
        int times;
    };

    Reply handleToken(const QHttpServerRequest &request);
    Reply handleLogin(const QHttpServerRequest &request);
    Reply handleLogout(const QHttpServerRequest &request);
    void handleReportPage(const QHttpServerRequest &request, QTcpSocket *socket,
                          const QString &account, const QString &campaignId);
    void serveFault(SimulatorFault fault, const QHttpServerRequest &request, QTcpSocket *socket);
    Reply handleCampaignInfo(const QString &account, const QString &campaignId);
    Reply handleCampaignList(const QHttpServerRequest &request, const QString &account);
    Reply handleDeviceHistory(const QString &account, const QString &imei);

    std::optional<Reply> checkFotaAuth(const QHttpServerRequest &request);
    bool bearerValid(const QHttpServerRequest &request) const;
    std::optional<SimulatorFault> takeFault();
    void noteWalk(const QString &account, const QString &campaignId, bool firstPage, bool lastPage);
    QString newToken() const;
    qint64 now() const;

    void send(QTcpSocket *socket, const QHttpServerRequest &request, const Reply &reply);
    void sendNow(QTcpSocket *socket, bool keepAlive, const QString &path, const Reply &reply);
    // The two benchmark hooks of handleReportPage: the cached body and the delayed answer.
    QByteArray pageBody(const SimulatedCampaign &campaign, const ReportPageWriter::Page &page,
                        bool faulty);
    void sendPage(QTcpSocket *socket, const QHttpServerRequest &request, const Reply &reply,
                  int latencyMs);
    // The ConnectionReset fault: half the body, then the connection dropped.
    void sendHalfThenReset(QTcpSocket *socket, const QHttpServerRequest &request,
                           const Reply &reply);
    static QByteArray head(int status, const QByteArray &contentType, qsizetype contentLength,
                           const QList<std::pair<QByteArray, QByteArray>> &extra, bool keepAlive);

    std::map<std::pair<QString, QString>, std::unique_ptr<SimulatedCampaign>> m_campaigns;
    QHash<QString, qint64> m_accessTokens; // token -> expiry, monotonic ms
    QHash<QString, qint64> m_sessions;     // token -> last use, monotonic ms
    QList<FaultPlan> m_faults;
    QStringList m_reportCursors;
    QElapsedTimer m_ownClock;
    const fota::Clock *m_clock = nullptr;
    std::optional<int> m_advertisedExpiresIn;
    DeviceFragmentCache m_pageCache; // only for fault-free pages
    bool m_cachePages = false;
    int m_pageLatencyMs = 0;
    bool m_rejectForeignCursors = false;
    QString m_earlyBelow; // setSlowEarlyPages()
    qint64 m_earlyTotal = 0;
    int m_earlyLatencyMs = 0;
    QSet<QString> m_handedOutCursors;
    int m_maxPagesInFlight = 0;
    int m_pagesInFlight = 0;
    int m_peakPagesInFlight = 0;
    int m_rejectedForTooMany = 0;
    QTimer m_evolveTimer;
    int m_changesPerTick = 25;
    int m_changesPerWalk = 0;
    std::set<std::pair<QString, QString>> m_walkEnded; // campaigns whose last page was served
    quint16 m_port = 0;
    int m_pageSize = 1000;
    int m_tokenLifetime = 3600;
    int m_sessionIdleLimit = 1200;
    int m_reportRequests = 0;
    int m_tokenRequests = 0;
    int m_loginRequests = 0;
    int m_failedLogins = 0;
    bool m_locked = false;
    int m_logoutRequests = 0;
};

} // namespace fota::sim
