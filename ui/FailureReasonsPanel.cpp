// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/FailureReasonsPanel.h"

#include "campaign/DeviceTableModel.h"
#include "common/PluralText.h"
#include "ui/NumberText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr BucketMask kFailedOnly = BucketMask(1u << int(StatusBucket::Failed));

} // namespace

FailureReasonsPanel::FailureReasonsPanel(DeviceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_items(new QStandardItemModel(0, 2, this))
    , m_summary(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_throttle(new QTimer(this))
{
    setObjectName(u"failureReasons"_s);
    setAccessibleName(tr("Failure reasons"));

    m_items->setHorizontalHeaderLabels({tr("Devices"), tr("Reason")});
    m_view->setObjectName(u"reasonView"_s);
    m_view->setAccessibleName(tr("Failure reasons: click one to show its devices"));
    m_view->setModel(m_items);
    m_view->setRootIsDecorated(false);
    // A reason reads in full, on as many lines as it takes (labels are capped at a few hundred
    // characters, and there are only a few dozen groups, so varying row heights cost nothing).
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // Wrapped rows have heights for one width; when the dock grows or shrinks they are
    // measured again (a few dozen rows: nothing to it).
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == 1)
            updateRowHeights();
    });

    m_summary->setObjectName(u"reasonSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_clear->setObjectName(u"reasonClearButton"_s);
    m_clear->setText(tr("Show all"));
    m_clear->setAccessibleName(tr("Show all reasons"));
    m_clear->setToolTip(tr("Stop narrowing the table to one failure reason"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);

    // The dock's title names the panel; no second, bold one below it.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kRecountIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &FailureReasonsPanel::rebuild);
    connect(m_view, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { toggleRow(index.row()); });
    connect(m_clear, &QToolButton::clicked, this, &FailureReasonsPanel::clearGroup);
    if (m_model) {
        connect(m_model, &DeviceTableModel::countsChanged, this,
                &FailureReasonsPanel::scheduleRecount);
        // Another campaign: never show the previous one's groups, not even for an interval.
        connect(m_model, &QAbstractItemModel::modelReset, this, &FailureReasonsPanel::recountNow);
    }
    rebuild();
}

void FailureReasonsPanel::scheduleRecount()
{
    // The first change starts the interval and later ones ride along: at most one recount
    // per interval, and the last change is never more than one interval old.
    if (!m_throttle->isActive())
        m_throttle->start();
}

void FailureReasonsPanel::recountNow()
{
    m_throttle->stop();
    rebuild();
}

void FailureReasonsPanel::rebuild()
{
    m_groups =
        m_model ? m_counter.count(m_model->store(), kFailedOnly) : QList<ReasonGroups::Group>();
    const quint64 generation = m_model ? m_model->store().generation() : 0;
    if (generation != m_generation) {
        // Another campaign: the group chosen in the previous one means nothing here.
        m_generation = generation;
        clearGroup();
    }
    // Rows are replaced in place where they exist, so the view keeps its scroll position and
    // the keyboard focus stays on a row while pages arrive.
    const int rows = int(m_groups.size());
    if (m_items->rowCount() > rows)
        m_items->removeRows(rows, m_items->rowCount() - rows);
    qint64 failed = 0;
    for (int r = 0; r < rows; ++r) {
        const ReasonGroups::Group &group = m_groups.at(r);
        failed += group.count;
        if (r >= m_items->rowCount()) {
            auto *count = new QStandardItem;
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_items->appendRow({count, new QStandardItem});
        }
        QStandardItem *count = m_items->item(r, 0);
        QStandardItem *reason = m_items->item(r, 1);
        const QString countText = NumberText::count(group.count);
        const QString label =
            group.key.isEmpty() ? tr("(no reason given)") : ReasonGroups::label(group.key);
        count->setText(countText);
        count->setData(group.key, kKeyRole);
        reason->setText(label);
        reason->setData(group.key, kKeyRole);
        const QString tip =
            group.key.isEmpty()
                ? PluralText::text(
                      "fota::FailureReasonsPanel",
                      QT_TRANSLATE_N_NOOP("fota::FailureReasonsPanel", "%1 failed device has no "
                                                                       "result reason."),
                      QT_TRANSLATE_N_NOOP("fota::FailureReasonsPanel", "%1 failed devices have no "
                                                                       "result reason."),
                      group.count)
                      .arg(countText)
                : tr("%1\n\nN stands for a number, ‹time› and ‹date› for a time "
                     "and a date that vary.\nFor example: %2")
                      .arg(ReasonGroups::label(group.key, 1000),
                           DeviceTableModel::reasonLine(group.example, 1000));
        reason->setToolTip(tip);
        count->setToolTip(tip);
        reason->setData(tr("%1 devices: %2").arg(countText, label), Qt::AccessibleTextRole);
    }
    if (rows == 0)
        m_summary->setText(tr("No failed devices."));
    else
        m_summary->setText(
            PluralText::text(
                "fota::FailureReasonsPanel",
                QT_TRANSLATE_N_NOOP("fota::FailureReasonsPanel", "%1 failed device, %2 reason"),
                QT_TRANSLATE_N_NOOP("fota::FailureReasonsPanel",
                                    "%1 failed devices, %2 distinct reasons"),
                failed)
                .arg(NumberText::count(failed), NumberText::count(rows)));
    updateSelectionDisplay();
    updateRowHeights();
}

void FailureReasonsPanel::updateRowHeights()
{
    // The view's own row sizing does not wrap to the column's width; each reason says how
    // tall it is at the width it has.
    // The delegate's text margins: the focus frame's on each side, plus one.
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view);
    // The reason column stretches to the viewport (no horizontal scrolling): its width is what
    // the viewport leaves beside the counts, known even before the header catches up.
    const int width =
        m_view->viewport()->width() - m_view->header()->sectionSize(0) - 2 * (margin + 1);
    if (width <= 0)
        return;
    const QFontMetrics fm = m_view->fontMetrics();
    for (int r = 0; r < m_items->rowCount(); ++r) {
        QStandardItem *reason = m_items->item(r, 1);
        const QFontMetrics itemFm(reason->font());
        const int height =
            itemFm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, reason->text())
                .height() +
            fm.height() / 3;
        const QSize hint(-1, std::max(height, fm.height() + 4));
        if (reason->sizeHint() != hint)
            reason->setSizeHint(hint);
    }
}

