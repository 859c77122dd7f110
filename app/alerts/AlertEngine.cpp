// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "alerts/AlertEngine.h"

namespace fota {

AlertEngine::AlertEngine(QList<AlertRule> rules)
{
    setRules(rules);
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    std::vector<std::optional<bool>> held(size_t(rules.size()));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const qsizetype old = m_rules.indexOf(rules[i]);
        if (old >= 0)
            held[size_t(i)] = m_held[size_t(old)];
    }
    m_rules = rules;
    m_held = std::move(held);
}

void AlertEngine::reset()
{
    m_held.assign(m_held.size(), std::nullopt);
}

QList<Alert> AlertEngine::evaluate(const Snapshot *previous, const Snapshot &current)
{
    QList<Alert> fired;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const AlertRule &rule = m_rules[i];
        std::optional<bool> &held = m_held[size_t(i)];
        const bool before = held ? *held : (previous && rule.holds(*previous));
        const bool now = rule.holds(current);
        // A new reason group is news each time: its groups are by definition not the ones
        // that fired before, so it fires whenever it holds.
        if (now && (!before || rule.kind() == AlertRule::Kind::NewReason))
            fired.append({rule.toString(), rule.message(current)});
        held = now;
    }
    return fired;
}

} // namespace fota
