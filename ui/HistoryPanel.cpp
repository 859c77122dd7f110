// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/HistoryPanel.h"

#include "progress/EtaText.h"
#include "ui/NumberText.h"
#include "ui/ProgressChartView.h"
#include "watching/TransitionGroups.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new ProgressChartView(this))
    , m_unavailable(wrapped(u"historyUnavailable"_s, this))
{
    setObjectName(u"historyPanel"_s);
    setAccessibleName(tr("Campaign history"));
    m_unavailable->setForegroundRole(QPalette::PlaceholderText);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->hide();

    // The two columns beside the chart scroll when the dock is short, rather than clipping.
    auto *side = new QWidget;
    auto *columns = new QHBoxLayout(side);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    columns->addWidget(buildEstimate(), 1);
    columns->addWidget(buildSince(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"historySideScroll"_s);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the columns' controls with a scroll bar beside them (the scroll
    // area does not scroll sideways, so anything wider would be cut under the bar), and as
    // wide as the chart: the wider the columns, the fewer lines their texts wrap to, and the
    // more of them a short dock shows without scrolling.
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
    scroll->setMinimumWidth(std::max(em * 30, side->minimumSizeHint().width() + bar + 2));
    scroll->setMaximumWidth(std::max(em * 48, scroll->minimumWidth()));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(12);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_unavailable, 1);
    layout->addWidget(scroll, 1);
    setTimeDisplay(TimeDisplay());
}

QWidget *HistoryPanel::buildEstimate()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_throughput = wrapped(u"throughputLabel"_s, box);
    m_eta = wrapped(u"etaLabel"_s, box);
    m_basis = wrapped(u"etaBasisLabel"_s, box);
    m_basis->setForegroundRole(QPalette::PlaceholderText);
    m_rules = wrapped(u"alertRulesLabel"_s, box);
    m_editRules = new QPushButton(tr("Alert rules (&K)…"), box);
    m_editRules->setObjectName(u"alertRulesButton"_s);
    m_editRules->setToolTip(tr("Rules that notify you about this campaign, e.g. failed>5%"));
    connect(m_editRules, &QPushButton::clicked, this, &HistoryPanel::editRulesRequested);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_editRules);
    rulesRow->addStretch(1);
    layout->addWidget(title(tr("Throughput and ETA"), box));
    layout->addWidget(m_throughput);
    layout->addWidget(m_eta);
    layout->addWidget(m_basis);
    layout->addSpacing(4);
    layout->addWidget(m_rules);
    layout->addLayout(rulesRow);
    layout->addStretch(1);
    return box;
}

QWidget *HistoryPanel::buildSince()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_since = new QComboBox(box);
    m_since->setObjectName(u"sinceCombo"_s);
    m_since->setAccessibleName(tr("What changed since"));
    m_since->addItem(tr("the previous refresh"), int(SinceChoice::PreviousRefresh));
    m_since->addItem(tr("this morning"), int(SinceChoice::ThisMorning));
    m_since->addItem(tr("yesterday"), int(SinceChoice::Yesterday));
    m_since->addItem(tr("a chosen time"), int(SinceChoice::Chosen));
    m_chosen = new QDateTimeEdit(box);
    m_chosen->setObjectName(u"sinceTime"_s);
    m_chosen->setAccessibleName(tr("Changed since this time"));
    m_chosen->setCalendarPopup(true);
    m_chosen->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_chosen->hide();
    auto *sinceTitle = title(tr("What changed since"), box);
    sinceTitle->setBuddy(m_since);
    m_changes = wrapped(u"changesLabel"_s, box);
    m_showDevices = new QPushButton(tr("Show &just these devices"), box);
    m_showDevices->setObjectName(u"showChangedButton"_s);
    m_showDevices->setToolTip(tr("Filter the table to the devices that changed since then"));
    m_showDevices->setEnabled(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_showDevices);
    buttonRow->addStretch(1);
    layout->addWidget(sinceTitle);
    layout->addWidget(m_since);
    layout->addWidget(m_chosen);
    layout->addWidget(m_changes);
    layout->addLayout(buttonRow);
    layout->addStretch(1);

    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        m_chosen->setVisible(sinceKind() == SinceChoice::Chosen);
        emit sinceChanged();
    });
    connect(m_chosen, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (sinceKind() == SinceChoice::Chosen)
            emit sinceChanged();
    });
    connect(m_showDevices, &QPushButton::clicked, this, [this] {
        if (m_lastChanges)
            emit showDevicesRequested(changedDevices(), sinceLabel(*m_lastChanges));
    });
    return box;
}

