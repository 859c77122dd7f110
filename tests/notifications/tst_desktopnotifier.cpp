// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Desktop notifications end to end over a real D-Bus: a private session bus (dbus-daemon
// started by the test) with a fake org.freedesktop.Notifications service on it.
#include "identity/AppIdentity.h"
#include "notifications/DesktopNotifier.h"
#include "notifications/FakeNotificationService.h"

#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fota;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    QProcess m_daemon;
    QString m_address;
    int m_connections = 0;

    QDBusConnection connect(const QString &address)
    {
        return QDBusConnection::connectToBus(address, u"bus-%1"_s.arg(++m_connections));
    }

    // The fake service on its own connection, gone (name released) when the test ends even
    // if it fails half-way.
    struct Service
    {
        QDBusConnection bus;
        FakeNotificationService fake;
        explicit Service(QDBusConnection connection)
            : bus(std::move(connection))
        {}
        ~Service()
        {
            bus.unregisterService(u"org.freedesktop.Notifications"_s);
            QDBusConnection::disconnectFromBus(bus.name());
        }
        bool start() { return fake.registerOn(bus); }
        const FakeNotificationService::Call *call(const QString &summary) const
        {
            for (const auto &c : fake.calls) {
                if (c.summary == summary)
                    return &c;
            }
            return nullptr;
        }
    };

