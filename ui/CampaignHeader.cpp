// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/CampaignHeader.h"

#include "campaign/TimeDisplay.h"
#include "common/SafeText.h"
#include "thingspace/CampaignInfoFetcher.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : text.trimmed();
}

QString dateText(const QDate &date, const QString &raw)
{
    return date.isValid() ? TimeDisplay::dateText(date) : orDash(raw);
}

} // namespace

CampaignHeader::CampaignHeader(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_fetcher(new CampaignInfoFetcher(client, this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(u"campaignHeader"_s);
    setAccessibleName(tr("Campaign"));
    m_title->setObjectName(u"campaignTitle"_s);
    m_title->setTextFormat(Qt::PlainText); // server text is never markup
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_detail->setObjectName(u"campaignDetail"_s);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);

    connect(m_fetcher, &CampaignInfoFetcher::fetched, this, &CampaignHeader::showInfo);
    clear();
}

void CampaignHeader::load(const QString &accountName, const QString &campaignId)
{
    const bool same = accountName == m_account && campaignId == m_campaign;
    m_account = accountName;
    m_campaign = campaignId;
    if (!same || !m_hasInfo) {
        m_info = {};
        m_hasInfo = false;
        m_title->setText(tr("Campaign %1").arg(campaignId));
        m_title->setToolTip({});
        m_detail->setText(tr("Fetching the campaign's details…"));
    }
    m_fetcher->fetch(accountName, campaignId);
}

void CampaignHeader::refresh()
{
    if (!m_account.isEmpty() && !m_campaign.isEmpty())
        load(m_account, m_campaign);
}

void CampaignHeader::clear()
{
    m_fetcher->cancel();
    m_account.clear();
    m_campaign.clear();
    m_info = {};
    m_hasInfo = false;
    m_title->setText(tr("No campaign"));
    m_detail->setText(tr("Enter an account and a campaign ID, or Browse campaigns (Ctrl+B)."));
}

QString CampaignHeader::windowsText(const QList<CampaignInfo::TimeWindow> &windows,
                                    const TimeDisplay &display, const QDate &day)
{
    // The API gives the hours in UTC; shown in the window's zone, on the campaign's first day
    // (a summer-time change within the campaign moves a local window by an hour).
    const QDateTime midnight = (day.isValid() ? day : QDate(2026, 1, 1)).startOfDay(Qt::UTC);
    const auto clock = [&](int hour) {
        return display.clockWithZone(midnight.addSecs(qint64(hour) * 3600).toMSecsSinceEpoch());
    };
    QStringList parts;
    QString zone;
    for (const CampaignInfo::TimeWindow &w : windows) {
        if (w.startHour < 0 || w.endHour < 0)
            continue;
        // "02:00 UTC": the zone is the last word, said once at the end.
        const QString start = clock(w.startHour);
        const QString end = clock(w.endHour);
        zone = end.mid(end.lastIndexOf(u' ') + 1);
        parts << start.left(start.lastIndexOf(u' ')) + u'–' + end.left(end.lastIndexOf(u' '));
    }
    if (parts.isEmpty())
        return tr("any time");
    return parts.join(u", "_s) + u' ' + zone;
}

void CampaignHeader::setTimeDisplay(const TimeDisplay &display)
{
    m_time = display;
    if (m_hasInfo)
        showDetail();
}

void CampaignHeader::showInfo(const CampaignInfo &info, const ApiError &error)
{
    // Only the latest fetch is answered (the fetcher drops superseded ones).
    if (error.isError()) {
        // Details shown before stay (they are tried again at the next refresh); without any,
        // say what is missing and keep the campaign ID as the title.
        if (!m_hasInfo)
            m_detail->setText(tr("Campaign details unavailable (tried again at the next load or "
                                 "refresh): %1")
                                  .arg(SafeText::oneLine(error.toString())));
        return;
    }
    m_info = info;
    m_hasInfo = true;
    //: %1 the campaign's name, %2 its status as the server gives it ("CampaignActive").
    const QString named = tr("%1  ·  %2").arg(info.campaignName, orDash(info.status));
    m_title->setText(info.campaignName.isEmpty() ? tr("Campaign %1").arg(info.id) : named);
    showDetail();
    m_title->setToolTip(
        info.firmwareName.isEmpty() ? QString() : tr("Firmware file %1").arg(info.firmwareName));
    emit infoShown(info);
}

void CampaignHeader::showDetail()
{
    const CampaignInfo &info = m_info;
    const QString firmware =
        tr("Firmware %1 → %2").arg(orDash(info.firmwareFrom), orDash(info.firmwareTo));
    //: The devices' kind: %1 the make, %2 the model ("Sierra Wireless RV55").
    const QString device = tr("%1 %2").arg(orDash(info.make), orDash(info.model));
    const QString dates = tr("%1 to %2")
                              .arg(dateText(info.startDate, info.startDateText),
                                   dateText(info.endDate, info.endDateText));
    m_detail->setText(tr("%1   ·   %2   ·   protocol %3   ·   %4   ·   time windows %5   ·   "
                         "status %6   ·   ID %7")
                          .arg(firmware, device, orDash(info.protocol), dates,
                               windowsText(info.timeWindows, m_time, info.startDate),
                               orDash(info.status), info.id));
}

QString CampaignHeader::titleText() const
{
    return m_title->text();
}

QString CampaignHeader::detailText() const
{
    return m_detail->text();
}

} // namespace fota
