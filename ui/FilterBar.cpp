// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/FilterBar.h"

#include "ui/BucketPalette.h"
#include "ui/FlowLayout.h"
#include "ui/NumberText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <numeric>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Combo item data: -1 for all statuses, -2 for a sidebar selection the combo cannot express,
// else the bucket.
constexpr int kAllItem = -1;
constexpr int kSeveralItem = -2;

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_bucket(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Over&due only"), this))
    , m_changed(new QCheckBox(tr("Chan&ged, not yet seen"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"filterBar"_s);

    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search IMEI or reason…"));
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setToolTip(tr("Part of an IMEI, or words in the result reason, in any case and "
                            "with or without accents (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    // A steady width that grows with the window up to a limit, and gives way only when the
    // window itself is narrow.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u"M"_s) * 10);
    m_search->setMaximumWidth(m_search->fontMetrics().horizontalAdvance(u"M"_s) * 28);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    setUpBucketCombo();

    m_overdue->setObjectName(u"overdueCheck"_s);
    m_overdue->setAccessibleName(tr("Overdue only"));
    m_overdue->setToolTip(
        tr("Only pending devices whose next attempt is already past (marked with ⚠)"));
    m_changed->setObjectName(u"changedCheck"_s);
    m_changed->setAccessibleName(tr("Changed since last refresh only"));
    m_changed->setToolTip(tr("Only devices whose status changed and that are not marked seen yet "
                             "(marked with ● and bold)"));

    buildLayout();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing the box is a deliberate "show everything": no reason to wait.
        if (text.isEmpty())
            applyNow();
        else
            m_debounce->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    // The echo of the sidebar (showStatusSelection) blocks this signal, so only a real pick
    // (mouse, keyboard or a script setting the index) goes back to the sidebar.
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] {
        const int b = m_bucket->currentData().toInt();
        if (b != kSeveralItem)
            emit bucketChosen(b);
    });
    connect(m_overdue, &QCheckBox::toggled, this, &FilterBar::applyNow);
    connect(m_changed, &QCheckBox::toggled, this, &FilterBar::applyNow);

    // Ctrl+F from anywhere in the window, as in every other desktop tool with a search box.
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &FilterBar::focusSearch);
    addAction(find);

    setCounts({});
}

void FilterBar::setUpBucketCombo()
{
    m_bucket->setObjectName(u"bucketCombo"_s);
    m_bucket->setAccessibleName(tr("Status filter"));
    m_bucket->setToolTip(tr("Show one status bucket only; the sidebar can tick several"));
    // Fixed width: the counts in the items change with every page and must not jiggle the row.
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bucket->setMinimumContentsLength(14);
    m_bucket->addItem(tr("All statuses"), kAllItem);
    for (int b = 0; b < kBucketCount; ++b)
        m_bucket->addItem(BucketPalette::swatch(StatusBucket(b)),
                          StatusBuckets::displayName(StatusBucket(b)), b);
    // Shown as the current entry when the sidebar holds several ticks; never offered in the
    // list, since picking "several" means nothing.
    m_bucket->addItem(tr("Several (see sidebar)"), kSeveralItem);
    const int several = m_bucket->count() - 1;
    if (auto *items = qobject_cast<QStandardItemModel *>(m_bucket->model()))
        items->item(several)->setEnabled(false);
    if (auto *list = qobject_cast<QListView *>(m_bucket->view()))
        list->setRowHidden(several, true);
}

void FilterBar::buildLayout()
{
    auto *searchLabel = new QLabel(tr("Fi&nd:"), this);
    searchLabel->setBuddy(m_search);
    // The fields take the room, not their labels.
    searchLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *bucketLabel = new QLabel(tr("Stat&us:"), this);
    bucketLabel->setBuddy(m_bucket);
    bucketLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    // Groups that wrap as a whole: a label never ends a line without its field.
    const auto group = [this](std::initializer_list<QWidget *> widgets, bool expanding) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets)
            row->addWidget(w, w == m_search ? 1 : 0);
        box->setSizePolicy(expanding ? QSizePolicy::Expanding : QSizePolicy::Preferred,
                           QSizePolicy::Fixed);
        return box;
    };
    auto *layout = new FlowLayout(this, 16, 4);
    QWidget *searchGroup = group({searchLabel, m_search}, true);
    // It grows with the window, up to the search box's own limit.
    searchGroup->setMaximumWidth(searchLabel->sizeHint().width() + m_search->maximumWidth() +
                                 searchGroup->layout()->spacing());
    layout->addWidget(searchGroup);
    layout->addWidget(group({bucketLabel, m_bucket}, false));
    layout->addWidget(group({m_overdue, m_changed}, false));
}

DeviceFilter FilterBar::filter() const
{
    DeviceFilter f;
    f.text = m_search->text().trimmed();
    f.overdueOnly = m_overdue->isChecked();
    f.changedOnly = m_changed->isChecked();
    return f;
}

std::optional<StatusBucket> FilterBar::selectedBucket() const
{
    const int b = m_bucket->currentData().toInt();
    if (b < 0 || b >= kBucketCount)
        return std::nullopt;
    return StatusBucket(b);
}

void FilterBar::showStatusSelection(bool any, std::optional<StatusBucket> single)
{
    const int wanted = !any ? kAllItem : single ? int(*single) : kSeveralItem;
    const int index = m_bucket->findData(wanted);
    if (index < 0 || index == m_bucket->currentIndex())
        return;
    const QSignalBlocker blocker(m_bucket);
    m_bucket->setCurrentIndex(index);
}

void FilterBar::setCounts(const BucketCounts &counts)
{
    const qint64 total = std::accumulate(counts.begin(), counts.end(), qint64(0));
    m_bucket->setItemText(0, tr("All statuses (%1)").arg(NumberText::count(total)));
    for (int b = 0; b < kBucketCount; ++b) {
        //: An entry of the bucket filter: %1 the bucket ("Failed"), %2 how many devices it holds.
        m_bucket->setItemText(b + 1, tr("%1 (%2)").arg(StatusBuckets::displayName(StatusBucket(b)),
                                                       NumberText::count(counts[size_t(b)])));
    }
}

void FilterBar::clearSearch()
{
    m_search->clear();
    applyNow();
}

void FilterBar::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
}

void FilterBar::setChangedOnly(bool on)
{
    m_changed->setChecked(on);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::applyNow()
{
    m_debounce->stop();
    emitIfChanged();
}

void FilterBar::emitIfChanged()
{
    const DeviceFilter f = filter();
    if (f == m_applied)
        return;
    m_applied = f;
    emit filterChanged(f);
}

} // namespace fota
