// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UiFixture.h"

#include "campaign/DeviceColumn.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;

namespace {

// A line edit as on X11, where Ctrl+E, Ctrl+B and Ctrl+F move the cursor (emacs keys): it
// claims them before the window's shortcuts. The offscreen platform's Windows key scheme has
// no such keys, so without this the test would pass whether or not the window deals with it.
class EmacsLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(e);
            if (key->modifiers() == Qt::ControlModifier &&
                (key->key() == Qt::Key_E || key->key() == Qt::Key_B || key->key() == Qt::Key_F)) {
                key->accept();
                return true;
            }
        }
        return QLineEdit::event(e);
    }
};

} // namespace

// What a keyboard user, a screen-reader user and a dark-theme user meet in the main window.
class AccessibilityTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::SimulatorServer> m_sim;

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(37, 37, 38));
        p.setColor(QPalette::WindowText, QColor(220, 220, 220));
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, QColor(220, 220, 220));
        p.setColor(QPalette::Button, QColor(45, 45, 48));
        p.setColor(QPalette::ButtonText, QColor(220, 220, 220));
        p.setColor(QPalette::Highlight, QColor(38, 79, 120));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(45, 45, 48));
        p.setColor(QPalette::ToolTipText, QColor(220, 220, 220));
        p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
        return p;
    }

    static double lightShare(const QImage &image)
    {
        // Share of pixels that are light: a hard-coded white background shows up as a large share.
        qint64 light = 0;
        qint64 total = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                ++total;
                if (QColor(image.pixel(x, y)).lightnessF() > 0.8)
                    ++light;
            }
        }
        return total ? double(light) / double(total) : 0.0;
    }

