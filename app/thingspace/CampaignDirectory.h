// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/CampaignInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace fota {

class ApiClient;
class ApiReply;

// Lists an account's campaigns. The API answers one status per call, so the directory asks for
// each status in turn, paging with lastSeenCampaignId. Statuses are walked one after another
// rather than all at once: the list is small and the gateway rate-limits bursts. A status that
// fails does not end the walk, because the campaigns of the other statuses are still worth
// showing; the first failure is reported at the end. Only failures every status would meet
// (credentials, login, token) end the walk at once, and are then the error reported.
class CampaignDirectory : public QObject
{
    Q_OBJECT
public:
    explicit CampaignDirectory(ApiClient *client, QObject *parent = nullptr);
    ~CampaignDirectory() override;

    // Every status the FOTA v3 API documents, in the order a campaign passes through them.
    static QStringList allStatuses();
    // Which statuses list() asks for; allStatuses() unless set. Takes effect at the next list().
    void setStatuses(const QStringList &statuses);
    QStringList statuses() const { return m_statuses; }

    // Starts a walk; a walk still running is dropped without a finished() signal.
    void list(const QString &accountName);
    // Stops the walk; finished() follows at once with what arrived and a Cancelled error.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // The new campaigns of one page (never one seen earlier in this walk).
    void campaignsFound(const QList<fota::CampaignInfo> &campaigns);
    // A transient failure being retried; text for a status line.
    void retrying(const QString &message);
    void finished(const QList<fota::CampaignInfo> &all, const fota::ApiError &error);

private:
    void requestPage();
    void onPageReply(ApiReply *reply, quint64 generation);
    void nextStatus(const ApiError &error);
    void finish(const ApiError &error);
    void dropReply();

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QStringList m_statuses;
    QStringList m_walking; // the statuses of the running walk
    QString m_account;
    qsizetype m_statusIndex = 0;
    QString m_cursor;
    QSet<QString> m_usedCursors; // of the current status: a cursor seen twice means a loop
    int m_page = 0;              // of the current status
    QList<CampaignInfo> m_found;
    QSet<QString> m_ids;
    ApiError m_firstError;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace fota
