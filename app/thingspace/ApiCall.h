// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

namespace fota {

// One request to ThingSpace, described as data: the client adds headers, tokens and retries.
// Path segments are kept unencoded here and percent-encoded when the URL is built, so an
// account name or an id can never change the path's shape.
struct ApiCall
{
    QByteArray verb = "GET";
    QStringList pathSegments;
    QUrlQuery query;
    QByteArray body;
    bool expectJson = true;
    // A device-report page: decoded on the worker straight into a DecodedPage
    // (ReportPageDecoder) instead of a QJsonDocument.
    bool reportPage = false;

    static ApiCall deviceReport(const QString &accountName, const QString &campaignId,
                                const QString &lastSeenDeviceId)
    {
        ApiCall c;
        c.pathSegments = {QStringLiteral("api"),
                          QStringLiteral("fota"),
                          QStringLiteral("v3"),
                          QStringLiteral("reports"),
                          accountName,
                          QStringLiteral("campaigns"),
                          campaignId,
                          QStringLiteral("devices")};
        c.query.addQueryItem(QStringLiteral("lastSeenDeviceId"),
                             lastSeenDeviceId.isEmpty() ? QStringLiteral("0") : lastSeenDeviceId);
        c.reportPage = true;
        return c;
    }
    static ApiCall campaignInfo(const QString &accountName, const QString &campaignId)
    {
        ApiCall c;
        c.pathSegments = {QStringLiteral("api"), QStringLiteral("fota"),
                          QStringLiteral("v3"),  QStringLiteral("campaigns"),
                          accountName,           campaignId};
        return c;
    }
    static ApiCall campaignsByStatus(const QString &accountName, const QString &status,
                                     const QString &lastSeenCampaignId)
    {
        ApiCall c;
        c.pathSegments = {QStringLiteral("api"),
                          QStringLiteral("fota"),
                          QStringLiteral("v3"),
                          QStringLiteral("reports"),
                          accountName,
                          QStringLiteral("firmware"),
                          QStringLiteral("campaigns")};
        c.query.addQueryItem(QStringLiteral("campaignStatus"), status);
        if (!lastSeenCampaignId.isEmpty())
            c.query.addQueryItem(QStringLiteral("lastSeenCampaignId"), lastSeenCampaignId);
        return c;
    }
    static ApiCall deviceHistory(const QString &accountName, const QString &deviceId)
    {
        ApiCall c;
        c.pathSegments = {QStringLiteral("api"),
                          QStringLiteral("fota"),
                          QStringLiteral("v3"),
                          QStringLiteral("reports"),
                          accountName,
                          QStringLiteral("devices"),
                          deviceId};
        return c;
    }
};

} // namespace fota
