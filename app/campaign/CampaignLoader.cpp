// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/CampaignLoader.h"

#include <QCoreApplication>

#include "campaign/DeviceId.h"
#include "campaign/LaneSplitter.h"
#include "common/DeviceIdKey.h"
#include "common/SafeText.h"
#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/ReportCursorPeek.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Without a totalDevice there is nothing to hold a walk to but these: far beyond any campaign
// the API serves (1,000 devices a page), and bounded.
constexpr qint64 kMaxDevicesUnannounced = 50'000'000;
constexpr int kMaxPagesUnannounced = 200'000;
constexpr int kDefaultPageSize = 1000;
// Pages waiting for their turn are handed on in slices of about this long, so a lane that
// finishes with hundreds of pages behind it does not hold the window's event loop.
constexpr qint64 kDeliverSliceMs = 8;
constexpr int kImeiDigits = 15;

// The server's IDs are fixed-width digit strings (IMEIs: 15); a split point is written the
// same way, so a server comparing cursors as text orders it as it would its own.
int idWidth(const QString &cursor)
{
    return std::max<int>(int(cursor.size()), kImeiDigits);
}

// Cursors are server text; they appear in messages shown on a terminal and in the window.
QString quoted(const QString &cursor)
{
    return u"\""_s + SafeText::oneLine(cursor, 40) + u"\""_s;
}

// The numeric value of an ID or cursor; none for one that is not a digit string. The first
// page's empty cursor is 0.
std::optional<quint64> valueOf(QStringView id)
{
    if (id.isEmpty())
        return 0;
    quint64 key = 0;
    if (!DeviceIdKey::pack(id.utf16(), id.size(), &key))
        return std::nullopt;
    return key >> 5;
}

std::optional<quint64> valueOf(const DecodedDevice &device)
{
    if (!DeviceId::isNumeric(device.id))
        return std::nullopt;
    return device.id >> 5;
}

} // namespace

CampaignLoader::CampaignLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &CampaignLoader::pump);
    m_deliverTimer.setSingleShot(true);
    connect(&m_deliverTimer, &QTimer::timeout, this, [this] {
        deliver(false);
        finishIfDone();
    });
}

CampaignLoader::~CampaignLoader()
{
    abortAll();
}

void CampaignLoader::start(const QString &accountName, const QString &campaignId)
{
    abortAll();
    ++m_generation;
    m_account = accountName.trimmed();
    m_campaign = campaignId.trimmed();
    m_lanes.clear();
    m_lanes.push_back(std::make_unique<WalkLane>());
    const int connections = m_client->settings().connections;
    m_budget.reset(connections);
    m_splitting = connections > 1;
    m_fellBack = false;
    m_fallbackNote.clear();
    m_peakInFlight = 0;
    m_sentAhead = 0;
    m_droppedAhead = 0;
    m_holdTimer.stop();
    m_deliverTimer.stop();
    m_steady.start();
    m_progress = {};
    m_total.clear();
    m_diagnostics = {};
    m_roundTrips.clear();
    m_largestPage = 0;
    m_announcedPageSize = 0;
    m_resumable = false;
    m_running = true;
    emit started();
    if (m_account.isEmpty() || m_campaign.isEmpty()) {
        finish(false,
               ApiError::make(
                   ApiError::Kind::Rejected,
                   QCoreApplication::translate(
                       "CampaignLoader", "both an account name and a campaign ID are needed")),
               false);
        return;
    }
    pump();
}

void CampaignLoader::resume()
{
    if (!canResume())
        return;
    ++m_generation;
    m_resumable = false;
    m_running = true;
    emit resumed();
    pump();
    finishIfDone();
}

void CampaignLoader::cancel()
{
    if (!m_running)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled,
                        QCoreApplication::translate("CampaignLoader", "loading was stopped")),
         true);
}

QString CampaignLoader::cursor() const
{
    for (const auto &lane : m_lanes) {
        if (lane->state != WalkLane::State::Done)
            return lane->cursor;
    }
    return {};
}

