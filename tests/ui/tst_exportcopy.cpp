// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Getting data out and keeping the operator's layout: the export dialog's choices (rows shown
// vs all devices, CSV vs JSON, the remembered folder), Ctrl+C as tab-separated text with a
// header of the visible columns, the column chooser, and settings that survive a restart.
#include "UiFixture.h"

#include "campaign/DeviceColumn.h"
#include "support/CsvReader.h"
#include "ui/DeviceTableView.h"
#include "ui/ExportDialog.h"
#include "ui/ExportRunner.h"
#include "ui/RefreshBar.h"
#include "ui/StatusSidebar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatedDevice;
using fota::sim::SimulatorServer;

class ExportCopyTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;
    std::unique_ptr<MainWindow> m_window;

    SimulatedCampaign &campaign() { return *m_sim->campaign(kAccount, kCampaign); }
    template <typename T> T *get(const QString &name) { return child<T>(m_window.get(), name); }
    QString cell(int row, DeviceColumn column)
    {
        return m_window->deviceProxy()->index(row, int(column)).data().toString();
    }

    // Opens File → Export…, makes the choices, accepts, and waits for the file.
    bool exportThroughDialog(ExportDialog::Scope scope, ExportFormat format, const QString &path)
    {
        auto *runner = m_window->findChild<ExportRunner *>();
        QSignalSpy done(runner, &ExportRunner::succeeded);
        get<QAction>(u"exportAction"_s)->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>(u"exportDialog"_s);
        if (!dialog)
            return false;
        dialog->setScope(scope);
        dialog->setFormat(format);
        dialog->setPath(path);
        dialog->accept();
        return done.wait(30000) || done.count() == 1;
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-exportcopy"_s);
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        QVERIFY(m_sim->start());
    }

    void init()
    {
        QSettings().clear();
        m_window = openWindow(*m_sim);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        QTest::qWait(0);
    }

    void exportDialogShownVersusAll()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        get<StatusSidebar>(u"statusSidebar"_s)->selectOnly(StatusBucket::Failed);
        auto *table = get<DeviceTableView>(u"deviceTable"_s);
        table->sortByColumn(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
        const int shown = m_window->deviceProxy()->rowCount();
        QVERIFY(shown > 0 && shown < kDevices);
        QStringList shownIds;
        for (int r = 0; r < shown; ++r)
            shownIds << cell(r, DeviceColumn::DeviceId);

        // The dialog offers both and says how many each writes.
        get<QAction>(u"exportAction"_s)->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>(u"exportDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Shown);
        QCOMPARE(dialog->format(), ExportFormat::Csv);
        QVERIFY(dialog->findChild<QRadioButton *>(u"exportShownRadio"_s)
                    ->text()
                    .contains(QLocale(QLocale::English).toString(shown)));
        QVERIFY(dialog->findChild<QRadioButton *>(u"exportAllRadio"_s)
                    ->text()
                    .contains(QLocale(QLocale::English).toString(kDevices)));
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<ExportDialog *>(u"exportDialog"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Rows shown, CSV: the filtered rows in the table's order.
        const QString shownPath = dir.filePath(u"shown.csv"_s);
        QVERIFY(exportThroughDialog(ExportDialog::Scope::Shown, ExportFormat::Csv, shownPath));
        QFile csv(shownPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> records = readCsv(csv.readAll());
        QCOMPARE(records.size(), 1 + shown);
        QStringList written;
        for (qsizetype i = 1; i < records.size(); ++i)
            written << records.at(i).first();
        QCOMPARE(written, shownIds);

        // All devices, JSON: every device, by ascending ID, whatever the filter.
        const QString allPath = dir.filePath(u"all.json"_s);
        QVERIFY(exportThroughDialog(ExportDialog::Scope::All, ExportFormat::Json, allPath));
        QFile json(allPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray devices =
            QJsonDocument::fromJson(json.readAll()).object().value(u"devices"_s).toArray();
        QCOMPARE(devices.size(), qsizetype(kDevices));
        QCOMPARE(devices.first().toObject().value(u"deviceId"_s).toString(),
                 campaign().devices().first().deviceId);
        QCOMPARE(devices.last().toObject().value(u"deviceId"_s).toString(),
                 campaign().devices().last().deviceId);

        // The folder is remembered and offered next time.
        QCOMPARE(QSettings().value(ExportDialog::lastFolderKey()).toString(),
                 QFileInfo(allPath).absolutePath());
        ExportDialog next(1, 1, u"x"_s);
        QCOMPARE(QFileInfo(QDir::fromNativeSeparators(next.path())).absolutePath(),
                 QFileInfo(allPath).absolutePath());
    }

    void ctrlCCopiesVisibleColumnsWithHeader()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *table = get<DeviceTableView>(u"deviceTable"_s);
        QHeaderView *header = table->horizontalHeader();
        header->hideSection(int(DeviceColumn::LastAttempt));
        header->showSection(int(DeviceColumn::Bucket));
        DeviceProxyModel *proxy = m_window->deviceProxy();
        // Rows with a next attempt, so the relative text has something to say.
        QList<int> rows;
        for (int r = 0; r < proxy->rowCount() && rows.size() < 3; ++r) {
            if (proxy->index(r, int(DeviceColumn::NextAttempt))
                    .data(DeviceTableModel::RawRole)
                    .isValid())
                rows << r;
        }
        QCOMPARE(rows.size(), 3);
        QItemSelection selection;
        for (const int r : rows)
            selection.select(proxy->index(r, 0), proxy->index(r, 0));
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.endsWith(u'\n'));
        const QStringList lines = text.chopped(1).split(u'\n');
        QCOMPARE(lines.size(), 4);
        // The header names the visible columns in the order shown (the bucket next to the
        // status), the hidden one left out, times with their zone, and the next attempt's
        // relative text in a column of its own.
        const QStringList titles = lines.first().split(u'\t');
        QCOMPARE(titles.size(), kDeviceColumnCount - 1 + 1);
        QCOMPARE(titles.at(0), DeviceColumns::title(DeviceColumn::DeviceId));
        QCOMPARE(titles.at(1), DeviceColumns::title(DeviceColumn::Status));
        QCOMPARE(titles.at(2), DeviceColumns::title(DeviceColumn::Bucket));
        QVERIFY(!lines.first().contains(DeviceColumns::title(DeviceColumn::LastAttempt)));
        const int next = int(titles.indexOf(u"Next attempt (UTC)"_s));
        QVERIFY2(next > 0, qPrintable(lines.first()));
        QCOMPARE(titles.at(next + 1), u"Next attempt, relative"_s);
        QVERIFY(titles.contains(u"Status time (UTC)"_s));
        static const QRegularExpression plainTime(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = lines.at(i + 1).split(u'\t');
            QCOMPARE(cells.size(), titles.size());
            const int r = rows.at(i);
            QCOMPARE(cells.at(0), cell(r, DeviceColumn::DeviceId));
            QCOMPARE(cells.at(1), cell(r, DeviceColumn::Status));
            QCOMPARE(cells.at(2), cell(r, DeviceColumn::Bucket));
            // Spreadsheet-readable: the plain time, nothing after it.
            QVERIFY2(plainTime.match(cells.at(next)).hasMatch(), qPrintable(cells.at(next)));
            QVERIFY(cell(r, DeviceColumn::NextAttempt).startsWith(cells.at(next)));
            QCOMPARE(cells.at(next + 1), proxy->index(r, int(DeviceColumn::NextAttempt))
                                             .data(DeviceTableModel::RelativeTimeRole)
                                             .toString());
            QVERIFY(!cells.at(next + 1).isEmpty());
        }
    }

    void exportOffersCsvForExcel()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        get<QAction>(u"exportAction"_s)->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>(u"exportDialog"_s);
        QVERIFY(dialog);
        // Plain RFC 4180 UTF-8 stays the default; the Excel flavour is one click away.
        QVERIFY(dialog->findChild<QRadioButton *>(u"exportCsvRadio"_s)->isChecked());
        auto *excel = dialog->findChild<QRadioButton *>(u"exportCsvExcelRadio"_s);
        QVERIFY(excel && excel->text().remove(u'&').contains(u"Excel (UTF-8 with BOM)"_s));
        QVERIFY(!dialog->byteOrderMark());
        QTemporaryDir dir;
        auto *runner = m_window->findChild<ExportRunner *>();
        QSignalSpy done(runner, &ExportRunner::succeeded);
        excel->click();
        QCOMPARE(dialog->format(), ExportFormat::Csv);
        dialog->setPath(dir.filePath(u"excel.csv"_s));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QFile withBom(dir.filePath(u"excel.csv"_s));
        QVERIFY(withBom.open(QIODevice::ReadOnly));
        const QByteArray bytes = withBom.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "deviceId,status,"));
        // The same rows as the default CSV, byte for byte after the mark.
        QVERIFY(exportThroughDialog(ExportDialog::Scope::Shown, ExportFormat::Csv,
                                    dir.filePath(u"plain.csv"_s)));
        QFile plain(dir.filePath(u"plain.csv"_s));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(bytes.mid(3), plain.readAll());
    }

    void exportSuggestsTheCampaignNameAndDate()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        // The name arrives with the campaign's information.
        auto *runner = m_window->findChild<ExportRunner *>();
        QTRY_VERIFY(runner->suggestedBaseName().startsWith(campaign().campaignName()));
        QCOMPARE(runner->suggestedBaseName(),
                 campaign().campaignName() + u' ' + QDate::currentDate().toString(Qt::ISODate));
        get<QAction>(u"exportAction"_s)->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>(u"exportDialog"_s);
        QVERIFY(dialog);
        const QString path = QDir::fromNativeSeparators(dialog->path());
        QCOMPARE(QFileInfo(path).fileName(), runner->suggestedBaseName() + u".csv"_s);
        // The whole path is in view, not only its tail.
        auto *edit = dialog->findChild<QLineEdit *>(u"exportPathEdit"_s);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->text()) < edit->width(),
                 qPrintable(u"%1 px of text in %2 px"_s
                                .arg(edit->fontMetrics().horizontalAdvance(edit->text()))
                                .arg(edit->width())));
        dialog->reject();
    }

    void columnChooserHidesAndShows()
    {
        // From the View menu (the keyboard's way; the header's right-click shows the same).
        auto *table = get<DeviceTableView>(u"deviceTable"_s);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(!header->isSectionHidden(int(DeviceColumn::ResultReason)));
        auto *columns = m_window->findChild<QMenu *>(u"columnsMenu"_s);
        QVERIFY(columns);
        emit columns->aboutToShow();
        auto *reason = columns->findChild<QAction *>(u"columnAction_resultReason"_s);
        QVERIFY(reason && reason->isChecked());
        reason->trigger();
        QVERIFY(header->isSectionHidden(int(DeviceColumn::ResultReason)));
        emit columns->aboutToShow();
        reason = columns->findChild<QAction *>(u"columnAction_resultReason"_s);
        QVERIFY(reason && !reason->isChecked());
        reason->trigger();
        QVERIFY(!header->isSectionHidden(int(DeviceColumn::ResultReason)));
        // The bucket starts hidden (the status carries its colour) and can be shown.
        QVERIFY(header->isSectionHidden(int(DeviceColumn::Bucket)));
    }

    void layoutAndChoicesSurviveARestart()
    {
        FOTA_LOAD(m_window, kAccount, kCampaign, kDevices);
        auto *table = get<DeviceTableView>(u"deviceTable"_s);
        QHeaderView *header = table->horizontalHeader();
        header->hideSection(int(DeviceColumn::LastAttempt));
        header->resizeSection(int(DeviceColumn::DeviceId), 211);
        header->moveSection(header->visualIndex(int(DeviceColumn::NextAttempt)), 1);
        table->sortByColumn(int(DeviceColumn::StatusTime), Qt::DescendingOrder);
        get<QAction>(u"utcAction"_s)->setChecked(false);
        get<QComboBox>(u"autoRefreshCombo"_s)
            ->setCurrentIndex(get<QComboBox>(u"autoRefreshCombo"_s)->findData(30));
        m_window->resize(1301, 811);
        m_window->saveSettings();
        m_window->close();
        m_window.reset();

        m_window = openWindow(*m_sim);
        QVERIFY(m_window);
        table = get<DeviceTableView>(u"deviceTable"_s);
        header = table->horizontalHeader();
        QVERIFY(header->isSectionHidden(int(DeviceColumn::LastAttempt)));
        QCOMPARE(header->sectionSize(int(DeviceColumn::DeviceId)), 211);
        QCOMPARE(header->visualIndex(int(DeviceColumn::NextAttempt)), 1);
        QCOMPARE(m_window->deviceProxy()->sortColumn(), int(DeviceColumn::StatusTime));
        QCOMPARE(m_window->deviceProxy()->sortOrder(), Qt::DescendingOrder);
        QVERIFY(!m_window->deviceModel()->useUtc());
        QVERIFY(!get<QAction>(u"utcAction"_s)->isChecked());
        QVERIFY(m_window->deviceModel()
                    ->headerData(int(DeviceColumn::StatusTime), Qt::Horizontal)
                    .toString()
                    .contains(u"local"_s));
        QCOMPARE(get<RefreshBar>(u"refreshBar"_s)->intervalMinutes(), 30);
        QCOMPARE(m_window->size(), QSize(1301, 811));

        // Account history and recent campaigns (nothing secret: names only).
        QCOMPARE(QSettings().value(u"campaign/accounts"_s).toStringList(), QStringList{kAccount});
        const QString all = QSettings().allKeys().join(u' ');
        QVERIFY2(!all.contains(u"password"_s, Qt::CaseInsensitive) &&
                     !all.contains(u"secret"_s, Qt::CaseInsensitive) &&
                     !all.contains(u"token"_s, Qt::CaseInsensitive),
                 qPrintable(all));
    }
};

FOTA_UI_TEST_MAIN(ExportCopyTest, 1920, 1200)
#include "tst_exportcopy.moc"