void FailureReasonsPanel::toggleRow(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    const QString key = m_groups.at(row).key;
    if (key == m_selected)
        clearGroup();
    else
        selectGroup(key);
}

void FailureReasonsPanel::selectGroup(const QString &key)
{
    // An empty key is a real group (failures without a reason) but cannot be a filter: the
    // filter reads "" as "any reason". Such a group is shown, not selectable.
    if (key.isEmpty()) {
        clearGroup();
        return;
    }
    if (key == m_selected)
        return;
    m_selected = key;
    updateSelectionDisplay();
    emit groupChanged(m_selected);
}

void FailureReasonsPanel::clearGroup()
{
    if (m_selected.isEmpty()) {
        updateSelectionDisplay();
        return;
    }
    m_selected.clear();
    updateSelectionDisplay();
    emit groupChanged(m_selected);
}

void FailureReasonsPanel::applyTo(DeviceFilter &filter) const
{
    filter.reasonGroup = m_selected;
}

void FailureReasonsPanel::updateSelectionDisplay()
{
    m_clear->setEnabled(!m_selected.isEmpty());
    QItemSelectionModel *selection = m_view->selectionModel();
    for (int r = 0; r < m_items->rowCount(); ++r) {
        const bool chosen = !m_selected.isEmpty() && m_groups.value(r).key == m_selected;
        for (int c = 0; c < 2; ++c) {
            QStandardItem *item = m_items->item(r, c);
            QFont font = item->font();
            if (font.bold() != chosen) {
                font.setBold(chosen);
                item->setFont(font);
            }
        }
        if (chosen)
            selection->select(m_items->index(r, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (m_selected.isEmpty())
        selection->clearSelection();
}

QString FailureReasonsPanel::rowText(int row) const
{
    const QStandardItem *item = m_items->item(row, 1);
    return item ? item->text() : QString();
}

QString FailureReasonsPanel::rowToolTip(int row) const
{
    const QStandardItem *item = m_items->item(row, 1);
    return item ? item->toolTip() : QString();
}

QString FailureReasonsPanel::summaryText() const
{
    return m_summary->text();
}

bool FailureReasonsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateRowHeights();
    // Enter or Space on a row does what a click does, for keyboard-only use.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            toggleRow(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fota
