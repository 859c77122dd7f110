// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "progress/EtaText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QLocale locale()
{
    QLocale l;
    if (l.language() == QLocale::C)
        l = QLocale(QLocale::English, QLocale::UnitedStates);
    return l;
}

// The unit a span is told in, and how many of them.
qint64 unitOf(qint64 ms)
{
    if (ms < 90 * kMinute)
        return kMinute;
    if (ms < 72 * kHour)
        return kHour;
    return kDay;
}

QString unitName(qint64 unit)
{
    return unit == kMinute ? QCoreApplication::translate("EtaText", "min")
           : unit == kHour ? QCoreApplication::translate("EtaText", "h")
                           : QCoreApplication::translate("EtaText", "d");
}

qint64 rounded(qint64 ms, qint64 unit)
{
    return std::max<qint64>(1,
                            qint64(std::llround(double(std::max<qint64>(ms, 0)) / double(unit))));
}

} // namespace

QString EtaText::throughput(const Eta &eta)
{
    if (!eta.throughputPerHour)
        return {};
    const double rate = *eta.throughputPerHour;
    return QCoreApplication::translate("EtaText", "≈ %1 devices resolved per hour (last 6 h)")
        .arg(locale().toString(rate, 'f', rate < 10 ? 1 : 0));
}

QString EtaText::moment(qint64 ms, qint64 nowMs, const TimeDisplay &time)
{
    const QDateTime at = time.isUtc() ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                      : QDateTime::fromMSecsSinceEpoch(ms);
    const QString day = std::abs(ms - nowMs) < 6 * kDay ? locale().toString(at, u"ddd"_s)
                                                        : locale().toString(at, u"MMM d"_s);
    return day + u' ' + time.clockWithZone(ms);
}

QString EtaText::shortMoment(qint64 ms, qint64 nowMs, const TimeDisplay &time)
{
    const auto day = [&time](qint64 at) {
        return (time.isUtc() ? QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc())
                             : QDateTime::fromMSecsSinceEpoch(at))
            .date();
    };
    return day(ms) == day(nowMs) ? time.clockWithZone(ms) : moment(ms, nowMs, time);
}

QString EtaText::span(qint64 ms)
{
    const qint64 unit = unitOf(ms);
    return locale().toString(rounded(ms, unit)) + u' ' + unitName(unit);
}

QString EtaText::range(qint64 fromMs, qint64 toMs)
{
    const qint64 unit = unitOf(toMs);
    const qint64 from = rounded(fromMs, unit);
    const qint64 to = rounded(toMs, unit);
    if (from == to)
        return locale().toString(to) + u' ' + unitName(unit);
    return locale().toString(from) + u'–' + locale().toString(to) + u' ' + unitName(unit);
}

QString EtaText::estimate(const Eta &eta, qint64 nowMs, const TimeDisplay &time)
{
    switch (eta.state) {
    case Eta::State::Done:
        return QCoreApplication::translate("EtaText",
                                           "done since %1: nothing pending or in progress")
            .arg(moment(eta.etaMs, nowMs, time));
    case Eta::State::NotConverging:
        return QCoreApplication::translate("EtaText",
                                           "not converging: the pending count is not falling");
    case Eta::State::NotEnoughData:
        return QCoreApplication::translate(
            "EtaText", "no estimate yet: it needs two loads 15 min or more apart in the last 6 h");
    case Eta::State::Estimated:
        break;
    }
    if (eta.etaMs <= nowMs)
        return QCoreApplication::translate("EtaText", "done ≈ now (%1 devices remain)")
            .arg(locale().toString(eta.remaining));
    return QCoreApplication::translate("EtaText", "done ≈ %1, in %2")
        .arg(moment(eta.etaMs, nowMs, time), range(eta.earliestMs - nowMs, eta.latestMs - nowMs));
}

QString EtaText::basis(const Eta &eta, const TimeDisplay &time)
{
    if (eta.state != Eta::State::Estimated)
        return {};
    if (eta.basis == Eta::Basis::NextAttemptFloor)
        return QCoreApplication::translate(
                   "EtaText",
                   "bound by the latest next attempt of a pending device (%1): none can finish "
                   "before it")
            .arg(time.timeWithZone(eta.etaMs));
    return QCoreApplication::translate("EtaText", "bound by the throughput");
}

} // namespace fota
