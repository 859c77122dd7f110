// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/RoundTripStats.h"

#include "common/PluralText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

qint64 RoundTripStats::medianMs() const
{
    if (m_samples.empty())
        return 0;
    // A copy: a thousand samples once per load is nothing, and add() stays a push.
    std::vector<qint64> s = m_samples;
    const size_t mid = s.size() / 2;
    std::nth_element(s.begin(), s.begin() + qsizetype(mid), s.end());
    const qint64 upper = s[mid];
    if (s.size() % 2 == 1)
        return upper;
    const qint64 lower = *std::max_element(s.begin(), s.begin() + qsizetype(mid));
    return (lower + upper) / 2;
}

qint64 RoundTripStats::worstMs() const
{
    return m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
}

QString RoundTripStats::describe(int pages) const
{
    if (m_samples.empty())
        return {};
    // The window shows this under the progress bar; export -v prints it untranslated.
    if (pages == count())
        return QCoreApplication::translate("RoundTripStats",
                                           "round trip per page: median %1 ms, worst %2 ms")
            .arg(QString::number(medianMs()), QString::number(worstMs()));
    const QString counted =
        PluralText::text("RoundTripStats", QT_TRANSLATE_N_NOOP("RoundTripStats", "%1 page"),
                         QT_TRANSLATE_N_NOOP("RoundTripStats", "%1 pages"), count())
            .arg(count());
    return QCoreApplication::translate("RoundTripStats",
                                       "round trip per page: median %1 ms, worst %2 ms (%3)")
        .arg(QString::number(medianMs()), QString::number(worstMs()), counted);
}

} // namespace fota