private slots:
    void initTestCase()
    {
        m_daemon.start(QStandardPaths::findExecutable(u"dbus-daemon"_s),
                       {u"--session"_s, u"--print-address=1"_s, u"--nofork"_s, u"--nopidfile"_s});
        QVERIFY2(m_daemon.waitForStarted(10'000), "dbus-daemon (Debian package dbus-daemon)");
        QDeadlineTimer deadline(30'000);
        while (!m_daemon.canReadLine() && !deadline.hasExpired())
            m_daemon.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY2(m_address.startsWith(u"unix:"_s), qPrintable(m_address));
    }

    void cleanupTestCase()
    {
        m_daemon.kill();
        m_daemon.waitForFinished(10'000);
    }

    void oneNotificationPerCampaignUpdatedInPlace()
    {
        Service s(connect(m_address));
        QVERIFY(s.start());
        FakeNotificationService &service = s.fake;
        DesktopNotifier notifier(connect(m_address));
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);

        notifier.notify(u"campaign-1"_s, u"Fleet patch: failed>5%"_s, u"620 of 10000 failed"_s);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(service.calls.size(), 1);
        const FakeNotificationService::Call first = service.calls[0]; // a copy: calls grows
        QCOMPARE(first.replacesId, 0u);
        QCOMPARE(first.appName, u"FOTA Campaign Monitor"_s);
        QCOMPARE(first.summary, u"Fleet patch: failed>5%"_s);
        QCOMPARE(first.body, u"620 of 10000 failed"_s);
        QCOMPARE(first.actions.value(0), u"default"_s);
        QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(),
                 fota::AppIdentity::applicationId());
        QCOMPARE(shown[0].at(1).toUInt(), first.answeredId);

        // The same campaign again, twice in a row before any answer: both replace the first,
        // and the last text wins.
        notifier.notify(u"campaign-1"_s, u"Fleet patch"_s, u"second"_s);
        notifier.notify(u"campaign-1"_s, u"Fleet patch"_s, u"third"_s);
        QTRY_COMPARE(shown.size(), 3);
        QCOMPARE(service.calls.size(), 3);
        QCOMPARE(service.calls[1].replacesId, first.answeredId);
        QCOMPARE(service.calls[2].replacesId, first.answeredId);
        QCOMPARE(service.calls[2].body, u"third"_s);

        // Another campaign gets its own notification.
        notifier.notify(u"campaign-2"_s, u"Pilot"_s, u"complete"_s);
        QTRY_COMPARE(shown.size(), 4);
        QCOMPARE(service.calls[3].replacesId, 0u);
        QVERIFY(service.calls[3].answeredId != first.answeredId);
        QVERIFY(notifier.isAvailable());

        notifier.close(u"campaign-2"_s);
        QTRY_COMPARE(service.closedByClient, QList<uint>{service.calls[3].answeredId});
    }

    void theActionRaisesTheWindowOfItsCampaign()
    {
        Service s(connect(m_address));
        QVERIFY(s.start());
        FakeNotificationService &service = s.fake;
        DesktopNotifier notifier(connect(m_address));
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.notify(u"campaign-a"_s, u"A"_s, u"a"_s);
        notifier.notify(u"campaign-b"_s, u"B"_s, u"b"_s);
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(s.call(u"B"_s));
        const uint b = s.call(u"B"_s)->answeredId;

        emit service.ActionInvoked(b, u"default"_s);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated[0].at(0).toString(), u"campaign-b"_s);
        // Someone else's notification, or an action we did not offer: nothing.
        emit service.ActionInvoked(9999, u"default"_s);
        emit service.ActionInvoked(b, u"snooze"_s);
        // Closed by the user: the next alert opens a new notification.
        emit service.NotificationClosed(b, 2);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(activated.size(), 1);
        notifier.notify(u"campaign-b"_s, u"B"_s, u"again"_s);
        QTRY_COMPARE(shown.size(), 3);
        QCOMPARE(service.calls[2].replacesId, 0u);
    }

    void markupIsEscapedWhenTheServiceRendersIt()
    {
        Service s(connect(m_address));
        FakeNotificationService &service = s.fake;
        service.capabilities.append(u"body-markup"_s);
        QVERIFY(s.start());
        DesktopNotifier notifier(connect(m_address));
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notify(u"c"_s, u"new-reason"_s,
                        u"new failure reason: \"<a href='x'>click</a> & \x1b[2J\""_s);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(service.calls[0].body,
                 u"new failure reason: \"&lt;a href='x'&gt;click&lt;/a&gt; &amp; \\x1b[2J\""_s);
    }

    void withoutAServiceTheWindowIsTold()
    {
        // The bus is there, but no one owns org.freedesktop.Notifications.
        DesktopNotifier notifier(connect(m_address));
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notify(u"c"_s, u"s"_s, u"b"_s);
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(unavailable[0].at(0).toString().contains(u"no notification service"_s));
        QVERIFY(!notifier.isAvailable());
        notifier.notify(u"c"_s, u"s"_s, u"b"_s); // said once only
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(shown.size(), 0);
    }

    // A service that appears later (the desktop session started after the window, or the
    // notification daemon restarted) is used again: the notifier does not give up for the
    // session, and tells of a second loss too.
    void aServiceThatAppearsLaterIsUsed()
    {
        DesktopNotifier notifier(connect(m_address));
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notify(u"c"_s, u"first"_s, u"b"_s);
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(!notifier.isAvailable());

        {
            Service service(connect(m_address));
            QVERIFY(service.start());
            QTRY_VERIFY(notifier.isAvailable());
            notifier.notify(u"c"_s, u"second"_s, u"b"_s);
            QTRY_COMPARE(shown.size(), 1);
            QCOMPARE(service.fake.calls.size(), 1);
            QCOMPARE(service.fake.calls[0].summary, u"second"_s);
        }
        // The service went away: the next alert finds out and says so again.
        notifier.notify(u"c"_s, u"third"_s, u"b"_s);
        QTRY_COMPARE(unavailable.size(), 2);

        Service again(connect(m_address));
        QVERIFY(again.start());
        QTRY_VERIFY(notifier.isAvailable());
        notifier.notify(u"c"_s, u"fourth"_s, u"b"_s);
        QTRY_COMPARE(shown.size(), 2);
        // A new service knows nothing of the old one's ids: a new notification, not a
        // replacement of an id it never gave.
        QCOMPARE(again.fake.calls.size(), 1);
        QCOMPARE(again.fake.calls[0].replacesId, 0u);
    }

    void withoutABusTheWindowIsTold()
    {
        DesktopNotifier notifier(connect(u"unix:path=/nonexistent/fota-test-bus"_s));
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        QVERIFY(!notifier.isAvailable());
        notifier.notify(u"c"_s, u"s"_s, u"b"_s);
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(unavailable[0].at(0).toString(), u"no D-Bus session bus"_s);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
