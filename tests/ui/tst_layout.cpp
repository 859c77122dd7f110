// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window on a 1280x800 laptop screen with an 11 pt font: it fits the screen, controls wrap
// instead of running off it, every value in the panels is readable, every filter in force is
// shown, and a hostile 10 MB reason costs the table a few hundred characters.
//
// With FOTA_TEST_GRAB_DIR set, the windows and dialogs are also saved there as PNG files, to be
// looked at (the offscreen platform renders them like a real screen).
#include "UiFixture.h"

#include "campaign/DeviceColumn.h"
#include "campaign/ReasonGroups.h"
#include "ui/ActiveFiltersBar.h"
#include "ui/CampaignBrowserDialog.h"
#include "ui/DeviceDetailPane.h"
#include "ui/DeviceRowDelegate.h"
#include "ui/DeviceTableView.h"
#include "ui/ExportDialog.h"
#include "ui/FailureReasonsPanel.h"
#include "ui/FitTextView.h"
#include "ui/HistoryPanel.h"
#include "ui/ProgressChartView.h"
#include "ui/SignInDialog.h"
#include "ui/StatusSidebar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;
using fota::sim::SimulatedCampaign;
using fota::sim::SimulatorServer;

namespace {

void maybeSave(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FOTA_TEST_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

// Whether the text fits the widget's contents (wrapped at words as a QLabel wraps it).
QString clippedText(const QLabel *label)
{
    const QRect room = label->contentsRect();
    const QRect needed = label->fontMetrics().boundingRect(
        QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap | int(label->alignment()),
        label->text());
    if (needed.width() <= room.width() && needed.height() <= room.height())
        return {};
    return u"%1: needs %2x%3, has %4x%5"_s.arg(label->objectName())
        .arg(needed.width())
        .arg(needed.height())
        .arg(room.width())
        .arg(room.height());
}

// Every visible widget of `area` lies inside the window.
QStringList offWindow(QWidget *window, QWidget *area)
{
    QStringList out;
    for (QWidget *w : area->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow())
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().contains(r))
            out << u"%1 at %2,%3 %4x%5"_s
                       .arg(w->objectName().isEmpty()
                                ? QString::fromLatin1(w->metaObject()->className())
                                : w->objectName())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height());
    }
    return out;
}

// Every visible button or combo box in `area` that lies in a QScrollArea but is not wholly
// inside that scroll area's viewport.
QStringList outsideScrollViewport(QWidget *area)
{
    QStringList out;
    QList<QWidget *> controls;
    for (QAbstractButton *b : area->findChildren<QAbstractButton *>())
        controls << b;
    for (QComboBox *c : area->findChildren<QComboBox *>())
        controls << c;
    for (QWidget *w : std::as_const(controls)) {
        if (!w->isVisible())
            continue;
        QScrollArea *scroll = nullptr;
        for (QWidget *p = w->parentWidget(); p && !scroll; p = p->parentWidget())
            scroll = qobject_cast<QScrollArea *>(p);
        if (!scroll || scroll->widget() == nullptr || !scroll->widget()->isAncestorOf(w))
            continue;
        const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        if (!scroll->viewport()->rect().contains(r))
            out << u"%1 at %2,%3 %4x%5 outside %6's viewport %7x%8"_s.arg(w->objectName())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height())
                       .arg(scroll->objectName())
                       .arg(scroll->viewport()->width())
                       .arg(scroll->viewport()->height());
    }
    return out;
}

// Every visible section of the table's header lies inside the viewport, and nothing scrolls
// sideways.
QStringList sectionsOutsideViewport(QTableView *table)
{
    QStringList out;
    const QHeaderView *header = table->horizontalHeader();
    if (table->horizontalScrollBar()->maximum() > 0)
        out << u"scrolls sideways by %1 px"_s.arg(table->horizontalScrollBar()->maximum());
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int left = header->sectionViewportPosition(c);
        const int right = left + header->sectionSize(c);
        if (left < 0 || right > table->viewport()->width())
            out << u"%1 at %2..%3 of %4"_s
                       .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                       .arg(left)
                       .arg(right)
                       .arg(table->viewport()->width());
    }
    return out;
}

} // namespace

