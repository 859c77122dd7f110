#pragma once

#include <QString>
#include <QVector>

#include <array>

namespace fota {

// What the decoder had to skip or repair on one page: never fatal, counted in full, and the first
// few cases kept with their details for a diagnostic line.
struct PageDiagnostics
{
    enum class Problem : quint8
    {
        NotAnObject,   // a deviceList entry that is not a JSON object: skipped
        NoDeviceId,    // an entry without a usable deviceId: skipped
        UnreadableTime // a time that is present but unreadable: blanked (the device is kept)
    };
    enum class TimeField : quint8
    {
        Updated, // updatedTime or statusTime
        RecentAttempt,
        NextAttempt
    };
    struct Issue
    {
        Problem problem = Problem::NotAnObject;
        TimeField field = TimeField::Updated;
        qint32 entry = 0; // index in deviceList
        QString deviceId; // server text: sanitise before showing (describe() does)
        QString value;    // the unreadable time as text (server text)
    };
    static constexpr int kMaxIssues = 16;

    qint32 notObjects = 0;
    qint32 noDeviceId = 0;
    std::array<qint32, 3> unreadableTimes{}; // by TimeField
    QVector<Issue> issues;                   // the first kMaxIssues, in page order

    qint32 skipped() const { return notObjects + noDeviceId; }
    qint32 blanked() const { return unreadableTimes[0] + unreadableTimes[1] + unreadableTimes[2]; }
    bool isEmpty() const { return skipped() == 0 && blanked() == 0; }

    static QString fieldName(TimeField field);
    // One line, with every piece of server text passed through SafeText::oneLine.
    static QString describe(const Issue &issue);
};

} // namespace fota
