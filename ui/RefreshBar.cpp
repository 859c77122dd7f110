#include "ui/RefreshBar.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QString clockNow()
{
    return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
}

QString intervalText(int minutes)
{
    return minutes == 0 ? RefreshBar::tr("Off") : RefreshBar::tr("Every %n min", nullptr, minutes);
}

} // namespace

QString RefreshBar::settingsKey()
{
    return u"view/autoRefreshMinutes"_s;
}

RefreshBar::RefreshBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"refreshBar"_s);
    setAccessibleName(tr("Auto-refresh"));

    auto *label = new QLabel(tr("A&uto-refresh:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(u"autoRefreshCombo"_s);
    m_combo->setAccessibleName(tr("Auto-refresh interval"));
    m_combo->setToolTip(tr("Load the campaign again in the background at this interval; what "
                           "changed is shown in bold with ●"));
    for (const int minutes : intervals())
        m_combo->addItem(intervalText(minutes), minutes);

    m_summary->setObjectName(u"refreshSummary"_s);
    m_summary->setAccessibleName(tr("Last refresh"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addSpacing(12);
    layout->addWidget(m_summary, 1);

    m_timer->setSingleShot(false);
    connect(m_timer, &QTimer::timeout, this, &RefreshBar::refreshDue);
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { setIntervalMinutes(m_combo->currentData().toInt()); });

    const int saved = QSettings().value(settingsKey(), 0).toInt();
    setIntervalMinutes(intervals().contains(saved) ? saved : 0);
    showIdle();
}

void RefreshBar::fillMenu(QMenu *menu)
{
    m_actions = new QActionGroup(this);
    m_actions->setExclusive(true);
    for (const int minutes : intervals()) {
        QAction *action = menu->addAction(intervalText(minutes));
        action->setObjectName(u"autoRefreshAction_"_s + QString::number(minutes));
        action->setCheckable(true);
        action->setChecked(minutes == m_minutes);
        action->setData(minutes);
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, minutes] { setIntervalMinutes(minutes); });
    }
}

void RefreshBar::setIntervalMinutes(int minutes)
{
    if (!intervals().contains(minutes))
        return;
    const bool changed = minutes != m_minutes;
    m_minutes = minutes;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_combo->findData(minutes));
    }
    if (m_actions) {
        for (QAction *action : m_actions->actions())
            action->setChecked(action->data().toInt() == minutes);
    }
    restartTimer();
    if (changed) {
        QSettings().setValue(settingsKey(), minutes);
        emit intervalChanged(minutes);
    }
}

void RefreshBar::restartTimer()
{
    if (m_minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_minutes * 60'000);
}

void RefreshBar::showIdle()
{
    m_stale = false;
    m_lastSuccess.clear();
    m_summary->setText(
        m_minutes > 0 ? tr("Refreshes every %n min once a campaign is loaded.", nullptr, m_minutes)
                      : tr("Press F5 to refresh; changes are shown in bold."));
    m_summary->setToolTip(m_summary->text());
}

void RefreshBar::showRefreshing()
{
    m_summary->setText(tr("Refreshing…") +
                       (m_lastSuccess.isEmpty() ? QString() : u"  "_s + m_lastSuccess));
}

void RefreshBar::showSummary(const QString &summary)
{
    m_stale = false;
    m_lastSuccess = tr("Refreshed at %1: %2").arg(clockNow(), summary);
    m_summary->setText(m_lastSuccess);
    m_summary->setToolTip(m_lastSuccess);
    // Restart the interval: a manual refresh just now makes the next automatic one redundant.
    restartTimer();
}

void RefreshBar::showFailed(const QString &error)
{
    m_stale = true;
    const QString text = tr("Refresh failed at %1 (%2); the table is stale and shows the last "
                            "data loaded")
                             .arg(clockNow(), error);
    m_summary->setText(u"⚠ "_s + text);
    m_summary->setToolTip(text);
}

QString RefreshBar::summaryText() const
{
    return m_summary->text();
}

} // namespace fota
