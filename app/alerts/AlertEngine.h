// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertRule.h"

#include <QList>

#include <optional>
#include <vector>

namespace fota {

// Fires each rule once per crossing: when its condition holds for the current snapshot and did
// not for the one before, and again only after it stopped holding for a snapshot. What held
// before comes from the engine's own memory, or, on the first evaluation (a watcher restarted
// on an existing history, a campaign reopened), from the previous snapshot; with neither, a
// rule that already holds fires. new-reason is the exception: every snapshot that brings a
// group never seen before fires it, since each group is announced once and only once.
class AlertEngine
{
public:
    explicit AlertEngine(QList<AlertRule> rules = {});

    // Rules that stay keep their state; new ones start fresh.
    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }
    // Forgets every state, e.g. when another campaign is shown.
    void reset();

    QList<Alert> evaluate(const Snapshot *previous, const Snapshot &current);

private:
    QList<AlertRule> m_rules;
    std::vector<std::optional<bool>> m_held; // per rule: did it hold at the last evaluation
};

} // namespace fota
