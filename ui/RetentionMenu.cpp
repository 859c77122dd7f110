// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/RetentionMenu.h"

#include "history/RetentionPolicy.h"
#include "history/RetentionSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr std::array kChoices{1, 7, 14, 30, 90, 365};

} // namespace

RetentionMenu::RetentionMenu(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_group(new QActionGroup(this))
    , m_value(RetentionSettings::keepAllDays())
{
    menu->setObjectName(u"retentionMenu"_s);
    menu->setToolTipsVisible(true);
    bool listed = false;
    for (const int days : kChoices) {
        // A remembered value between the usual ones keeps its place in the order.
        if (!listed && m_value < days) {
            addChoice(menu, m_value);
            listed = true;
        }
        addChoice(menu, days);
        listed = listed || days == m_value;
    }
    if (!listed)
        addChoice(menu, m_value);
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { setValue(action->data().toInt()); });
}

void RetentionMenu::addChoice(QMenu *menu, int days)
{
    QString label = tr("%n day(s)", nullptr, days);
    // The mnemonic on a digit no other choice starts with: 1, 7, 4 (14), 3, 9, 6 (365).
    const bool second = days == 14 || days == 365;
    label.insert(second && label.size() > 1 ? 1 : 0, u'&');
    if (days == RetentionPolicy::kDefaultFullDays)
        label = tr("%1 (default)").arg(label);
    QAction *action = menu->addAction(label);
    action->setCheckable(true);
    action->setChecked(days == m_value);
    action->setData(days);
    action->setToolTip(tr("Keep every snapshot of the last %n day(s) and one a day before "
                          "that; fota-monitor watch follows this setting too",
                          nullptr, days));
    m_group->addAction(action);
}

void RetentionMenu::setValue(int days)
{
    days = std::clamp(days, RetentionSettings::kMinDays, RetentionSettings::kMaxDays);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == days);
    if (days == m_value)
        return;
    m_value = days;
    RetentionSettings::setKeepAllDays(days);
    emit changed(days);
}

} // namespace fota
