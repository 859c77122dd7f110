#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/ReportPage.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace fota {

class ApiClient;
class ApiReply;

struct LoadProgress
{
    int pages = 0;
    qint64 devicesReceived = 0;        // rows in all pages, repeats included
    std::optional<qint64> totalDevice; // as the server last reported it
};

struct LoadOutcome
{
    bool complete = false; // every page was walked
    ApiError error;        // why not, when not
    LoadProgress progress;
};

// Walks a campaign's report page by page with lastSeenDeviceId until hasMoreData is false.
// It hands each page on as it arrives (pageLoaded), so whatever arrived before a failure or a
// cancel is already with the receiver and stays there. Each start() has a generation: replies
// of a cancelled or superseded walk are dropped.
class CampaignLoader : public QObject
{
    Q_OBJECT
public:
    explicit CampaignLoader(ApiClient *client, QObject *parent = nullptr);
    ~CampaignLoader() override;

    void start(const QString &accountName, const QString &campaignId);
    void cancel();
    bool isRunning() const { return m_running; }
    QString accountName() const { return m_account; }
    QString campaignId() const { return m_campaign; }

signals:
    void started();
    void pageLoaded(const fota::ReportPage &page);
    void progress(const fota::LoadProgress &progress);
    // A transient failure being retried; text for a status line.
    void retrying(const QString &message);
    void finished(const fota::LoadOutcome &outcome);

private:
    void requestPage();
    void onPageReply(ApiReply *reply, quint64 generation);
    void finish(bool complete, const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QString m_account;
    QString m_campaign;
    QString m_cursor;
    quint64 m_generation = 0;
    bool m_running = false;
    LoadProgress m_progress;
};

} // namespace fota
