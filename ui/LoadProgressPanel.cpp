#include "ui/LoadProgressPanel.h"

#include "campaign/CampaignLoader.h"
#include "ui/NumberText.h"

#include <QLabel>
#include <QProgressBar>
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
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"progressPanel"_s);
    setAccessibleName(tr("Load progress"));
    m_label->setObjectName(u"progressLabel"_s);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont emphasis = m_label->font();
    emphasis.setWeight(QFont::DemiBold);
    m_label->setFont(emphasis);
    m_detail->setObjectName(u"progressDetail"_s);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    // Retry messages can be long; clip them here, the tooltip has the whole line.
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    layout->addStretch(1);
    // Long enough for "Stopped: 999,999 of 1,000,000 loaded (incomplete)" without jumping.
    setMinimumWidth(
        fontMetrics().horizontalAdvance(u"Stopped: 999,999 of 1,000,000 loaded (incomplete)"_s) +
        16);
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

void LoadProgressPanel::showIdle()
{
    m_label->setText(tr("No campaign loaded"));
    setDetail(tr("Enter an account and a campaign ID, then Load."));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

void LoadProgressPanel::showStarted(const QString &campaignId)
{
    m_label->setText(tr("Loading page 1…"));
    setDetail(tr("Campaign %1").arg(campaignId));
    m_bar->setRange(0, 0); // busy until the first page says how many devices there are
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

void LoadProgressPanel::showRetrying(const QString &message)
{
    setDetail(tr("retrying: %1").arg(message));
}

void LoadProgressPanel::showFinished(const LoadOutcome &outcome, qint64 devicesInTable)
{
    const QString loaded = NumberText::count(devicesInTable);
    const std::optional<qint64> total = outcome.progress.totalDevice;
    const QString pages = outcome.progress.pages == 1
                              ? tr("1 page")
                              : tr("%1 pages").arg(NumberText::count(outcome.progress.pages));
    if (outcome.complete) {
        m_label->setText(tr("%1 devices loaded").arg(loaded));
        setDetail(tr("Complete: %1").arg(pages));
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
        return;
    }

    const bool stopped = outcome.error.kind == ApiError::Kind::Cancelled;
    const QString what = stopped ? tr("Stopped") : tr("Failed");
    if (total)
        m_label->setText(
            tr("%1: %2 of %3 loaded (incomplete)").arg(what, loaded, NumberText::count(*total)));
    else
        m_label->setText(tr("%1: %2 loaded (incomplete)").arg(what, loaded));
    setDetail(stopped ? tr("Load again to fetch the rest")
                      : tr("See the message above; Retry continues the load"));
    if (total && *total > 0) {
        m_bar->setRange(0, clampToInt(*total));
        m_bar->setValue(std::min(clampToInt(devicesInTable), clampToInt(*total)));
    } else {
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
    }
}

} // namespace fota
