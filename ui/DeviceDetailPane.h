#pragma once

#include "campaign/DeviceColumn.h"
#include "thingspace/ApiError.h"
#include "thingspace/DeviceHistoryEntry.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace fota {

class ApiClient;
class DeviceHistoryFetcher;
class DeviceTableModel;

// The selected device: every field of its row, and its upgrade history across campaigns
// (device-history endpoint, fetched on demand when the selection settles, cached by the core).
// Copy IMEI puts the device ID on the clipboard for a ticket.
class DeviceDetailPane : public QWidget
{
    Q_OBJECT
public:
    // Arrowing through rows must not fire a request per row: the history is asked for once
    // the selection rests this long.
    static constexpr int kHistoryDelayMs = 350;

    DeviceDetailPane(DeviceTableModel *model, ApiClient *client, QWidget *parent = nullptr);

    // The store row to show (nullopt: nothing selected) and the account whose history to ask.
    void showDevice(std::optional<quint32> storeRow, const QString &accountName);
    std::optional<quint32> storeRow() const { return m_row; }
    QString deviceId() const { return m_deviceId; }
    QString fieldText(DeviceColumn column) const;
    QString historyStatusText() const;
    int historyCount() const;

public slots:
    void copyImei();
    // Re-reads the row (after a refresh changed it).
    void updateFields();

private:
    void fetchHistory();
    void showHistory(const QString &deviceId, const QList<DeviceHistoryEntry> &entries,
                     const ApiError &error);

    DeviceTableModel *m_model;
    DeviceHistoryFetcher *m_fetcher;
    QLabel *m_placeholder;
    QWidget *m_content;
    std::array<QLabel *, kDeviceColumnCount> m_fields{};
    QLabel *m_flags;
    QPushButton *m_copy;
    QTreeView *m_history;
    QStandardItemModel *m_historyItems;
    QLabel *m_historyStatus;
    QTimer *m_historyDelay;
    std::optional<quint32> m_row;
    QString m_deviceId;
    QString m_account;
};

} // namespace fota
