// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/StatusSidebar.h"

#include "campaign/DeviceTableModel.h"
#include "ui/BucketPalette.h"
#include "ui/NumberText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kBucketRole = Qt::UserRole + 1; // int StatusBucket, on every row
constexpr int kStatusRole = Qt::UserRole + 2; // the raw status, on status rows only
constexpr int kCountRole = Qt::UserRole + 3;  // qint64, on the name item

} // namespace

StatusSidebar::StatusSidebar(DeviceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
    , m_items(new QStandardItemModel(0, 2, this))
    , m_clear(new QToolButton(this))
{
    setObjectName(u"statusSidebar"_s);
    setAccessibleName(tr("Statuses"));

    m_items->setHorizontalHeaderLabels({tr("Status"), tr("Devices")});
    for (int b = 0; b < kBucketCount; ++b) {
        const auto bucket = StatusBucket(b);
        auto *name =
            new QStandardItem(BucketPalette::swatch(bucket), StatusBuckets::displayName(bucket));
        name->setCheckable(true);
        name->setEditable(false);
        name->setData(b, kBucketRole);
        auto *count = new QStandardItem;
        count->setEditable(false);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setData(b, kBucketRole);
        m_items->appendRow({name, count});
        m_buckets[size_t(b)] = name;
    }

    m_tree->setObjectName(u"statusTree"_s);
    m_tree->setAccessibleName(tr("Status filter: tick buckets or statuses to show"));
    m_tree->setModel(m_items);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIndentation(m_tree->fontMetrics().horizontalAdvance(u"M"_s));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->expandAll();

    m_clear->setObjectName(u"statusClearButton"_s);
    m_clear->setText(tr("Show all"));
    m_clear->setAccessibleName(tr("Show all statuses"));
    m_clear->setToolTip(tr("Untick every status: show all devices"));
    m_clear->setAutoRaise(true);

    // The dock's title names the panel; a second, bold one below it only took a line.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_items, &QStandardItemModel::itemChanged, this, &StatusSidebar::onItemChanged);
    connect(m_tree, &QTreeView::pressed, this, [this] { m_checkToggled = false; });
    connect(m_tree, &QTreeView::clicked, this, &StatusSidebar::onClicked);
    connect(m_clear, &QToolButton::clicked, this, &StatusSidebar::clearSelection);
    if (m_model) {
        connect(m_model, &DeviceTableModel::countsChanged, this, &StatusSidebar::refreshCounts);
        connect(m_model, &QAbstractItemModel::modelReset, this, &StatusSidebar::refreshCounts);
    }
    refreshCounts();
}

void StatusSidebar::setCount(QStandardItem *nameItem, qint64 count)
{
    if (nameItem->data(kCountRole).toLongLong() == count && nameItem->data(kCountRole).isValid())
        return;
    nameItem->setData(count, kCountRole);
    QStandardItem *parent = nameItem->parent();
    QStandardItem *countItem =
        parent ? parent->child(nameItem->row(), 1) : m_items->item(nameItem->row(), 1);
    const QString text = NumberText::count(count);
    countItem->setText(text);
    // A raw status no device has any more (or the pool's empty placeholder) is noise here.
    if (parent)
        m_tree->setRowHidden(nameItem->row(), parent->index(), count == 0);
    nameItem->setData(tr("%1: %2 devices").arg(nameItem->text(), text), Qt::AccessibleTextRole);
}

void StatusSidebar::refreshCounts()
{
    m_updating = true; // count texts are not selection changes
    const DeviceStore *store = m_model ? &m_model->store() : nullptr;
    const BucketCounts counts = store ? store->bucketCounts() : BucketCounts{};
    for (int b = 0; b < kBucketCount; ++b)
        setCount(m_buckets[size_t(b)], counts[size_t(b)]);

    bool droppedChecked = false;
    const quint64 generation = store ? store->generation() : 0;
    if (generation != m_generation) {
        // Another filling of the store (another campaign): the rows below are indexed by its
        // status pool, which starts again from nothing, so they all go.
        m_generation = generation;
        droppedChecked = !checkedStatuses().isEmpty();
        for (QStandardItem *bucket : m_buckets)
            bucket->removeRows(0, bucket->rowCount());
        m_statuses.clear();
    }
    if (store) {
        const StringPool &pool = store->statuses();
        const std::vector<qint64> &perStatus = store->statusCounts();
        bool added = false;
        for (auto i = qsizetype(m_statuses.size()); i < pool.size(); ++i) {
            const QString &status = pool.at(quint32(i));
            const StatusBucket bucket = StatusBuckets::fromStatus(status);
            auto *name = new QStandardItem(status.isEmpty() ? tr("(no status)") : status);
            name->setCheckable(true);
            name->setEditable(false);
            name->setData(int(bucket), kBucketRole);
            name->setData(status, kStatusRole);
            name->setToolTip(tr("Raw status \"%1\", in bucket %2")
                                 .arg(status, StatusBuckets::displayName(bucket)));
            auto *count = new QStandardItem;
            count->setEditable(false);
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_buckets[size_t(bucket)]->appendRow({name, count});
            m_statuses.push_back(name);
            added = true;
        }
        for (size_t i = 0; i < m_statuses.size(); ++i)
            setCount(m_statuses[i], i < perStatus.size() ? perStatus[i] : 0);
        if (added) {
            for (QStandardItem *bucket : m_buckets)
                bucket->sortChildren(0);
            m_tree->expandAll();
        }
    }
    fitWidthToNames(); // a few dozen rows: cheap, and counts grow wider as pages arrive
    m_updating = false;
    m_clear->setEnabled(hasSelection());
    if (droppedChecked)
        emit selectionChanged();
}

void StatusSidebar::fitWidthToNames()
{
    // A status is a filter the operator must read to choose ("CampaignCancel…" could be
    // either cancellation): the dock grows to the longest name with its count, up to a limit
    // past which a hostile status reads in its tooltip.
    const QHeaderView *header = m_tree->header();
    const QAbstractItemView *view = m_tree; // sizeHintForColumn() is public there
    const int counts = std::max(view->sizeHintForColumn(1), header->sectionSizeHint(1));
    const int needed = view->sizeHintForColumn(0) + counts +
                       m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_tree) +
                       2 * m_tree->frameWidth() + 4;
    const int em = m_tree->fontMetrics().horizontalAdvance(u"M"_s);
    m_tree->setMinimumWidth(std::min(needed, em * 30));
}

