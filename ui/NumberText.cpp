#include "ui/NumberText.h"

using namespace Qt::StringLiterals;

namespace fota {

QLocale NumberText::locale()
{
    // The C locale (what a bare LANG gives, e.g. on CI and in containers) omits group
    // separators, and "1000000 devices" is hard to read at a glance; use English grouping then.
    QLocale l;
    if (l.language() == QLocale::C)
        l = QLocale(QLocale::English, QLocale::UnitedStates);
    return l;
}

QString NumberText::count(qint64 value)
{
    return locale().toString(value);
}

QString NumberText::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"0%"_s;
    const double p = 100.0 * double(part) / double(whole);
    // One decimal below 10% so a handful of failures in a large fleet does not read as "0%".
    const int decimals = (p > 0.0 && p < 10.0) || (p > 99.0 && p < 100.0) ? 1 : 0;
    return locale().toString(p, 'f', decimals) + u'%';
}

} // namespace fota