// Requests whose answer has not arrived: one whose page is being decoded is not in flight.
int CampaignLoader::inFlight() const
{
    int out = 0;
    for (const auto &lane : m_lanes) {
        out += lane->replyOnNetwork() ? 1 : 0;
        out += lane->aheadOnNetwork() ? 1 : 0;
    }
    return out;
}

size_t CampaignLoader::indexOf(const WalkLane *lane) const
{
    const auto it = std::find_if(m_lanes.begin(), m_lanes.end(),
                                 [lane](const auto &l) { return l.get() == lane; });
    return size_t(it - m_lanes.begin());
}

qint64 CampaignLoader::devicesLoaded() const
{
    qint64 sum = 0;
    for (const auto &lane : m_lanes)
        sum += lane->seen.size();
    return sum;
}

// Starts requests while the budget allows: lanes waiting for their next page first (the lowest
// range first, so pages can be handed on sooner), then new lanes split off the one with the
// most left.
void CampaignLoader::pump()
{
    while (m_running) {
        const qint64 now = m_steady.elapsed();
        const int out = inFlight();
        if (!m_budget.mayStart(out, now)) {
            if (out < m_budget.limit() && now < m_budget.holdUntilMs())
                m_holdTimer.start(int(m_budget.holdUntilMs() - now));
            return;
        }
        WalkLane *next = nullptr;
        for (const auto &lane : m_lanes) {
            if (lane->state == WalkLane::State::Waiting) {
                next = lane.get();
                break;
            }
        }
        if (!next)
            next = splitOne();
        if (!next)
            return;
        sendRequest(next);
    }
}

// The lanes as LaneSplitter sees them: where each asks next, what it may still hold.
std::vector<LaneSplitter::Lane> CampaignLoader::laneShapes() const
{
    std::vector<LaneSplitter::Lane> shapes;
    shapes.reserve(m_lanes.size());
    for (const auto &lane : m_lanes) {
        // A lane with a request ahead is already walking from that one's cursor.
        const std::optional<quint64> at =
            valueOf(lane->ahead.reply ? lane->ahead.cursor : lane->cursor);
        LaneSplitter::Lane shape;
        shape.cursor = std::max(at.value_or(0), lane->highWater);
        // A finished lane holds nothing more, whatever its span says.
        shape.hi = lane->isRunning() ? lane->hi : std::optional<quint64>(shape.cursor);
        shape.splittable = at && lane->confirmed && lane->isRunning();
        shape.openEnd = lane->openEnd && lane->isRunning();
        // A new lane has its parent's density until it answers: what its bounds were chosen
        // by, if they were. A lane whose end was not has no density of its own yet.
        const bool guessed = !lane->confirmed && (!shape.hi || shape.openEnd);
        shape.density = guessed ? 0.0 : lane->density;
        shapes.push_back(shape);
    }
    return shapes;
}

