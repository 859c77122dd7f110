// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/DeviceDetailPane.h"

#include "campaign/DeviceTableModel.h"
#include "thingspace/DeviceHistoryFetcher.h"
#include "thingspace/TimeParser.h"
#include "ui/FitTextView.h"
#include "ui/NumberText.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTimeZone>
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
    , m_scroll(new QScrollArea(this))
    , m_historyItems(new QStandardItemModel(0, 5, this))
    , m_historyDelay(new QTimer(this))
{
    setObjectName(u"deviceDetail"_s);
    setAccessibleName(tr("Device details"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    // The dock may be short and narrow: the pane scrolls rather than squeezing a value into a
    // clipped line.
    auto *content = new QWidget;
    content->setObjectName(u"detailContent"_s);
    buildForm(content);
    m_scroll->setObjectName(u"detailScroll"_s);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();

    m_historyDelay->setSingleShot(true);
    m_historyDelay->setInterval(kHistoryDelayMs);
    connect(m_historyDelay, &QTimer::timeout, this, &DeviceDetailPane::fetchHistory);
    connect(m_copy, &QPushButton::clicked, this, &DeviceDetailPane::copyImei);
    connect(m_copyReason, &QPushButton::clicked, this, &DeviceDetailPane::copyReason);
    connect(m_fetcher, &DeviceHistoryFetcher::fetched, this, &DeviceDetailPane::showHistory);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DeviceDetailPane::updateFields);
        connect(m_model, &DeviceTableModel::timeZoneChanged, this, &DeviceDetailPane::updateFields);
        connect(m_model, &DeviceTableModel::timeZoneChanged, this,
                &DeviceDetailPane::rebuildTimeline);
        connect(m_model, &QAbstractItemModel::modelReset, this,
                [this] { showDevice(std::nullopt, m_account); });
    }
}

void DeviceDetailPane::buildForm(QWidget *content)
{
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Narrow dock: the value goes under its label instead of into a sliver beside it (fitRows).
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int c = 0; c < kDeviceColumnCount; ++c) {
        const auto column = DeviceColumn(c);
        QWidget *value = nullptr;
        if (column == DeviceColumn::ResultReason) {
            m_reason = new FitTextView(content);
            value = m_reason;
        } else {
            auto *text = new QLabel(content);
            text->setTextFormat(Qt::PlainText);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            text->setWordWrap(true);
            text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            m_fields[size_t(c)] = text;
            value = text;
        }
        value->setObjectName(u"detail_"_s + DeviceColumns::apiField(column));
        value->setAccessibleName(DeviceColumns::title(column));
        auto *label = new QLabel(DeviceColumns::title(column) + u':', content);
        label->setBuddy(value);
        form->addRow(label, value);
    }
    m_flags = new QLabel(content);
    m_flags->setObjectName(u"detailFlags"_s);
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::PlainText);
    form->addRow(m_flags);

    m_copy = new QPushButton(tr("Cop&y IMEI"), content);
    m_copy->setObjectName(u"copyImeiButton"_s);
    m_copy->setAccessibleName(tr("Copy IMEI"));
    m_copy->setToolTip(tr("Copy this device's IMEI to the clipboard"));
    m_copyReason = new QPushButton(tr("Copy whole reason"), content);
    m_copyReason->setObjectName(u"copyReasonButton"_s);
    m_copyReason->setToolTip(tr("Copy the whole result reason, however long, to the clipboard"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyReason);
    buttons->addStretch(1);

    QLabel *historyTitle = buildTimeline(content);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addLayout(buttons);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(historyTitle);
    contentLayout->addWidget(m_history, 1);
    contentLayout->addWidget(m_historyStatus);
}

QLabel *DeviceDetailPane::buildTimeline(QWidget *content)
{
    m_historyItems->setHorizontalHeaderLabels(
        {tr("When"), tr("Campaign"), tr("Firmware"), tr("Status"), tr("Reason")});
    m_history = new QTreeView(content);
    m_history->setObjectName(u"historyView"_s);
    m_history->setAccessibleName(
        tr("Timeline: upgrade history across campaigns and recorded changes in this one"));
    m_history->setModel(m_historyItems);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    // Columns as wide as what they hold, scrolled sideways when the dock is narrower.
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 8);
    m_historyStatus = new QLabel(content);
    m_historyStatus->setObjectName(u"historyStatus"_s);
    m_historyStatus->setTextFormat(Qt::PlainText);
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *historyTitle = new QLabel(tr("Timeline"), content);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    historyTitle->setBuddy(m_history);

    return historyTitle;
}

