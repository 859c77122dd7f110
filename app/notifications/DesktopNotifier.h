// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace fota {

// Desktop notifications through org.freedesktop.Notifications over D-Bus: one notification
// per campaign, updated in place (replaces_id) rather than piling up, with a "Show campaign"
// action. When there is no notification service (no session bus, or no one owns the name)
// it says so once through unavailable(), so the window shows the alert on its own. It watches
// the bus for the service's name, so a service that starts (or restarts) later is used again
// and a later loss is told again. Every call is asynchronous: a slow or missing service never
// blocks the GUI thread.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCallTimeoutMs = 5000;

    explicit DesktopNotifier(QObject *parent = nullptr); // the session bus
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Shows the campaign's notification, or replaces the text of the one it has. Summary and
    // body are plain text (escaped when the service renders markup).
    void notify(const QString &campaign, const QString &summary, const QString &body);
    void close(const QString &campaign);
    // False once the service turned out to be missing, until it registers on the bus.
    bool isAvailable() const { return m_available; }

signals:
    void shown(const QString &campaign, uint notificationId);
    // The user clicked the notification or its action: the window raises itself.
    void activated(const QString &campaign);
    void closed(const QString &campaign);
    void unavailable(const QString &reason);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString summary;
        QString body;
    };
    void askCapabilities();
    void send(const QString &campaign, const Pending &text);
    void onNotifyFinished(const QString &campaign, QDBusPendingCallWatcher *watcher);
    void markUnavailable(const QString &reason);
    void watchService();
    void forgetService();
    QString bodyText(const QString &body) const;

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_available = true;
    std::optional<bool> m_markup; // unknown until GetCapabilities answers
    QHash<QString, uint> m_ids;   // campaign -> notification id
    QHash<uint, QString> m_campaigns;
    QHash<QString, Pending> m_waiting; // newest text for a campaign whose call is in flight
    QSet<QString> m_inFlight;          // campaigns whose Notify has not answered yet
    bool m_askingCapabilities = false;
    bool m_reported = false; // unavailable() was emitted
    QString m_reason;
};

} // namespace fota
