// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/CampaignInfo.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace fota {

class ApiClient;
class CampaignDirectory;

// Campaign → Browse campaigns…: the account's campaigns (one campaigns-by-status walk, paged)
// with name, firmware from → to, dates and status. Rows appear as pages arrive; double-click,
// Enter or Open loads the chosen one. A few hundred rows at most, so a QStandardItemModel.
class CampaignBrowserDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        FirmwareColumn,
        DeviceColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        IdColumn,
        ColumnCount
    };

    CampaignBrowserDialog(ApiClient *client, const QString &accountName, QWidget *parent = nullptr);

    QString accountName() const { return m_account; }
    QString selectedCampaignId() const;
    int campaignCount() const;
    // Rows left by the filter box.
    int shownCount() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QString statusText() const;
    QTableView *view() const { return m_view; }
    bool isListing() const;

    void accept() override;

signals:
    void campaignChosen(const QString &accountName, const QString &campaignId);

private:
    void addCampaigns(const QList<CampaignInfo> &campaigns);
    void onFinished(const QList<CampaignInfo> &all, const ApiError &error);
    void setUpView();
    void updateButtons();
    void fitColumns();

    QString m_account;
    CampaignDirectory *m_directory;
    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
};

} // namespace fota
