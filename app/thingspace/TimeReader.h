// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thingspace/TimeParser.h"

#include <QStringView>

#include <string_view>

namespace fota {

// The one reader of the API's time formats (see TimeParser), from the page's bytes as well as
// from text, so a million-device page walk makes no QString per time. Only ASCII digits are
// digits ("27.١٢٣Z" is unreadable, not a fraction) and a Go-style zone name is ASCII letters.
// TimeParser::parse is this reader's QStringView form.
class TimeReader
{
public:
    // ASCII text (a raw JSON string without escapes); leading and trailing ASCII whitespace is
    // ignored, as QString::trimmed would.
    static TimeParser::Result read(std::string_view ascii, qint64 *msSinceEpoch);
    // Only the form nearly every time takes ("2022-10-05T21:05:27.129Z", no whitespace), by
    // position; false for anything else, which read() then decides. Needs no ASCII check first.
    static bool readCommonForm(std::string_view bytes, qint64 *msSinceEpoch);
    // Any text, trimmed of Unicode whitespace as QString::trimmed does.
    static TimeParser::Result read(QStringView text, qint64 *msSinceEpoch);
    // An epoch number (FieldRules::timeOfNumber): values above 1e11 are ms, smaller ones
    // seconds. False for a negative, non-finite or out-of-range value, never converted.
    static bool fromEpochNumber(double value, qint64 *msSinceEpoch);
};

} // namespace fota
