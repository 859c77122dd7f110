// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/SimulatorServer.h"

#include "simulator/DeviceHistoryBuilder.h"
#include "simulator/ReportPageWriter.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace fota::sim {

namespace {

constexpr int kCampaignListPageSize = 2; // small on purpose: clients must page through it
constexpr int kMaxFailedLogins = 5;
constexpr int kResetDelayMs = 250;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return json(QJsonObject{{u"errorCode"_s, code}, {u"errorMessage"_s, message}});
}

QByteArray gatewayFault(const QString &api)
{
    return json(QJsonObject{
        {u"fault"_s,
         QJsonObject{{u"code"_s, 900901},
                     {u"message"_s, u"Invalid Credentials"_s},
                     {u"description"_s, QString(u"Access failure for API: "_s + api +
                                                u", version: "_s + api.section(u'/', -1) +
                                                u" status: (900901) - Invalid Credentials."_s)}}}});
}

QByteArray sessionExpiredBody()
{
    return errorBody(u"UnifiedWebService.REQUEST_FAILED.SessionToken.Expired"_s,
                     u"The Session has expired."_s);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    // Header names are case-insensitive; do not rely on how the server library stores them.
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// Path segments, percent-decoded one by one so that an encoded '/' stays inside its segment.
QStringList pathSegments(const QUrl &url)
{
    QStringList segments;
    const QByteArray encoded = url.path(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &part : encoded.split('/')) {
        if (!part.isEmpty())
            segments.append(QUrl::fromPercentEncoding(part));
    }
    return segments;
}

// abort() alone closes gracefully (FIN), and QNetworkAccessManager then sometimes reports the
// short body as a complete answer despite the Content-Length. A zero linger time turns the
// close into a real TCP reset, which every client reports as an error.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

bool isFetchFault(SimulatorFault fault)
{
    // These still need a real page (and valid credentials) to distort.
    switch (fault) {
    case SimulatorFault::TruncatedJson:
    case SimulatorFault::ConnectionReset:
    case SimulatorFault::StuckCursor:
    case SimulatorFault::OverlappingPages:
    case SimulatorFault::WrongFieldTypes:
    case SimulatorFault::EmptyPage:
    case SimulatorFault::NullDeviceList:
    case SimulatorFault::MoreDataMissing:
    case SimulatorFault::MoreDataUnreadable:
    case SimulatorFault::InflatedTotal:
    case SimulatorFault::CreepingCursor:
    case SimulatorFault::EndlessPages:
    case SimulatorFault::HostileEntries:
        return true;
    default:
        return false;
    }
}

quint64 decimalValue(QStringView digits)
{
    quint64 value = 0;
    for (QChar c : digits)
        value = value * 10 + quint64(c.unicode() - u'0');
    return value;
}

// A cursor past `cursor` but below the next device (index `after`), so a page that is empty
// but moves the cursor there skips nothing. The cursor itself when there is no room.
QString cursorBeforeNext(const SimulatedCampaign &c, qsizetype after, const QString &cursor)
{
    if (after >= c.devices().size())
        return cursor;
    const QString &next = c.devices().at(after).deviceId;
    const quint64 below = decimalValue(next) - 1;
    if (below <= decimalValue(cursor))
        return cursor;
    return QString::number(below).rightJustified(next.size(), u'0');
}

// Which devices a report request gets and what the page says about them, faults included.
ReportPageWriter::Page planPage(const SimulatedCampaign &c, qsizetype after, const QString &cursor,
                                std::optional<SimulatorFault> fault, int pageSize)
{
    const qsizetype total = c.devices().size();
    ReportPageWriter::Page page;
    page.begin = after;
    if (fault == SimulatorFault::OverlappingPages)
        page.begin = std::max<qsizetype>(after - 7, 0);
    page.end = std::min<qsizetype>(page.begin + pageSize, total);
    page.hasMoreData = page.end < total;
    page.lastSeenDeviceId = page.hasMoreData ? c.devices().at(page.end - 1).deviceId : u"0"_s;
    page.maxPageSize = pageSize;
    page.pageNumber = int(after / pageSize);
    page.wrongTypes = fault == SimulatorFault::WrongFieldTypes;
    switch (fault.value_or(SimulatorFault::RateLimited)) {
    case SimulatorFault::StuckCursor:
        page.hasMoreData = true;
        page.lastSeenDeviceId = cursor;
        break;
    case SimulatorFault::EmptyPage:
        page.end = page.begin;
        page.hasMoreData = true;
        page.lastSeenDeviceId = cursorBeforeNext(c, after, cursor);
        break;
    case SimulatorFault::NullDeviceList:
        page.nullDeviceList = true;
        page.hasMoreData = true;
        page.totalDevice = 5000;
        page.lastSeenDeviceId = u"0"_s;
        break;
    case SimulatorFault::MoreDataMissing:
        page.moreDataStyle = ReportPageWriter::Page::MoreData::Missing;
        break;
    case SimulatorFault::MoreDataUnreadable:
        page.moreDataStyle = ReportPageWriter::Page::MoreData::Unreadable;
        break;
    case SimulatorFault::InflatedTotal:
        page.totalDevice = 50000;
        break;
    case SimulatorFault::HostileEntries:
        page.hostileEntries = true;
        break;
    case SimulatorFault::CreepingCursor:
        page.hasMoreData = true;
        page.lastSeenDeviceId = cursor + u'9';
        break;
    case SimulatorFault::EndlessPages:
        page.totalDevice = 10;
        page.hasMoreData = true;
        page.lastSeenDeviceId =
            page.begin < page.end ? c.devices().at(page.end - 1).deviceId : cursor + u'9';
        break;
    default:
        break;
    }
    return page;
}

} // namespace

