// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/CampaignLoader.h"
#include "campaign/DeviceStore.h"

#include <QObject>

namespace fota {

class ApiClient;
class Clock;

// One whole walk of a campaign into a DeviceStore of its own, and how it ended: what
// `export`, `watch` and anything else that needs "the campaign, now" share, instead of each
// wiring loader pages into a store by hand. It listens only to the loader's public signals,
// so how pages reach the loader (one cursor walk or several lanes) stays the loader's affair.
//
// Each start() empties the store first. After finished(), store() holds what arrived: the
// whole campaign when the outcome is complete and its counts agree, otherwise only part of it
// (never to be recorded or written as the campaign).
class CampaignFetch : public QObject
{
    Q_OBJECT
public:
    // `clock` (not owned, must outlive this) times the load; default the system clock.
    explicit CampaignFetch(ApiClient *client, QObject *parent = nullptr,
                           const Clock *clock = nullptr);

    void start(const QString &accountName, const QString &campaignId);
    // Stops the walk; finished() follows with a Cancelled outcome.
    void cancel();
    bool isRunning() const { return m_loader.isRunning(); }

    QString accountName() const { return m_loader.accountName(); }
    QString campaignId() const { return m_loader.campaignId(); }
    const DeviceStore &store() const { return m_store; }
    // Hands the rows over (the fetch's store is empty afterwards), e.g. to a writer.
    DeviceStore takeStore();
    // How long the last walk took, start to finish (steady clock), in ms; -1 before one ended.
    qint64 durationMs() const { return m_durationMs; }

signals:
    void progress(const fota::LoadProgress &progress);
    // A transient failure being retried: what, which attempt, and how long until the next.
    void retrying(const fota::RetryNotice &notice);
    // How the walk goes, once (CampaignLoader::notice): e.g. the fallback to one connection.
    void notice(const QString &text);
    void finished(const fota::LoadOutcome &outcome);

private:
    void takePage(const DecodedPage &page);

    CampaignLoader m_loader;
    DeviceStore m_store;
    const Clock *m_clock;
    qint64 m_startedMs = 0;
    qint64 m_durationMs = -1;
};

} // namespace fota
