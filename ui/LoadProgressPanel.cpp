// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/LoadProgressPanel.h"

#include "campaign/CampaignLoader.h"
#include "common/Clock.h"
#include "common/PluralText.h"
#include "common/SafeText.h"
#include "ui/NumberText.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// QProgressBar takes an int; a million devices fit, but a hostile totalDevice must not wrap.
int clampToInt(qint64 v)
{
    return int(qBound(qint64(0), v, qint64(std::numeric_limits<int>::max())));
}

} // namespace

LoadProgressPanel::LoadProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_countdown(new QTimer(this))
    , m_clock(&Clock::system())
{
    setObjectName(u"progressPanel"_s);
    setAccessibleName(tr("Load progress"));
    m_label->setObjectName(u"progressLabel"_s);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    QFont emphasis = m_label->font();
    emphasis.setWeight(QFont::DemiBold);
    m_label->setFont(emphasis);
    m_detail->setObjectName(u"progressDetail"_s);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    // What is being retried, and when: wrapped in full (server text, made one line), so a
    // stalled server is visibly being waited for rather than silently hanging.
    m_retry->setObjectName(u"progressRetry"_s);
    m_retry->setWordWrap(true);
    m_retry->setTextFormat(Qt::PlainText);
    m_retry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->hide();
    // A few ticks a second, so the seconds shown never lag the real delay by much.
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &LoadProgressPanel::updateRetry);
    m_bar->setObjectName(u"progressBar"_s);
    m_bar->setAccessibleName(tr("Devices loaded"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_bar->fontMetrics().height() / 2 + 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addWidget(m_retry);
    layout->addStretch(1);
    // Wide enough for "Loading page 12… 11,000 of 50,000 devices" on one line; longer states
    // wrap rather than push the window wider.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"Loading page 12… 11,000 of 50,000"_s));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    showIdle();
}

QString LoadProgressPanel::text() const
{
    return m_label->text();
}

QString LoadProgressPanel::detailText() const
{
    return m_detail->text();
}

QString LoadProgressPanel::retryText() const
{
    return m_retry->text();
}

bool LoadProgressPanel::isRetrying() const
{
    return !m_retry->isHidden();
}

void LoadProgressPanel::clearRetry()
{
    m_countdown->stop();
    m_retry->clear();
    m_retry->hide();
}

void LoadProgressPanel::showIdle()
{
    clearRetry();
    m_label->setText(tr("No campaign loaded"));
    setDetail(tr("Enter an account and a campaign ID, then Load."));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

void LoadProgressPanel::showStarted(const QString &campaignId, const QString &replacing)
{
    clearRetry();
    m_label->setText(tr("Loading page 1…"));
    setDetail(replacing.isEmpty()
                  ? tr("Campaign %1 (Esc stops)").arg(campaignId)
                  : tr("Campaign %1; the table shows %2 until the first page arrives (Esc stops)")
                        .arg(campaignId, replacing));
    m_bar->setRange(0, 0); // busy until the first page says how many devices there are
}

void LoadProgressPanel::showRefreshStarted()
{
    clearRetry();
    m_label->setText(tr("Refreshing page 1…"));
    setDetail(tr("The table keeps its rows until the refresh is complete (Esc stops)"));
    m_bar->setRange(0, 0);
}

void LoadProgressPanel::showRefreshProgress(const LoadProgress &progress)
{
    clearRetry();
    setBarRange(progress);
    const QString received = NumberText::count(progress.devicesReceived);
    if (progress.totalDevice)
        m_label->setText(tr("Refreshing page %1… %2 of %3 devices")
                             .arg(NumberText::count(progress.pages + 1), received,
                                  NumberText::count(*progress.totalDevice)));
    else
        m_label->setText(tr("Refreshing page %1… %2 devices")
                             .arg(NumberText::count(progress.pages + 1), received));
}

void LoadProgressPanel::setDetail(const QString &text)
{
    m_detail->setText(text);
    m_detail->setToolTip(text);
}

void LoadProgressPanel::setBarRange(const LoadProgress &progress)
{
    if (progress.totalDevice && *progress.totalDevice > 0) {
        const int total = clampToInt(*progress.totalDevice);
        m_bar->setRange(0, total);
        m_bar->setValue(std::min(clampToInt(progress.devicesReceived), total));
    } else {
        m_bar->setRange(0, 0);
    }
}

void LoadProgressPanel::showProgress(const LoadProgress &progress)
{
    clearRetry();
    setBarRange(progress);
    const QString received = NumberText::count(progress.devicesReceived);
    // The page being fetched now is the one after those received.
    if (progress.totalDevice) {
        m_label->setText(tr("Loading page %1… %2 of %3 devices")
                             .arg(NumberText::count(progress.pages + 1), received,
                                  NumberText::count(*progress.totalDevice)));
    } else {
        m_label->setText(
            tr("Loading page %1… %2 devices").arg(NumberText::count(progress.pages + 1), received));
    }
}

void LoadProgressPanel::showRetrying(const RetryNotice &notice)
{
    m_notice = notice;
    m_retryAtMs = m_clock->steadyMs() + notice.delayMs;
    updateRetry();
    m_retry->show();
    m_countdown->start();
}

void LoadProgressPanel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void LoadProgressPanel::updateRetry()
{
    const qint64 left = m_retryAtMs - m_clock->steadyMs();
    // Server text may be in the detail (the reason a page failed).
    const QString text =
        u"⚠ "_s + m_notice.countdownText(left) + u" · "_s +
        tr("page %1: %2").arg(QString::number(m_notice.page), SafeText::oneLine(m_notice.detail));
    m_retry->setText(text);
    m_retry->setToolTip(text);
    if (left <= 0)
        m_countdown->stop(); // "retrying now" stays until the attempt's answer
}

void LoadProgressPanel::showStored(qint64 devicesInTable, const QString &asOfText)
{
    clearRetry();
    m_label->setText(tr("%1 devices, from the history").arg(NumberText::count(devicesInTable)));
    setDetail(tr("Stored table of %1").arg(asOfText));
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
}

void LoadProgressPanel::showFinished(const LoadOutcome &outcome, qint64 devicesInTable)
{
    clearRetry();
    const QString loaded = NumberText::count(devicesInTable);
    const std::optional<qint64> total = outcome.progress.totalDevice;
    const QString pages =
        PluralText::text(
            "fota::LoadProgressPanel", QT_TRANSLATE_N_NOOP("fota::LoadProgressPanel", "%1 page"),
            QT_TRANSLATE_N_NOOP("fota::LoadProgressPanel", "%1 pages"), outcome.progress.pages)
            .arg(NumberText::count(outcome.progress.pages));
    // What the parser skipped or blanked goes with the campaign, whatever else is said.
    const QString diagnostics = outcome.diagnostics.summary();
    // How long the server took per page: whether a slow load was the network or this program.
    const QString roundTrips = outcome.roundTrips.describe(outcome.progress.pages);
    // Over how many connections, and whether the server made the walk fall back to one.
    const QString connections =
        outcome.peakConnections > 1
            ? tr("%n ID ranges over up to %1 connections", "", outcome.lanes)
                  .arg(outcome.peakConnections)
            : QString();
    const auto withDiagnostics = [&](const QString &text) {
        QString out = text;
        for (const QString &part : {diagnostics, roundTrips, connections, outcome.walkNote}) {
            if (!part.isEmpty())
                out += u" · "_s + part;
        }
        return out;
    };
    if (outcome.complete && outcome.countsAgree()) {
        m_label->setText(
            PluralText::text("fota::LoadProgressPanel",
                             QT_TRANSLATE_N_NOOP("fota::LoadProgressPanel", "%1 device loaded"),
                             QT_TRANSLATE_N_NOOP("fota::LoadProgressPanel", "%1 devices loaded"),
                             devicesInTable)
                .arg(loaded));
        setDetail(withDiagnostics(tr("Complete: %1").arg(pages)));
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
        return;
    }
    if (outcome.complete) {
        // The walk ended, but not with the devices the report announced.
        const QString announced = NumberText::count(total.value_or(0));
        m_label->setText(tr("Incomplete: %1 of %2 devices loaded").arg(loaded, announced));
        setDetail(
            withDiagnostics(tr("The report's last page came after %1, but it announced %2 devices")
                                .arg(pages, announced)));
        m_bar->setRange(0, std::max(1, clampToInt(total.value_or(1))));
        m_bar->setValue(std::min(clampToInt(devicesInTable), clampToInt(total.value_or(1))));
        return;
    }

    const bool stopped = outcome.error.kind == ApiError::Kind::Cancelled;
    const QString what = stopped ? tr("Stopped") : tr("Failed");
    if (total)
        m_label->setText(
            tr("%1: %2 of %3 loaded (incomplete)").arg(what, loaded, NumberText::count(*total)));
    else
        m_label->setText(tr("%1: %2 loaded (incomplete)").arg(what, loaded));
    setDetail(withDiagnostics(stopped ? tr("Load again to fetch the rest")
                                      : tr("See the message above; Retry continues the load")));
    if (total && *total > 0) {
        m_bar->setRange(0, clampToInt(*total));
        m_bar->setValue(std::min(clampToInt(devicesInTable), clampToInt(*total)));
    } else {
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
    }
}

} // namespace fota
