// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace fota {

class FlowLayout;

// Every filter in force, above the table, each removable where it is shown. The status
// selection and the reason group are chosen in docks that may be closed or hidden behind a
// tab; a table that silently shows a third of the campaign must say why, here.
class ActiveFiltersBar : public QWidget
{
    Q_OBJECT
public:
    struct Chip
    {
        QString id;   // what removeRequested() names
        QString text; // "Status: Failed"
        bool operator==(const Chip &o) const = default;
    };

    explicit ActiveFiltersBar(QWidget *parent = nullptr);

    // Hidden when empty.
    void setChips(const QList<Chip> &chips);
    // "Showing 120 of 50,000 devices", in front of the chips.
    void setShownCount(qint64 shown, qint64 total);
    QString shownText() const;
    QList<Chip> chips() const { return m_chips; }
    // The button that removes chip `id`, for tests and keyboard focus; null if not shown.
    QToolButton *buttonFor(const QString &id) const;

signals:
    void removeRequested(const QString &id);
    void clearAllRequested();

private:
    QList<Chip> m_chips;
    QList<QToolButton *> m_buttons;
    FlowLayout *m_layout;
    QLabel *m_title;
    QToolButton *m_clearAll;
};

} // namespace fota
