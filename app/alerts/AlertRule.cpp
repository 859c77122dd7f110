// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "alerts/AlertRule.h"

#include "common/SafeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMaxCount = 1'000'000'000'000; // far above any campaign
constexpr qint64 kMaxDurationMs = 366 * kDay;
constexpr int kMaxReasonsNamed = 3;

// What the rules are, for a rule that is not one; a function, so it is translated once a
// translator is installed.
QString accepted()
{
    return QCoreApplication::translate("AlertRule",
                                       "use failed>N%, new-failures>N, new-reason, overdue>N, "
                                       "stalled>DURATION (e.g. 2h; s, m, h or d) or complete");
}

QString quoted(QStringView text)
{
    return u'"' + SafeText::oneLine(text, 80) + u'"';
}

std::optional<qint64> parseCount(QStringView text)
{
    static const QRegularExpression digits(u"^[0-9]{1,13}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 n = text.toLongLong();
    return n <= kMaxCount ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<double> parsePercent(QStringView text)
{
    static const QRegularExpression number(u"^([0-9]{1,3}(?:\\.[0-9]{1,4})?)%$"_s);
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double p = m.capturedView(1).toDouble();
    return p < 100 ? std::optional<double>(p) : std::nullopt;
}

std::optional<qint64> parseDuration(QStringView text)
{
    static const QRegularExpression duration(u"^([0-9]{1,6})([smhd])$"_s);
    const QRegularExpressionMatch m = duration.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static constexpr qint64 kUnits[] = {kSecond, kMinute, kHour, kDay};
    const qint64 unit = kUnits[QStringView(u"smhd").indexOf(m.capturedView(2).front())];
    const qint64 ms = m.capturedView(1).toLongLong() * unit;
    return ms > 0 && ms <= kMaxDurationMs ? std::optional<qint64>(ms) : std::nullopt;
}

QString durationText(qint64 ms)
{
    for (const auto &[unit, suffix] :
         {std::pair{kDay, u'd'}, std::pair{kHour, u'h'}, std::pair{kMinute, u'm'}}) {
        if (ms % unit == 0)
            return QString::number(ms / unit) + suffix;
    }
    return QString::number(ms / kSecond) + u's';
}

// "2 h 15 min", "40 min", "1 d 3 h": how long, for a message.
QString spokenDuration(qint64 ms)
{
    const qint64 minutes = ms / kMinute;
    if (minutes < 60)
        return QCoreApplication::translate("AlertRule", "%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return minutes % 60 ? QCoreApplication::translate("AlertRule", "%1 h %2 min")
                                  .arg(minutes / 60)
                                  .arg(minutes % 60)
                            : QCoreApplication::translate("AlertRule", "%1 h").arg(minutes / 60);
    const qint64 hours = minutes / 60;
    return hours % 24 ? QCoreApplication::translate("AlertRule", "%1 d %2 h")
                            .arg(hours / 24)
                            .arg(hours % 24)
                      : QCoreApplication::translate("AlertRule", "%1 d").arg(hours / 24);
}

double failedPercent(const Snapshot &s)
{
    return s.loaded > 0 ? 100.0 * double(s.buckets[int(StatusBucket::Failed)]) / double(s.loaded)
                        : 0.0;
}

} // namespace

std::optional<AlertRule> AlertRule::parse(QStringView text, QString *error)
{
    const QStringView t = text.trimmed();
    const qsizetype gt = t.indexOf(u'>');
    const QStringView name = gt < 0 ? t : t.first(gt);
    const QStringView value = gt < 0 ? QStringView() : t.sliced(gt + 1);
    const auto bad = [&](const QString &why) {
        *error = QCoreApplication::translate("AlertRule", "alert rule %1: %2").arg(quoted(t), why);
        return std::nullopt;
    };
    if (t.isEmpty())
        return bad(QCoreApplication::translate("AlertRule", "empty; ") + accepted());
    if (name == u"new-reason" || name == u"complete") {
        if (gt >= 0)
            return bad(QCoreApplication::translate("AlertRule", "%1 takes no threshold").arg(name));
        return AlertRule(name == u"complete" ? Kind::Complete : Kind::NewReason);
    }
    if (gt < 0 &&
        (name == u"failed" || name == u"new-failures" || name == u"overdue" || name == u"stalled"))
        return bad(QCoreApplication::translate("AlertRule", "needs a threshold, e.g. %1")
                       .arg(name == u"failed"
                                ? u"failed>5%"_s
                                : (name == u"stalled" ? u"stalled>2h"_s : name + u">100"_s)));
    if (name == u"failed") {
        const std::optional<double> p = parsePercent(value);
        if (!p)
            return bad(QCoreApplication::translate(
                "AlertRule", "expected a percentage below 100, e.g. failed>5% or failed>2.5%"));
        AlertRule r(Kind::FailedShare);
        r.m_percent = *p;
        return r;
    }
    if (name == u"new-failures" || name == u"overdue") {
        const std::optional<qint64> n = parseCount(value);
        if (!n)
            return bad(QCoreApplication::translate(
                           "AlertRule", "expected a whole number of devices, e.g. %1>100")
                           .arg(name));
        AlertRule r(name == u"overdue" ? Kind::Overdue : Kind::NewFailures);
        r.m_count = *n;
        return r;
    }
    if (name == u"stalled") {
        const std::optional<qint64> ms = parseDuration(value);
        if (!ms)
            return bad(QCoreApplication::translate(
                "AlertRule", "expected a duration up to a year with a unit s, m, h or d, e.g. "
                             "stalled>2h"));
        AlertRule r(Kind::Stalled);
        r.m_durationMs = *ms;
        return r;
    }
    return bad(QCoreApplication::translate("AlertRule", "unknown rule; ") + accepted());
}

std::optional<QList<AlertRule>> AlertRule::parseList(const QStringList &texts, QString *error)
{
    QList<AlertRule> rules;
    for (const QString &text : texts) {
        const std::optional<AlertRule> r = parse(text, error);
        if (!r)
            return std::nullopt;
        if (!rules.contains(*r))
            rules.append(*r);
    }
    return rules;
}

QString AlertRule::toString() const
{
    switch (m_kind) {
    case Kind::FailedShare:
        return u"failed>%1%"_s.arg(QString::number(m_percent, 'g', 7));
    case Kind::NewFailures:
        return u"new-failures>%1"_s.arg(m_count);
    case Kind::NewReason:
        return u"new-reason"_s;
    case Kind::Overdue:
        return u"overdue>%1"_s.arg(m_count);
    case Kind::Stalled:
        return u"stalled>"_s + durationText(m_durationMs);
    case Kind::Complete:
        return u"complete"_s;
    }
    return {};
}

QStringList AlertRule::toStrings(const QList<AlertRule> &rules)
{
    QStringList texts;
    for (const AlertRule &r : rules)
        texts.append(r.toString());
    return texts;
}

bool AlertRule::holds(const Snapshot &s) const
{
    switch (m_kind) {
    case Kind::FailedShare:
        return failedPercent(s) > m_percent;
    case Kind::NewFailures:
        return s.newFailures > m_count;
    case Kind::NewReason:
        return !s.newReasonGroups.isEmpty();
    case Kind::Overdue:
        return s.overdue > m_count;
    case Kind::Stalled:
        return !s.complete && s.timeMs - s.lastChangeMs > m_durationMs;
    case Kind::Complete:
        return s.complete;
    }
    return false;
}

QString AlertRule::message(const Snapshot &s) const
{
    const qint64 failed = s.buckets[int(StatusBucket::Failed)];
    switch (m_kind) {
    case Kind::FailedShare:
        return QCoreApplication::translate("AlertRule",
                                           "%1 of %2 devices failed (%3 %), above %4 %")
            .arg(failed)
            .arg(s.loaded)
            .arg(QString::number(failedPercent(s), 'f', 1), QString::number(m_percent, 'g', 7));
    case Kind::NewFailures:
        return QCoreApplication::translate("AlertRule",
                                           "%1 new failures since the previous load, more than %2")
            .arg(s.newFailures)
            .arg(m_count);
    case Kind::NewReason: {
        QStringList named;
        for (const QString &g : s.newReasonGroups.first(
                 std::min<qsizetype>(kMaxReasonsNamed, s.newReasonGroups.size())))
            named.append(quoted(
                g.isEmpty() ? QCoreApplication::translate("AlertRule", "(no reason given)") : g));
        const qsizetype more = s.newReasonGroups.size() - named.size();
        return (s.newReasonGroups.size() == 1
                    ? QCoreApplication::translate("AlertRule", "new failure reason: ")
                    : QCoreApplication::translate("AlertRule", "new failure reasons: ")) +
               named.join(u", "_s) +
               (more > 0 ? QCoreApplication::translate("AlertRule", " and %1 more").arg(more)
                         : QString());
    }
    case Kind::Overdue:
        return QCoreApplication::translate(
                   "AlertRule", "%1 pending devices are past their next attempt, more than %2")
            .arg(s.overdue)
            .arg(m_count);
    case Kind::Stalled:
        return QCoreApplication::translate("AlertRule",
                                           "no device changed status for %1, longer than %2")
            .arg(spokenDuration(s.timeMs - s.lastChangeMs), spokenDuration(m_durationMs));
    case Kind::Complete:
        return QCoreApplication::translate(
                   "AlertRule",
                   "campaign complete: %1 succeeded, %2 failed, nothing pending or in progress")
            .arg(s.buckets[int(StatusBucket::Succeeded)])
            .arg(failed);
    }
    return {};
}

} // namespace fota