SimulatorServer::SimulatorServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_ownClock.start();
    connect(&m_evolveTimer, &QTimer::timeout, this, [this] {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        for (auto &entry : m_campaigns)
            entry.second->evolve(m_changesPerTick, nowMs);
        m_pageCache.clear();
    });
}

SimulatorServer::~SimulatorServer() = default;

bool SimulatorServer::start(quint16 port)
{
    if (m_port != 0)
        return true;
    listen(QHostAddress::LocalHost, port);
    // listen() reports failure as 0 or as -1 depending on the Qt version; ask the socket.
    const QList<QTcpServer *> tcpServers = servers();
    if (tcpServers.isEmpty() || !tcpServers.last()->isListening())
        return false;
    m_port = tcpServers.last()->serverPort();
    return m_port != 0;
}

quint16 SimulatorServer::port() const
{
    return m_port;
}

QUrl SimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void SimulatorServer::addCampaign(const SimulatedCampaign &campaign)
{
    m_pageCache.clear();
    auto &slot = m_campaigns[{campaign.accountName(), campaign.campaignId()}];
    if (slot)
        *slot = campaign;
    else
        slot = std::make_unique<SimulatedCampaign>(campaign);
}

SimulatedCampaign *SimulatorServer::campaign(const QString &accountName, const QString &campaignId)
{
    const auto it = m_campaigns.find({accountName, campaignId});
    return it == m_campaigns.end() ? nullptr : it->second.get();
}

QString SimulatorServer::demoClientId()
{
    return u"demo-client-id"_s;
}

QString SimulatorServer::demoClientSecret()
{
    return u"demo-client-secret"_s;
}

QString SimulatorServer::demoUsername()
{
    return u"demo-user"_s;
}

QString SimulatorServer::demoPassword()
{
    return u"demo-password"_s;
}

std::pair<QString, QString> SimulatorServer::issueTokens()
{
    const QString access = newToken();
    const QString session = newToken();
    m_accessTokens.insert(access, now() + qint64(m_tokenLifetime) * 1000);
    m_sessions.insert(session, now());
    return {access, session};
}

void SimulatorServer::injectFault(SimulatorFault fault, int times, int skip)
{
    if (times > 0)
        m_faults.append({fault, std::max(skip, 0), times});
}

void SimulatorServer::clearFaults()
{
    m_faults.clear();
}

void SimulatorServer::setPageSize(int devices)
{
    m_pageSize = std::max(devices, 1);
}

void SimulatorServer::setPageCache(bool enabled)
{
    m_cachePages = enabled;
    m_pageCache.clear();
}

void SimulatorServer::clearPageCache()
{
    m_pageCache.clear();
}

void SimulatorServer::warmPageCache()
{
    if (!m_cachePages)
        return;
    for (const auto &entry : m_campaigns)
        m_pageCache.warm(*entry.second);
}

