// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/TimeParser.h"

#include "thingspace/TimeReader.h"

namespace fota {

qint64 TimeParser::daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

TimeParser::Result TimeParser::parse(QStringView text, qint64 *msSinceEpoch)
{
    // One implementation of the rules: the page decoder reads the same forms from bytes.
    return TimeReader::read(text, msSinceEpoch);
}

} // namespace fota
