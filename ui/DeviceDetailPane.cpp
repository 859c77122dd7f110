#include "ui/DeviceDetailPane.h"

#include "campaign/DeviceTableModel.h"
#include "thingspace/DeviceHistoryFetcher.h"
#include "thingspace/TimeFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

DeviceDetailPane::DeviceDetailPane(DeviceTableModel *model, ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_fetcher(new DeviceHistoryFetcher(client, this))
    , m_placeholder(new QLabel(tr("Select a device to see its details and upgrade history."), this))
    , m_content(new QWidget(this))
    , m_flags(new QLabel(m_content))
    , m_copy(new QPushButton(tr("Copy &IMEI"), m_content))
    , m_history(new QTreeView(m_content))
    , m_historyItems(new QStandardItemModel(0, 5, this))
    , m_historyStatus(new QLabel(m_content))
    , m_historyDelay(new QTimer(this))
{
    setObjectName(u"deviceDetail"_s);
    setAccessibleName(tr("Device details"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int c = 0; c < kDeviceColumnCount; ++c) {
        auto *value = new QLabel(m_content);
        value->setObjectName(u"detail_"_s + DeviceColumns::apiField(DeviceColumn(c)));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        auto *label = new QLabel(DeviceColumns::title(DeviceColumn(c)) + u':', m_content);
        label->setBuddy(value);
        value->setAccessibleName(DeviceColumns::title(DeviceColumn(c)));
        form->addRow(label, value);
        m_fields[size_t(c)] = value;
    }
    m_flags->setObjectName(u"detailFlags"_s);
    m_flags->setWordWrap(true);
    form->addRow(m_flags);

    m_copy->setObjectName(u"copyImeiButton"_s);
    m_copy->setAccessibleName(tr("Copy IMEI"));
    m_copy->setToolTip(tr("Copy this device's IMEI to the clipboard"));

    m_historyItems->setHorizontalHeaderLabels(
        {tr("Campaign"), tr("Firmware"), tr("Start"), tr("Status"), tr("Reason")});
    m_history->setObjectName(u"historyView"_s);
    m_history->setAccessibleName(tr("Upgrade history across campaigns"));
    m_history->setModel(m_historyItems);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    m_historyStatus->setObjectName(u"historyStatus"_s);
    m_historyStatus->setTextFormat(Qt::PlainText);
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *historyTitle = new QLabel(tr("Upgrade &history"), m_content);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    historyTitle->setBuddy(m_history);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_copy, 0, Qt::AlignLeft);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(historyTitle);
    contentLayout->addWidget(m_history, 1);
    contentLayout->addWidget(m_historyStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    m_historyDelay->setSingleShot(true);
    m_historyDelay->setInterval(kHistoryDelayMs);
    connect(m_historyDelay, &QTimer::timeout, this, &DeviceDetailPane::fetchHistory);
    connect(m_copy, &QPushButton::clicked, this, &DeviceDetailPane::copyImei);
    connect(m_fetcher, &DeviceHistoryFetcher::fetched, this, &DeviceDetailPane::showHistory);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DeviceDetailPane::updateFields);
        connect(m_model, &QAbstractItemModel::modelReset, this,
                [this] { showDevice(std::nullopt, m_account); });
    }
}

void DeviceDetailPane::showDevice(std::optional<quint32> storeRow, const QString &accountName)
{
    if (storeRow && m_model && *storeRow >= m_model->store().size())
        storeRow.reset();
    const QString previous = m_deviceId;
    m_row = storeRow;
    m_account = accountName;
    m_placeholder->setVisible(!m_row);
    m_content->setVisible(bool(m_row));
    if (!m_row) {
        m_deviceId.clear();
        m_historyDelay->stop();
        m_fetcher->cancel();
        return;
    }
    m_deviceId = m_model->store().deviceId(*m_row);
    updateFields();
    if (m_deviceId != previous) {
        m_historyItems->removeRows(0, m_historyItems->rowCount());
        m_historyStatus->setText(tr("Looking up the history…"));
        m_historyDelay->start();
    }
}

void DeviceDetailPane::updateFields()
{
    if (!m_row || !m_model || *m_row >= m_model->store().size())
        return;
    const QModelIndex row = m_model->index(int(*m_row), 0);
    for (int c = 0; c < kDeviceColumnCount; ++c) {
        const QModelIndex cell = row.siblingAtColumn(c);
        // The tooltip is the complete text (whole reason, exact time); display may be clipped.
        QString text = cell.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            text = cell.data().toString();
        m_fields[size_t(c)]->setText(text.isEmpty() ? u"—"_s : text);
    }
    const auto nextAttempt = DeviceColumn::NextAttempt;
    const QString relative = row.siblingAtColumn(int(nextAttempt)).data().toString();
    if (!relative.isEmpty())
        m_fields[size_t(nextAttempt)]->setText(relative);
    QStringList flags;
    if (row.data(DeviceTableModel::ChangedRole).toBool())
        flags << tr("● Status changed at the last refresh");
    if (row.data(DeviceTableModel::OverdueRole).toBool())
        flags << tr("⚠ Overdue: still pending after its next attempt");
    m_flags->setText(flags.join(u'\n'));
    m_flags->setVisible(!flags.isEmpty());
}

QString DeviceDetailPane::fieldText(DeviceColumn column) const
{
    return m_fields[size_t(column)]->text();
}

void DeviceDetailPane::copyImei()
{
    if (!m_deviceId.isEmpty())
        QApplication::clipboard()->setText(m_deviceId);
}

void DeviceDetailPane::fetchHistory()
{
    if (m_deviceId.isEmpty() || m_account.isEmpty()) {
        m_historyStatus->setText(tr("No account: the history cannot be looked up."));
        return;
    }
    m_fetcher->fetch(m_account, m_deviceId);
}

void DeviceDetailPane::showHistory(const QString &deviceId,
                                   const QList<DeviceHistoryEntry> &entries, const ApiError &error)
{
    if (deviceId != m_deviceId)
        return;
    m_historyItems->removeRows(0, m_historyItems->rowCount());
    if (error.isError()) {
        m_historyStatus->setText(tr("History unavailable: %1").arg(error.toString()));
        return;
    }
    for (const DeviceHistoryEntry &e : entries) {
        QList<QStandardItem *> row;
        row << new QStandardItem(e.campaignId)
            << new QStandardItem(e.firmwareFrom.isEmpty() && e.firmwareTo.isEmpty()
                                     ? e.firmwareName
                                     : tr("%1 → %2").arg(e.firmwareFrom, e.firmwareTo))
            << new QStandardItem(e.startDate.isValid() ? e.startDate.toString(Qt::ISODate)
                                                       : e.startDateText)
            << new QStandardItem(e.status) << new QStandardItem(e.reason);
        for (QStandardItem *item : row)
            item->setToolTip(item->text());
        if (e.reportUpdatedTime != kNoTime)
            row[3]->setToolTip(
                tr("%1, updated %2").arg(e.status, TimeFormat::displayUtc(e.reportUpdatedTime)));
        m_historyItems->appendRow(row);
    }
    m_historyStatus->setText(entries.isEmpty() ? tr("No upgrade history for this device.")
                                               : tr("%n campaign(s) in this device's history.",
                                                    nullptr, int(entries.size())));
}

QString DeviceDetailPane::historyStatusText() const
{
    return m_historyStatus->text();
}

int DeviceDetailPane::historyCount() const
{
    return m_historyItems->rowCount();
}

} // namespace fota
