// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/CampaignBrowserDialog.h"

#include "campaign/TimeDisplay.h"
#include "common/PluralText.h"
#include "thingspace/CampaignDirectory.h"
#include "ui/NumberText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
// What a column sorts by: the text shown, but dates as ISO 8601, which sorts in time order
// whatever the locale shows.
constexpr int kSortRole = Qt::UserRole + 2;

QStandardItem *dateItem(const QDate &date, const QString &raw)
{
    auto *item = new QStandardItem(date.isValid() ? TimeDisplay::dateText(date) : raw);
    item->setData(date.isValid() ? date.toString(Qt::ISODate) : raw, kSortRole);
    return item;
}

} // namespace

CampaignBrowserDialog::CampaignBrowserDialog(ApiClient *client, const QString &accountName,
                                             QWidget *parent)
    : QDialog(parent)
    , m_account(accountName)
    , m_directory(new CampaignDirectory(client, this))
    , m_items(new QStandardItemModel(0, ColumnCount, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
    , m_open(m_buttons->button(QDialogButtonBox::Open))
{
    setObjectName(u"campaignBrowser"_s);
    setWindowTitle(tr("Campaigns of %1").arg(accountName));

    //: Column titles of the campaign list; Start and End are the campaign's dates.
    m_items->setHorizontalHeaderLabels({tr("Name"), tr("Firmware"), tr("Make / model"), tr("Start"),
                                        tr("End"), tr("Status"), tr("Campaign ID")});
    m_sorted->setSourceModel(m_items);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortRole(kSortRole);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setFilterKeyColumn(-1); // any column: name, firmware, status or ID

    m_filter->setObjectName(u"campaignFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name, firmware, device, date, status or ID…"));
    m_filter->setAccessibleName(tr("Filter campaigns"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    setUpView();

    m_status->setObjectName(u"campaignBrowserStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_open->setObjectName(u"openCampaignButton"_s);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    // Wide enough for every column without cutting one; tall enough for a dozen campaigns.
    const int em = m_view->fontMetrics().horizontalAdvance(u"M"_s);
    resize(std::max(em * 90, sizeHint().width()),
           m_view->verticalHeader()->defaultSectionSize() * 14 + em * 8);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignBrowserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CampaignBrowserDialog::reject);
    connect(m_view, &QTableView::activated, this, &CampaignBrowserDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignBrowserDialog::updateButtons);
    connect(m_directory, &CampaignDirectory::campaignsFound, this,
            &CampaignBrowserDialog::addCampaigns);
    connect(m_directory, &CampaignDirectory::retrying, this,
            [this](const QString &message) { m_status->setText(tr("Retrying: %1").arg(message)); });
    connect(m_directory, &CampaignDirectory::finished, this, &CampaignBrowserDialog::onFinished);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_sorted->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    connect(this, &QDialog::finished, m_directory, [this] {
        if (m_directory->isRunning())
            m_directory->cancel();
    });

    m_status->setText(tr("Listing the campaigns of %1…").arg(accountName));
    updateButtons();
    m_directory->list(accountName);
}

void CampaignBrowserDialog::setUpView()
{
    m_view->setObjectName(u"campaignTable"_s);
    m_view->setAccessibleName(tr("Campaigns"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StartColumn, Qt::DescendingOrder); // newest first
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_view->fontMetrics().horizontalAdvance(u"M"_s);
    // Until rows arrive, widths for typical values; then each column fits what it holds.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = em * 2;
    m_view->setColumnWidth(NameColumn, em * 18);
    m_view->setColumnWidth(FirmwareColumn,
                           fm.horizontalAdvance(u"SWI9X50C_01.14.02.00 → SWI9X50C_01.14.13.00"_s) +
                               pad);
    m_view->setColumnWidth(DeviceColumn, em * 12);
    m_view->setColumnWidth(StartColumn, fm.horizontalAdvance(u"2026-11-20"_s) + pad);
    m_view->setColumnWidth(EndColumn, fm.horizontalAdvance(u"2026-11-20"_s) + pad);
    m_view->setColumnWidth(StatusColumn, fm.horizontalAdvance(u"CampaignRequestPending"_s) + pad);
}

bool CampaignBrowserDialog::isListing() const
{
    return m_directory->isRunning();
}

void CampaignBrowserDialog::addCampaigns(const QList<CampaignInfo> &campaigns)
{
    const bool wasEmpty = m_items->rowCount() == 0;
    for (const CampaignInfo &c : campaigns) {
        QList<QStandardItem *> row;
        row << new QStandardItem(c.campaignName.isEmpty() ? c.id : c.campaignName)
            //: The firmware upgrade: %1 the version from, %2 the version to.
            << new QStandardItem(tr("%1 → %2").arg(c.firmwareFrom, c.firmwareTo))
            //: The devices' kind: %1 the make, %2 the model ("Sierra Wireless RV55").
            << new QStandardItem(tr("%1 %2").arg(c.make, c.model).trimmed())
            << dateItem(c.startDate, c.startDateText) << dateItem(c.endDate, c.endDateText)
            << new QStandardItem(c.status) << new QStandardItem(c.id);
        for (QStandardItem *item : row) {
            item->setData(c.id, kIdRole);
            if (!item->data(kSortRole).isValid())
                item->setData(item->text(), kSortRole);
            item->setToolTip(item->text());
        }
        if (!c.firmwareName.isEmpty())
            row[FirmwareColumn]->setToolTip(c.firmwareName);
        m_items->appendRow(row);
    }
    m_status->setText(tr("Listing… %1 campaigns so far").arg(NumberText::count(campaignCount())));
    fitColumns();
    if (wasEmpty && m_items->rowCount() > 0) {
        // Keyboard users can press Enter at once.
        m_view->selectRow(0);
        m_view->setFocus();
    }
}

void CampaignBrowserDialog::onFinished(const QList<CampaignInfo> &, const ApiError &error)
{
    const QString count = NumberText::count(campaignCount());
    fitColumns();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        m_status->setText(
            tr("%1 campaigns; some could not be listed: %2").arg(count, error.toString()));
    else if (campaignCount() == 0)
        m_status->setText(tr("No campaigns found for %1.").arg(m_account));
    else
        m_status->setText(
            PluralText::text(
                "fota::CampaignBrowserDialog",
                QT_TRANSLATE_N_NOOP("fota::CampaignBrowserDialog",
                                    "%1 campaign. Double-click it, or select it and press Open."),
                QT_TRANSLATE_N_NOOP("fota::CampaignBrowserDialog",
                                    "%1 campaigns. Double-click one, or select it and press Open."),
                campaignCount())
                .arg(count));
    updateButtons();
}

void CampaignBrowserDialog::fitColumns()
{
    // Each column as wide as its widest value (a few hundred rows: cheap), within reason, so
    // no column is cut and no space is wasted; the ID, last, takes what is left.
    const int cap = m_view->fontMetrics().horizontalAdvance(u"M"_s) * 36;
    for (int c = 0; c < IdColumn; ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), cap));
    }
}

int CampaignBrowserDialog::shownCount() const
{
    return m_sorted->rowCount();
}

int CampaignBrowserDialog::campaignCount() const
{
    return m_items->rowCount();
}

QString CampaignBrowserDialog::statusText() const
{
    return m_status->text();
}

QString CampaignBrowserDialog::selectedCampaignId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(kIdRole).toString();
}

void CampaignBrowserDialog::updateButtons()
{
    m_open->setEnabled(!selectedCampaignId().isEmpty());
}

void CampaignBrowserDialog::accept()
{
    const QString id = selectedCampaignId();
    if (id.isEmpty())
        return;
    QDialog::accept();
    emit campaignChosen(m_account, id);
}

} // namespace fota
