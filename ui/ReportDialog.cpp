// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ReportDialog.h"

#include "ui/ExportDialog.h"

#include <QButtonGroup>
#include <QComboBox>
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

namespace {

constexpr int kPrevious = -1; // item data of "the previous snapshot"
constexpr int kNone = -2;     // item data of "no comparison"

QString startFolder()
{
    for (const QString &dir :
         {QSettings().value(ExportDialog::lastFolderKey()).toString(),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()}) {
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QDir::currentPath();
}

} // namespace

ReportDialog::ReportDialog(const QString &baseName, const QString &asOfText, QWidget *parent)
    : QDialog(parent)
    , m_html(new QRadioButton(tr("&HTML: one file for a browser or an e-mail"), this))
    , m_pdf(new QRadioButton(tr("&PDF: pages for printing or attaching"), this))
    , m_path(new QLineEdit(this))
    , m_asOf(new QLabel(asOfText, this))
    , m_since(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Campaign report"));
    m_html->setObjectName(u"reportHtmlRadio"_s);
    m_pdf->setObjectName(u"reportPdfRadio"_s);
    m_html->setChecked(true);
    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    formatLayout->addWidget(m_html);
    formatLayout->addWidget(m_pdf);
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_html);
    formats->addButton(m_pdf);

    m_path->setObjectName(u"reportPathEdit"_s);
    m_path->setAccessibleName(tr("File to write"));
    m_path->setText(QDir::toNativeSeparators(QDir(startFolder()).filePath(baseName + u".html"_s)));
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(u"M"_s) * 36);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"reportBrowseButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_asOf->setObjectName(u"reportAsOfLabel"_s);
    m_asOf->setWordWrap(true);
    m_since->setObjectName(u"reportSinceBox"_s);
    m_since->setAccessibleName(tr("Snapshot to compare with"));
    m_since->addItem(tr("Reading the history…"), kNone);
    m_since->setEnabled(false);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("Data as of:"), m_asOf);
    auto *sinceLabel = new QLabel(tr("&Compare with:"), this);
    sinceLabel->setBuddy(m_since);
    form->addRow(sinceLabel, m_since);

    auto *limits = new QLabel(tr("Long lists are cut, and the report says so: the 20 most "
                                 "frequent failure reasons, the first 100 overdue devices and "
                                 "the first 100 devices that changed."),
                              this);
    limits->setWordWrap(true);
    limits->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(u"reportProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write report"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reportWriteButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addLayout(form);
    layout->addWidget(limits);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_pdf, &QRadioButton::toggled, this, &ReportDialog::followFormat);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::validate);
    validate();
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

ReportFormat ReportDialog::format() const
{
    return m_pdf->isChecked() ? ReportFormat::Pdf : ReportFormat::Html;
}

QString ReportDialog::asOfText() const
{
    return m_asOf->text();
}

ReportSince ReportDialog::since() const
{
    const qint64 chosen = m_since->currentData().toLongLong();
    if (chosen == kPrevious)
        return ReportSince::previous();
    if (chosen == kNone)
        return ReportSince::none();
    return ReportSince::atOrBefore(chosen);
}

void ReportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ReportDialog::setFormat(ReportFormat format)
{
    (format == ReportFormat::Pdf ? m_pdf : m_html)->setChecked(true);
}

void ReportDialog::setSnapshots(const QList<qint64> &timesMs, const QStringList &labels,
                                const QString &noneReason)
{
    m_since->clear();
    if (timesMs.isEmpty()) {
        m_since->addItem(
            noneReason.isEmpty() ? tr("No earlier snapshot in the history") : noneReason, kNone);
        m_since->setEnabled(false);
        return;
    }
    m_since->addItem(tr("The previous snapshot (%1)").arg(labels.last()), kPrevious);
    // Newest first: the recent ones are what an operator compares with.
    for (qsizetype i = timesMs.size() - 1; i >= 0; --i)
        m_since->addItem(labels.value(i), timesMs.at(i));
    m_since->addItem(tr("No comparison"), kNone);
    m_since->setEnabled(true);
}

void ReportDialog::followFormat()
{
    const QFileInfo info(path());
    if (info.fileName().isEmpty())
        return;
    const QString suffix = ReportFormats::suffix(format());
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return;
    const bool known = ReportFormats::fromName(info.suffix()).has_value();
    const QString base = known ? info.completeBaseName() : info.fileName();
    setPath(QDir(info.path()).filePath(base + u'.' + suffix));
}

void ReportDialog::validate()
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

void ReportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Write the report to"));
    dialog->setObjectName(u"reportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString html = tr("HTML (*.html)");
    const QString pdf = tr("PDF (*.pdf)");
    dialog->setNameFilters({html, pdf});
    dialog->selectNameFilter(format() == ReportFormat::Pdf ? pdf : html);
    dialog->setDefaultSuffix(ReportFormats::suffix(format()));
    const QFileInfo info(path());
    dialog->setDirectory(info.absoluteDir().exists() ? info.absolutePath() : startFolder());
    dialog->selectFile(info.fileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        if (const auto byName = ReportFormats::fromName(QFileInfo(chosen).suffix()))
            setFormat(*byName);
        setPath(chosen);
    });
    dialog->open();
}

void ReportDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString chosen = QDir::fromNativeSeparators(path());
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += u'.' + ReportFormats::suffix(format());
    QSettings().setValue(ExportDialog::lastFolderKey(), QFileInfo(chosen).absolutePath());
    QDialog::accept();
    emit reportRequested(chosen, format(), since());
}

} // namespace fota