WalkLane *CampaignLoader::splitOne()
{
    if (!m_splitting || !m_progress.totalDevice || m_progress.pages == 0)
        return nullptr;
    if (int(m_lanes.size()) >= kMaxLanesPerConnection * m_budget.chosen())
        return nullptr;
    // A lane's first page, being decoded, says where its devices are: a split chosen before
    // it is read goes by a guess (one a millisecond early put a probe's share into a gap).
    if (std::any_of(m_lanes.begin(), m_lanes.end(),
                    [](const auto &lane) { return lane->answered && !lane->confirmed; }))
        return nullptr;
    const std::vector<LaneSplitter::Lane> shapes = laneShapes();
    int pageSize = m_announcedPageSize > 0 ? m_announcedPageSize : kDefaultPageSize;
    if (m_largestPage > 0)
        pageSize = int(std::min<qint64>(pageSize, m_largestPage));
    // Every request that may start now is one more part: the first page of a walk with four
    // connections splits the lane into four equal parts, not into halves of halves.
    const int parts = std::max(m_budget.limit() - inFlight(), 1) + 1;
    if (*m_progress.totalDevice < qint64(kMinPagesToSplit) * pageSize)
        return nullptr;
    const qint64 remaining = *m_progress.totalDevice - devicesLoaded();
    // A lane keeps a window of pages and the new lane the rest, so lanes finish in range order
    // and the pages of lanes ahead wait for few before them: split into equal parts, the lanes
    // near the end would hold most of the campaign until the first is done. The window shares
    // what remains among the lanes the walk may still create. A walk too short to give every
    // lane kMinPagesPerLane holds little anyway and splits into equal parts, which finish
    // together: windows that small would cost it round trips (0.31 of the sequential time at
    // 100 pages over four connections, against 0.30).
    const qint64 lanesLeft = std::max<qint64>(
        qint64(kMaxLanesPerConnection) * m_budget.chosen() - qint64(m_lanes.size()), 1);
    const double share = double(remaining) / double(pageSize) / double(lanesLeft);
    const double window = share >= kMinPagesPerLane ? share : LaneSplitter::kUnlimitedPages;
    if (window == LaneSplitter::kUnlimitedPages && m_lanes.size() == 1 &&
        shapes.front().splittable) {
        const int width = idWidth(m_lanes.front()->cursor);
        const std::vector<quint64> points = LaneSplitter::probes(
            shapes.front(), remaining, pageSize, parts, LaneSplitter::largestId(width));
        if (!points.empty())
            return probe(points);
    }
    const std::optional<LaneSplitter::Split> split =
        LaneSplitter::choose(shapes, remaining, pageSize, parts, window);
    if (!split)
        return nullptr;
    return insertLane(split->lane, split->at, false);
}

// The first split of a short walk: the only lane is split at every point at once (the first
// point by its density, the others probes), so each free connection gets one of them now.
WalkLane *CampaignLoader::probe(const std::vector<quint64> &points)
{
    // Each new lane ends at the next probe point, which says nothing about its devices.
    for (size_t k = 0; k < points.size(); ++k)
        insertLane(k, points[k], k > 0);
    return m_lanes[1].get();
}

// Splits the lane at `index` at `at`: a new lane after it takes the part above. `openEnd`: the
// split point is a probe, not where the split lane's density ends its share.
WalkLane *CampaignLoader::insertLane(size_t index, quint64 at, bool openEnd)
{
    WalkLane &parent = *m_lanes[index];
    auto lane = std::make_unique<WalkLane>();
    lane->lo = at;
    lane->hi = parent.hi;
    lane->openEnd = parent.openEnd;
    lane->cursor = QString::number(at).rightJustified(idWidth(parent.cursor), u'0');
    lane->inventedCursor = true;
    lane->density = parent.density;
    parent.hi = at;
    parent.openEnd = openEnd;
    WalkLane *created = lane.get();
    m_lanes.insert(m_lanes.begin() + qsizetype(index) + 1, std::move(lane));
    return created;
}

// The lowest channel no request in flight uses. Counting the requests out instead put a new
// request on the second network manager whenever six were out, wherever they were, so lanes
// piled up there and Qt queued them past its six connections while the first sat idle.
int CampaignLoader::freeChannel() const
{
    const auto uses = [](const WalkLane &lane, int channel) {
        return (lane.replyOnNetwork() && lane.channel == channel) ||
               (lane.aheadOnNetwork() && lane.ahead.channel == channel);
    };
    int channel = 0;
    while (std::any_of(m_lanes.begin(), m_lanes.end(),
                       [&](const auto &lane) { return uses(*lane, channel); }))
        ++channel;
    return channel;
}

ApiReply *CampaignLoader::send(const QString &cursor, int channel)
{
    return m_client->send(ApiCall::deviceReport(m_account, m_campaign, cursor),
                          std::min(channel, ApiSettings::kMaxConnections - 1));
}

void CampaignLoader::sendRequest(WalkLane *lane)
{
    const int channel = freeChannel();
    lane->channel = channel;
    lane->state = WalkLane::State::InFlight;
    lane->answered = false;
    lane->askedCursor = lane->cursor;
    lane->reply = send(lane->cursor, channel);
    m_peakInFlight = std::max(m_peakInFlight, inFlight());
    watch(lane, lane->reply);
}

