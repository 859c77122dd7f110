// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drawing/ChartAxes.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QDateTime inZone(qint64 ms, bool utc)
{
    return utc ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               : QDateTime::fromMSecsSinceEpoch(ms);
}

QDateTime midnight(QDate date, bool utc)
{
    return utc ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime(date, QTime(0, 0));
}

QString dayLabel(const QDateTime &at)
{
    return ChartAxes::locale().toString(at.date(), u"MMM d"_s);
}

// Ticks at whole multiples of `step` on the zone's clock, for steps under a day.
std::vector<ChartAxes::Tick> clockTicks(qint64 fromMs, qint64 toMs, qint64 step, bool utc)
{
    std::vector<ChartAxes::Tick> ticks;
    const qint64 offset = utc ? 0 : qint64(inZone(fromMs, utc).offsetFromUtc()) * 1000;
    qint64 local = fromMs + offset;
    local = (local / step + (local % step != 0 ? 1 : 0)) * step;
    for (qint64 at = local - offset; at <= toMs; at += step) {
        // The offset can change on the way (summer time): re-align each tick to the clock.
        const QDateTime t = inZone(at, utc);
        const bool atMidnight = t.time() == QTime(0, 0);
        ticks.push_back({at, atMidnight ? dayLabel(t) : t.toString(u"HH:mm"_s)});
    }
    return ticks;
}

std::vector<ChartAxes::Tick> dayTicks(qint64 fromMs, qint64 toMs, int days, bool utc)
{
    std::vector<ChartAxes::Tick> ticks;
    QDate date = inZone(fromMs, utc).date();
    if (midnight(date, utc).toMSecsSinceEpoch() < fromMs)
        date = date.addDays(1);
    for (; midnight(date, utc).toMSecsSinceEpoch() <= toMs; date = date.addDays(days)) {
        const QDateTime at = midnight(date, utc);
        ticks.push_back({at.toMSecsSinceEpoch(), dayLabel(at)});
    }
    return ticks;
}

} // namespace

QLocale ChartAxes::locale()
{
    QLocale l;
    if (l.language() == QLocale::C)
        l = QLocale(QLocale::English, QLocale::UnitedStates);
    return l;
}

QString ChartAxes::countText(qint64 value)
{
    return locale().toString(value);
}

qint64 ChartAxes::countStep(qint64 max, int maxTicks)
{
    max = std::max<qint64>(max, 1);
    maxTicks = std::max(maxTicks, 1);
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 m : {1, 2, 5}) {
            const qint64 step = m * power;
            if ((max + step - 1) / step <= maxTicks)
                return step;
        }
        if (power > max)
            return power * 10;
    }
}

std::vector<ChartAxes::Tick> ChartAxes::countTicks(qint64 max, int maxTicks)
{
    const qint64 step = countStep(max, maxTicks);
    std::vector<Tick> ticks;
    for (qint64 v = 0;; v += step) {
        ticks.push_back({v, countText(v)});
        if (v >= max)
            break;
    }
    return ticks;
}

std::vector<ChartAxes::Tick> ChartAxes::timeTicks(qint64 fromMs, qint64 toMs, int maxTicks,
                                                  bool utc)
{
    if (toMs < fromMs || maxTicks < 1)
        return {};
    static constexpr std::array<qint64, 11> kClockSteps = {
        kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
        kHour,   2 * kHour,   3 * kHour,   6 * kHour,    12 * kHour};
    const qint64 span = toMs - fromMs;
    for (const qint64 step : kClockSteps) {
        if (span / step < maxTicks)
            return clockTicks(fromMs, toMs, step, utc);
    }
    for (const int days : {1, 2, 7, 14, 30, 91, 365}) {
        if (span / (days * kDay) < maxTicks)
            return dayTicks(fromMs, toMs, days, utc);
    }
    return dayTicks(fromMs, toMs, int(span / kDay / maxTicks) + 1, utc);
}

} // namespace fota
