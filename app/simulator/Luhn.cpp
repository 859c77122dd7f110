// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/Luhn.h"

namespace fota::sim {

namespace {
// Doubling a digit and adding the digits of the result, precomputed.
constexpr int kDoubled[10] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
} // namespace

int Luhn::checkDigit(QStringView digits)
{
    int sum = 0;
    bool doubleIt = true; // the digit left of the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        const int d = c - u'0';
        sum += doubleIt ? kDoubled[d] : d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

int Luhn::checkDigit14(quint64 body)
{
    int sum = 0;
    bool doubleIt = true;
    for (int i = 0; i < 14; ++i) {
        const int d = int(body % 10);
        body /= 10;
        sum += doubleIt ? kDoubled[d] : d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

bool Luhn::isValid(QStringView number)
{
    if (number.size() < 2)
        return false;
    const char16_t last = number.back().unicode();
    if (last < u'0' || last > u'9')
        return false;
    return checkDigit(number.left(number.size() - 1)) == last - u'0';
}

QString Luhn::imeiFromBody(quint64 body)
{
    QString id(15, Qt::Uninitialized);
    QChar *out = id.data();
    out[14] = QChar(char16_t(u'0' + checkDigit14(body)));
    for (int i = 13; i >= 0; --i) {
        out[i] = QChar(char16_t(u'0' + body % 10));
        body /= 10;
    }
    return id;
}

} // namespace fota::sim
