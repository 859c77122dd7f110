// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/CampaignBar.h"

#include "ui/FlowLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fota {

CampaignBar::CampaignBar(QWidget *parent)
    : QWidget(parent)
    , m_accountBox(new QComboBox(this))
    , m_account(nullptr)
    , m_campaign(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
{
    setObjectName(u"campaignBar"_s);

    // An editable combo: type a new account or pick one used before from its list.
    m_accountBox->setObjectName(u"accountCombo"_s);
    m_accountBox->setEditable(true);
    m_accountBox->setInsertPolicy(QComboBox::NoInsert); // history grows only with loads that worked
    m_accountBox->setAccessibleName(tr("Account name"));
    m_accountBox->addItems(accountHistory());
    m_accountBox->setCurrentIndex(-1);
    m_account = m_accountBox->lineEdit();
    // Mnemonics stay clear of the menus' (File, View, Campaign, Account, Help).
    auto *accountLabel = new QLabel(tr("Acc&ount:"), this);
    accountLabel->setBuddy(m_accountBox);
    // The fields take the room, not their labels.
    accountLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_account->setObjectName(u"accountEdit"_s);
    m_account->setPlaceholderText(u"0000123456-00001"_s);
    m_account->setAccessibleName(tr("Account name"));
    m_account->setToolTip(tr("The ThingSpace account that owns the campaign"));
    m_account->setClearButtonEnabled(true);
    // Wide enough for "0000123456-00001" without scrolling.
    const int accountWidth = m_account->fontMetrics().horizontalAdvance(u"0000123456-00001"_s);
    m_accountBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accountBox->setMinimumContentsLength(16);
    m_accountBox->setMinimumWidth(accountWidth + 56);
    m_accountBox->setMaximumWidth(accountWidth * 3 / 2 + 56);

    auto *campaignLabel = new QLabel(tr("Campa&ign:"), this);
    campaignLabel->setBuddy(m_campaign);
    campaignLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_campaign->setObjectName(u"campaignEdit"_s);
    m_campaign->setPlaceholderText(u"f3c1b0de-5a7e-4c55-9d0e-2b1f6a7c8e90"_s);
    m_campaign->setAccessibleName(tr("Campaign ID"));
    m_campaign->setToolTip(tr("The FOTA campaign whose per-device report to load"));
    m_campaign->setClearButtonEnabled(true);
    // Room for a whole campaign UUID when the window allows, a readable part when it is narrow.
    m_campaign->setMinimumWidth(
        m_campaign->fontMetrics().horizontalAdvance(u"f3c1b0de-5a7e-4c55"_s) + 32);
    m_campaign->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_browse->setObjectName(u"browseButton"_s);
    m_browse->setAccessibleName(tr("Browse campaigns"));
    m_browse->setToolTip(tr("List the account's campaigns and pick one (Ctrl+B)"));

    m_load->setObjectName(u"loadButton"_s);
    m_load->setAccessibleName(tr("Load campaign"));
    m_load->setToolTip(tr("Load every page of the campaign report (F5)"));
    m_load->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_load->setDefault(true);

    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setAccessibleName(tr("Stop loading or refreshing"));
    m_stop->setToolTip(tr("Stop loading or refreshing; the devices already loaded stay (Esc)"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));

    buildLayout(accountLabel, campaignLabel);

    connect(m_account, &QLineEdit::returnPressed, this, &CampaignBar::requestLoad);
    connect(m_campaign, &QLineEdit::returnPressed, this, &CampaignBar::requestLoad);
    connect(m_load, &QPushButton::clicked, this, &CampaignBar::requestLoad);
    connect(m_stop, &QPushButton::clicked, this, &CampaignBar::stopRequested);
    connect(m_browse, &QPushButton::clicked, this, [this] { emit browseRequested(accountName()); });
    connect(m_account, &QLineEdit::textChanged, this, &CampaignBar::updateButtons);
    connect(m_campaign, &QLineEdit::textChanged, this, &CampaignBar::updateButtons);
    updateButtons();
}

void CampaignBar::buildLayout(QLabel *accountLabel, QLabel *campaignLabel)
{
    // Three groups that wrap as wholes: on a narrow window (or with a large font) Load and Stop
    // go to a second line instead of off the screen.
    const auto group = [this](const QList<QPair<QWidget *, int>> &widgets, bool expanding) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (const auto &[w, stretch] : widgets)
            row->addWidget(w, stretch);
        box->setSizePolicy(expanding ? QSizePolicy::Expanding : QSizePolicy::Preferred,
                           QSizePolicy::Fixed);
        return box;
    };
    auto *layout = new FlowLayout(this, 16, 6);
    // The account grows only to its combo's limit; the (longer) campaign ID takes the rest.
    QWidget *accountGroup = group({{accountLabel, 0}, {m_accountBox, 1}}, true);
    accountGroup->setMaximumWidth(accountLabel->sizeHint().width() + m_accountBox->maximumWidth() +
                                  accountGroup->layout()->spacing());
    layout->addWidget(accountGroup);
    layout->addWidget(group({{campaignLabel, 0}, {m_campaign, 1}, {m_browse, 0}}, true));
    layout->addWidget(group({{m_load, 0}, {m_stop, 0}}, false));
}