void DeviceDetailPane::showDevice(std::optional<quint32> storeRow, const QString &accountName)
{
    if (storeRow && m_model && *storeRow >= m_model->store().size())
        storeRow.reset();
    const QString previous = m_deviceId;
    m_row = storeRow;
    m_account = accountName;
    m_placeholder->setVisible(!m_row);
    m_scroll->setVisible(bool(m_row));
    if (!m_row) {
        m_deviceId.clear();
        m_historyDelay->stop();
        m_fetcher->cancel();
        return;
    }
    m_deviceId = m_model->store().deviceId(*m_row);
    updateFields();
    if (m_deviceId != previous) {
        m_entries.clear();
        m_recorded.clear();
        m_endpointStatus.clear();
        m_historyItems->removeRows(0, m_historyItems->rowCount());
        m_historyStatus->setText(tr("Looking up the history…"));
        m_historyDelay->start();
    }
}

void DeviceDetailPane::updateFields()
{
    if (!m_row || !m_model || *m_row >= m_model->store().size())
        return;
    const DeviceStore &store = m_model->store();
    const DeviceRow &row = store.row(*m_row);
    const TimeDisplay &time = m_model->timeDisplay();
    const auto set = [this](DeviceColumn column, const QString &text) {
        const QString shown = text.isEmpty() ? u"—"_s : text;
        if (column == DeviceColumn::ResultReason) {
            if (m_reason->toPlainText() != shown)
                m_reason->setPlainText(shown);
        } else {
            QLabel *label = m_fields[size_t(column)];
            label->setText(shown);
            // A word-wrapped label may be squeezed below its longest word, which is then cut
            // ("UpgradePendin"); never narrower than that word, so the row wraps under its
            // title or the pane scrolls instead.
            int longest = 0;
            for (const QString &word : shown.split(u' ', Qt::SkipEmptyParts))
                longest = std::max(longest, label->fontMetrics().horizontalAdvance(word));
            label->setMinimumWidth(longest + label->contentsMargins().left() +
                                   label->contentsMargins().right() + 2);
        }
    };
    set(DeviceColumn::DeviceId, store.deviceId(*m_row));
    set(DeviceColumn::Status, store.status(*m_row));
    const QString &reason = store.reason(*m_row);
    const bool cut = reason.size() > kReasonChars;
    set(DeviceColumn::ResultReason,
        cut ? tr("%1… (%2 characters in all; Copy whole reason copies them)")
                  .arg(reason.left(kReasonChars), NumberText::count(reason.size()))
            : reason);
    m_copyReason->setVisible(cut);
    set(DeviceColumn::StatusTime, time.timeWithZone(row.updatedTime));
    set(DeviceColumn::LastAttempt, time.timeWithZone(row.recentAttemptTime));
    QString next = time.timeWithZone(row.nextAttemptTime);
    const QModelIndex nextIndex = m_model->index(int(*m_row), int(DeviceColumn::NextAttempt));
    const QString relative = nextIndex.data(DeviceTableModel::RelativeTimeRole).toString();
    if (!next.isEmpty() && !relative.isEmpty())
        next += u" ("_s + relative + u')';
    set(DeviceColumn::NextAttempt, next);
    set(DeviceColumn::Bucket, StatusBuckets::displayName(store.bucket(row)));

    QStringList flags;
    if (store.statusChanged(*m_row)) {
        const QString &before = store.previousStatus(*m_row);
        flags << tr("● Status changed from %1 (not yet marked seen)")
                     .arg(before.isEmpty() ? tr("(no status)") : before);
    }
    if (nextIndex.data(DeviceTableModel::OverdueRole).toBool())
        flags << tr("⚠ Overdue: still pending after its next attempt");
    m_flags->setText(flags.join(u'\n'));
    m_flags->setVisible(!flags.isEmpty());
    fitRows();
}

bool DeviceDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitRows();
    return QWidget::eventFilter(watched, event);
}

void DeviceDetailPane::fitRows()
{
    int titles = 0;
    int values = 0;
    for (int r = 0; r < m_form->rowCount(); ++r) {
        if (QLayoutItem *title = m_form->itemAt(r, QFormLayout::LabelRole))
            titles = std::max(titles, title->sizeHint().width());
        if (QLayoutItem *value = m_form->itemAt(r, QFormLayout::FieldRole))
            values = std::max(values, value->minimumSize().width());
    }
    const int spacing = std::max(m_form->horizontalSpacing(), 0);
    const auto policy = titles + spacing + values <= m_scroll->viewport()->width()
                            ? QFormLayout::DontWrapRows
                            : QFormLayout::WrapAllRows;
    if (m_form->rowWrapPolicy() != policy)
        m_form->setRowWrapPolicy(policy);
}