class LayoutTest : public QObject
{
    Q_OBJECT

private:
    SimulatorServer *m_sim = nullptr;

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-tst-layout"_s);
        // What an operator with a larger desktop font has.
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 11));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1280, 800));
        m_sim = new SimulatorServer(this);
        m_sim->addCampaign(SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        QVERIFY(m_sim->start());
    }

    void init() { QSettings().clear(); }

    void firstWindowFitsTheScreen()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        const QRect available = window->screen()->availableGeometry();
        QTRY_VERIFY2(available.contains(window->frameGeometry()),
                     qPrintable(u"%1x%2 in %3x%4"_s.arg(window->frameGeometry().width())
                                    .arg(window->frameGeometry().height())
                                    .arg(available.width())
                                    .arg(available.height())));
        QVERIFY(window->statusBar()->isVisible());
        QVERIFY(window->rect().contains(QRect(window->statusBar()->mapTo(window.get(), QPoint()),
                                              window->statusBar()->size())));
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QCoreApplication::processEvents();
        maybeSave(window.get(), u"window-1280x800-11pt"_s);
        QStringList off;
        for (const char *area : {"campaignBar", "filterBar", "refreshBar", "bucketSummary",
                                 "progressPanel", "campaignHeader"})
            off << offWindow(window.get(), child<QWidget>(window.get(), QString::fromLatin1(area)));
        QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
    }

    void defaultColumnsFitTheTable()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QCoreApplication::processEvents();
        auto *table = child<DeviceTableView>(window.get(), u"deviceTable"_s);
        QVERIFY2(sectionsOutsideViewport(table).isEmpty(),
                 qPrintable(sectionsOutsideViewport(table).join(u"; "_s)));
        QHeaderView *header = table->horizontalHeader();
        for (const DeviceColumn c :
             {DeviceColumn::DeviceId, DeviceColumn::Status, DeviceColumn::ResultReason,
              DeviceColumn::StatusTime, DeviceColumn::NextAttempt})
            QVERIFY2(!header->isSectionHidden(int(c)), qPrintable(DeviceColumns::title(c)));
        // The next attempt's time reads whole in its cell, its title too.
        const int next = int(DeviceColumn::NextAttempt);
        QVERIFY(header->sectionSize(next) >=
                header->fontMetrics().horizontalAdvance(
                    table->model()->headerData(next, Qt::Horizontal).toString()));
        DeviceProxyModel *proxy = window->deviceProxy();
        int overdue = 0;
        while (overdue < proxy->rowCount() &&
               !proxy->index(overdue, next).data(DeviceTableModel::OverdueRole).toBool())
            ++overdue;
        QVERIFY(overdue < proxy->rowCount());
        table->scrollTo(proxy->index(overdue, next));
        auto *delegate = qobject_cast<DeviceRowDelegate *>(table->itemDelegate());
        const QStyleOptionViewItem option = delegate->styledOption(
            proxy->index(overdue, next), table->visualRect(proxy->index(overdue, next)));
        const QString time =
            proxy->index(overdue, next).data(DeviceTableModel::CopyRole).toString();
        QVERIFY2(option.text.startsWith(time), qPrintable(option.text));
        QVERIFY2(option.fontMetrics.horizontalAdvance(option.text) + option.decorationSize.width() <
                     option.rect.width(),
                 qPrintable(u"%1 in %2 px"_s.arg(option.text).arg(option.rect.width())));
        // The reason keeps a readable width.
        QVERIFY(header->sectionSize(int(DeviceColumn::ResultReason)) >=
                table->fontMetrics().horizontalAdvance(u"M"_s) * 12);
        maybeSave(window.get(), u"window-columns-1280x800-11pt"_s);
    }

    void aHeaderSavedBeforeFittingExistedFitsToo()
    {
        // Earlier versions saved the header on every exit, whether or not the operator sized
        // anything, and no flag saying which: such a header is fitted like a new one.
        {
            DeviceTableModel model;
            DeviceTableView wide;
            wide.setModel(&model);
            wide.horizontalHeader()->resizeSection(int(DeviceColumn::ResultReason), 700);
            QSettings settings;
            settings.setValue(u"table/header"_s, wide.saveLayout());
        }
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QCoreApplication::processEvents();
        auto *table = child<DeviceTableView>(window.get(), u"deviceTable"_s);
        QVERIFY(table->hasAutomaticWidths());
        QVERIFY2(sectionsOutsideViewport(table).isEmpty(),
                 qPrintable(sectionsOutsideViewport(table).join(u"; "_s)));
    }

    void columnsFollowTheViewportUntilTheOperatorChooses()
    {
        DeviceTableModel model;
        model.upsertDevices({{u"356938035643809"_s, u"UpgradeFailed"_s, u"x"_s}});
        DeviceTableView view;
        view.setModel(&model);
        QHeaderView *header = view.horizontalHeader();
        const int last = int(DeviceColumn::LastAttempt);
        view.resize(1500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!header->isSectionHidden(last));
        // (The scroll bar's range follows the header when the view next lays out.)
        QTRY_VERIFY(sectionsOutsideViewport(&view).isEmpty());
        // Narrow: nothing scrolls sideways; the last attempt goes first.
        view.resize(950, 300);
        QTRY_VERIFY(header->isSectionHidden(last));
        QTRY_VERIFY2(sectionsOutsideViewport(&view).isEmpty(),
                     qPrintable(sectionsOutsideViewport(&view).join(u"; "_s)));
        // It was not the operator's choice: saved as shown, and back when there is room.
        DeviceTableView restored;
        restored.setModel(&model);
        QVERIFY(restored.restoreLayout(view.saveLayout(), view.hasAutomaticWidths()));
        restored.resize(1500, 300);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QTRY_VERIFY(!restored.horizontalHeader()->isSectionHidden(last));
        restored.hide();
        view.resize(1500, 300);
        QTRY_VERIFY(!header->isSectionHidden(last));
        // The operator's choice wins, even when it scrolls sideways.
        view.resize(950, 300);
        QTRY_VERIFY(header->isSectionHidden(last));
        view.setColumnShown(last, true);
        QVERIFY(!header->isSectionHidden(last));
        view.resize(900, 300);
        QTRY_COMPARE(view.width(), 900);
        QVERIFY(!header->isSectionHidden(last));
        // So does a width they set: fitting stops.
        header->resizeSection(int(DeviceColumn::DeviceId), 400);
        QVERIFY(!view.hasAutomaticWidths());
        view.resize(1500, 300);
        QTRY_COMPARE(view.width(), 1500);
        QCOMPARE(header->sectionSize(int(DeviceColumn::DeviceId)), 400);
    }

    void minimumWidthStaysNearAThousandPixels()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        const int minimum = window->minimumSizeHint().width();
        QVERIFY2(minimum <= 1000, qPrintable(u"minimum width %1 px at 11 pt"_s.arg(minimum)));

        // At that width the rows wrap: Load and Stop stay in the window, nothing runs off.
        window->resize(std::max(minimum, 1000), 800);
        QTRY_COMPARE(window->width(), std::max(minimum, 1000));
        QCoreApplication::processEvents();
        maybeSave(window.get(), u"window-narrow-11pt"_s);
        QStringList off;
        for (const char *area :
             {"campaignBar", "filterBar", "refreshBar", "bucketSummary", "progressPanel"})
            off << offWindow(window.get(), child<QWidget>(window.get(), QString::fromLatin1(area)));
        QVERIFY2(off.isEmpty(), qPrintable(off.join(u"; "_s)));
        for (const char *name : {"loadButton", "stopButton", "browseButton", "searchEdit",
                                 "changedCheck", "markSeenButton"}) {
            auto *w = child<QWidget>(window.get(), QString::fromLatin1(name));
            QVERIFY2(w->isVisible(), name);
            QVERIFY2(window->rect().contains(QRect(w->mapTo(window.get(), QPoint()), w->size())),
                     name);
        }
    }

    void detailPaneShowsEveryValueInFull()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        // A device with a long reason and every time set.
        DeviceProxyModel *proxy = window->deviceProxy();
        int row = -1;
        for (int r = 0; r < proxy->rowCount() && row < 0; ++r) {
            const QString reason = proxy->index(r, int(DeviceColumn::ResultReason))
                                       .data(DeviceTableModel::RawRole)
                                       .toString();
            const bool timed = proxy->index(r, int(DeviceColumn::NextAttempt))
                                   .data(DeviceTableModel::RawRole)
                                   .isValid() &&
                               proxy->index(r, int(DeviceColumn::StatusTime))
                                   .data(DeviceTableModel::RawRole)
                                   .isValid();
            if (reason.size() > 60 && timed)
                row = r;
        }
        QVERIFY(row >= 0);
        auto *detailDock = child<QDockWidget>(window.get(), u"detailDock"_s);
        detailDock->raise();
        child<QTableView>(window.get(), u"deviceTable"_s)->setCurrentIndex(proxy->index(row, 0));
        auto *pane = child<DeviceDetailPane>(window.get(), u"deviceDetail"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pane->historyCount() > 0, 10000);
        QCoreApplication::processEvents();
        maybeSave(detailDock, u"detail-pane-11pt"_s);

        // Every field reads in full: wrapped or scrolled to, never cut.
        QStringList clipped;
        for (int c = 0; c < kDeviceColumnCount; ++c) {
            if (DeviceColumn(c) == DeviceColumn::ResultReason)
                continue;
            if (auto *label = qobject_cast<QLabel *>(pane->fieldWidget(DeviceColumn(c)))) {
                const QString problem = clippedText(label);
                if (!problem.isEmpty())
                    clipped << problem;
            }
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));
        // ...and inside what the pane shows or scrolls to: a label wider than the viewport
        // with no sideways scroll range is cut at the viewport's edge.
        QScrollArea *scroll = pane->scrollArea();
        const int reach = scroll->viewport()->width() + scroll->horizontalScrollBar()->maximum();
        QStringList beyond;
        for (int c = 0; c < kDeviceColumnCount; ++c) {
            QWidget *field = pane->fieldWidget(DeviceColumn(c));
            const int right = field->mapTo(scroll->widget(), QPoint(field->width(), 0)).x();
            if (right > reach)
                beyond << u"%1 ends at %2 of %3"_s.arg(field->objectName()).arg(right).arg(reach);
        }
        QVERIFY2(beyond.isEmpty(), qPrintable(beyond.join(u"; "_s)));
        // The time of day is there, with its zone.
        QVERIFY2(pane->fieldText(DeviceColumn::StatusTime).contains(u':') &&
                     pane->fieldText(DeviceColumn::StatusTime).endsWith(u"UTC"_s),
                 qPrintable(pane->fieldText(DeviceColumn::StatusTime)));
        // The reason: all of its text, wrapped to the pane, scrolling when longer than it.
        auto *reason = qobject_cast<FitTextView *>(pane->fieldWidget(DeviceColumn::ResultReason));
        QVERIFY(reason);
        QCOMPARE(reason->toPlainText(), proxy->index(row, int(DeviceColumn::ResultReason))
                                            .data(DeviceTableModel::RawRole)
                                            .toString());
        QVERIFY(reason->document()->size().height() <=
                reason->viewport()->height() + reason->verticalScrollBar()->maximum() + 1);
        QVERIFY(reason->document()->size().width() <= reason->viewport()->width() + 1);
        // The history's columns are as wide as what they hold (the view scrolls sideways).
        QTreeView *history = pane->historyView();
        for (int c = 0; c < history->model()->columnCount(); ++c)
            QVERIFY2(
                history->header()->sectionSize(c) >=
                    static_cast<QAbstractItemView *>(history)->sizeHintForColumn(c),
                qPrintable(
                    u"history column %1: %2 < %3"_s.arg(c)
                        .arg(history->header()->sectionSize(c))
                        .arg(static_cast<QAbstractItemView *>(history)->sizeHintForColumn(c))));
        // A small dock scrolls rather than squeezes.
        window->resizeDocks({detailDock}, {160}, Qt::Vertical);
        QCoreApplication::processEvents();
        QVERIFY(scroll->widget()->height() >= scroll->widget()->minimumSizeHint().height());
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    }

    void failureReasonsReadInFullAndExplainThemselves()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        auto *panel = child<FailureReasonsPanel>(window.get(), u"failureReasons"_s);
        QCoreApplication::processEvents();
        maybeSave(child<QDockWidget>(window.get(), u"reasonsDock"_s), u"failure-reasons-11pt"_s);
        QTreeView *view = panel->view();
        bool sawNumber = false;
        for (int r = 0; r < panel->groups().size(); ++r) {
            const QString text = panel->rowText(r);
            QVERIFY2(!text.contains(u'#'), qPrintable(text));
            sawNumber = sawNumber || text.contains(u"-N dBm signal"_s);
            QVERIFY2(!panel->rowToolTip(r).isEmpty(), qPrintable(text));
            // Tall enough for the whole wrapped text at the column's width.
            const QModelIndex index = view->model()->index(r, 1);
            const QRect cell = view->visualRect(index);
            const QRect needed = view->fontMetrics().boundingRect(
                QRect(0, 0, cell.width() - 4, 1 << 20), Qt::TextWordWrap, text);
            QVERIFY2(cell.height() >= needed.height(),
                     qPrintable(u"%1: %2 px for %3 (cell %4 wide, section %5)"_s.arg(text)
                                    .arg(cell.height())
                                    .arg(needed.height())
                                    .arg(cell.width())
                                    .arg(view->header()->sectionSize(1))));
        }
        QVERIFY(sawNumber);
        const qsizetype noReason =
            std::find_if(panel->groups().begin(), panel->groups().end(),
                         [](const ReasonGroups::Group &g) { return g.key.isEmpty(); }) -
            panel->groups().begin();
        QVERIFY(noReason < panel->groups().size());
        const qint64 none = panel->groups().at(noReason).count;
        QCOMPARE(panel->rowToolTip(int(noReason)),
                 none == 1 ? u"1 failed device has no result reason."_s
                           : u"%1 failed devices have no result reason."_s.arg(
                                 QLocale(QLocale::English).toString(none)));
        // One such device: the singular.
        DeviceTableModel one;
        one.upsertDevices({{u"356938035643809"_s, u"UpgradeFailed"_s, QString()}});
        FailureReasonsPanel single(&one);
        QTRY_COMPARE(single.groups().size(), 1);
        QCOMPARE(single.rowToolTip(0), u"1 failed device has no result reason."_s);
    }

    void aFilterHiddenBehindATabIsShownAboveTheTable()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        auto *panel = child<FailureReasonsPanel>(window.get(), u"failureReasons"_s);
        panel->selectGroup(panel->groups().first().key);
        const int filtered = window->deviceProxy()->rowCount();
        QVERIFY(filtered < kDevices);
        // The panel goes behind the Device details tab: the filter stays in sight.
        // The operator clicks the Device details tab.
        bool clicked = false;
        for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i) == u"Device details"_s) {
                    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
                    clicked = true;
                }
            }
        }
        QVERIFY(clicked);
        // (A dock behind a tab keeps isVisible() but has nothing on screen.)
        QTRY_VERIFY(panel->visibleRegion().isEmpty());
        auto *chips = child<ActiveFiltersBar>(window.get(), u"activeFilters"_s);
        QVERIFY(chips->isVisible());
        QToolButton *reason = chips->buttonFor(u"reason"_s);
        QVERIFY(reason && reason->isVisible());
        QVERIFY2(reason->text().startsWith(u"Reason: "_s), qPrintable(reason->text()));
        QVERIFY2(chips->shownText().contains(QLocale(QLocale::English).toString(filtered)),
                 qPrintable(chips->shownText()));
        maybeSave(window.get(), u"window-filtered-11pt"_s);
        // And it is removed there.
        QTest::mouseClick(reason, Qt::LeftButton);
        QCOMPARE(window->deviceProxy()->rowCount(), kDevices);
        QVERIFY(panel->selectedGroup().isEmpty());
        QVERIFY(!chips->isVisible());
        // Several at once; "Show all devices" lifts them all.
        child<StatusSidebar>(window.get(), u"statusSidebar"_s)->selectOnly(StatusBucket::Failed);
        panel->selectGroup(panel->groups().first().key);
        QCOMPARE(chips->chips().size(), 2);
        QTest::mouseClick(child<QToolButton>(window.get(), u"clearFiltersButton"_s),
                          Qt::LeftButton);
        QCOMPARE(window->deviceProxy()->rowCount(), kDevices);
        QVERIFY(chips->chips().isEmpty());
    }

    void statusNamesAndTheCampaignReadInFull()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QCoreApplication::processEvents();
        // Every status in the sidebar is wide enough for its name, inside the tree's viewport.
        auto *tree = child<QTreeView>(window.get(), u"statusTree"_s);
        QStringList cut;
        int statuses = 0;
        const QAbstractItemModel *model = tree->model();
        for (int b = 0; b < model->rowCount(); ++b) {
            const QModelIndex bucket = model->index(b, 0);
            for (int r = 0; r < model->rowCount(bucket); ++r) {
                if (tree->isRowHidden(r, bucket))
                    continue;
                ++statuses;
                const QModelIndex name = model->index(r, 0, bucket);
                const QRect cell = tree->visualRect(name);
                if (cell.width() < tree->sizeHintForIndex(name).width() ||
                    tree->visualRect(model->index(r, 1, bucket)).right() >=
                        tree->viewport()->width())
                    cut << u"%1 (%2 < %3)"_s.arg(name.data().toString())
                               .arg(cell.width())
                               .arg(tree->sizeHintForIndex(name).width());
            }
        }
        QVERIFY(statuses > 5);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        // The campaign field shows the start of the ID, not its tail.
        auto *campaign = child<QLineEdit>(window.get(), u"campaignEdit"_s);
        QCOMPARE(campaign->text(), kCampaign);
        QCOMPARE(campaign->cursorPosition(), 0);
    }

    void eachDockNamesItselfOnce()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
            for (QLabel *label : dock->widget()->findChildren<QLabel *>())
                QVERIFY2(label->text() != dock->windowTitle(), qPrintable(dock->windowTitle()));
        }
    }

    void aHugeReasonCostsTheTableAFewHundredCharacters()
    {
        DeviceTableModel model;
        const QString huge = QString(10 * 1024 * 1024, u'x');
        model.upsertDevices({{u"356938035643809"_s, u"UpgradeFailed"_s, huge}});
        DeviceTableView view;
        view.setModel(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex reason = model.index(0, int(DeviceColumn::ResultReason));
        auto *delegate = qobject_cast<DeviceRowDelegate *>(view.itemDelegate());
        QVERIFY(delegate);
        // What the delegate lays out for a paint: capped, not 10 MB.
        QVERIFY(delegate->styledOption(reason).text.size() <= DeviceTableModel::kCellChars + 2);
        QVERIFY(reason.data(Qt::ToolTipRole).toString().size() <=
                DeviceTableModel::kToolTipChars + 1);
        view.grab(); // a whole paint of the row, with the reason in it

        // The detail pane lays out a readable part, and copies all of it.
        DeviceDetailPane pane(&model, nullptr);
        pane.showDevice(0u, QString());
        QVERIFY(pane.fieldText(DeviceColumn::ResultReason).size() <
                DeviceDetailPane::kReasonChars + 200);
        QVERIFY(pane.fieldText(DeviceColumn::ResultReason).contains(u"characters in all"_s));
        auto *copyReason = pane.findChild<QPushButton *>(u"copyReasonButton"_s);
        QVERIFY(copyReason && !copyReason->isHidden());
        copyReason->click();
        QCOMPARE(QApplication::clipboard()->text().size(), huge.size());
    }

    // The progress dock under the table at 1280x800 and 11 pt: inside the window, a chart
    // large enough to read, every line beside it readable, and the table keeps rows to work
    // with.
    void historyDockFitsUnderTheTable()
    {
        QTemporaryDir dir;
        auto window = std::make_unique<MainWindow>();
        window->openHistory(dir.filePath(u"layout.sqlite"_s));
        QVERIFY(window->setConnection(apiSettings(*m_sim), demoLogin()).isEmpty());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->openCampaign(kAccount, kCampaign);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->campaignId() == kCampaign &&
                                     !window->session()->isBusy() &&
                                     window->session()->isComplete(),
                                 kLoadTimeoutMs);
        HistoryPanel *panel = window->historyPanel();
        QTRY_COMPARE(panel->chart()->renderer().points().size(), 1);
        QTRY_VERIFY(!panel->changesText().isEmpty());
        QCoreApplication::processEvents();
        maybeSave(window.get(), u"window-history-1280x800-11pt"_s);

        auto *dock = child<QDockWidget>(window.get(), u"historyDock"_s);
        QVERIFY(dock->isVisible());
        QVERIFY(window->rect().contains(QRect(dock->mapTo(window.get(), QPoint()), dock->size())));
        QStringList problems = offWindow(window.get(), dock);
        ProgressChartView *chart = panel->chart();
        if (chart->width() < chart->minimumSizeHint().width() ||
            chart->height() < chart->minimumSizeHint().height())
            problems << u"chart %1x%2"_s.arg(chart->width()).arg(chart->height());
        for (const char *name :
             {"throughputLabel", "etaLabel", "changesLabel", "alertRulesLabel"}) {
            auto *label = child<QLabel>(panel, QString::fromLatin1(name));
            if (label->isVisible())
                problems << clippedText(label);
        }
        // Inside the window is not enough: a scroll area clips what lies past its viewport
        // (under its scroll bar, or below its bottom edge), so every control must be inside
        // the viewport of the scroll area it is in, as it opens, without scrolling.
        problems << outsideScrollViewport(dock);
        problems.removeAll(QString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        auto *table = child<QTableView>(window.get(), u"deviceTable"_s);
        QVERIFY2(table->viewport()->height() >= table->verticalHeader()->defaultSectionSize() * 8,
                 qPrintable(u"table %1 px high"_s.arg(table->viewport()->height())));
    }

    void dialogsAtElevenPoints()
    {
        // Not asserted beyond fitting the screen; saved for looking at.
        SignInDialog signIn;
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        QVERIFY(signIn.screen()->availableGeometry().size().boundedTo(signIn.size()) ==
                signIn.size());
        maybeSave(&signIn, u"signin-11pt"_s);
        ExportDialog exportDialog(120, 2689, u"Q4 modem firmware rollout 2026-11-20"_s);
        exportDialog.setIncomplete(1000, 2689);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        QVERIFY(exportDialog.width() <= exportDialog.screen()->availableGeometry().width());
        maybeSave(&exportDialog, u"export-11pt"_s);
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        CampaignBrowserDialog browser(window->session()->client(), kAccount, window.get());
        browser.show();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isListing(), kLoadTimeoutMs);
        QCoreApplication::processEvents();
        maybeSave(&browser, u"browser-11pt"_s);
        QVERIFY(browser.width() <= browser.screen()->availableGeometry().width());
    }
};

FOTA_UI_TEST_MAIN(LayoutTest, 1280, 800)
#include "tst_layout.moc"
