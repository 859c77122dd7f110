// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fota {

// Which snapshot of the history a report compares the data in hand with.
struct ReportSince
{
    Q_DECLARE_TR_FUNCTIONS(ReportSince)

public:
    enum class Kind
    {
        Previous,   // the latest snapshot taken before the data in hand was loaded
        AtOrBefore, // the latest snapshot taken at or before timeMs
        None,       // no comparison
    };
    Kind kind = Kind::Previous;
    qint64 timeMs = 0;

    static ReportSince previous() { return {}; }
    static ReportSince none() { return {Kind::None, 0}; }
    static ReportSince atOrBefore(qint64 timeMs) { return {Kind::AtOrBefore, timeMs}; }

    // What --since takes: "previous", "none", a span back from nowMs ("90m", "6h", "2d", "1w")
    // or a date or time in ISO 8601 ("2026-11-20", "2026-11-20T08:00", "...Z", "...+01:00";
    // without a zone, local time). nullopt with *error set for anything else.
    static std::optional<ReportSince> parse(const QString &text, qint64 nowMs, QString *error);
};

} // namespace fota
