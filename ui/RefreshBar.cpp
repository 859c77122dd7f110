// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/RefreshBar.h"

#include "progress/EtaText.h"
#include "ui/NumberText.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QString intervalText(int minutes)
{
    //: Auto-refresh interval: none.
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
    , m_markSeen(new QPushButton(tr("&Mark all seen"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"refreshBar"_s);
    setAccessibleName(tr("Auto-refresh"));

    auto *label = new QLabel(tr("Auto-r&efresh:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(u"autoRefreshCombo"_s);
    m_combo->setAccessibleName(tr("Auto-refresh interval"));
    m_combo->setToolTip(tr("Load the campaign again in the background at this interval; what "
                           "changed is shown in bold with ●"));
    for (const int minutes : intervals())
        m_combo->addItem(intervalText(minutes), minutes);

    m_summary->setObjectName(u"refreshSummary"_s);
    m_summary->setAccessibleName(tr("Last refresh"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped, never clipped: the line is how the operator learns what moved.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_markSeen->setObjectName(u"markSeenButton"_s);
    m_markSeen->setAccessibleName(tr("Mark all changes seen"));
    m_markSeen->setToolTip(tr("Forget the change marks (● and bold) of every device"));
    m_markSeen->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addSpacing(12);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_markSeen, 0, Qt::AlignVCenter);

    m_timer->setSingleShot(false);
    connect(m_timer, &QTimer::timeout, this, &RefreshBar::refreshDue);
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { setIntervalMinutes(m_combo->currentData().toInt()); });
    connect(m_markSeen, &QPushButton::clicked, this, &RefreshBar::markAllSeenRequested);

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
        if (m_state == State::Idle)
            render();
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

void RefreshBar::setTimeDisplay(const TimeDisplay &display)
{
    m_time = display;
    render();
}

void RefreshBar::showIdle(qint64 loadedAtMs)
{
    m_state = State::Idle;
    m_storedAsOfMs = 0;
    m_lastSuccessMs = loadedAtMs;
    m_summaryText.clear();
    render();
}

void RefreshBar::showRefreshing(int pagesDone)
{
    m_state = State::Refreshing;
    m_pagesDone = pagesDone;
    render();
}

void RefreshBar::showSummary(const QString &summary, qint64 atMs)
{
    m_state = State::Summary;
    m_storedAsOfMs = 0;
    m_summaryText = summary;
    m_lastSuccessMs = atMs;
    render();
    // Restart the interval: a manual refresh just now makes the next automatic one redundant.
    restartTimer();
}

void RefreshBar::showStored(qint64 asOfMs, qint64 nowMs)
{
    m_state = State::Idle;
    m_summaryText.clear();
    m_storedAsOfMs = asOfMs;
    m_storedNowMs = nowMs;
    m_lastSuccessMs = asOfMs;
    render();
}

QString RefreshBar::storedText() const
{
    return tr("As of %1").arg(EtaText::shortMoment(m_storedAsOfMs, m_storedNowMs, m_time));
}

void RefreshBar::showFailed(qint64 atMs)
{
    m_state = State::Failed;
    m_failedAtMs = atMs;
    render();
}

void RefreshBar::showStopped()
{
    m_state = State::Stopped;
    render();
}

void RefreshBar::setUnseen(qint64 unseen)
{
    m_markSeen->setEnabled(unseen > 0);
    m_markSeen->setToolTip(unseen > 0 ? tr("Forget the change marks of %1 devices (● and bold)")
                                            .arg(NumberText::count(unseen))
                                      : tr("No changes to mark seen"));
}

QString RefreshBar::lastCurrentText() const
{
    if (m_lastSuccessMs <= 0)
        return {};
    if (m_summaryText.isEmpty())
        return tr("Loaded at %1.").arg(m_time.clockWithZone(m_lastSuccessMs));
    return tr("Refreshed at %1: %2").arg(m_time.clockWithZone(m_lastSuccessMs), m_summaryText);
}

void RefreshBar::render()
{
    if (m_storedAsOfMs > 0) {
        renderStored();
        return;
    }
    QString text;
    switch (m_state) {
    case State::Idle:
        text = m_minutes > 0
                   ? tr("Refreshes every %n min once a campaign is loaded.", nullptr, m_minutes)
                   : tr("Press F5 to refresh; changes are shown in bold.");
        if (m_lastSuccessMs > 0)
            text = lastCurrentText() + u' ' + text;
        break;
    case State::Refreshing:
        text =
            (m_pagesDone > 0
                 ? tr("Refreshing… %1 pages so far (Esc stops)").arg(NumberText::count(m_pagesDone))
                 : tr("Refreshing… (Esc stops)"));
        if (m_lastSuccessMs > 0)
            text += u"   "_s + lastCurrentText();
        break;
    case State::Summary:
        text = lastCurrentText();
        break;
    case State::Failed:
        text = u"⚠ "_s + (m_lastSuccessMs > 0
                              ? tr("Refresh failed at %1; the table is stale: it shows the data "
                                   "of %2")
                                    .arg(m_time.clockWithZone(m_failedAtMs),
                                         m_time.clockWithZone(m_lastSuccessMs))
                              : tr("Refresh failed at %1; the table is stale: it shows the last "
                                   "complete load")
                                    .arg(m_time.clockWithZone(m_failedAtMs)));
        break;
    case State::Stopped:
        text = tr("Refresh stopped; the table shows the data it had.");
        if (m_lastSuccessMs > 0)
            text += u"   "_s + lastCurrentText();
        break;
    }
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

void RefreshBar::renderStored()
{
    // The rows are not from a load of this session: every state says since when they are.
    const QString asOf = storedText();
    QString text;
    switch (m_state) {
    case State::Refreshing:
        text = m_pagesDone > 0 ? tr("%1 — refreshing… %2 pages so far (Esc stops)")
                                     .arg(asOf, NumberText::count(m_pagesDone))
                               : tr("%1 — refreshing… (Esc stops)").arg(asOf);
        break;
    case State::Failed:
        text = u"⚠ "_s + tr("%1, from the history: the refresh failed at %2, so the table shows "
                            "the campaign as it was then")
                             .arg(asOf, m_time.clockWithZone(m_failedAtMs));
        break;
    case State::Stopped:
        text = tr("Refresh stopped. %1, from the history.").arg(asOf);
        break;
    case State::Idle:
    case State::Summary:
        text = tr("%1, from the history. Press F5 to refresh.").arg(asOf);
        break;
    }
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

QString RefreshBar::summaryText() const
{
    return m_summary->text();
}

} // namespace fota