// A lane's reply is either its current one or the one sent ahead of it; whichever it is when a
// signal arrives decides what the signal means.
void CampaignLoader::watch(WalkLane *lane, ApiReply *reply)
{
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::retrying, this,
            [this, lane, reply, generation](const QString &reason, int attempt, int maxAttempts,
                                            int delayMs, ApiError::Kind kind) {
                if (generation != m_generation)
                    return;
                if (reply == lane->reply) {
                    // Its body was not a page after all: the guess from it goes, and the
                    // retry is a request in flight again.
                    dropAhead(lane);
                    lane->answered = false;
                }
                RetryNotice notice;
                // A request sent ahead asks for the page after the one still being decoded.
                notice.page = m_progress.pages + (reply == lane->ahead.reply ? 2 : 1);
                notice.reason = RetryNotice::reasonOf(kind);
                notice.detail = reason;
                notice.attempt = attempt;
                notice.maxAttempts = maxAttempts;
                notice.delayMs = delayMs;
                onRetrying(delayMs, kind, notice);
            });
    connect(reply, &ApiReply::bodyReceived, this, [this, lane, reply, generation] {
        if (generation != m_generation)
            return;
        if (reply == lane->ahead.reply)
            lane->ahead.answered = true;
        else if (reply == lane->reply)
            onBodyReceived(lane, reply);
    });
    connect(reply, &ApiReply::finished, this, [this, lane, reply, generation] {
        if (reply == lane->ahead.reply && generation == m_generation)
            lane->ahead.finished = true;
        else if (reply == lane->reply)
            onPageReply(lane, reply, generation);
    });
}

// While the worker decodes the page, the next request goes out with the cursor its first
// bytes name: a walk over one connection then waits for the server, not for the decode, and
// the request is the one the sequential walk makes next. The decoded page confirms the guess.
void CampaignLoader::onBodyReceived(WalkLane *lane, ApiReply *reply)
{
    lane->answered = true;
    sendAhead(lane, *reply);
    pump();
}

void CampaignLoader::sendAhead(WalkLane *lane, const ApiReply &answered)
{
    if (!m_running || lane->ahead.reply || lane->state != WalkLane::State::InFlight)
        return;
    const std::optional<QString> cursor = ReportCursorPeek::nextCursor(answered.body());
    if (!cursor)
        return;
    const QString asked = lane->askedCursor.isEmpty() ? u"0"_s : lane->askedCursor;
    if (DeviceId::compare(*cursor, asked) <= 0)
        return; // a cursor that does not advance ends the walk once the page is decoded
    if (lane->hi) {
        const std::optional<quint64> at = valueOf(*cursor);
        if (!at || *at >= *lane->hi)
            return; // the lane ends with this page
    }
    // A lane whose pages stopped bringing new devices, or a walk that has all the devices
    // the report announced, is near a bound that ends it: no request it might not need.
    if (lane->pagesWithoutNew > 0 ||
        (m_progress.totalDevice && m_progress.devicesLoaded >= *m_progress.totalDevice))
        return;
    if (!m_budget.mayStart(inFlight(), m_steady.elapsed()))
        return;
    lane->ahead = {};
    lane->ahead.cursor = *cursor;
    lane->ahead.channel = freeChannel();
    lane->ahead.reply = send(*cursor, lane->ahead.channel);
    ++m_sentAhead;
    m_peakInFlight = std::max(m_peakInFlight, inFlight());
    watch(lane, lane->ahead.reply);
}

// After the lane's page settled: its request ahead becomes its reply if it asked for the
// cursor the page named, and is dropped otherwise. Returns the adopted reply when it has
// already finished, for the caller to take up.
ApiReply *CampaignLoader::adoptAhead(WalkLane *lane)
{
    if (!lane->ahead.reply)
        return nullptr;
    if (lane->state != WalkLane::State::Waiting || lane->cursor != lane->ahead.cursor) {
        dropAhead(lane);
        return nullptr;
    }
    WalkLane::Ahead ahead = std::move(lane->ahead);
    lane->ahead = {};
    lane->reply = ahead.reply;
    lane->channel = ahead.channel;
    lane->answered = ahead.answered;
    lane->askedCursor = ahead.cursor;
    lane->state = WalkLane::State::InFlight;
    if (ahead.finished)
        return lane->reply;
    if (ahead.answered)
        sendAhead(lane, *lane->reply);
    return nullptr;
}

