#include "ui/DeviceTableView.h"

#include "campaign/DeviceColumn.h"
#include "ui/DeviceRowDelegate.h"
#include "ui/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

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
    header->moveSection(header->visualIndex(int(DeviceColumn::Bucket)),
                        header->visualIndex(int(DeviceColumn::Status)) + 1);
    sortByColumn(int(DeviceColumn::DeviceId), Qt::AscendingOrder);
}

QByteArray DeviceTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool DeviceTableView::restoreLayout(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (state.isEmpty() || !model())
        return false;
    const QByteArray defaults = header->saveState();
    if (!header->restoreState(state) || header->count() != kDeviceColumnCount) {
        header->restoreState(defaults);
        return false;
    }
    // Never leave the operator without a column to right-click.
    if (header->hiddenSectionCount() >= header->count())
        header->showSection(int(DeviceColumn::DeviceId));
    // restoreState() sets the indicator without sorting; the proxy must follow it.
    sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
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

void DeviceTableView::showColumnMenu(const QPoint &pos)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *action =
            menu.addAction(DeviceColumns::title(DeviceColumn(c)), this, [header, c](bool checked) {
                // At least one column stays, or the header (and this menu) would vanish.
                if (!checked && header->count() - header->hiddenSectionCount() <= 1)
                    return;
                header->setSectionHidden(c, !checked);
            });
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void DeviceTableView::applyColumnWidths()
{
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics headerFm = horizontalHeader()->fontMetrics();
    // Room for the sort arrow and the section padding beside the title.
    const int chrome = 36;
    const auto widthFor = [&](DeviceColumn column, const QString &sample) {
        const QString title = model()->headerData(int(column), Qt::Horizontal).toString();
        return std::max(fm.horizontalAdvance(sample), headerFm.horizontalAdvance(title)) + chrome;
    };
    const QString time = u"2026-11-20 02:00:00"_s;
    setColumnWidth(int(DeviceColumn::DeviceId),
                   widthFor(DeviceColumn::DeviceId, u"000000000000000"_s));
    setColumnWidth(int(DeviceColumn::Status),
                   widthFor(DeviceColumn::Status, u"UpgradeVerifying"_s) + 16); // + swatch
    setColumnWidth(int(DeviceColumn::ResultReason), fm.horizontalAdvance(u"M"_s) * 34);
    setColumnWidth(int(DeviceColumn::StatusTime), widthFor(DeviceColumn::StatusTime, time));
    setColumnWidth(int(DeviceColumn::LastAttempt), widthFor(DeviceColumn::LastAttempt, time));
    // Next attempt also says "(overdue 12 h)" and may carry the overdue icon.
    setColumnWidth(int(DeviceColumn::NextAttempt),
                   widthFor(DeviceColumn::NextAttempt, time + u" (overdue 12 h)"_s) + 16);
    setColumnWidth(int(DeviceColumn::Bucket),
                   widthFor(DeviceColumn::Bucket, u"In progress"_s) + 16); // + swatch
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
    QStringList lines;
    lines.reserve(selected.size() + 1);
    QStringList cells;
    for (const int c : columns)
        cells << clean(model()->headerData(c, Qt::Horizontal).toString());
    lines << cells.join(u'\t');
    for (const QModelIndex &rowIndex : std::as_const(selected)) {
        cells.clear();
        for (const int c : columns)
            cells << clean(model()->index(rowIndex.row(), c).data().toString());
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