void StatusSidebar::onItemChanged(QStandardItem *item)
{
    if (m_updating || !item || !item->isCheckable())
        return;
    m_checkToggled = true;
    m_clear->setEnabled(hasSelection());
    emit selectionChanged();
}

void StatusSidebar::onClicked(const QModelIndex &index)
{
    // A click on the check box has toggled it already; a click elsewhere on the row toggles it
    // too, so the whole row is the target, not a 12-pixel box.
    if (std::exchange(m_checkToggled, false))
        return;
    QStandardItem *item = m_items->itemFromIndex(index.siblingAtColumn(0));
    if (!item || !item->isCheckable())
        return;
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    m_checkToggled = false;
}

BucketMask StatusSidebar::checkedBuckets() const
{
    BucketMask mask = 0;
    for (int b = 0; b < kBucketCount; ++b) {
        if (m_buckets[size_t(b)]->checkState() == Qt::Checked)
            mask |= BucketMask(1u << b);
    }
    return mask;
}

QStringList StatusSidebar::checkedStatuses() const
{
    QStringList statuses;
    for (const QStandardItem *item : m_statuses) {
        if (item->checkState() == Qt::Checked)
            statuses << item->data(kStatusRole).toString();
    }
    return statuses;
}

bool StatusSidebar::hasSelection() const
{
    return checkedBuckets() != 0 || !checkedStatuses().isEmpty();
}

void StatusSidebar::applyTo(DeviceFilter &filter) const
{
    const BucketMask buckets = checkedBuckets();
    const QStringList statuses = checkedStatuses();
    if (buckets == 0 && statuses.isEmpty()) {
        filter.buckets = kAllBuckets;
        filter.statuses.clear();
    } else if (buckets == kAllBuckets) {
        // Every bucket ticked already shows every status; with statuses added the filter would
        // read "all buckets" as "none" (DeviceFilter's rule), so they are dropped.
        filter.buckets = kAllBuckets;
        filter.statuses.clear();
    } else {
        filter.buckets = buckets;
        filter.statuses = statuses;
    }
}

std::optional<StatusBucket> StatusSidebar::singleBucket() const
{
    const BucketMask buckets = checkedBuckets();
    if (!checkedStatuses().isEmpty())
        return std::nullopt;
    for (int b = 0; b < kBucketCount; ++b) {
        if (buckets == BucketMask(1u << b))
            return StatusBucket(b);
    }
    return std::nullopt;
}

void StatusSidebar::setSelection(BucketMask buckets, const QStringList &statuses)
{
    if (buckets == checkedBuckets() && statuses == checkedStatuses())
        return;
    m_updating = true;
    for (int b = 0; b < kBucketCount; ++b)
        m_buckets[size_t(b)]->setCheckState(buckets & (1u << b) ? Qt::Checked : Qt::Unchecked);
    for (QStandardItem *item : m_statuses)
        item->setCheckState(statuses.contains(item->data(kStatusRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    m_updating = false;
    m_clear->setEnabled(hasSelection());
    emit selectionChanged();
}

void StatusSidebar::selectOnly(std::optional<StatusBucket> bucket)
{
    setSelection(bucket ? BucketMask(1u << int(*bucket)) : BucketMask(0));
}

void StatusSidebar::clearSelection()
{
    setSelection(0);
}

qint64 StatusSidebar::shownCount(StatusBucket bucket) const
{
    return m_buckets[size_t(bucket)]->data(kCountRole).toLongLong();
}

std::optional<qint64> StatusSidebar::shownCount(const QString &status) const
{
    if (const QStandardItem *item = statusItem(status))
        return item->data(kCountRole).toLongLong();
    return std::nullopt;
}

QStandardItem *StatusSidebar::bucketItem(StatusBucket bucket) const
{
    return m_buckets[size_t(bucket)];
}

QStandardItem *StatusSidebar::statusItem(const QString &status) const
{
    for (QStandardItem *item : m_statuses) {
        if (item->data(kStatusRole).toString() == status)
            return item;
    }
    return nullptr;
}

} // namespace fota
