// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/Snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace fota {

// One alert rule, in the syntax the window and `watch --alert` share:
//   failed>5%        the failed share of the loaded devices is above 5 %
//   new-failures>100 more than 100 devices failed since the previous load
//   new-reason       a failure-reason group no earlier snapshot of the campaign had
//   overdue>500      more than 500 pending devices are past their next attempt
//   stalled>2h       nothing changed status for longer than 2 h (s, m, h or d) while devices
//                    are still pending or in progress
//   complete         nothing is pending or in progress any more
// Each is a condition on one snapshot; AlertEngine fires a rule when its condition becomes true.
class AlertRule
{
public:
    enum class Kind
    {
        FailedShare,
        NewFailures,
        NewReason,
        Overdue,
        Stalled,
        Complete,
    };

    // nullopt with *error set to one line that says what is wrong and what is accepted.
    static std::optional<AlertRule> parse(QStringView text, QString *error);
    static std::optional<QList<AlertRule>> parseList(const QStringList &texts, QString *error);
    // The canonical text; parse(toString()) gives the same rule. For settings and output.
    QString toString() const;
    static QStringList toStrings(const QList<AlertRule> &rules);

    Kind kind() const { return m_kind; }
    double percent() const { return m_percent; }       // FailedShare
    qint64 count() const { return m_count; }           // NewFailures, Overdue
    qint64 durationMs() const { return m_durationMs; } // Stalled

    // Whether the condition holds for this snapshot.
    bool holds(const Snapshot &s) const;
    // What an operator reads when it fires: one line, server text sanitised.
    QString message(const Snapshot &s) const;

    friend bool operator==(const AlertRule &, const AlertRule &) = default;

private:
    explicit AlertRule(Kind kind)
        : m_kind(kind)
    {}

    Kind m_kind;
    double m_percent = 0;
    qint64 m_count = 0;
    qint64 m_durationMs = 0;
};

} // namespace fota
