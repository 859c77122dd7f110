// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceId.h"

#include "campaign/StringPool.h"
#include "common/DeviceIdKey.h"

#include <algorithm>

namespace fota {

bool DeviceId::packNumeric(QStringView id, quint64 *key)
{
    return DeviceIdKey::pack(id.utf16(), id.size(), key);
}

quint64 DeviceId::pack(QStringView id, StringPool *textIds)
{
    quint64 key = 0;
    if (packNumeric(id, &key))
        return key;
    return kTextFlag | textIds->intern(id.toString());
}

bool DeviceId::packExisting(QStringView id, const StringPool &textIds, quint64 *key)
{
    if (packNumeric(id, key))
        return true;
    const auto index = textIds.find(id.toString());
    if (!index)
        return false;
    *key = kTextFlag | *index;
    return true;
}

int DeviceId::digits(quint64 key, char *buf)
{
    const int length = int(key & 31);
    quint64 value = key >> 5;
    for (int i = length - 1; i >= 0; --i) {
        buf[i] = char('0' + value % 10);
        value /= 10;
    }
    return length;
}

QString DeviceId::text(quint64 key, const StringPool &textIds)
{
    if (!isNumeric(key))
        return textIds.at(quint32(key & ~kTextFlag));
    char buf[32];
    const int length = digits(key, buf);
    return QString::fromLatin1(buf, length);
}

int DeviceId::compare(QStringView a, QStringView b)
{
    quint64 ka = 0;
    quint64 kb = 0;
    if (packNumeric(a, &ka) && packNumeric(b, &kb))
        return ka < kb ? -1 : (ka > kb ? 1 : 0);
    const auto trimZeros = [](QStringView s) {
        while (s.size() > 1 && s.front() == u'0')
            s = s.mid(1);
        return s;
    };
    const bool aDigits = !a.isEmpty() && std::all_of(a.begin(), a.end(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
    const bool bDigits = !b.isEmpty() && std::all_of(b.begin(), b.end(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
    if (aDigits && bDigits) {
        const QStringView ta = trimZeros(a);
        const QStringView tb = trimZeros(b);
        if (ta.size() != tb.size())
            return ta.size() < tb.size() ? -1 : 1;
        const int c = ta.compare(tb);
        if (c != 0)
            return c;
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    }
    return a.compare(b);
}

} // namespace fota