private slots:
    void initTestCase()
    {
        isolateSettings(u"fota-accessibility-tests"_s);
        m_sim = std::make_unique<sim::SimulatorServer>();
        m_sim->addCampaign(sim::SimulatedCampaign::generate(kAccount, kCampaign, kDevices, 11));
        QVERIFY(m_sim->start());
    }

    void everyControlHasAName()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        QStringList unnamed;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) &&
                !qobject_cast<QComboBox *>(w) && !qobject_cast<QAbstractItemView *>(w))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // an editable combo's line edit: the combo carries the name
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                unnamed << (w->objectName().isEmpty()
                                ? QString::fromLatin1(w->metaObject()->className())
                                : w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void keyboardAloneReachesTheMainControls()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        QWidget *start = child<QWidget>(window.get(), u"campaignEdit"_s);
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        QSet<QString> visited;
        for (int i = 0; i < 60; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            for (QWidget *w = focus; w && w != window.get(); w = w->parentWidget()) {
                if (!w->objectName().isEmpty())
                    visited.insert(w->objectName());
            }
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (const char *name : {"accountCombo", "campaignEdit", "loadButton", "searchEdit",
                                 "bucketCombo", "deviceTable", "statusTree", "reasonView"})
            QVERIFY2(visited.contains(QString::fromLatin1(name)),
                     qPrintable(QStringList(visited.values()).join(u" "_s)));

        // In the table, arrows move the selection and Ctrl+C copies it, no mouse involved.
        auto *table = child<QAbstractItemView>(window.get(), u"deviceTable"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        // Ctrl+F goes to the search box.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
    }

    void windowShortcutsWorkWhileAFieldHasFocus()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // Ctrl+E from a field that claims Ctrl+E for "end of line", as line edits do on X11.
        auto *field = new EmacsLineEdit(child<QWidget>(window.get(), u"filterBar"_s));
        field->show();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QDialog *exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = window->findChild<QDialog *>(u"exportDialog"_s)));
        exportDialog->reject();
        QTRY_VERIFY(!window->findChild<QDialog *>(u"exportDialog"_s));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // Ctrl+B opens the campaign browser (the account is filled in).
        QVERIFY(!child<QLineEdit>(window.get(), u"accountEdit"_s)->text().isEmpty());
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_B, Qt::ControlModifier);
        QDialog *browser = nullptr;
        QTRY_VERIFY((browser = window->findChild<QDialog *>(u"campaignBrowser"_s)));
        browser->reject();
        QTRY_VERIFY(!browser->isVisible());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // Ctrl+F goes to the search box.
        auto *search = child<QLineEdit>(window.get(), u"searchEdit"_s);
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        // Fields keep their own editing keys.
        search->setText(u"abc"_s);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(search->selectedText(), u"abc"_s);
    }

    void mnemonicsAreUniqueAndMenusKeepTheirs()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        const auto mnemonic = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&') {
                    if (text.at(i + 1) == u'&') {
                        ++i;
                        continue;
                    }
                    return text.at(i + 1).toLower();
                }
            }
            return {};
        };
        QHash<QChar, QStringList> owners;
        for (QAction *menu : window->menuBar()->actions())
            owners[mnemonic(menu->text())] << u"menu "_s + menu->text();
        for (QWidget *w : window->findChildren<QWidget *>()) {
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                text = label->text();
            const QChar key = mnemonic(text);
            if (!key.isNull())
                owners[key] << text;
        }
        owners.remove(QChar());
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << it.value().join(u" / "_s);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        for (const char *menu : {"&File", "&View", "&Campaign", "&Account", "&Help"}) {
            const auto actions = window->menuBar()->actions();
            QVERIFY2(std::any_of(actions.begin(), actions.end(),
                                 [&](QAction *a) { return a->text() == QLatin1StringView(menu); }),
                     menu);
        }

        // Alt+F opens the File menu (not the search box), Alt+H the Help menu.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        child<QWidget>(window.get(), u"deviceTable"_s)->setFocus();
        const std::pair<Qt::Key, QString> menus[] = {{Qt::Key_F, u"&File"_s},
                                                     {Qt::Key_H, u"&Help"_s},
                                                     {Qt::Key_A, u"&Account"_s},
                                                     {Qt::Key_C, u"&Campaign"_s}};
        for (const auto &[key, title] : menus) {
            QTest::keyClick(window.get(), key, Qt::AltModifier);
            QMenu *open = nullptr;
            QTRY_VERIFY((open = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
            QCOMPARE(open->title(), title);
            open->close();
            QTRY_VERIFY(!QApplication::activePopupWidget());
        }
        QVERIFY(!child<QWidget>(window.get(), u"searchEdit"_s)->hasFocus());
    }

    void sortingAndColumnsFromTheViewMenu()
    {
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        auto *sortMenu = window->findChild<QMenu *>(u"sortMenu"_s);
        QVERIFY(sortMenu);
        emit sortMenu->aboutToShow();
        auto *byStatus = sortMenu->findChild<QAction *>(u"sortAction_status"_s);
        QVERIFY(byStatus);
        byStatus->trigger();
        QCOMPARE(window->deviceProxy()->sortColumn(), int(DeviceColumn::Status));
        QCOMPARE(window->deviceProxy()->sortOrder(), Qt::AscendingOrder);
        emit sortMenu->aboutToShow();
        QVERIFY(sortMenu->findChild<QAction *>(u"sortAction_status"_s)->isChecked());
        sortMenu->findChild<QAction *>(u"sortDescendingAction"_s)->trigger();
        QCOMPARE(window->deviceProxy()->sortOrder(), Qt::DescendingOrder);
        // The header shows the same as the menu did.
        auto *table = child<QTableView>(window.get(), u"deviceTable"_s);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(DeviceColumn::Status));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        auto *columns = window->findChild<QMenu *>(u"columnsMenu"_s);
        QVERIFY(columns);
        emit columns->aboutToShow();
        QCOMPARE(columns->actions().size(), kDeviceColumnCount);
    }

    void followsADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        window->resize(1300, 850);
        QCoreApplication::processEvents(); // the layout of the new size
        const QImage whole = window->grab().toImage();
        const double share = lightShare(whole);
        QVERIFY2(share < 0.05,
                 qPrintable(u"%1% of the window is light"_s.arg(share * 100, 0, 'f', 1)));
        for (const char *name :
             {"deviceTable", "bucketSummary", "campaignHeader", "failureReasons"}) {
            auto *w = window->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(w, name);
            const double part = lightShare(w->grab().toImage());
            QVERIFY2(part < 0.08, qPrintable(u"%1 is %2% light"_s.arg(QString::fromLatin1(name))
                                                 .arg(part * 100, 0, 'f', 1)));
        }
        QApplication::setPalette(before);
    }
};

FOTA_UI_TEST_MAIN(AccessibilityTest, 1920, 1200)
#include "tst_accessibility.moc"
