// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ConnectionsMenu.h"

#include "thingspace/ApiSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

const QString kKey = u"network/connections"_s;

int remembered()
{
    bool ok = false;
    const int n = QSettings().value(kKey, ApiSettings::kDefaultConnections).toInt(&ok);
    return ok ? std::clamp(n, 1, ApiSettings::kMaxConnections) : ApiSettings::kDefaultConnections;
}

} // namespace

ConnectionsMenu::ConnectionsMenu(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_group(new QActionGroup(this))
    , m_value(remembered())
{
    menu->setObjectName(u"connectionsMenu"_s);
    menu->setToolTipsVisible(true);
    for (int n = 1; n <= ApiSettings::kMaxConnections; ++n) {
        const QString label = n == 1 ? tr("&1 (one page after another)")
                              : n == ApiSettings::kDefaultConnections ? tr("&%1 (default)").arg(n)
                                                                      : u"&"_s + QString::number(n);
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(n == m_value);
        action->setData(n);
        action->setToolTip(tr("Walk the report as up to %n ranges of device IDs at once", "", n));
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { setValue(action->data().toInt()); });
}

void ConnectionsMenu::setValue(int connections)
{
    connections = std::clamp(connections, 1, ApiSettings::kMaxConnections);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == connections);
    if (connections == m_value)
        return;
    m_value = connections;
    QSettings().setValue(kKey, connections);
    emit changed(connections);
}

} // namespace fota
