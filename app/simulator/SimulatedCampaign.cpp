// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/SimulatedCampaign.h"

#include "simulator/Luhn.h"
#include "simulator/ReasonCatalog.h"
#include "simulator/SimRandom.h"
#include "simulator/SimTimeFormat.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace fota::sim {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Profile
{
    const char16_t *make;
    const char16_t *model;
    const char16_t *from;
    const char16_t *to;
};

constexpr Profile kProfiles[] = {
    {u"Sierra Wireless", u"RV55", u"SWI9X50C_01.14.02.00", u"SWI9X50C_01.14.13.00"},
    {u"Telit", u"LE910C4-NF", u"25.21.660", u"25.21.680"},
    {u"Quectel", u"BG96", u"BG96MAR02A07M1G", u"BG96MAR02A08M1G"},
    {u"u-blox", u"SARA-R410M", u"L0.0.00.00.05.08", u"L0.0.00.00.05.12"},
};
constexpr const char16_t *kCampaignNames[] = {
    u"Q4 modem firmware rollout",
    u"Fleet security patch",
    u"LTE-M stability update",
    u"Pilot group upgrade",
};

// Statuses are shared QStrings: a million devices then hold a million pointers to a dozen
// strings, which is also what a real client's string pool does.
struct Statuses
{
    QString upgradeSuccess = u"UpgradeSuccess"_s;
    QString success = u"Success"_s;
    QString upgradeFailed = u"UpgradeFailed"_s;
    QString upgradedFailed = u"UpgradedFailed"_s;
    QString upgradeFailure = u"upgradeFailure"_s;
    QString failure = u"Failure"_s;
    QString deviceRejected = u"DeviceRejected"_s;
    QString upgradePending = u"UpgradePending"_s;
    QString accepted = u"Accepted"_s;
    QString campaignCancelled = u"CampaignCancelled"_s;
    QString campaignAborted = u"CampaignAborted"_s;
    QString upgradeVerifying = u"UpgradeVerifying"_s; // not in any doc: must be kept verbatim
};

const Statuses &statuses()
{
    static const Statuses s;
    return s;
}

// Real reports mix whole seconds with 1-3 fraction digits; rounding the stored value is what
// lets the wire text (chosen later) denote it exactly.
qint64 roundRandomly(SimRandom &rng, qint64 ms)
{
    static constexpr qint64 kUnits[4] = {1000, 100, 10, 1};
    const qint64 unit = kUnits[rng.bounded(4)];
    return ms - ms % unit;
}

qint64 between(SimRandom &rng, qint64 from, qint64 to)
{
    return from + qint64(rng.bounded(quint64(to - from)));
}

// The next 04:00 UTC retry window after t, plus some minutes, in whole seconds.
qint64 nextRetryAfter(SimRandom &rng, qint64 t)
{
    const qint64 day = t / kDay + 1;
    return day * kDay + 4 * kHour + qint64(rng.bounded(60)) * kMinute;
}

