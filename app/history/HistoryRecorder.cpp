// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/HistoryRecorder.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace fota {

HistoryRecorder::HistoryRecorder(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

HistoryRecorder::~HistoryRecorder()
{
    // Queued after every earlier request, so those finish first; the connection closes on
    // the thread that opened it.
    post([this] {
        m_store.reset();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_worker;
}

template <typename Work> void HistoryRecorder::post(Work work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void HistoryRecorder::open(const Options &options)
{
    post([this, options] {
        m_store = std::make_unique<HistoryStore>();
        m_store->setRetention(options.retention);
        m_store->setBusyTimeoutMs(options.busyTimeoutMs);
        m_store->setClock(options.clock);
        const bool ok =
            m_store->open(options.path.isEmpty() ? HistoryStore::defaultPath() : options.path);
        const HistoryError error = m_store->lastError();
        QMetaObject::invokeMethod(
            this, [this, ok, error] { emit opened(ok, error); }, Qt::QueuedConnection);
    });
}

void HistoryRecorder::setRetention(const RetentionPolicy &policy)
{
    post([this, policy] {
        if (!m_store)
            return;
        m_store->setRetention(policy);
        // A shorter setting applies to the file now, not only at the next record.
        if (m_store->isOpen())
            m_store->applyRetention();
    });
}

quint64 HistoryRecorder::record(const CampaignKey &key, const QByteArray &packedTable,
                                qint64 timeMs, qint64 loadDurationMs)
{
    const quint64 request = ++m_nextRequest;
    post([this, request, key, packedTable, timeMs, loadDurationMs] {
        std::optional<RecordResult> result;
        HistoryError error{
            HistoryError::Io,
            QCoreApplication::translate("fota::HistoryRecorder", "the history file is not open")};
        if (m_store && m_store->isOpen()) {
            result = m_store->record(key, packedTable, timeMs, loadDurationMs);
            error = m_store->lastError();
        }

        QMetaObject::invokeMethod(
            this,
            [this, request, result = std::move(result), error] {
                if (result)
                    emit recorded(request, *result);
                else
                    emit recordFailed(request, error);
            },
            Qt::QueuedConnection);
    });
    return request;
}

quint64 HistoryRecorder::requestLatestTable(const CampaignKey &key)
{
    const quint64 request = ++m_nextRequest;
    post([this, request, key] {
        std::shared_ptr<const StoredTable> table;
        HistoryError error;
        if (m_store && m_store->isOpen()) {
            if (std::optional<StoredTable> t = m_store->latestTable(key))
                table = std::make_shared<const StoredTable>(std::move(*t));
            error = m_store->lastError();
        }
        QMetaObject::invokeMethod(
            this, [=, this] { emit latestTableLoaded(request, key, table, error); },
            Qt::QueuedConnection);
    });
    return request;
}

quint64 HistoryRecorder::requestTransitions(const CampaignKey &key, qint64 fromSnapshotId,
                                            qint64 toSnapshotId)
{
    const quint64 request = ++m_nextRequest;
    post([this, request, key, fromSnapshotId, toSnapshotId] {
        std::shared_ptr<const TransitionSet> set;
        HistoryError error;
        if (m_store && m_store->isOpen()) {
            if (auto s = m_store->transitions(key, fromSnapshotId, toSnapshotId))
                set = std::make_shared<const TransitionSet>(std::move(*s));
            error = m_store->lastError();
        }
        QMetaObject::invokeMethod(
            this, [=, this] { emit transitionsLoaded(request, set, error); }, Qt::QueuedConnection);
    });
    return request;
}

quint64 HistoryRecorder::requestPoints(const CampaignKey &key, qint64 fromMs, qint64 toMs)
{
    const quint64 request = ++m_nextRequest;
    post([this, request, key, fromMs, toMs] {
        QList<SnapshotPoint> points;
        HistoryError error;
        if (m_store && m_store->isOpen()) {
            points = m_store->points(key, fromMs, toMs);
            error = m_store->lastError();
        }
        QMetaObject::invokeMethod(
            this, [=, this] { emit pointsLoaded(request, key, points, error); },
            Qt::QueuedConnection);
    });
    return request;
}

quint64 HistoryRecorder::requestChangesSince(const CampaignKey &key, qint64 timeMs)
{
    const quint64 request = ++m_nextRequest;
    post([this, request, key, timeMs] {
        auto changes = std::make_shared<ChangesSince>();
        changes->askedMs = timeMs;
        HistoryError error;
        if (m_store && m_store->isOpen()) {
            changes->to = m_store->latestSnapshot(key);
            changes->from = m_store->snapshotAtOrBefore(key, timeMs);
            if (!changes->from)
                changes->from = m_store->snapshotAtOrAfter(key, timeMs);
            if (changes->from && changes->to && changes->from->id != changes->to->id) {
                if (auto set = m_store->transitions(key, changes->from->id, changes->to->id))
                    changes->changes = std::move(*set);
            }
            error = m_store->lastError();
        }
        std::shared_ptr<const ChangesSince> result = std::move(changes);
        QMetaObject::invokeMethod(
            this, [=, this] { emit changesSinceLoaded(request, key, result, error); },
            Qt::QueuedConnection);
    });
    return request;
}

quint64 HistoryRecorder::requestDeviceChanges(const CampaignKey &key, const QString &deviceId)
{
    const quint64 request = ++m_nextRequest;
    post([this, request, key, deviceId] {
        QList<DeviceStatusChange> changes;
        HistoryError error;
        if (m_store && m_store->isOpen()) {
            changes = m_store->deviceChanges(key, deviceId);
            error = m_store->lastError();
        }
        QMetaObject::invokeMethod(
            this, [=, this] { emit deviceChangesLoaded(request, key, deviceId, changes, error); },
            Qt::QueuedConnection);
    });
    return request;
}

} // namespace fota