QString CampaignBar::accountName() const
{
    return m_account->text().trimmed();
}

QString CampaignBar::campaignId() const
{
    return m_campaign->text().trimmed();
}

void CampaignBar::setFields(const QString &accountName, const QString &campaignId)
{
    m_account->setText(accountName.trimmed());
    m_campaign->setText(campaignId.trimmed());
    // setText() leaves the cursor at the end, which scrolls a narrow field to a UUID's tail;
    // its start is what an operator recognises.
    m_account->setCursorPosition(0);
    m_campaign->setCursorPosition(0);
}

void CampaignBar::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    updateButtons();
}

void CampaignBar::setRefreshing(bool refreshing)
{
    if (m_refreshing == refreshing)
        return;
    m_refreshing = refreshing;
    updateButtons();
}

bool CampaignBar::canLoad() const
{
    return !m_loading && !accountName().isEmpty() && !campaignId().isEmpty();
}

void CampaignBar::requestLoad()
{
    if (canLoad())
        emit loadRequested(accountName(), campaignId());
}

QString CampaignBar::historyKey() const
{
    if (m_scope.isEmpty())
        return u"campaign/accounts"_s;
    // Percent-encoded so a profile name cannot add levels to the settings path.
    return u"profiles/%1/accounts"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_scope)));
}

void CampaignBar::setScope(const QString &profileName)
{
    if (profileName == m_scope)
        return;
    m_scope = profileName;
    reloadHistory();
}

void CampaignBar::reloadHistory()
{
    const QString text = m_account->text();
    const QSignalBlocker blocker(m_accountBox);
    m_accountBox->clear();
    m_accountBox->addItems(accountHistory());
    m_accountBox->setCurrentIndex(-1);
    m_account->setText(text);
}

QStringList CampaignBar::accountHistory() const
{
    return QSettings().value(historyKey()).toStringList();
}

void CampaignBar::rememberAccount(const QString &accountName)
{
    const QString account = accountName.trimmed();
    if (account.isEmpty())
        return;
    QStringList history = accountHistory();
    history.removeAll(account);
    history.prepend(account);
    while (history.size() > kHistorySize)
        history.removeLast();
    QSettings().setValue(historyKey(), history);
    // Rebuilding the list must not change what the field says.
    reloadHistory();
}

void CampaignBar::updateButtons()
{
    m_browse->setEnabled(!m_loading && !accountName().isEmpty());
    const bool wasEnabled = m_load->isEnabled();
    m_load->setEnabled(canLoad());
    m_stop->setEnabled(m_loading || m_refreshing);
    if (wasEnabled != m_load->isEnabled())
        emit canLoadChanged(m_load->isEnabled());
}

} // namespace fota
