// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace fota::sim {

// IMEI check digit (Luhn mod 10): the 15th digit of an IMEI is computed over the first 14.
class Luhn
{
public:
    // Check digit (0-9) for a string of decimal digits; -1 if it contains anything else.
    static int checkDigit(QStringView digits);
    // Check digit for the 14-digit body given as a number (the generator's hot path).
    static int checkDigit14(quint64 body);
    // True if the last digit is the correct check digit over the others.
    static bool isValid(QStringView number);
    // The 15-character IMEI for a 14-digit body, leading zeros kept.
    static QString imeiFromBody(quint64 body);
};

} // namespace fota::sim
