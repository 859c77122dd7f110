#include "ui/FilterBar.h"

#include "ui/BucketPalette.h"
#include "ui/NumberText.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>

#include <numeric>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Combo item data: -1 for all statuses, else the bucket.
constexpr int kAllItem = -1;

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_bucket(new QComboBox(this))
    , m_shown(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"filterBar"_s);

    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search IMEI or reason…"));
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setToolTip(tr("Part of an IMEI, or words in the result reason (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    // A steady width: the "Showing N of M" text beside it changes with every keystroke and
    // must not make the box jump.
    m_search->setFixedWidth(m_search->fontMetrics().horizontalAdvance(u"M"_s) * 32);

    m_bucket->setObjectName(u"bucketCombo"_s);
    m_bucket->setAccessibleName(tr("Status filter"));
    m_bucket->setToolTip(tr("Show one status bucket only"));
    // Fixed width: the counts in the items change with every page and must not jiggle the row.
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bucket->setMinimumContentsLength(24);
    m_bucket->addItem(tr("All statuses"), kAllItem);
    for (int b = 0; b < kBucketCount; ++b)
        m_bucket->addItem(BucketPalette::swatch(StatusBucket(b)),
                          StatusBuckets::displayName(StatusBucket(b)), b);

    m_shown->setObjectName(u"shownLabel"_s);
    m_shown->setAccessibleName(tr("Devices shown"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *bucketLabel = new QLabel(tr("&Status:"), this);
    bucketLabel->setBuddy(m_bucket);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addSpacing(12);
    layout->addWidget(bucketLabel);
    layout->addWidget(m_bucket);
    layout->addStretch(1);
    layout->addWidget(m_shown);

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
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &FilterBar::applyNow);

    // Ctrl+F from anywhere in the window, as in every other desktop tool with a search box.
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &FilterBar::focusSearch);
    addAction(find);

    setCounts({});
    setShownCount(0, 0);
}

DeviceFilter FilterBar::filter() const
{
    DeviceFilter f;
    if (const auto bucket = selectedBucket())
        f.buckets = BucketMask(1u << int(*bucket));
    f.text = m_search->text().trimmed();
    return f;
}

std::optional<StatusBucket> FilterBar::selectedBucket() const
{
    const int b = m_bucket->currentData().toInt();
    if (b < 0 || b >= kBucketCount)
        return std::nullopt;
    return StatusBucket(b);
}

void FilterBar::selectBucket(std::optional<StatusBucket> bucket)
{
    const int index = m_bucket->findData(bucket ? int(*bucket) : kAllItem);
    if (index >= 0)
        m_bucket->setCurrentIndex(index);
}

void FilterBar::setCounts(const BucketCounts &counts)
{
    const qint64 total = std::accumulate(counts.begin(), counts.end(), qint64(0));
    m_bucket->setItemText(0, tr("All statuses (%1)").arg(NumberText::count(total)));
    for (int b = 0; b < kBucketCount; ++b) {
        m_bucket->setItemText(b + 1, tr("%1 (%2)").arg(StatusBuckets::displayName(StatusBucket(b)),
                                                       NumberText::count(counts[size_t(b)])));
    }
}

void FilterBar::setShownCount(qint64 shown, qint64 total)
{
    if (shown == total)
        m_shown->setText(tr("%1 devices").arg(NumberText::count(total)));
    else
        m_shown->setText(
            tr("Showing %1 of %2 devices").arg(NumberText::count(shown), NumberText::count(total)));
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