void SimulatorServer::setPageLatency(int ms)
{
    m_pageLatencyMs = std::max(ms, 0);
}

void SimulatorServer::setRejectForeignCursors(bool reject)
{
    m_rejectForeignCursors = reject;
}

void SimulatorServer::setSlowEarlyPages(const QString &below, qint64 totalDevice, int latencyMs)
{
    m_earlyBelow = below;
    m_earlyTotal = totalDevice;
    m_earlyLatencyMs = std::max(latencyMs, 0);
}

void SimulatorServer::setMaxPagesInFlight(int pages)
{
    m_maxPagesInFlight = std::max(pages, 0);
}

void SimulatorServer::setAccessTokenLifetime(int seconds)
{
    m_tokenLifetime = std::max(seconds, 1);
}

void SimulatorServer::setAdvertisedExpiresIn(std::optional<int> seconds)
{
    m_advertisedExpiresIn = seconds;
}

void SimulatorServer::setClock(const fota::Clock *clock)
{
    // Tokens already issued keep their times, measured on the old clock: tests set the clock
    // before issuing any.
    m_clock = clock;
}

void SimulatorServer::setSessionIdleLimit(int seconds)
{
    m_sessionIdleLimit = std::max(seconds, 1);
}

void SimulatorServer::setEvolveInterval(int intervalMs, int changesPerTick)
{
    m_changesPerTick = changesPerTick;
    if (intervalMs <= 0)
        m_evolveTimer.stop();
    else
        m_evolveTimer.start(intervalMs);
}

void SimulatorServer::setEvolvePerWalk(int changesPerWalk)
{
    m_changesPerWalk = std::max(changesPerWalk, 0);
}

void SimulatorServer::noteWalk(const QString &account, const QString &campaignId, bool firstPage,
                               bool lastPage)
{
    if (m_changesPerWalk == 0)
        return;
    const std::pair<QString, QString> key{account, campaignId};
    if (firstPage && m_walkEnded.erase(key) > 0) {
        if (SimulatedCampaign *c = campaign(account, campaignId)) {
            c->evolveStep(m_changesPerWalk);
            clearPageCache(); // the cached pages show the state before this step
        }
    }
    if (lastPage)
        m_walkEnded.insert(key);
}

int SimulatorServer::reportRequests() const
{
    return m_reportRequests;
}

QStringList SimulatorServer::reportCursors() const
{
    return m_reportCursors;
}

int SimulatorServer::tokenRequests() const
{
    return m_tokenRequests;
}

int SimulatorServer::loginRequests() const
{
    return m_loginRequests;
}

int SimulatorServer::failedLogins() const
{
    return m_failedLogins;
}

bool SimulatorServer::accountLocked() const
{
    return m_locked;
}

int SimulatorServer::logoutRequests() const
{
    return m_logoutRequests;
}

qint64 SimulatorServer::now() const
{
    return m_clock ? m_clock->steadyMs() : m_ownClock.elapsed();
}

QString SimulatorServer::newToken() const
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QString token;
    for (quint32 w : words)
        token += QString::number(w, 16).rightJustified(8, u'0');
    return token;
}

