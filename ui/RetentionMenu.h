// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace fota {

// Campaign → History: for how many days the history keeps every snapshot before thinning to
// one a day (RetentionSettings, `history/keepAllDays`), remembered across runs and read by
// `fota-monitor watch` too. A change thins the history at once.
class RetentionMenu : public QObject
{
    Q_OBJECT
public:
    // Fills `menu` with one choice per number of days; the remembered one (default 30) is
    // checked, listed even when it is none of the usual choices (a hand-edited setting).
    explicit RetentionMenu(QMenu *menu, QObject *parent = nullptr);

    int value() const { return m_value; }
    void setValue(int days);

signals:
    void changed(int days);

private:
    void addChoice(QMenu *menu, int days);

    QActionGroup *m_group;
    int m_value;
};

} // namespace fota
