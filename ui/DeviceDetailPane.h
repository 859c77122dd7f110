// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceColumn.h"
#include "history/StatusTransition.h"
#include "thingspace/ApiError.h"
#include "thingspace/DeviceHistoryEntry.h"

#include <QWidget>

#include <array>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace fota {

class ApiClient;
class DeviceHistoryFetcher;
class DeviceTableModel;
class FitTextView;

// The selected device: every field of its row, fully readable (values wrap, and the pane
// scrolls when the dock is small; nothing is clipped), and its timeline: the upgrade history
// across campaigns (device-history endpoint, fetched on demand when the selection settles,
// cached by the core) together with the status changes the history recorded for it in this
// campaign, in time order. Times name their zone. Copy IMEI puts the device ID on the
// clipboard for a ticket.
class DeviceDetailPane : public QWidget
{
    Q_OBJECT
public:
    // Arrowing through rows must not fire a request per row: the history is asked for once
    // the selection rests this long.
    static constexpr int kHistoryDelayMs = 350;
    // The longest reason laid out here; a longer (hostile) one is cut with a note, and Copy
    // reason copies all of it. Laying out 10 MB of text would freeze the window for seconds.
    static constexpr qsizetype kReasonChars = 20'000;

    DeviceDetailPane(DeviceTableModel *model, ApiClient *client, QWidget *parent = nullptr);

    // The store row to show (nullopt: nothing selected) and the account whose history to ask.
    void showDevice(std::optional<quint32> storeRow, const QString &accountName);
    std::optional<quint32> storeRow() const { return m_row; }
    QString deviceId() const { return m_deviceId; }
    QString fieldText(DeviceColumn column) const;
    // The value widget of a field: a QLabel, or for the reason a FitTextView.
    QWidget *fieldWidget(DeviceColumn column) const;
    QString flagsText() const;
    QString historyStatusText() const;
    int historyCount() const;  // rows of the timeline, both kinds
    int recordedCount() const; // of those, status changes recorded in this campaign
    QTreeView *historyView() const { return m_history; }
    QScrollArea *scrollArea() const { return m_scroll; }

public slots:
    void copyImei();
    void copyReason();
    // Re-reads the row (after a refresh changed it, or the time zone switched).
    void updateFields();
    // The history's recorded changes of a device in this campaign (answer to
    // recordedChangesWanted()); ignored unless it is the device shown.
    void showRecordedChanges(const QString &deviceId, const QList<DeviceStatusChange> &changes);

signals:
    // The selection settled on this device: the window asks the history for its changes.
    void recordedChangesWanted(const QString &deviceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm(QWidget *content);
    // Values beside their titles when the pane is wide enough for the widest pair, else every
    // value under its title: QFormLayout's WrapLongRows judges each row by its own title and
    // left an IMEI a few pixels past a narrow pane's edge.
    void fitRows();
    // The timeline's view and status line; returns its title.
    QLabel *buildTimeline(QWidget *content);
    void fetchHistory();
    void showHistory(const QString &deviceId, const QList<DeviceHistoryEntry> &entries,
                     const ApiError &error);
    void rebuildTimeline();

    DeviceTableModel *m_model;
    DeviceHistoryFetcher *m_fetcher;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QFormLayout *m_form = nullptr;
    std::array<QLabel *, kDeviceColumnCount> m_fields{}; // null for the reason
    FitTextView *m_reason = nullptr;
    QLabel *m_flags = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyReason = nullptr;
    QTreeView *m_history = nullptr;
    QStandardItemModel *m_historyItems;
    QLabel *m_historyStatus = nullptr;
    QTimer *m_historyDelay;
    std::optional<quint32> m_row;
    QString m_deviceId;
    QString m_account;
    QList<DeviceHistoryEntry> m_entries;  // of m_deviceId, from the endpoint
    QList<DeviceStatusChange> m_recorded; // of m_deviceId, from the history
    QString m_endpointStatus;             // what the endpoint said, for the status line
};

} // namespace fota
