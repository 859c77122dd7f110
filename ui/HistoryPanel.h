// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/AlertRule.h"
#include "campaign/DeviceSet.h"
#include "campaign/TimeDisplay.h"
#include "history/ChangesSince.h"
#include "progress/Eta.h"
#include "watching/SinceChoice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace fota {

class ProgressChartView;

// The campaign's memory in the window: the progress chart, throughput and ETA with its basis,
// "what changed since" (the previous refresh, this morning, yesterday or a chosen time) with
// a button that filters the table to those devices, and the campaign's alert rules. It shows
// what it is given; the window asks the history.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setTimeDisplay(const TimeDisplay &display);
    // The shown campaign's snapshots and its ETA as of nowMs.
    void showHistory(const QList<SnapshotPoint> &points, const Eta &eta, qint64 nowMs);
    // No history file (or none could be opened): says why instead of the chart.
    void setUnavailable(const QString &why);
    void showChanges(std::shared_ptr<const ChangesSince> changes);
    void setRules(const QList<AlertRule> &rules);

    SinceChoice::Kind sinceKind() const;
    qint64 chosenTimeMs() const;
    ProgressChartView *chart() const { return m_chart; }
    QString throughputText() const;
    QString etaText() const;
    QString basisText() const;
    QString changesText() const;
    // The devices of the last answer, for the table filter.
    std::shared_ptr<const DeviceSet> changedDevices() const;

signals:
    // The picker moved: the window asks the history again.
    void sinceChanged();
    void showDevicesRequested(std::shared_ptr<const fota::DeviceSet> devices, const QString &label);
    void editRulesRequested();

private:
    QWidget *buildEstimate();
    QWidget *buildSince();
    QString sinceLabel(const ChangesSince &changes) const;

    ProgressChartView *m_chart;
    QLabel *m_unavailable;
    QLabel *m_throughput = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_basis = nullptr;
    QComboBox *m_since = nullptr;
    QDateTimeEdit *m_chosen = nullptr;
    QLabel *m_changes = nullptr;
    QPushButton *m_showDevices = nullptr;
    QLabel *m_rules = nullptr;
    QPushButton *m_editRules = nullptr;
    TimeDisplay m_time;
    qint64 m_nowMs = 0;
    std::shared_ptr<const ChangesSince> m_lastChanges;
};

} // namespace fota