bool SimulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    using Method = QHttpServerRequest::Method;
    const QStringList seg = pathSegments(request.url());
    const bool get = request.method() == Method::Get;
    const bool post = request.method() == Method::Post;
    const auto is = [&seg](std::initializer_list<QStringView> prefix) {
        if (seg.size() < qsizetype(prefix.size()))
            return false;
        qsizetype i = 0;
        for (QStringView p : prefix) {
            if (seg[i++] != p)
                return false;
        }
        return true;
    };

    if (post && seg.size() == 5 && is({u"api", u"ts", u"v1", u"oauth2", u"token"})) {
        send(socket, request, handleToken(request));
        return true;
    }
    if (post && seg.size() == 5 && is({u"api", u"m2m", u"v1", u"session", u"login"})) {
        send(socket, request, handleLogin(request));
        return true;
    }
    if (post && seg.size() == 5 && is({u"api", u"m2m", u"v1", u"session", u"logout"})) {
        send(socket, request, handleLogout(request));
        return true;
    }
    if (!get || !is({u"api", u"fota", u"v3"}))
        return false;

    const QStringList rest = seg.mid(3);
    // reports/{acc}/campaigns/{id}/devices
    if (rest.size() == 5 && rest[0] == u"reports" && rest[2] == u"campaigns" &&
        rest[4] == u"devices") {
        handleReportPage(request, socket, rest[1], rest[3]);
        return true;
    }

    std::optional<Reply> reply;
    const bool campaignInfo = rest.size() == 3 && rest[0] == u"campaigns";
    const bool campaignList =
        (rest.size() == 4 && rest[0] == u"reports" && rest[2] == u"firmware" &&
         rest[3] == u"campaigns") ||
        (rest.size() == 3 && rest[0] == u"reports" && rest[2] == u"campaigns");
    const bool history = rest.size() == 4 && rest[0] == u"reports" && rest[2] == u"devices";
    if (!campaignInfo && !campaignList && !history)
        return false;

    reply = checkFotaAuth(request);
    if (!reply) {
        if (campaignInfo)
            reply = handleCampaignInfo(rest[1], rest[2]);
        else if (campaignList)
            reply = handleCampaignList(request, rest[1]);
        else
            reply = handleDeviceHistory(rest[1], rest[3]);
    }
    send(socket, request, *reply);
    return true;
}

void SimulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Reply reply;
    reply.status = 404;
    reply.body = errorBody(u"NotFound"_s,
                           u"No resource at "_s + request.url().path() + u" for this method."_s);
    send(socket, request, reply);
}

SimulatorServer::Reply SimulatorServer::handleToken(const QHttpServerRequest &request)
{
    ++m_tokenRequests;
    Reply reply;
    const QByteArray auth = headerValue(request, "Authorization");
    QByteArray credentials;
    if (auth.size() > 6 && auth.first(6).compare("Basic ", Qt::CaseInsensitive) == 0)
        credentials = QByteArray::fromBase64(auth.mid(6).trimmed());
    const QByteArray expected = (demoClientId() + u':' + demoClientSecret()).toUtf8();
    if (credentials != expected) {
        reply.status = 401;
        reply.body = json(QJsonObject{{u"error"_s, u"invalid_client"_s},
                                      {u"error_description"_s, u"Client authentication failed"_s}});
        return reply;
    }
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (form.queryItemValue(u"grant_type"_s) != u"client_credentials") {
        reply.status = 400;
        reply.body =
            json(QJsonObject{{u"error"_s, u"unsupported_grant_type"_s},
                             {u"error_description"_s, u"grant_type must be client_credentials"_s}});
        return reply;
    }
    const QString token = newToken();
    m_accessTokens.insert(token, now() + qint64(m_tokenLifetime) * 1000);
    reply.body =
        json(QJsonObject{{u"access_token"_s, token},
                         {u"token_type"_s, u"bearer"_s},
                         {u"expires_in"_s, m_advertisedExpiresIn.value_or(m_tokenLifetime)},
                         {u"scope"_s, u"ts.application.ro ts.mtas ts.fota"_s}});
    return reply;
}

SimulatorServer::Reply SimulatorServer::handleLogin(const QHttpServerRequest &request)
{
    ++m_loginRequests;
    Reply reply;
    if (!bearerValid(request)) {
        reply.status = 401;
        reply.body = gatewayFault(u"/api/m2m/v1"_s);
        return reply;
    }
    reply.status = 400;
    if (m_locked) {
        reply.body = errorBody(u"UnifiedWebService.ACCOUNT_LOCKED"_s, u"The account is locked."_s);
        return reply;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A malformed request is not a wrong password: it does not count towards the lockout.
        reply.body = errorBody(u"UnifiedWebService.INPUT_INVALID"_s,
                               u"The request body is not a valid JSON object."_s);
        return reply;
    }
    const QJsonObject body = doc.object();
    if (body.value(u"username"_s).toString() != demoUsername() ||
        body.value(u"password"_s).toString() != demoPassword()) {
        if (++m_failedLogins >= kMaxFailedLogins)
            m_locked = true;
        reply.body = errorBody(u"UnifiedWebService.AUTHENTICATION_FAILED"_s,
                               u"Invalid username or password."_s);
        return reply;
    }
    m_failedLogins = 0;
    const QString session = newToken();
    m_sessions.insert(session, now());
    reply.status = 200;
    reply.body = json(QJsonObject{{u"sessionToken"_s, session}});
    return reply;
}