void CampaignLoader::dropAhead(WalkLane *lane)
{
    if (ApiReply *reply = lane->ahead.reply) {
        ++m_droppedAhead;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    lane->ahead = {};
}

void CampaignLoader::onRetrying(int delayMs, ApiError::Kind kind, RetryNotice notice)
{
    if (kind == ApiError::Kind::RateLimited)
        m_budget.rateLimited(m_steady.elapsed(), delayMs);
    emit retrying(notice);
}

void CampaignLoader::onPageReply(WalkLane *lane, ApiReply *reply, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    lane->reply = nullptr;
    lane->answered = false;
    lane->state = WalkLane::State::Waiting;
    const QString pageNumber = QString::number(m_progress.pages + 1);
    // A failed request or an unreadable page changes nothing: the lane's cursor stays the last
    // good one, so the walk can resume from there.
    if (reply->error().isError()) {
        if (refusedSplitPoint(*lane, *reply)) {
            fallBackToSequential(lane);
            pump();
            finishIfDone();
            return;
        }
        ApiError error = reply->error();
        error.message = QCoreApplication::translate("CampaignLoader", "page %1 failed: %2")
                            .arg(pageNumber, error.message);
        fail(error, true);
        return;
    }
    const std::shared_ptr<DecodedPage> page = reply->page();
    if (!page) {
        fail(ApiError::make(ApiError::Kind::InvalidResponse,
                            QCoreApplication::translate("CampaignLoader",
                                                        "page %1 is not a campaign report: %2")
                                .arg(pageNumber, SafeText::oneLine(reply->pageProblem())),
                            reply->httpStatus()),
             true);
        return;
    }
    m_roundTrips.add(reply->roundTripMs());
    lane->confirmed = true;
    m_budget.pageSucceeded();
    const bool crossed = takePage(lane, page);
    const Next next = nextStep(*lane, *page);
    if (next.error.isError()) {
        // The report contradicts itself; asking again from the same cursor would only repeat
        // the delivered page, so this walk cannot be resumed.
        fail(next.error, false);
        return;
    }
    settle(lane, next, crossed);
    ApiReply *const decodedAhead = adoptAhead(lane);
    emit progress(m_progress);
    if (generation != m_generation)
        return; // a receiver cancelled or restarted; fail() handed the pages on
    // The next requests go out before the receiver merges this page, so the server and the
    // decoding worker are busy while the merge runs on this thread.
    pump();
    // A slice that ran out has the next one queued for the next turn of the event loop: pages
    // decoded meanwhile wait for it, or several answers landing in one turn would each run a
    // slice there, one stall of all of them.
    if (!m_deliverTimer.isActive())
        deliver(false);
    if (generation != m_generation)
        return; // a receiver cancelled or restarted from pageLoaded
    finishIfDone();
    if (decodedAhead && decodedAhead == lane->reply)
        onPageReply(lane, decodedAhead, generation);
}

// A 400 to the first request of a lane that starts at a made-up split point: the server's
// cursor is an opaque token, not the filter the documentation describes.
bool CampaignLoader::refusedSplitPoint(const WalkLane &lane, const ApiReply &reply) const
{
    return lane.inventedCursor && !lane.confirmed && reply.httpStatus() == 400;
}

// The refused lane's range goes back to the lane before it, which walks on through it with the
// server's own cursors; a finished one reopens at the cursor of its last page (rows it hands on
// again are the same rows). No new split points, one request at a time from now on.
void CampaignLoader::fallBackToSequential(WalkLane *lane)
{
    if (!m_fellBack) {
        m_fellBack = true;
        m_fallbackNote = QCoreApplication::translate(
            "CampaignLoader",
            "the server refused a cursor it had not handed out, so its cursors are not ID "
            "filters: loading the rest over one connection");
        emit notice(m_fallbackNote);
    }
    m_splitting = false;
    m_budget.restrictToOne();
    const size_t index = indexOf(lane);
    if (index == 0 || index >= m_lanes.size())
        return;
    WalkLane &before = *m_lanes[index - 1];
    before.hi = lane->hi;
    before.openEnd = lane->openEnd;
    if (before.state == WalkLane::State::Done) {
        before.cursor = before.askedCursor;
        before.state = WalkLane::State::Waiting;
    }
    m_lanes.erase(m_lanes.begin() + qsizetype(index));
}

// The lane's part of a page: everything up to its hi (what lies past it is the next lane's, which
// hands it on itself). Devices at or below its lo stay in the page, as they would in the
// sequential walk (a server repeating earlier devices, perhaps with a newer status, is heard
// in the same order), but they are counted by the lane they belong to, not this one.
std::shared_ptr<const DecodedPage>
CampaignLoader::keptPart(const WalkLane &lane, const std::shared_ptr<DecodedPage> &page,
                         bool *crossed) const
{
    *crossed = false;
    if (!lane.hi)
        return page;
    const auto past = [&lane](const DecodedDevice &d) {
        const std::optional<quint64> v = valueOf(d);
        return v && *v > *lane.hi;
    };
    if (std::none_of(page->devices.begin(), page->devices.end(), past))
        return page;
    *crossed = true;
    auto kept = std::make_shared<DecodedPage>(*page);
    kept->devices.erase(std::remove_if(kept->devices.begin(), kept->devices.end(), past),
                        kept->devices.end());
    return kept;
}

// The devices of `page` that are the lane's own to count, those above its lo; none when that
// is all of them (the usual page), so nothing is copied.
std::optional<DecodedPage> CampaignLoader::ownPart(const WalkLane &lane, const DecodedPage &page)
{
    const auto below = [&lane](const DecodedDevice &d) {
        const std::optional<quint64> v = valueOf(d);
        return lane.lo && v && *v <= *lane.lo;
    };
    if (std::none_of(page.devices.begin(), page.devices.end(), below))
        return std::nullopt;
    DecodedPage own = page;
    own.devices.erase(std::remove_if(own.devices.begin(), own.devices.end(), below),
                      own.devices.end());
    return own;
}

bool CampaignLoader::takePage(WalkLane *lane, const std::shared_ptr<DecodedPage> &page)
{
    bool crossed = false;
    const std::shared_ptr<const DecodedPage> kept = keptPart(*lane, page, &crossed);
    // The lane's density from the ID span of this page alone: the gap before a page says
    // nothing about how densely the devices after it sit.
    std::optional<quint64> low;
    std::optional<quint64> high;
    for (const DecodedDevice &d : page->devices) {
        if (const std::optional<quint64> v = valueOf(d)) {
            low = std::min(low.value_or(*v), *v);
            high = std::max(high.value_or(*v), *v);
            if (!lane->hi || *v <= *lane->hi)
                lane->highWater = std::max(lane->highWater, *v);
        }
    }
    if (low && high && *high > *low)
        lane->density = double(page->devices.size() - 1) / double(*high - *low);

    const std::optional<DecodedPage> own = ownPart(*lane, *kept);
    const SeenDevices::Added added = lane->seen.add(own ? *own : *kept);
    ++m_progress.pages;
    m_progress.devicesReceived += qint64(kept->devices.size());
    m_progress.devicesLoaded = devicesLoaded();
    m_total.offer(lane->askedCursor, page->totalDevice);
    m_progress.totalDevice = m_total.value();
    m_diagnostics.addPage(page->diagnostics, m_progress.pages);
    m_diagnostics.statusChanged += added.statusChanged;
    lane->pagesWithoutNew = added.fresh > 0 ? 0 : lane->pagesWithoutNew + 1;
    m_largestPage = std::max(m_largestPage, qint64(page->devices.size()));
    if (page->maxPageSize > 0)
        m_announcedPageSize = page->maxPageSize;
    if (!kept->devices.empty())
        lane->ready.push_back(kept);
    return crossed;
}

// A lane is done when the report ends or when its cursor (or a device) reaches past its hi:
// what follows is the next lane's.
void CampaignLoader::settle(WalkLane *lane, const Next &next, bool crossed)
{
    bool reached = crossed;
    if (!next.finished && lane->hi) {
        const std::optional<quint64> at = valueOf(next.cursor);
        reached = reached || !at || *at >= *lane->hi;
    }
    if (next.finished || reached) {
        lane->state = WalkLane::State::Done;
        return;
    }
    lane->cursor = next.cursor;
    lane->inventedCursor = false;
    lane->state = WalkLane::State::Waiting;
}

CampaignLoader::Next CampaignLoader::nextStep(const WalkLane &lane, const DecodedPage &page) const
{
    Next next;
    const QString previous = lane.cursor.isEmpty() ? u"0"_s : lane.cursor;
    const bool advances =
        !page.lastSeenDeviceId.isEmpty() && DeviceId::compare(page.lastSeenDeviceId, previous) > 0;
    switch (page.hasMoreData) {
    case DecodedPage::MoreData::No:
        next.finished = true;
        return next;
    case DecodedPage::MoreData::Unknown: {
        // No readable hasMoreData is not "false": go on while the server's own cursor moves
        // and its totalDevice (if any) says devices remain. Otherwise the lane ends here and
        // the count check of LoadOutcome judges the walk.
        const bool remain =
            !m_progress.totalDevice || m_progress.devicesLoaded < *m_progress.totalDevice;
        next.finished = !(advances && remain);
        if (!next.finished) {
            next.cursor = page.lastSeenDeviceId;
            next.error = checkBounds(lane, next.cursor);
        }
        return next;
    }
    case DecodedPage::MoreData::Yes:
        break;
    }

    // The next cursor: the server's, or failing that the largest ID on the page.
    next.cursor = page.lastSeenDeviceId;
    if (next.cursor.isEmpty()) {
        for (const DecodedDevice &d : page.devices) {
            const QString id = page.deviceId(d);
            if (next.cursor.isEmpty() || DeviceId::compare(id, next.cursor) > 0)
                next.cursor = id;
        }
    }
    const QString pages = QString::number(m_progress.pages);
    if (next.cursor.isEmpty()) {
        next.error = ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignLoader",
                "page %1 said more devices follow but had neither devices nor a lastSeenDeviceId "
                "to continue from; stopped with %2 devices")
                .arg(pages, QString::number(m_progress.devicesLoaded)));
        return next;
    }
    if (DeviceId::compare(next.cursor, previous) <= 0) {
        next.error = ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignLoader",
                "the report's cursor did not advance after page %1 (lastSeenDeviceId %2 after %3); "
                "stopped to avoid looping forever")
                .arg(pages, quoted(next.cursor), quoted(previous)));
        return next;
    }
    next.error = checkBounds(lane, next.cursor);
    return next;
}