QString DeviceDetailPane::fieldText(DeviceColumn column) const
{
    if (column == DeviceColumn::ResultReason)
        return m_reason->toPlainText();
    return m_fields[size_t(column)]->text();
}

QWidget *DeviceDetailPane::fieldWidget(DeviceColumn column) const
{
    if (column == DeviceColumn::ResultReason)
        return m_reason;
    return m_fields[size_t(column)];
}

QString DeviceDetailPane::flagsText() const
{
    return m_flags->isHidden() ? QString() : m_flags->text();
}

void DeviceDetailPane::copyImei()
{
    if (!m_deviceId.isEmpty())
        QApplication::clipboard()->setText(m_deviceId);
}

void DeviceDetailPane::copyReason()
{
    if (m_row && m_model && *m_row < m_model->store().size())
        QApplication::clipboard()->setText(m_model->store().reason(*m_row));
}

void DeviceDetailPane::fetchHistory()
{
    if (!m_deviceId.isEmpty())
        emit recordedChangesWanted(m_deviceId);
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
    m_entries = error.isError() ? QList<DeviceHistoryEntry>() : entries;
    if (error.isError())
        m_endpointStatus = tr("History unavailable: %1").arg(error.toString());
    else if (entries.isEmpty())
        m_endpointStatus = tr("No upgrade history for this device.");
    else
        m_endpointStatus =
            tr("%n campaign(s) in this device's history.", nullptr, int(entries.size()));
    rebuildTimeline();
}

void DeviceDetailPane::showRecordedChanges(const QString &deviceId,
                                           const QList<DeviceStatusChange> &changes)
{
    if (deviceId != m_deviceId)
        return;
    m_recorded = changes;
    rebuildTimeline();
}

void DeviceDetailPane::rebuildTimeline()
{
    // One list in time order: what the endpoint knows of every campaign (by its report's
    // update, else its start date) and each change this campaign's history saw (by the
    // device's status time, else the load that saw it).
    struct Row
    {
        qint64 timeMs;
        QList<QStandardItem *> items;
    };
    std::vector<Row> rows;
    const TimeDisplay &time = m_model->timeDisplay();
    for (const DeviceHistoryEntry &e : m_entries) {
        const qint64 at =
            e.reportUpdatedTime != kNoTime ? e.reportUpdatedTime
            : e.startDate.isValid()
                ? QDateTime(e.startDate, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
                : kNoTime;
        QList<QStandardItem *> row;
        row << new QStandardItem(e.reportUpdatedTime != kNoTime ? time.timeWithZone(at)
                                 : e.startDate.isValid()        ? e.startDate.toString(Qt::ISODate)
                                                                : e.startDateText)
            << new QStandardItem(e.campaignId)
            << new QStandardItem(
                   e.firmwareFrom.isEmpty() && e.firmwareTo.isEmpty()
                       ? e.firmwareName
                       //: A change: %1 the firmware version or status before, %2 the one after.
                       : tr("%1 → %2").arg(e.firmwareFrom, e.firmwareTo))
            << new QStandardItem(e.status)
            << new QStandardItem(
                   DeviceTableModel::reasonLine(e.reason, DeviceTableModel::kCellChars));
        rows.push_back({at, row});
    }
    for (const DeviceStatusChange &c : m_recorded) {
        const qint64 at = c.statusTimeMs != kNoTime ? c.statusTimeMs : c.timeMs;
        const QString change =
            c.from.isEmpty() ? tr("first seen: %1").arg(c.to)
            : c.to.isEmpty()
                ? tr("%1 → gone from the report").arg(c.from)
                //: A change: %1 the firmware version or status before, %2 the one after.
                : tr("%1 → %2").arg(c.from, c.to);
        QList<QStandardItem *> row;
        row << new QStandardItem(time.timeWithZone(at))
            << new QStandardItem(tr("this campaign (recorded)")) << new QStandardItem()
            << new QStandardItem(change)
            << new QStandardItem(tr("seen by the load of %1").arg(time.timeWithZone(c.timeMs)));
        rows.push_back({at, row});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.timeMs < b.timeMs; });
    m_historyItems->removeRows(0, m_historyItems->rowCount());
    for (Row &r : rows) {
        for (QStandardItem *item : r.items)
            item->setToolTip(item->text());
        m_historyItems->appendRow(r.items);
    }
    QStringList status;
    if (!m_endpointStatus.isEmpty())
        status << m_endpointStatus;
    if (!m_recorded.isEmpty())
        status << tr("%n status change(s) recorded in this campaign.", nullptr,
                     int(m_recorded.size()));
    m_historyStatus->setText(status.isEmpty() ? tr("Looking up the history…") : status.join(u' '));
}

int DeviceDetailPane::recordedCount() const
{
    return int(m_recorded.size());
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