SimulatorServer::Reply SimulatorServer::handleLogout(const QHttpServerRequest &request)
{
    ++m_logoutRequests;
    m_sessions.remove(QString::fromUtf8(headerValue(request, "VZ-M2M-Token")));
    Reply reply;
    reply.body = "{}";
    return reply;
}

bool SimulatorServer::bearerValid(const QHttpServerRequest &request) const
{
    const QByteArray auth = headerValue(request, "Authorization");
    if (auth.size() <= 7 || auth.first(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return false;
    const auto it = m_accessTokens.constFind(QString::fromUtf8(auth.mid(7).trimmed()));
    return it != m_accessTokens.cend() && now() < it.value();
}

std::optional<SimulatorServer::Reply>
SimulatorServer::checkFotaAuth(const QHttpServerRequest &request)
{
    Reply reply;
    if (!bearerValid(request)) {
        reply.status = 401;
        reply.body = gatewayFault(u"/api/fota/v3"_s);
        return reply;
    }
    const QString session = QString::fromUtf8(headerValue(request, "VZ-M2M-Token"));
    const auto it = m_sessions.find(session);
    if (it == m_sessions.end() || now() - it.value() >= qint64(m_sessionIdleLimit) * 1000) {
        if (it != m_sessions.end())
            m_sessions.erase(it);
        reply.status = 400;
        reply.body = sessionExpiredBody();
        return reply;
    }
    it.value() = now();
    return std::nullopt;
}

std::optional<SimulatorFault> SimulatorServer::takeFault()
{
    std::optional<SimulatorFault> fired;
    for (auto it = m_faults.begin(); it != m_faults.end();) {
        if (it->skip > 0) {
            --it->skip;
        } else if (!fired) {
            fired = it->fault;
            if (--it->times == 0) {
                it = m_faults.erase(it);
                continue;
            }
        }
        ++it;
    }
    return fired;
}

// The faults that replace the page entirely: no page is read, credentials are not checked.
void SimulatorServer::serveFault(SimulatorFault fault, const QHttpServerRequest &request,
                                 QTcpSocket *socket)
{
    Reply reply;
    switch (fault) {
    case SimulatorFault::RateLimited:
        reply.status = 429;
        reply.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        reply.body =
            errorBody(u"TooManyRequests"_s, u"Rate limit exceeded, retry after 1 second."_s);
        break;
    case SimulatorFault::ServerError:
        reply.status = 503;
        reply.contentType = "text/html";
        reply.body = "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                     "<body><h1>503 Service Temporarily Unavailable</h1></body></html>\n";
        break;
    case SimulatorFault::SessionExpired:
        m_sessions.clear();
        reply.status = 400;
        reply.body = sessionExpiredBody();
        break;
    case SimulatorFault::BearerExpired:
        m_accessTokens.clear();
        reply.status = 401;
        reply.body = gatewayFault(u"/api/fota/v3"_s);
        break;
    case SimulatorFault::Stall:
        // Keep the socket open and never answer: the client's timeout must fire.
        emit requestServed(request.url().path(), 0);
        return;
    case SimulatorFault::BadRequest:
        reply.status = 400;
        reply.body = errorBody(u"FOTA.REPORT.InvalidRequest"_s,
                               u"Campaign report is not available for this account."_s);
        break;
    case SimulatorFault::HtmlErrorPage:
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!DOCTYPE html><html><head><title>Network login</title></head><body>"
                     "<h1>Please sign in to the guest network</h1>"
                     "<form action=\"/login\"><input name=\"code\"></form></body></html>\n";
        break;
    default:
        break;
    }
    send(socket, request, reply);
}

void SimulatorServer::handleReportPage(const QHttpServerRequest &request, QTcpSocket *socket,
                                       const QString &account, const QString &campaignId)
{
    ++m_reportRequests;
    const QUrlQuery query = request.query();
    const QString cursor = query.hasQueryItem(u"lastSeenDeviceId"_s)
                               ? query.queryItemValue(u"lastSeenDeviceId"_s, QUrl::FullyDecoded)
                               : u"0"_s;
    m_reportCursors.append(cursor);
    const std::optional<SimulatorFault> fault = takeFault();
    if (fault && !isFetchFault(*fault)) {
        serveFault(*fault, request, socket);
        return;
    }

    Reply reply;
    // A gateway's rate limit comes before anything else is looked at.
    if (m_maxPagesInFlight > 0 && m_pagesInFlight >= m_maxPagesInFlight) {
        ++m_rejectedForTooMany;
        reply.status = 429;
        reply.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        reply.body = errorBody(u"TooManyRequests"_s, u"Too many requests in flight."_s);
        send(socket, request, reply);
        return;
    }
    if (std::optional<Reply> denied = checkFotaAuth(request)) {
        send(socket, request, *denied);
        return;
    }
    const SimulatedCampaign *c = campaign(account, campaignId);
    if (!c) {
        reply.status = 400;
        reply.body = errorBody(u"FOTA.CAMPAIGN.NotFound"_s, u"Campaign "_s + campaignId +
                                                                u" not found for account "_s +
                                                                account + u"."_s);
        send(socket, request, reply);
        return;
    }
    const qsizetype after = c->indexAfter(cursor);
    if (m_rejectForeignCursors && cursor != "0"_L1 && !m_handedOutCursors.contains(cursor)) {
        reply.status = 400;
        reply.body = errorBody(u"FOTA.REQUEST.InvalidParameter"_s,
                               u"lastSeenDeviceId was not returned by a previous page."_s);
        send(socket, request, reply);
        return;
    }
    if (after < 0) {
        reply.status = 400;
        reply.body = errorBody(u"FOTA.REQUEST.InvalidParameter"_s,
                               u"lastSeenDeviceId must be a device IMEI or 0."_s);
        send(socket, request, reply);
        return;
    }

    // Evolve before the page is cut, so the whole walk sees one state.
    noteWalk(account, campaignId, after == 0, false);
    ReportPageWriter::Page page = planPage(*c, after, cursor, fault, m_pageSize);
    const bool early = !m_earlyBelow.isEmpty() && after < c->indexAfter(m_earlyBelow);
    if (early)
        page.totalDevice = m_earlyTotal;
    if (page.hasMoreData)
        m_handedOutCursors.insert(page.lastSeenDeviceId);
    reply.body = pageBody(*c, page, fault.has_value() || early);
    noteWalk(account, campaignId, false, !page.hasMoreData);

    if (fault == SimulatorFault::TruncatedJson) {
        reply.body.truncate(reply.body.size() / 2);
    } else if (fault == SimulatorFault::ConnectionReset) {
        sendHalfThenReset(socket, request, reply);
        return;
    }
    sendPage(socket, request, reply, early ? m_earlyLatencyMs : m_pageLatencyMs);
}

void SimulatorServer::sendHalfThenReset(QTcpSocket *socket, const QHttpServerRequest &request,
                                        const Reply &reply)
{
    // Promise the whole body, deliver half, then drop the connection. The drop waits a
    // moment: a connection closed before the client has started reading the answer makes
    // QNetworkAccessManager silently resend the request, and the fault would never be seen.
    const QByteArray half = reply.body.first(reply.body.size() / 2);
    socket->write(head(200, reply.contentType, reply.body.size(), {}, true) + half);
    emit requestServed(request.url().path(), 200);
    QTimer::singleShot(kResetDelayMs, socket, [socket] {
        const auto abortWhenFlushed = [socket] {
            if (socket->bytesToWrite() == 0)
                resetConnection(socket);
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, abortWhenFlushed);
        abortWhenFlushed();
    });
}

QByteArray SimulatorServer::pageBody(const SimulatedCampaign &campaign,
                                     const ReportPageWriter::Page &page, bool faulty)
{
    if (!m_cachePages || faulty)
        return ReportPageWriter::write(campaign, page);
    return ReportPageWriter::write(campaign, page, &m_pageCache);
}

void SimulatorServer::sendPage(QTcpSocket *socket, const QHttpServerRequest &request,
                               const Reply &reply, int latencyMs)
{
    if (latencyMs <= 0) {
        send(socket, request, reply);
        return;
    }
    // The request object does not outlive this call: keep what the answer needs from it. The
    // socket is the timer's context, so a client that hangs up cancels the answer.
    const bool keepAlive =
        headerValue(request, "Connection").compare("close", Qt::CaseInsensitive) != 0;
    const QString path = request.url().path();
    // In flight until answered or until the client hangs up, whichever comes first.
    ++m_pagesInFlight;
    m_peakPagesInFlight = std::max(m_peakPagesInFlight, m_pagesInFlight);
    QTimer::singleShot(latencyMs, this,
                       [this, socket = QPointer<QTcpSocket>(socket), keepAlive, path, reply] {
                           --m_pagesInFlight;
                           if (socket)
                               sendNow(socket, keepAlive, path, reply);
                       });
}

SimulatorServer::Reply SimulatorServer::handleCampaignInfo(const QString &account,
                                                           const QString &campaignId)
{
    Reply reply;
    const SimulatedCampaign *c = campaign(account, campaignId);
    if (!c) {
        reply.status = 400;
        reply.body = errorBody(u"FOTA.CAMPAIGN.NotFound"_s, u"Campaign "_s + campaignId +
                                                                u" not found for account "_s +
                                                                account + u"."_s);
        return reply;
    }
    reply.body = json(c->campaignInfoJson());
    return reply;
}

SimulatorServer::Reply SimulatorServer::handleCampaignList(const QHttpServerRequest &request,
                                                           const QString &account)
{
    Reply reply;
    const QUrlQuery query = request.query();
    const QString status = query.queryItemValue(u"campaignStatus"_s, QUrl::FullyDecoded);
    if (status.isEmpty()) {
        reply.status = 400;
        reply.body =
            errorBody(u"FOTA.REQUEST.InvalidParameter"_s, u"campaignStatus is required."_s);
        return reply;
    }
    const QString after = query.queryItemValue(u"lastSeenCampaignId"_s, QUrl::FullyDecoded);

    // m_campaigns is ordered by (account, id), so this walks the account's campaigns by id.
    QJsonArray list;
    bool more = false;
    QString lastId;
    for (const auto &[key, c] : m_campaigns) {
        if (key.first != account || (!after.isEmpty() && key.second <= after))
            continue;
        if (c->campaignStatus().compare(status, Qt::CaseInsensitive) != 0)
            continue;
        if (list.size() == kCampaignListPageSize) {
            more = true;
            break;
        }
        list.append(c->campaignInfoJson());
        lastId = key.second;
    }
    QJsonObject answer{{u"hasMoreData"_s, more}, {u"campaignList"_s, list}};
    if (more)
        answer.insert(u"lastSeenCampaignId"_s, lastId);
    reply.body = json(answer);
    return reply;
}

SimulatorServer::Reply SimulatorServer::handleDeviceHistory(const QString &account,
                                                            const QString &imei)
{
    QList<const SimulatedCampaign *> containing;
    for (const auto &[key, c] : m_campaigns) {
        if (key.first == account && c->indexOf(imei) >= 0)
            containing.append(c.get());
    }
    Reply reply;
    if (containing.isEmpty()) {
        reply.status = 400;
        reply.body =
            errorBody(u"FOTA.DEVICE.NotFound"_s,
                      u"Device "_s + imei + u" not found for account "_s + account + u"."_s);
        return reply;
    }
    reply.body =
        QJsonDocument(DeviceHistoryBuilder::build(imei, containing)).toJson(QJsonDocument::Compact);
    return reply;
}

QByteArray SimulatorServer::head(int status, const QByteArray &contentType, qsizetype contentLength,
                                 const QList<std::pair<QByteArray, QByteArray>> &extra,
                                 bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(contentLength) +
                     "\r\nConnection: " + (keepAlive ? "keep-alive" : "close") + "\r\n";
    for (const auto &[name, value] : extra)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

void SimulatorServer::send(QTcpSocket *socket, const QHttpServerRequest &request,
                           const Reply &reply)
{
    const bool keepAlive =
        headerValue(request, "Connection").compare("close", Qt::CaseInsensitive) != 0;
    sendNow(socket, keepAlive, request.url().path(), reply);
}

void SimulatorServer::sendNow(QTcpSocket *socket, bool keepAlive, const QString &path,
                              const Reply &reply)
{
    socket->write(
        head(reply.status, reply.contentType, reply.body.size(), reply.headers, keepAlive) +
        reply.body);
    if (!keepAlive)
        socket->disconnectFromHost();
    emit requestServed(path, reply.status);
}

} // namespace fota::sim