// Before asking for another page: has the walk gone on for longer than any honest report could?
ApiError CampaignLoader::checkBounds(const WalkLane &lane, const QString &next) const
{
    const QString pages = QString::number(m_progress.pages);
    const QString loaded = QString::number(m_progress.devicesLoaded);
    if (lane.pagesWithoutNew >= kMaxPagesWithoutNew) {
        return ApiError::make(
            ApiError::Kind::CursorStuck,
            QCoreApplication::translate(
                "CampaignLoader",
                "%1 pages in a row brought no new device although the cursor moved on (now %2); "
                "stopped after page %3 with %4 devices to avoid looping forever")
                .arg(QString::number(lane.pagesWithoutNew), quoted(next), pages, loaded));
    }
    if (!m_progress.totalDevice) {
        if (m_progress.devicesReceived <= kMaxDevicesUnannounced &&
            m_progress.pages < kMaxPagesUnannounced)
            return {};
        return ApiError::make(ApiError::Kind::InvalidResponse,
                              QCoreApplication::translate(
                                  "CampaignLoader",
                                  "the report announced no totalDevice and has not ended after "
                                  "%1 pages and %2 devices; stopped")
                                  .arg(pages, loaded));
    }
    const qint64 total = *m_progress.totalDevice;
    int pageSize = m_announcedPageSize > 0 ? m_announcedPageSize : kDefaultPageSize;
    if (m_largestPage > 0)
        pageSize = int(std::min<qint64>(pageSize, m_largestPage));
    // Twice what the report announced, plus a margin: a campaign may grow a little during a
    // walk, and a page or two may overlap, but not by this much. Each lane may cost a page
    // that reaches into the next and one that starts in a gap.
    const qint64 maxDevices = 2 * total + 2 * qint64(pageSize);
    const qint64 maxPages =
        2 * ((total + pageSize - 1) / pageSize) + kMaxPagesWithoutNew + 2 * qint64(m_lanes.size());
    if (m_progress.devicesLoaded > maxDevices || m_progress.pages >= maxPages) {
        return ApiError::make(
            ApiError::Kind::InvalidResponse,
            QCoreApplication::translate(
                "CampaignLoader",
                "the report announced %1 devices (totalDevice), but after %2 pages and %3 devices "
                "it still says more follow; stopped")
                .arg(QString::number(total), pages, loaded));
    }
    return {};
}

