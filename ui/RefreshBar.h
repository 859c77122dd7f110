// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/TimeDisplay.h"

#include <QList>
#include <QWidget>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;

namespace fota {

// Watching a rollout: the auto-refresh interval (off, 1, 5, 15 or 30 minutes, remembered), the
// line that says what the last refresh moved and what is still unseen, and "Mark all seen". It
// only says when a refresh is due; the window decides whether one can run now.
class RefreshBar : public QWidget
{
    Q_OBJECT
public:
    static QList<int> intervals() { return {0, 1, 5, 15, 30}; } // minutes; 0 = off
    static QString settingsKey();

    explicit RefreshBar(QWidget *parent = nullptr);

    int intervalMinutes() const { return m_minutes; }
    // Adds the interval choices to a menu as exclusive checkable actions kept in step with the
    // combo, so the menu and the bar never disagree.
    void fillMenu(QMenu *menu);

    // Times it shows ("Refreshed at 14:05 UTC") follow the table's zone.
    void setTimeDisplay(const TimeDisplay &display);
    // "Refreshing… page 3", with the time the rows shown were last current.
    void showRefreshing(int pagesDone = 0);
    // "12 changed: 9 → succeeded, 3 → failed", stamped with the time it was applied.
    void showSummary(const QString &summary, qint64 atMs);
    // The rows stay as they were: the line says so, and since when they are current. Why it
    // failed is in the window's message area, not repeated here.
    void showFailed(qint64 atMs);
    void showStopped();
    // A load replaced or completed the rows (at loadedAtMs; 0: nothing loaded): nothing stale.
    void showIdle(qint64 loadedAtMs = 0);
    // The rows are the campaign's last stored table, recorded at asOfMs: every line says
    // "As of 10:42 UTC" (with the day when it is not today, nowMs) until a load or refresh
    // replaces them.
    void showStored(qint64 asOfMs, qint64 nowMs);
    bool isShowingStored() const { return m_storedAsOfMs > 0; }
    // How many changes are marked and not yet seen; enables Mark all seen.
    void setUnseen(qint64 unseen);
    QString summaryText() const;
    bool isStale() const { return m_state == State::Failed; }
    bool isShowingRefresh() const { return m_state == State::Refreshing; }

public slots:
    void setIntervalMinutes(int minutes);

signals:
    void refreshDue();
    void intervalChanged(int minutes);
    void markAllSeenRequested();

private:
    enum class State
    {
        Idle,
        Refreshing,
        Summary,
        Failed,
        Stopped,
    };
    void restartTimer();
    void render();
    void renderStored();
    QString lastCurrentText() const;
    QString storedText() const;

    QComboBox *m_combo;
    QLabel *m_summary;
    QPushButton *m_markSeen;
    QTimer *m_timer;
    QActionGroup *m_actions = nullptr;
    TimeDisplay m_time;
    State m_state = State::Idle;
    int m_minutes = 0;
    int m_pagesDone = 0;
    QString m_summaryText;
    qint64 m_lastSuccessMs = 0; // when the rows shown were last current (0: no refresh yet)
    qint64 m_failedAtMs = 0;
    qint64 m_storedAsOfMs = 0; // the rows come from the history, as of then (0: they do not)
    qint64 m_storedNowMs = 0;
};

} // namespace fota
