// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/DesktopNotifier.h"

#include "common/SafeText.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
const QString kShowAction = u"default"_s;

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

QString escapeMarkup(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        // Reported at the first notify(), when someone listens.
        m_available = false;
        m_reason = QCoreApplication::translate("DesktopNotifier", "no D-Bus session bus");
        return;
    }
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
    watchService();
}

void DesktopNotifier::watchService()
{
    m_watcher = new QDBusServiceWatcher(kService, m_bus,
                                        QDBusServiceWatcher::WatchForRegistration |
                                            QDBusServiceWatcher::WatchForUnregistration,
                                        this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        // A service that starts after the window (or restarts) is used from the next alert on;
        // losing it again is worth saying again.
        forgetService();
        m_available = true;
        m_reported = false;
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        forgetService();
        m_available = false;
        m_reason =
            QCoreApplication::translate("DesktopNotifier", "the notification service went away");
    });
}

void DesktopNotifier::forgetService()
{
    // Ids and capabilities belonged to the service that was there: a new one knows nothing of
    // them (replacing an id it never gave would fail or hit another program's notification).
    m_ids.clear();
    m_campaigns.clear();
    m_markup.reset();
}

void DesktopNotifier::markUnavailable(const QString &reason)
{
    m_available = false;
    m_waiting.clear();
    if (!std::exchange(m_reported, true))
        emit unavailable(reason);
}

void DesktopNotifier::notify(const QString &campaign, const QString &summary, const QString &body)
{
    if (!m_available) {
        markUnavailable(m_reason); // says it once; the window shows alerts itself
        return;
    }
    const Pending text{summary, body};
    // One call per campaign at a time: a second one before the first answered would not know
    // the id to replace and would open a second notification. The first call of all waits
    // for the service's capabilities (does it render markup?).
    if (m_inFlight.contains(campaign) || !m_markup) {
        m_waiting.insert(campaign, text);
        if (!m_markup && !m_askingCapabilities)
            askCapabilities();
        return;
    }
    send(campaign, text);
}

void DesktopNotifier::askCapabilities()
{
    m_askingCapabilities = true;
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(call(u"GetCapabilities"_s), kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_askingCapabilities = false;
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_reason = QCoreApplication::translate("DesktopNotifier", "no notification service: ") +
                       SafeText::oneLine(reply.error().message());
            markUnavailable(m_reason);
            return;
        }
        m_markup = reply.value().contains(u"body-markup"_s);
        const QHash<QString, Pending> waiting = std::exchange(m_waiting, {});
        for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
            send(it.key(), it.value());
    });
}

QString DesktopNotifier::bodyText(const QString &body) const
{
    const QString plain = SafeText::oneLine(body, 1000);
    return m_markup.value_or(false) ? escapeMarkup(plain) : plain;
}

void DesktopNotifier::send(const QString &campaign, const Pending &text)
{
    QDBusMessage message = call(u"Notify"_s);
    // The desktop file's name without ".desktop": the shell shows the application's icon and
    // name, and groups its notifications, by it.
    const QVariantMap hints{{u"desktop-entry"_s, QStringLiteral(FOTA_APP_ID)},
                            {u"category"_s, u"device"_s},
                            {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    // The icon is installed under the application ID too (hicolor theme).
    message << u"FOTA Campaign Monitor"_s << m_ids.value(campaign, 0u)
            << QStringLiteral(FOTA_APP_ID) << SafeText::oneLine(text.summary, 200)
            << bodyText(text.body) << QStringList{kShowAction, tr("Show campaign")} << hints
            << qint32(-1);
    m_inFlight.insert(campaign);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, campaign](QDBusPendingCallWatcher *w) { onNotifyFinished(campaign, w); });
}

void DesktopNotifier::onNotifyFinished(const QString &campaign, QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    m_inFlight.remove(campaign);
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        m_reason =
            QCoreApplication::translate("DesktopNotifier", "the notification service failed: ") +
            SafeText::oneLine(reply.error().message());
        markUnavailable(m_reason);
        return;
    }
    const uint id = reply.value();
    const uint old = m_ids.value(campaign, 0u);
    if (old != 0 && old != id)
        m_campaigns.remove(old);
    m_ids.insert(campaign, id);
    m_campaigns.insert(id, campaign);
    emit shown(campaign, id);
    if (m_waiting.contains(campaign))
        send(campaign, m_waiting.take(campaign));
}

void DesktopNotifier::close(const QString &campaign)
{
    const uint id = m_ids.value(campaign, 0u);
    m_waiting.remove(campaign);
    if (!m_available || id == 0)
        return;
    QDBusMessage message = call(u"CloseNotification"_s);
    message << id;
    m_bus.asyncCall(message, kCallTimeoutMs);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_campaigns.constFind(id);
    // Other programs' notifications share the signal: only ours, only our action.
    if (it != m_campaigns.constEnd() && actionKey == kShowAction)
        emit activated(it.value());
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    const QString campaign = m_campaigns.take(id);
    if (campaign.isNull())
        return;
    m_ids.remove(campaign); // a closed notification cannot be replaced: the next one is new
    emit closed(campaign);
}

} // namespace fota