void HistoryPanel::setTimeDisplay(const TimeDisplay &display)
{
    m_time = display;
    m_chart->setTimeDisplay(display);
    m_chosen->setTimeSpec(display.isUtc() ? Qt::UTC : Qt::LocalTime);
    if (m_lastChanges)
        showChanges(m_lastChanges);
}

void HistoryPanel::showHistory(const QList<SnapshotPoint> &points, const Eta &eta, qint64 nowMs)
{
    m_nowMs = nowMs;
    m_unavailable->hide();
    m_chart->show();
    m_chart->setPoints(points);
    m_throughput->setText(EtaText::throughput(eta));
    m_throughput->setVisible(!m_throughput->text().isEmpty());
    m_eta->setText(EtaText::estimate(eta, nowMs, m_time));
    m_basis->setText(EtaText::basis(eta, m_time));
    m_basis->setVisible(!m_basis->text().isEmpty());
    if (!m_chosen->dateTime().isValid() || m_chosen->dateTime().toMSecsSinceEpoch() <= 0)
        m_chosen->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs - 3'600'000));
}

void HistoryPanel::setUnavailable(const QString &why)
{
    m_chart->hide();
    m_unavailable->setText(why);
    m_unavailable->show();
}

SinceChoice::Kind HistoryPanel::sinceKind() const
{
    return SinceChoice::Kind(m_since->currentData().toInt());
}

qint64 HistoryPanel::chosenTimeMs() const
{
    return m_chosen->dateTime().toMSecsSinceEpoch();
}

QString HistoryPanel::sinceLabel(const ChangesSince &changes) const
{
    if (!changes.from)
        return {};
    const QString at = EtaText::shortMoment(changes.from->timeMs, m_nowMs, m_time);
    return changes.from->timeMs > changes.askedMs ? tr("since the first snapshot, %1").arg(at)
                                                  : tr("since %1").arg(at);
}

void HistoryPanel::showChanges(std::shared_ptr<const ChangesSince> changes)
{
    m_lastChanges = std::move(changes);
    const ChangesSince &c = *m_lastChanges;
    m_showDevices->setEnabled(!c.changes.devices.empty());
    if (!c.from || !c.to) {
        m_changes->setText(tr("Nothing recorded yet."));
        return;
    }
    const QString since = sinceLabel(c);
    if (c.from->id == c.to->id) {
        m_changes->setText(tr("No earlier snapshot: the first one is %1.")
                               .arg(EtaText::shortMoment(c.from->timeMs, m_nowMs, m_time)));
        return;
    }
    if (c.changes.devices.empty()) {
        m_changes->setText(tr("Nothing changed %1.").arg(since));
        return;
    }
    const QString summary =
        TransitionGroups::summary(TransitionGroups::byBucket(c.changes.counts), 4);
    m_changes->setText(
        tr("%1 changed %2: %3")
            .arg(NumberText::count(qint64(c.changes.devices.size())), since, summary));
    m_changes->setToolTip(
        TransitionGroups::summary(TransitionGroups::byBucket(c.changes.counts), 1000));
}

std::shared_ptr<const DeviceSet> HistoryPanel::changedDevices() const
{
    if (!m_lastChanges)
        return nullptr;
    QStringList ids;
    ids.reserve(qsizetype(m_lastChanges->changes.devices.size()));
    for (const DeviceTransition &t : m_lastChanges->changes.devices)
        ids.append(t.deviceId);
    return std::make_shared<const DeviceSet>(ids);
}

void HistoryPanel::setRules(const QList<AlertRule> &rules)
{
    m_rules->setText(rules.isEmpty()
                         ? tr("No alert rules for this campaign.")
                         : tr("Alerts: %1").arg(AlertRule::toStrings(rules).join(u", "_s)));
}

QString HistoryPanel::throughputText() const
{
    return m_throughput->text();
}

QString HistoryPanel::etaText() const
{
    return m_eta->text();
}

QString HistoryPanel::basisText() const
{
    return m_basis->text();
}

QString HistoryPanel::changesText() const
{
    return m_changes->text();
}

} // namespace fota
