// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/DeviceHistoryEntry.h"

#include <QCache>
#include <QList>
#include <QObject>
#include <QPointer>

namespace fota {

class ApiClient;
class ApiReply;

// Fetches a device's upgrade history for a detail pane. Only the latest fetch() is answered, so
// clicking through rows never shows the previous device's history. Answers are cached per
// account and device: going back to a row is instant and costs the API nothing. History changes
// on an hours scale, so a cache lasting the session is fine; clearCache() is for "refresh".
class DeviceHistoryFetcher : public QObject
{
    Q_OBJECT
public:
    explicit DeviceHistoryFetcher(ApiClient *client, QObject *parent = nullptr);
    ~DeviceHistoryFetcher() override;

    // Supersedes a fetch still running, unless it is for the same device, which is then left to
    // finish rather than asked for twice. A cached answer is emitted before fetch() returns.
    void fetch(const QString &accountName, const QString &deviceId);
    // Drops the running fetch without a fetched() signal.
    void cancel();
    bool isRunning() const;

    void clearCache();
    bool isCached(const QString &accountName, const QString &deviceId) const;

signals:
    void fetched(const QString &deviceId, const QList<fota::DeviceHistoryEntry> &entries,
                 const fota::ApiError &error);

private:
    // Keyed by account too: the same IMEI under another account is another history.
    static QString cacheKey(const QString &accountName, const QString &deviceId);
    void onReply(ApiReply *reply, quint64 generation, const QString &key, const QString &deviceId);

    // Enough for the rows an operator clicks through in a session; each entry is a few hundred
    // bytes, so the bound is about not growing without limit, not about memory pressure.
    static constexpr int kCacheEntries = 256;

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QString m_pendingKey;
    QCache<QString, QList<DeviceHistoryEntry>> m_cache{kCacheEntries};
    quint64 m_generation = 0;
};

} // namespace fota
