// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/DeviceTableView.h"

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceTableModel.h"
#include "ui/DeviceRowDelegate.h"
#include "ui/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScopeGuard>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

DeviceTableView::DeviceTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"deviceTable"_s);
    setAccessibleName(tr("Devices"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are selected whole and arrows move between them; Tab must leave the table, or a
    // keyboard user is trapped in it cell by cell.
    setTabKeyNavigation(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setItemDelegate(new DeviceRowDelegate(this));
    auto *statusDelegate = new StatusDelegate(this);
    setItemDelegateForColumn(int(DeviceColumn::Status), statusDelegate);
    setItemDelegateForColumn(int(DeviceColumn::Bucket), statusDelegate);

    // One fixed height for every row: with ResizeToContents or per-row sizes the view would
    // query sizeHint for every row, which is what makes million-row tables stall.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSortIndicator(int(DeviceColumn::DeviceId), Qt::AscendingOrder);
    // The column chooser: right-click on the header, as in every file manager.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &DeviceTableView::showColumnMenu);
    connect(
        header, &QHeaderView::sectionResized, this, [this, header](int logical, int, int newSize) {
            // The stretched last section follows the viewport, and a hidden one reports
            // size 0 whenever the header lays out; any other resize not made here is the
            // operator's, and their width wins from now on.
            int lastShown = header->count() - 1;
            while (lastShown > 0 && header->isSectionHidden(header->logicalIndex(lastShown)))
                --lastShown;
            const bool stretched = header->visualIndex(logical) == lastShown;
            if (!m_sizingColumns && !stretched && newSize > 0 && !header->isSectionHidden(logical))
                m_autoWidths = false;
        });
    setSortingEnabled(true);
}

void DeviceTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    applyColumnWidths();
    // The bucket belongs beside the raw status it is derived from.
    QHeaderView *header = horizontalHeader();
    // Hiding a section reports it as resized to 0: that is not the operator sizing a column.
    m_sizingColumns = true;
    header->moveSection(header->visualIndex(int(DeviceColumn::Bucket)),
                        header->visualIndex(int(DeviceColumn::Status)) + 1);
    // The status carries its bucket's colour already; the bucket column is one right-click
    // (or View → Columns) away, and the room goes to the times.
    header->hideSection(int(DeviceColumn::Bucket));
    m_sizingColumns = false;
    sortByColumn(int(DeviceColumn::DeviceId), Qt::AscendingOrder);
    fitColumns();
}

QByteArray DeviceTableView::saveLayout() const
{
    const QHeaderView *header = horizontalHeader();
    if (m_autoHidden.isEmpty() || !model())
        return header->saveState();
    // A column hidden only because this viewport was narrow is not the operator's choice:
    // saved as shown, it comes back on a wider screen.
    QHeaderView scratch(Qt::Horizontal);
    scratch.setModel(model());
    scratch.restoreState(header->saveState());
    for (const int column : m_autoHidden)
        scratch.showSection(column);
    return scratch.saveState();
}

bool DeviceTableView::restoreLayout(const QByteArray &state, bool automaticWidths)
{
    QHeaderView *header = horizontalHeader();
    if (state.isEmpty() || !model())
        return false;
    const QByteArray defaults = header->saveState();
    m_sizingColumns = true;
    const bool restored = header->restoreState(state) && header->count() == kDeviceColumnCount;
    if (!restored)
        header->restoreState(defaults);
    m_sizingColumns = false;
    if (!restored)
        return false;
    m_autoHidden.clear();
    // Order, visibility and sort are the operator's; the widths are theirs only once they
    // sized a column, else they keep following the viewport.
    m_autoWidths = automaticWidths;
    // A column fitting hid was saved as shown, so a hidden one is the operator's choice.
    m_pinnedColumns.clear();
    for (int c = 0; c < kDeviceColumnCount; ++c) {
        if (header->isSectionHidden(c))
            m_pinnedColumns.insert(c);
    }
    // Never leave the operator without a column to right-click.
    if (header->hiddenSectionCount() >= header->count())
        header->showSection(int(DeviceColumn::DeviceId));
    // restoreState() sets the indicator without sorting; the proxy must follow it.
    sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    fitColumns();
    return true;
}

QList<int> DeviceTableView::visibleColumnsInOrder() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void DeviceTableView::setColumnShown(int column, bool shown)
{
    QHeaderView *header = horizontalHeader();
    // At least one column stays, or the header (and its menu) would vanish.
    if (!shown && header->count() - header->hiddenSectionCount() <= 1)
        return;
    m_sizingColumns = true;
    header->setSectionHidden(column, !shown);
    m_sizingColumns = false;
    // The operator's choice: fitting never hides or shows this column again.
    m_pinnedColumns.insert(column);
    m_autoHidden.remove(column);
    fitColumns();
}

void DeviceTableView::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    if (!model())
        return;
    const QHeaderView *header = horizontalHeader();
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *action = menu->addAction(DeviceColumns::title(DeviceColumn(c)), this,
                                          [this, c](bool checked) { setColumnShown(c, checked); });
        action->setObjectName(u"columnAction_"_s + DeviceColumns::apiField(DeviceColumn(c)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
    }
}

void DeviceTableView::showColumnMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    menu.setTitle(tr("Columns"));
    fillColumnMenu(&menu);
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void DeviceTableView::applyColumnWidths()
{
    m_sizingColumns = true;
    const auto done = qScopeGuard([this] {
        m_sizingColumns = false;
        for (int c = 0; c < kDeviceColumnCount; ++c)
            m_naturalWidths[size_t(c)] = columnWidth(c);
    });
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics headerFm = horizontalHeader()->fontMetrics();
    // Room for the section padding and, in the header, the sort arrow beside the title.
    const int padding = fm.horizontalAdvance(u"M"_s) + 6; // the delegate's margins, and air
    const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + 12;
    const auto widthFor = [&](DeviceColumn column, const QString &sample, int extra = 0) {
        const QString title = model()->headerData(int(column), Qt::Horizontal).toString();
        return std::max(fm.horizontalAdvance(sample) + padding + extra,
                        headerFm.horizontalAdvance(title) + padding + arrow);
    };
    const QString time = u"2026-11-20 02:00:00"_s;
    const int swatch = 12 + 6;
    setColumnWidth(int(DeviceColumn::DeviceId),
                   widthFor(DeviceColumn::DeviceId, u"● 000000000000000"_s));
    setColumnWidth(int(DeviceColumn::Status),
                   widthFor(DeviceColumn::Status, u"CampaignCancelled"_s, swatch));
    setColumnWidth(int(DeviceColumn::ResultReason), fm.horizontalAdvance(u"M"_s) * 24);
    setColumnWidth(int(DeviceColumn::StatusTime), widthFor(DeviceColumn::StatusTime, time));
    setColumnWidth(int(DeviceColumn::LastAttempt), widthFor(DeviceColumn::LastAttempt, time));
    // Next attempt also says "(overdue 12 h)" and may carry the overdue icon.
    setColumnWidth(int(DeviceColumn::NextAttempt),
                   widthFor(DeviceColumn::NextAttempt, time + u" (overdue 10 d)"_s, 14 + 12));
    // Without the relative text, for a narrow viewport (the delegate drops it then).
    m_compactNextWidth = widthFor(DeviceColumn::NextAttempt, time, 14 + 12);
    setColumnWidth(int(DeviceColumn::Bucket),
                   widthFor(DeviceColumn::Bucket,
                            QCoreApplication::translate("StatusBucket", "In progress"), swatch));
}

void DeviceTableView::fitColumns()
{
    if (!m_autoWidths || !model())
        return;
    QHeaderView *header = horizontalHeader();
    const int reason = int(DeviceColumn::ResultReason);
    const int last = int(DeviceColumn::LastAttempt);
    const int next = int(DeviceColumn::NextAttempt);
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    const int reasonFloor = em * 12;
    const bool mayHideLast = !m_pinnedColumns.contains(last) &&
                             (!header->isSectionHidden(last) || m_autoHidden.contains(last));
    const auto othersWidth = [&](bool lastShown, bool compactNext) {
        int sum = 0;
        for (int c = 0; c < header->count() && c < int(m_naturalWidths.size()); ++c) {
            if (c == reason || (c == last ? !lastShown : header->isSectionHidden(c)))
                continue;
            sum += c == next && compactNext ? m_compactNextWidth : m_naturalWidths[size_t(c)];
        }
        return sum;
    };
    // What a narrow viewport gives up, cheapest first: the next attempt's relative text (the
    // overdue icon and the tooltip keep saying it), then the last attempt (the status time is
    // usually the same moment). The column chooser brings either back.
    struct Step
    {
        bool lastShown;
        bool compactNext;
    };
    const bool lastShownNow = mayHideLast || !header->isSectionHidden(last);
    const Step steps[] = {
        {lastShownNow, false}, {lastShownNow, true}, {false, false}, {false, true}};
    Step chosen = steps[mayHideLast ? 3 : 1];
    const bool reasonShown = !header->isSectionHidden(reason);
    for (const Step &step : steps) {
        if (!mayHideLast && !step.lastShown)
            continue;
        if (othersWidth(step.lastShown, step.compactNext) + (reasonShown ? reasonFloor : 0) <=
            viewport()->width()) {
            chosen = step;
            break;
        }
    }
    m_sizingColumns = true;
    const auto done = qScopeGuard([this] { m_sizingColumns = false; });
    if (mayHideLast) {
        header->setSectionHidden(last, !chosen.lastShown);
        if (chosen.lastShown)
            m_autoHidden.remove(last);
        else
            m_autoHidden.insert(last);
    }
    for (int c = 0; c < header->count() && c < int(m_naturalWidths.size()); ++c) {
        if (c != reason && !header->isSectionHidden(c))
            header->resizeSection(c, c == next && chosen.compactNext ? m_compactNextWidth
                                                                     : m_naturalWidths[size_t(c)]);
    }
    if (reasonShown)
        header->resizeSection(
            reason,
            std::clamp(viewport()->width() - othersWidth(chosen.lastShown, chosen.compactNext),
                       reasonFloor, em * 40));
}

void DeviceTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void DeviceTableView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

QString DeviceTableView::selectionAsText() const
{
    if (!model() || !selectionModel())
        return {};
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QList<int> columns = visibleColumnsInOrder();
    // A tab or newline inside a cell (reasons carry them) would split the pasted row.
    const auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    };
    const int next = int(DeviceColumn::NextAttempt);
    QStringList lines;
    lines.reserve(selected.size() + 1);
    QStringList cells;
    for (const int c : columns) {
        cells << clean(model()->headerData(c, Qt::Horizontal).toString());
        if (c == next)
            cells << tr("Next attempt, relative");
    }
    lines << cells.join(u'\t');
    for (const QModelIndex &rowIndex : std::as_const(selected)) {
        cells.clear();
        for (const int c : columns) {
            const QModelIndex cell = model()->index(rowIndex.row(), c);
            cells << clean(cell.data(DeviceTableModel::CopyRole).toString());
            if (c == next)
                cells << cell.data(DeviceTableModel::RelativeTimeRole).toString();
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void DeviceTableView::copySelection() const
{
    if (selectionModel() && selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectionAsText());
}

void DeviceTableView::keyPressEvent(QKeyEvent *event)
{
    // The default copies one cell; operators paste whole rows into tickets and spreadsheets.
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DeviceTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!selectionModel() || !selectionModel()->hasSelection())
        return;
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy rows"), this, &DeviceTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy &IMEIs"), this, [this] {
        QModelIndexList selected = selectionModel()->selectedRows(int(DeviceColumn::DeviceId));
        std::sort(selected.begin(), selected.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        QStringList ids;
        ids.reserve(selected.size());
        for (const QModelIndex &i : std::as_const(selected))
            ids << i.data().toString();
        QApplication::clipboard()->setText(ids.join(u'\n') + u'\n');
    });
    menu.exec(event->globalPos());
}

void DeviceTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace fota
