// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVector>

#include <array>

namespace fota {

// What a report page's reader had to skip or repair on one page: never fatal, counted in full,
// and the first few cases kept with their details for a diagnostic line. Both readers
// (ReportPageDecoder and ReportParser) fill it the same way: page-field issues first, then the
// device issues in page order.
struct PageDiagnostics
{
    enum class Problem : quint8
    {
        NotAnObject,    // a deviceList entry that is not a JSON object: skipped
        NoDeviceId,     // an entry without a usable deviceId: skipped
        UnreadableTime, // a time that is present but unreadable: blanked (the device is kept)
        UnreadableField // totalDevice, hasMoreData or maxPageSize present but unreadable: ignored
    };
    enum class TimeField : quint8
    {
        Updated, // updatedTime or statusTime
        RecentAttempt,
        NextAttempt
    };
    enum class PageField : quint8
    {
        TotalDevice,
        HasMoreData,
        MaxPageSize
    };
    struct Issue
    {
        Problem problem = Problem::NotAnObject;
        TimeField field = TimeField::Updated;
        PageField pageField = PageField::TotalDevice;
        qint32 entry = 0; // index in deviceList
        QString deviceId; // server text: sanitise before showing (describe() does)
        QString value;    // the unreadable value as text (server text)

        bool operator==(const Issue &) const = default;
    };
    static constexpr int kMaxIssues = 16;

    qint32 notObjects = 0;
    qint32 noDeviceId = 0;
    std::array<qint32, 3> unreadableTimes{}; // by TimeField
    qint32 unreadableFields = 0;
    QVector<Issue> issues; // the first kMaxIssues

    qint32 skipped() const { return notObjects + noDeviceId; }
    qint32 blanked() const { return unreadableTimes[0] + unreadableTimes[1] + unreadableTimes[2]; }
    bool isEmpty() const { return skipped() == 0 && blanked() == 0 && unreadableFields == 0; }
    void add(const Issue &issue)
    {
        if (issues.size() < kMaxIssues)
            issues.append(issue);
    }

    bool operator==(const PageDiagnostics &) const = default;

    static QString fieldName(TimeField field);
    static QString fieldName(PageField field);
    // One line, with every piece of server text passed through SafeText::oneLine.
    static QString describe(const Issue &issue);
};

} // namespace fota
