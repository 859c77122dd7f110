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
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

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
        DeviceProxyModel *proxy = m_window->deviceProxy();
        table->selectionModel()->select(QItemSelection(proxy->index(3, 0), proxy->index(5, 0)),
                                        QItemSelectionModel::ClearAndSelect |
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
        // The header names the visible columns in the order shown: the bucket next to the
        // status by default, the hidden column left out.
        const QStringList titles = lines.first().split(u'\t');
        QCOMPARE(titles.size(), kDeviceColumnCount - 1);
        QCOMPARE(titles.at(0), DeviceColumns::title(DeviceColumn::DeviceId));
        QCOMPARE(titles.at(1), DeviceColumns::title(DeviceColumn::Status));
        QCOMPARE(titles.at(2), DeviceColumns::title(DeviceColumn::Bucket));
        QVERIFY(!lines.first().contains(DeviceColumns::title(DeviceColumn::LastAttempt)));
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = lines.at(i + 1).split(u'\t');
            QCOMPARE(cells.size(), titles.size());
            QCOMPARE(cells.at(0), cell(3 + i, DeviceColumn::DeviceId));
            QCOMPARE(cells.at(1), cell(3 + i, DeviceColumn::Status));
            QCOMPARE(cells.at(2), cell(3 + i, DeviceColumn::Bucket));
        }
    }

    void columnChooserHidesAndShows()
    {
        auto *table = get<DeviceTableView>(u"deviceTable"_s);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(!header->isSectionHidden(int(DeviceColumn::ResultReason)));
        bool found = false;
        // The menu runs its own loop; act on it once it is up.
        QTimer::singleShot(50, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text() == DeviceColumns::title(DeviceColumn::ResultReason)) {
                    found = action->isChecked();
                    action->trigger();
                }
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(found);
        QVERIFY(header->isSectionHidden(int(DeviceColumn::ResultReason)));
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

QTEST_MAIN(ExportCopyTest)
#include "tst_exportcopy.moc"
