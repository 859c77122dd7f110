// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ExportDialog.h"

#include "export/ExportJob.h"
#include "ui/NumberText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

QString ExportDialog::lastFolderKey()
{
    return u"export/lastFolder"_s;
}

QString ExportDialog::suggestedFolder()
{
    for (const QString &dir :
         {QSettings().value(lastFolderKey()).toString(),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()}) {
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QDir::currentPath();
}

ExportDialog::ExportDialog(qint64 shownRows, qint64 allRows, const QString &baseName,
                           QWidget *parent)
    : QDialog(parent)
    , m_shown(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_csv(new QRadioButton(tr("&CSV (RFC 4180, UTF-8; LibreOffice, scripts)"), this))
    , m_csvExcel(new QRadioButton(tr("CSV for E&xcel (UTF-8 with BOM)"), this))
    , m_json(new QRadioButton(tr("&JSON (scripts; the API's field names)"), this))
    , m_incomplete(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export devices"));

    m_shown->setObjectName(u"exportShownRadio"_s);
    m_shown->setText(tr("&Rows shown, filtered and sorted as in the table (%1 devices)")
                         .arg(NumberText::count(shownRows)));
    m_all->setObjectName(u"exportAllRadio"_s);
    m_all->setText(tr("&All devices of the campaign, by device ID (%1 devices)")
                       .arg(NumberText::count(allRows)));
    m_shown->setChecked(true);
    m_shown->setEnabled(shownRows > 0);
    if (shownRows == 0)
        m_all->setChecked(true);
    auto *scopeBox = new QGroupBox(tr("What to write"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_shown);
    scopeLayout->addWidget(m_all);
    m_incomplete->setObjectName(u"exportIncompleteNote"_s);
    m_incomplete->setWordWrap(true);
    m_incomplete->hide();
    scopeLayout->addWidget(m_incomplete);
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_shown);
    scopes->addButton(m_all);

    m_csv->setObjectName(u"exportCsvRadio"_s);
    m_csvExcel->setObjectName(u"exportCsvExcelRadio"_s);
    m_csvExcel->setToolTip(tr("Excel opens a CSV without a byte-order mark in the computer's "
                              "old code page and garbles accented and non-Latin reasons"));
    m_json->setObjectName(u"exportJsonRadio"_s);
    m_csv->setChecked(true);
    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_csvExcel);
    formatLayout->addWidget(m_json);
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_csvExcel);
    formats->addButton(m_json);

    m_path->setObjectName(u"exportPathEdit"_s);
    m_path->setAccessibleName(tr("File to write"));
    m_path->setText(
        QDir::toNativeSeparators(QDir(suggestedFolder()).filePath(baseName + u".csv"_s)));
    // The whole path in view, not its tail: as wide as it is (within the screen's reason).
    const int em = m_path->fontMetrics().horizontalAdvance(u"M"_s);
    m_path->setMinimumWidth(std::clamp(
        m_path->fontMetrics().horizontalAdvance(m_path->text()) + em * 2, em * 36, em * 64));
    m_path->setCursorPosition(0);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"exportBrowseButton"_s);
    browse->setAccessibleName(tr("Choose the file to write"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);

    m_problem->setObjectName(u"exportProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(formatBox);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(fileLabel, pathRow);
    layout->addLayout(fileForm);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::followFormat);
    connect(m_json, &QRadioButton::toggled, this, &ExportDialog::followFormat);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    validate();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportFormat ExportDialog::format() const
{
    return m_json->isChecked() ? ExportFormat::Json : ExportFormat::Csv;
}

bool ExportDialog::byteOrderMark() const
{
    return m_csvExcel->isChecked();
}

void ExportDialog::setByteOrderMark(bool bom)
{
    if (bom)
        m_csvExcel->setChecked(true);
    else if (m_csvExcel->isChecked())
        m_csv->setChecked(true);
}

void ExportDialog::setIncomplete(qint64 loaded, std::optional<qint64> totalDevice)
{
    m_all->setText(
        tr("&All devices loaded, by device ID (%1 devices)").arg(NumberText::count(loaded)));
    m_incomplete->setText(
        totalDevice ? tr("⚠ The load did not complete: the table holds %1 of the campaign's %2 "
                         "devices, and an export holds only those.")
                          .arg(NumberText::count(loaded), NumberText::count(*totalDevice))
                    : tr("⚠ The load did not complete: the table holds %1 devices, not the whole "
                         "campaign, and an export holds only those.")
                          .arg(NumberText::count(loaded)));
    m_incomplete->show();
}

QString ExportDialog::allDevicesText() const
{
    return m_all->text() + (m_incomplete->isHidden() ? QString() : u'\n' + m_incomplete->text());
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_all->isChecked() ? Scope::All : Scope::Shown;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setFormat(ExportFormat format)
{
    if (format == ExportFormat::Json)
        m_json->setChecked(true);
    else if (!m_csvExcel->isChecked())
        m_csv->setChecked(true);
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::All ? m_all : m_shown)->setChecked(true);
}

void ExportDialog::followFormat()
{
    // The file name follows the format, as the operator expects: devices.csv -> devices.json.
    const QFileInfo info(path());
    if (info.fileName().isEmpty())
        return;
    const QString suffix = ExportJob::suffix(format());
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return;
    const bool known = ExportJob::formatFromName(info.suffix()).has_value();
    const QString base = known ? info.completeBaseName() : info.fileName();
    setPath(QDir(info.path()).filePath(base + u'.' + suffix));
}

void ExportDialog::validate()
{
    const QFileInfo info(path());
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose a file to write.");
    else if (!info.absoluteDir().exists())
        problem =
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (info.isDir())
        problem = tr("That is a folder; add a file name.");
    else if (info.exists())
        problem = tr("The file exists and will be replaced.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!path().isEmpty() && info.absoluteDir().exists() && !info.isDir());
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export to"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const bool json = format() == ExportFormat::Json;
    dialog->setNameFilters({tr("CSV (*.csv)"), tr("JSON (*.json)")});
    dialog->selectNameFilter(json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    dialog->setDefaultSuffix(ExportJob::suffix(format()));
    const QFileInfo info(path());
    dialog->setDirectory(info.absoluteDir().exists() ? info.absolutePath() : suggestedFolder());
    dialog->selectFile(info.fileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        if (const auto byName = ExportJob::formatFromName(QFileInfo(chosen).suffix()))
            setFormat(*byName);
        setPath(chosen);
    });
    dialog->open();
}

void ExportDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString chosen = QDir::fromNativeSeparators(path());
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += u'.' + ExportJob::suffix(format());
    QSettings().setValue(lastFolderKey(), QFileInfo(chosen).absolutePath());
    QDialog::accept();
    emit exportRequested(chosen, format(), scope(),
                         format() == ExportFormat::Csv && byteOrderMark());
}

} // namespace fota
