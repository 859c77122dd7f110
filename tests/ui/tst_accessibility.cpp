#include "UiFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>

using namespace Qt::StringLiterals;
using namespace fota;
using namespace fota::test;

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

    void followsADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        auto window = openWindow(*m_sim);
        QVERIFY(window);
        FOTA_LOAD(window.get(), kAccount, kCampaign, kDevices);
        window->resize(1300, 850);
        QTest::qWait(50);
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

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
