// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace fota {

// Campaign → Connections: how many report requests a load or refresh may have in flight
// (ApiSettings::connections), 1 to 8, remembered across runs. A change applies to the next
// load or refresh.
class ConnectionsMenu : public QObject
{
    Q_OBJECT
public:
    // Fills `menu` with one choice per number; the remembered one (default 4) is checked.
    explicit ConnectionsMenu(QMenu *menu, QObject *parent = nullptr);

    int value() const { return m_value; }
    void setValue(int connections);

signals:
    void changed(int connections);

private:
    QActionGroup *m_group;
    int m_value;
};

} // namespace fota
