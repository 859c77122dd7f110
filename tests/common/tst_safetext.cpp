// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Clock.h"
#include "common/SafeText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fota::SafeText;

class SafeTextTest : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsUnchanged()
    {
        const QString text = u"Mise à jour échouée: délai dépassé (-97 dBm) 🙂"_s;
        QCOMPARE(SafeText::oneLine(text), text);
        QVERIFY(SafeText::isClean(text));
    }

    void forgedLinesStayOnOneLine()
    {
        const QString hostile = u"bad\nWrote 999 devices to out.csv\r\n"_s;
        const QString safe = SafeText::oneLine(hostile);
        QCOMPARE(safe, u"bad\\nWrote 999 devices to out.csv\\r\\n"_s);
        QVERIFY(!safe.contains(u'\n'));
        QVERIFY(!safe.contains(u'\r'));
        QVERIFY(!SafeText::isClean(hostile));
    }

    void terminalEscapesAreShownNotObeyed()
    {
        // CSI colour, an OSC window title ended by BEL, a C1 CSI and DEL.
        const QString hostile = u"\x1b[31mred\x1b]0;owned\x07 \u009b2J\x7f"_s;
        const QString safe = SafeText::oneLine(hostile);
        QCOMPARE(safe, u"\\x1b[31mred\\x1b]0;owned\\x07 \\x9b2J\\x7f"_s);
        for (const QChar c : safe)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(safe));
    }

    void bidiOverridesAndSeparatorsAreEscaped()
    {
        QCOMPARE(SafeText::oneLine(u"a\u202eb\u2028c\u2066d"_s), u"a\\u202eb\\u2028c\\u2066d"_s);
    }

    void loneSurrogatesAreEscaped()
    {
        QString text = u"x"_s;
        text += QChar(0xd800);
        text += u"y"_s;
        QCOMPARE(SafeText::oneLine(text), u"x\\ud800y"_s);
        QVERIFY(!SafeText::isClean(text));
    }

    void longTextIsCut()
    {
        const QString text(10'000'000, u'a');
        const QString safe = SafeText::oneLine(text, 50);
        QCOMPARE(safe.size(), 51);
        QVERIFY(safe.endsWith(u'…'));
    }

    void utf8BytesAreDecoded()
    {
        QCOMPARE(SafeText::oneLine(QByteArray("caf\xc3\xa9\n")), u"café\\n"_s);
    }

    void manualClockMovesOnlyWhenTold()
    {
        fota::ManualClock clock(1000);
        QCOMPARE(clock.nowMs(), 1000);
        clock.advance(250);
        QCOMPARE(clock.nowMs(), 1250);
        QCOMPARE(clock.steadyMs(), 250);
        clock.advance(-100);
        QCOMPARE(clock.steadyMs(), 250);
        clock.setNow(5);
        QCOMPARE(clock.nowMs(), 5);
        QCOMPARE(clock.steadyMs(), 250);
        const fota::Clock &real = fota::Clock::system();
        QVERIFY(real.steadyMs() >= 0);
        QVERIFY(real.nowMs() > 1'700'000'000'000);
    }
};

QTEST_GUILESS_MAIN(SafeTextTest)
#include "tst_safetext.moc"
