// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/DeviceHistoryFetcher.h"

#include <QCoreApplication>

#include "thingspace/ApiClient.h"
#include "thingspace/ApiReply.h"
#include "thingspace/DeviceHistoryParser.h"

using namespace Qt::StringLiterals;

namespace fota {

DeviceHistoryFetcher::DeviceHistoryFetcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DeviceHistoryFetcher::~DeviceHistoryFetcher()
{
    cancel();
}

QString DeviceHistoryFetcher::cacheKey(const QString &accountName, const QString &deviceId)
{
    // A newline cannot occur in either part (both are trimmed path segments).
    return accountName + u'\n' + deviceId;
}

bool DeviceHistoryFetcher::isRunning() const
{
    return !m_reply.isNull();
}

void DeviceHistoryFetcher::cancel()
{
    ++m_generation;
    m_pendingKey.clear();
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void DeviceHistoryFetcher::clearCache()
{
    m_cache.clear();
}

bool DeviceHistoryFetcher::isCached(const QString &accountName, const QString &deviceId) const
{
    return m_cache.contains(cacheKey(accountName.trimmed(), deviceId.trimmed()));
}

void DeviceHistoryFetcher::fetch(const QString &accountName, const QString &deviceId)
{
    const QString account = accountName.trimmed();
    const QString device = deviceId.trimmed();
    const QString key = cacheKey(account, device);
    if (m_reply && key == m_pendingKey)
        return;
    cancel();
    if (account.isEmpty() || device.isEmpty()) {
        emit fetched(device, {},
                     ApiError::make(ApiError::Kind::Rejected,
                                    QCoreApplication::translate(
                                        "DeviceHistoryFetcher",
                                        "both an account name and a device ID are needed")));
        return;
    }
    if (const QList<DeviceHistoryEntry> *cached = m_cache.object(key)) {
        emit fetched(device, *cached, {});
        return;
    }
    ApiReply *reply = m_client->send(ApiCall::deviceHistory(account, device));
    m_reply = reply;
    m_pendingKey = key;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation, key, device] { onReply(reply, generation, key, device); });
}

void DeviceHistoryFetcher::onReply(ApiReply *reply, quint64 generation, const QString &key,
                                   const QString &deviceId)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_reply = nullptr;
    m_pendingKey.clear();
    if (reply->error().isError()) {
        emit fetched(deviceId, {}, reply->error());
        return;
    }
    QList<DeviceHistoryEntry> entries;
    QString problem;
    if (!DeviceHistoryParser::parse(reply->json(), &entries, &problem)) {
        emit fetched(
            deviceId, {},
            m_client->cleanError(ApiError::make(
                ApiError::Kind::InvalidResponse,
                QCoreApplication::translate("DeviceHistoryFetcher", "history of device %1: %2")
                    .arg(deviceId, problem),
                reply->httpStatus())));
        return;
    }
    // Failures are not cached: the next click should ask again.
    m_cache.insert(key, new QList<DeviceHistoryEntry>(entries));
    emit fetched(deviceId, entries, {});
}

} // namespace fota
