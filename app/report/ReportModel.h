// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"
#include "history/Snapshot.h"
#include "progress/Eta.h"
#include "thingspace/CampaignInfo.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

namespace fota {

// Every number and line of a campaign report, computed once (ReportBuilder::build) from the
// store, the campaign information and the history; the HTML and PDF writers only format it.
// Numbers are numbers here: the writers format them in the reader's locale.
struct ReportModel
{
    struct StatusLine
    {
        QString status; // raw, verbatim (may be empty: "(no status)")
        StatusBucket bucket = StatusBucket::Other;
        qint64 devices = 0;
    };
    struct Device
    {
        QString deviceId;
        QString status;
        QString reason;
        qint64 nextAttemptMs = kNoTime;
    };
    struct Reason
    {
        QString key;   // ReasonGroups::normalize() key; empty: no reason given
        QString label; // ReasonGroups::label(): what the window's panel shows
        qint64 devices = 0;
        QString example;            // one real reason of the group
        QStringList exampleDevices; // the lowest device IDs of the group, at most examplesPerReason
    };
    struct Transition
    {
        QString from; // raw status; empty: not in the campaign then
        QString to;   // raw status; empty: no longer in the campaign
        qint64 devices = 0;
    };
    struct ChangedDevice
    {
        QString deviceId;
        QString from;
        QString to;
    };
    struct Changes
    {
        Snapshot since;                // the snapshot compared with
        qint64 changed = 0;            // devices whose status differs from it
        QList<Transition> transitions; // most devices first
        QList<ChangedDevice> devices;  // the first changeDevicesLimit, by device ID
    };

    struct Limits
    {
        int reasons = 20;          // failure-reason groups listed
        int examplesPerReason = 3; // example devices per group
        int overdueDevices = 100;  // overdue devices listed
        int changedDevices = 100;  // changed devices listed
        int historyRows = 12;      // snapshots in the progress table
    };

    // When and about what.
    qint64 generatedAtMs = 0;
    qint64 asOfMs = 0;   // when the data was current (the load finished)
    bool utc = false;    // times in UTC, else in the local time zone
    QString environment; // the base URL without credentials
    QString accountName;
    QString campaignId;
    CampaignInfo info;
    bool hasInfo = false;
    QString infoProblem; // why the campaign's details are missing (one line, safe to show)

    // Whether the numbers are the whole campaign: a load that ended early or whose distinct
    // devices differ from the report's totalDevice (written only with --allow-incomplete).
    qint64 loaded = 0;
    std::optional<qint64> totalDevice;
    bool complete = true;

    BucketCounts buckets{};
    QList<StatusLine> statuses; // by bucket, then by status text; none with 0 devices

    qint64 failed = 0;
    qint64 reasonGroups = 0;          // distinct groups among the failed devices
    QList<Reason> reasons;            // the top `limits.reasons`, most devices first
    qint64 devicesInOtherReasons = 0; // failed devices in the groups not listed

    qint64 overdue = 0;        // pending devices whose next attempt was before asOfMs
    QList<Device> overdueList; // the first limits.overdueDevices, longest overdue first

    // With a history.
    bool hasHistory = false;
    QString historyProblem;      // why there is none, when one was asked for (safe to show)
    QList<SnapshotPoint> points; // oldest first, the data in hand last
    Eta eta;
    std::optional<Changes> changes;
    QString changesProblem; // why there are no changes to show (no such snapshot, ...)

    // The progress chart (injected, see ReportChart): an image of `size` logical pixels at
    // `dpr` device pixels each; empty when there is no chart to draw.
    std::function<QImage(QSize size, qreal dpr)> progressChart;

    Limits limits;

    qint64 total() const;
};

} // namespace fota
