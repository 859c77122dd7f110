#pragma once

#include <QList>
#include <QWidget>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QTimer;

namespace fota {

// Watching a rollout: the auto-refresh interval (off, 1, 5, 15 or 30 minutes, remembered) and
// the line that says what the last refresh moved. It only says when a refresh is due; the
// window decides whether one can run now.
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

    void showRefreshing();
    // "12 changed: 9 → succeeded, 3 → failed", stamped with the time it was applied.
    void showSummary(const QString &summary);
    // The rows stay as they were: the line says so, and since when they are stale.
    void showFailed(const QString &error);
    void showIdle();
    QString summaryText() const;
    bool isStale() const { return m_stale; }

public slots:
    void setIntervalMinutes(int minutes);

signals:
    void refreshDue();
    void intervalChanged(int minutes);

private:
    void restartTimer();

    QComboBox *m_combo;
    QLabel *m_summary;
    QTimer *m_timer;
    QActionGroup *m_actions = nullptr;
    int m_minutes = 0;
    bool m_stale = false;
    QString m_lastSuccess; // when the rows shown were last current
};

} // namespace fota