// The next page to hand on: the first lane's, and a later lane's only once every lane before
// it is done (or, with `everything`, in range order regardless).
bool CampaignLoader::popDeliverable(std::shared_ptr<const DecodedPage> *page, bool everything)
{
    for (const auto &lane : m_lanes) {
        if (!lane->ready.empty()) {
            *page = std::move(lane->ready.front());
            lane->ready.pop_front();
            return true;
        }
        if (!everything && lane->state != WalkLane::State::Done)
            return false;
    }
    return false;
}

void CampaignLoader::deliver(bool everything)
{
    const quint64 generation = m_generation;
    QElapsedTimer slice;
    slice.start();
    std::shared_ptr<const DecodedPage> page;
    while (popDeliverable(&page, everything)) {
        emit pageLoaded(*page);
        page.reset();
        if (generation != m_generation)
            return;
        if (!everything && slice.elapsed() >= kDeliverSliceMs) {
            m_deliverTimer.start(0);
            return;
        }
    }
}

void CampaignLoader::abortAll()
{
    for (const auto &lane : m_lanes) {
        if (lane->state == WalkLane::State::InFlight)
            lane->state = WalkLane::State::Waiting;
        if (ApiReply *reply = lane->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        lane->reply = nullptr;
        lane->answered = false;
        dropAhead(lane.get());
    }
    m_holdTimer.stop();
}

// Stops every lane, hands on what already arrived (out of range order if it must: the walk is
// not whole anyway), then reports the outcome. Each lane keeps its cursor for resume().
void CampaignLoader::fail(const ApiError &error, bool resumable)
{
    ++m_generation;
    abortAll();
    m_deliverTimer.stop();
    m_running = false;
    const quint64 generation = m_generation;
    deliver(true);
    if (generation != m_generation)
        return; // a receiver started another walk meanwhile
    finish(false, error, resumable);
}

void CampaignLoader::finishIfDone()
{
    if (!m_running)
        return;
    for (const auto &lane : m_lanes) {
        if (lane->state != WalkLane::State::Done || !lane->ready.empty())
            return;
    }
    finish(true, {}, false);
}

void CampaignLoader::finish(bool complete, const ApiError &error, bool resumable)
{
    m_running = false;
    m_resumable = resumable && !complete;
    m_holdTimer.stop();
    m_deliverTimer.stop();
    // The distinct-device trackers only matter to a walk that may go on; a million devices
    // hold 16 MB of them.
    if (!m_resumable) {
        for (const auto &lane : m_lanes)
            lane->seen.clear();
    }
    LoadOutcome outcome;
    outcome.complete = complete;
    outcome.error = error;
    outcome.progress = m_progress;
    outcome.diagnostics = m_diagnostics;
    outcome.roundTrips = m_roundTrips;
    outcome.lanes = int(m_lanes.size());
    outcome.peakConnections = std::max(m_peakInFlight, 1);
    outcome.walkNote = m_fallbackNote;
    emit finished(outcome);
}

} // namespace fota
