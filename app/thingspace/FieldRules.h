// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace fota {

// The lenient rules for every scalar ThingSpace sends, in one place. The API's documents and
// SDKs disagree on types (totalDevice is a string in one and a number in another, IMEIs come
// quoted or not), so each field is read from whatever JSON type arrived. Both readers of a
// report page apply exactly these: the QJsonDocument path (ReportParser, also used by the
// small endpoints) and the simdjson decoder (ReportPageDecoder), which a differential test
// holds to the same answers.
//
// The rules, decided once:
// - Only ASCII digits are digits, in numbers-as-text and in times.
// - A number names an integer only when it is integral and exact in a double (|n| <= 2^53):
//   2.5, 1e300 and 9.3e18 are unreadable, never converted (that would be undefined behaviour).
//   A count (totalDevice, maxPageSize) is also never negative.
// - A boolean is true/false, the numbers 0 and 1, or the text "true"/"false" (any case, as Qt
//   compares it) or "1"/"0"; anything else (.5, 2, "yes") is unreadable, never false.
// - An epoch time is milliseconds above 1e11 and seconds below; negative or past the year
//   9999 is unreadable.
// - Text of a number is the integer without an exponent when exact, else 17 significant digits.
class FieldRules
{
public:
    static constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53
    static constexpr qint64 kMaxTimeMs = 253'402'300'799'999;     // 9999-12-31T23:59:59.999Z

    static QString textOfNumber(double value);
    static QString textOfBoolean(bool value);
    static std::optional<qint64> integerOfNumber(double value);
    // Trimmed, an optional sign and ASCII digits, within a qint64.
    static std::optional<qint64> integerOfText(QStringView text);
    // Counts: an integer that is not negative.
    static std::optional<qint64> count(std::optional<qint64> integer);
    // maxPageSize: a count that fits an int.
    static std::optional<int> pageSize(std::optional<qint64> integer);
    static std::optional<bool> booleanOfNumber(double value);
    static std::optional<bool> booleanOfText(QStringView text);
    // False when the number cannot be a time.
    static bool timeOfNumber(double value, qint64 *msSinceEpoch);
};

} // namespace fota