std::optional<quint64> parseDecimal(QStringView text)
{
    quint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (value > (std::numeric_limits<quint64>::max() - 9) / 10)
            return std::numeric_limits<quint64>::max(); // larger than any IMEI
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

quint64 imeiValue(const QString &id)
{
    quint64 value = 0;
    for (QChar c : id)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

void fillDevice(SimulatedDevice &d, SimRandom &rng)
{
    const Statuses &st = statuses();
    const qint64 start = SimulatedCampaign::kStartMs;
    const quint64 r = rng.bounded(10000);
    const quint64 reasonRoll = rng.bounded(100);

    auto attemptTime = [&](qint64 from, qint64 to) {
        return roundRandomly(rng, between(rng, from, to));
    };

    if (r < 5800) {
        d.status = r < 5700 ? st.upgradeSuccess : st.success;
        const QStringList &ok = ReasonCatalog::success();
        d.resultReason = reasonRoll < 85   ? ok[0]
                         : reasonRoll < 92 ? ok[1]
                         : reasonRoll < 95 ? ok[2]
                                           : ReasonCatalog::empty();
        d.recentAttemptMs = attemptTime(start, start + 3 * kDay);
        d.updatedTimeMs =
            roundRandomly(rng, d.recentAttemptMs + between(rng, 20 * kSecond, 15 * kMinute));
    } else if (r < 7050) {
        d.status = r < 6750   ? st.upgradeFailed
                   : r < 6830 ? st.upgradedFailed
                   : r < 6910 ? st.upgradeFailure
                   : r < 6980 ? st.failure
                              : st.deviceRejected;
        d.recentAttemptMs = attemptTime(start, start + 3 * kDay);
        d.updatedTimeMs =
            roundRandomly(rng, d.recentAttemptMs + between(rng, kMinute, 30 * kMinute));
        const QStringList &failures = ReasonCatalog::failure();
        if (d.status == st.deviceRejected) {
            d.resultReason = failures[10];
        } else if (reasonRoll < 35) {
            const int tryCount = 1 + int(rng.bounded(3));
            d.resultReason = ReasonCatalog::noResponse(tryCount);
            if (tryCount < 3)
                d.nextAttemptMs = nextRetryAfter(rng, d.recentAttemptMs);
        } else if (reasonRoll < 95) {
            d.resultReason = failures[qsizetype(rng.bounded(quint64(failures.size())))];
        } else {
            d.resultReason = ReasonCatalog::empty();
        }
    } else if (r < 8950) {
        d.status = st.upgradePending;
        if (reasonRoll < 75) {
            const int day = int(rng.bounded(3));
            d.resultReason = ReasonCatalog::scheduled(day);
            if (rng.bounded(100) < 60)
                d.recentAttemptMs = attemptTime(start, start + kDay - kHour);
            d.nextAttemptMs =
                start + (day + 1) * kDay + 2 * kHour + qint64(rng.bounded(60)) * kMinute;
        } else {
            d.resultReason =
                reasonRoll < 90 ? ReasonCatalog::waitingForDevice() : ReasonCatalog::empty();
            if (rng.bounded(2) == 0)
                d.nextAttemptMs = nextRetryAfter(rng, start);
        }
        const qint64 base =
            d.recentAttemptMs != SimulatedDevice::kNoTime ? d.recentAttemptMs : start;
        d.updatedTimeMs = roundRandomly(rng, base + between(rng, kSecond, 10 * kMinute));
    } else if (r < 9650) {
        d.status = st.accepted;
        const QStringList &busy = ReasonCatalog::inProgress();
        d.resultReason = busy[qsizetype(rng.bounded(quint64(busy.size())))];
        d.recentAttemptMs = attemptTime(start + 2 * kDay, start + 3 * kDay);
        d.updatedTimeMs = roundRandomly(rng, d.recentAttemptMs + between(rng, 0, 5 * kMinute));
    } else if (r < 9950) {
        const bool cancelled = r < 9800;
        d.status = cancelled ? st.campaignCancelled : st.campaignAborted;
        d.resultReason = reasonRoll < 90
                             ? (cancelled ? ReasonCatalog::cancelled() : ReasonCatalog::aborted())
                             : ReasonCatalog::empty();
        if (rng.bounded(2) == 0)
            d.recentAttemptMs = attemptTime(start, start + kDay);
        d.updatedTimeMs = roundRandomly(rng, between(rng, start + 30 * kHour, start + 31 * kHour));
    } else {
        d.status = st.upgradeVerifying;
        d.resultReason = ReasonCatalog::verifying();
        d.recentAttemptMs = attemptTime(start + 60 * kHour, start + 3 * kDay);
        d.updatedTimeMs = roundRandomly(rng, d.recentAttemptMs + between(rng, 0, 2 * kMinute));
    }

    // A few rows come without any status time at all.
    if (rng.bounded(100) == 0)
        d.updatedTimeMs = SimulatedDevice::kNoTime;
}

} // namespace

SimulatedCampaign SimulatedCampaign::generate(const QString &accountName, const QString &campaignId,
                                              int deviceCount, quint64 seed)
{
    SimulatedCampaign c;
    c.m_accountName = accountName;
    c.m_campaignId = campaignId;
    c.m_seed = seed;
    c.m_status = u"CampaignScheduled"_s;

    SimRandom rng(SimRandom::mix(seed, 0xCA3Bu));
    c.m_profile = int(rng.bounded(std::size(kProfiles)));
    c.m_nameIndex = int(rng.bounded(std::size(kCampaignNames)));

    const qsizetype n = std::max(deviceCount, 0);
    c.m_devices.resize(n);

    // Three TAC families; the first starts with '0' (about a tenth of the devices), which is
    // what breaks clients that turn IMEIs into numbers. Bodies strictly increase inside a family
    // and the families do not overlap, so the list comes out unique and sorted for free.
    const qsizetype zeroGroup = n * qsizetype(90 + rng.bounded(21)) / 1000;
    const qsizetype secondGroup = (n - zeroGroup) * 2 / 3;
    const qsizetype groupEnds[3] = {zeroGroup, zeroGroup + secondGroup, n};
    constexpr quint64 kFamily[3] = {1'000'000'000'000ULL, 35'000'000'000'000ULL,
                                    86'000'000'000'000ULL};
    constexpr quint64 kMaxGap = 2000; // < 1e9 span per million devices: far inside a family

    qsizetype i = 0;
    for (int g = 0; g < 3; ++g) {
        quint64 body = kFamily[g] + rng.bounded(500'000'000'000ULL);
        for (; i < groupEnds[g]; ++i) {
            body += 1 + rng.bounded(kMaxGap);
            SimulatedDevice &d = c.m_devices[i];
            d.deviceId = Luhn::imeiFromBody(body);
            fillDevice(d, rng);
        }
    }
    return c;
}

QString SimulatedCampaign::accountName() const
{
    return m_accountName;
}

QString SimulatedCampaign::campaignId() const
{
    return m_campaignId;
}

const QVector<SimulatedDevice> &SimulatedCampaign::devices() const
{
    return m_devices;
}

QString SimulatedCampaign::campaignStatus() const
{
    return m_status;
}

void SimulatedCampaign::setCampaignStatus(const QString &status)
{
    m_status = status;
}

quint64 SimulatedCampaign::seed() const
{
    return m_seed;
}

QString SimulatedCampaign::campaignName() const
{
    return QString::fromUtf16(kCampaignNames[m_nameIndex]);
}

QString SimulatedCampaign::firmwareName() const
{
    return u"FOTA_"_s + firmwareTo();
}

QString SimulatedCampaign::firmwareFrom() const
{
    return QString::fromUtf16(kProfiles[m_profile].from);
}

QString SimulatedCampaign::firmwareTo() const
{
    return QString::fromUtf16(kProfiles[m_profile].to);
}

QString SimulatedCampaign::make() const
{
    return QString::fromUtf16(kProfiles[m_profile].make);
}

QString SimulatedCampaign::model() const
{
    return QString::fromUtf16(kProfiles[m_profile].model);
}

QString SimulatedCampaign::startDate() const
{
    return SimTimeFormat::plainDate(kStartMs);
}

QString SimulatedCampaign::endDate() const
{
    return SimTimeFormat::plainDate(kStartMs + 14 * kDay);
}

QJsonObject SimulatedCampaign::campaignInfoJson() const
{
    return QJsonObject{
        {u"id"_s, m_campaignId},
        {u"accountName"_s, m_accountName},
        {u"campaignName"_s, campaignName()},
        {u"firmwareName"_s, firmwareName()},
        {u"firmwareFrom"_s, firmwareFrom()},
        {u"firmwareTo"_s, firmwareTo()},
        {u"protocol"_s, u"LWM2M"_s},
        {u"make"_s, make()},
        {u"model"_s, model()},
        {u"startDate"_s, startDate()},
        {u"endDate"_s, endDate()},
        {u"campaignTimeWindowList"_s,
         QJsonArray{QJsonObject{{u"startTime"_s, 2}, {u"endTime"_s, 6}}}},
        {u"status"_s, m_status},
    };
}

int SimulatedCampaign::evolve(int maxChanges, qint64 nowMs)
{
    if (maxChanges <= 0)
        return 0;
    const Statuses &st = statuses();
    const QVector<SimulatedDevice> &view = m_devices; // no detach while only looking
    QVector<qsizetype> candidates;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QString &s = view[i].status;
        if (s == st.upgradePending || s == st.accepted)
            candidates.append(i);
    }

    SimRandom rng(SimRandom::mix(m_seed, 0xE7017E00ULL + m_evolveStep));
    ++m_evolveStep;
    const qsizetype count = std::min<qsizetype>(maxChanges, candidates.size());
    const QStringList &failures = ReasonCatalog::failure();
    for (qsizetype k = 0; k < count; ++k) {
        // Partial Fisher-Yates: an unbiased choice without touching the whole candidate list.
        const qsizetype pick = k + qsizetype(rng.bounded(quint64(candidates.size() - k)));
        std::swap(candidates[k], candidates[pick]);
        SimulatedDevice &d = m_devices[candidates[k]];
        if (rng.bounded(100) < 80) {
            d.status = st.upgradeSuccess;
            d.resultReason = ReasonCatalog::success().front();
        } else {
            d.status = st.upgradeFailed;
            d.resultReason = failures[qsizetype(rng.bounded(quint64(failures.size())))];
        }
        d.recentAttemptMs = nowMs - qint64(1 + rng.bounded(300)) * kSecond;
        d.updatedTimeMs = nowMs;
        d.nextAttemptMs = SimulatedDevice::kNoTime;
    }
    return int(count);
}

int SimulatedCampaign::evolveStep(int changes)
{
    const quint64 step = m_evolveStep;
    const int moved = evolve(changes, stepTimeMs(step));
    // evolve() does not count a step that asks for no change; the mode still advanced.
    m_evolveStep = step + 1;
    return moved;
}

qint64 SimulatedCampaign::stepTimeMs(quint64 step)
{
    return kStartMs + 3 * kDay + qint64(step + 1) * kHour;
}

SimulatedCampaign SimulatedCampaign::afterSteps(int steps, int changesPerStep) const
{
    SimulatedCampaign copy = *this;
    for (int i = 0; i < steps; ++i)
        copy.evolveStep(changesPerStep);
    return copy;
}

qsizetype SimulatedCampaign::indexAfter(QStringView cursor) const
{
    const std::optional<quint64> value = parseDecimal(cursor);
    if (!value)
        return -1;
    const auto it = std::upper_bound(
        m_devices.cbegin(), m_devices.cend(), *value,
        [](quint64 v, const SimulatedDevice &d) { return v < imeiValue(d.deviceId); });
    return it - m_devices.cbegin();
}

qsizetype SimulatedCampaign::indexOf(QStringView deviceId) const
{
    const auto it =
        std::lower_bound(m_devices.cbegin(), m_devices.cend(), deviceId,
                         [](const SimulatedDevice &d, QStringView id) { return d.deviceId < id; });
    if (it == m_devices.cend() || it->deviceId != deviceId)
        return -1;
    return it - m_devices.cbegin();
}

} // namespace fota::sim
