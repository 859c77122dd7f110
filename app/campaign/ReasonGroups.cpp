// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/ReasonGroups.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota {

QString ReasonGroups::normalize(const QString &reason)
{
    // Order matters: whole timestamps first, then dates with month names, then clock times,
    // then any remaining number.
    static const QRegularExpression isoTime(
        u"\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?( ?(Z|UTC|[+-]\\d{2}:?\\d{2}))*"_s);
    static const QRegularExpression namedDate(
        u"\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{2,4}"
        "( \\d{1,2}:\\d{2}(:\\d{2})?)?( (UTC|GMT))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clock(u"\\b\\d{1,2}:\\d{2}(:\\d{2})?( (UTC|GMT))?"_s);
    // A hex code ("0x1F") is one number: read digit by digit it would become "NxNF".
    static const QRegularExpression hex(u"\\b0[xX][0-9A-Fa-f]+\\b"_s);
    static const QRegularExpression number(u"\\d+([.,]\\d+)?"_s);
    // Only the head counts: a hostile 10 MB reason must not run four regexes over 10 MB, and
    // reasons that agree for this long are the same cause.
    constexpr qsizetype kHeadChars = 1000;
    QString s = QStringView(reason).left(kHeadChars).toString().simplified();
    s.replace(isoTime, u"‹time›"_s);
    s.replace(namedDate, u"‹date›"_s);
    s.replace(clock, u"‹time›"_s);
    // Held by a private-use character while the decimal numbers go: "0x#" has a digit itself.
    constexpr char16_t kHexMark = u'\uE000';
    s.replace(hex, QString(QChar(kHexMark)));
    s.replace(number, u"#"_s);
    s.replace(QChar(kHexMark), u"0x#"_s);
    return s;
}

QString ReasonGroups::label(const QString &key, qsizetype maxChars)
{
    QString text = key.left(maxChars + 1);
    // "#" stands for a number in the key; "N" reads as one ("-N dBm", "try count N").
    text.replace(u'#', u'N');
    text.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + u'…';
    return text;
}

void ReasonGroups::reset()
{
    m_groupOfReason.clear();
    m_keys.clear();
    m_keyIndex.clear();
}

QList<ReasonGroups::Group> ReasonGroups::count(const DeviceStore &store, BucketMask buckets)
{
    if (store.generation() != m_generation) {
        // Pool indexes of another campaign: what was learnt about the previous one is wrong.
        reset();
        m_generation = store.generation();
    }
    const StringPool &reasons = store.reasons();
    for (auto i = qsizetype(m_groupOfReason.size()); i < reasons.size(); ++i) {
        const QString key = normalize(reasons.at(quint32(i)));
        auto it = m_keyIndex.constFind(key);
        if (it == m_keyIndex.constEnd()) {
            it = m_keyIndex.insert(key, qint32(m_keys.size()));
            m_keys.append(key);
        }
        m_groupOfReason.push_back(it.value());
    }
    std::vector<qint64> counts(size_t(m_keys.size()), 0);
    std::vector<quint32> example(size_t(m_keys.size()), 0);
    for (const DeviceRow &row : store.rows()) {
        if (!(buckets & (1u << int(store.bucket(row)))))
            continue;
        const auto g = size_t(m_groupOfReason[row.reason]);
        if (counts[g]++ == 0)
            example[g] = row.reason;
    }
    QList<Group> groups;
    for (size_t g = 0; g < counts.size(); ++g) {
        if (counts[g] > 0)
            groups.append({m_keys[qsizetype(g)], counts[g], reasons.at(example[g])});
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return groups;
}

QString ReasonGroups::keyOf(quint32 reasonIndex) const
{
    if (reasonIndex >= m_groupOfReason.size())
        return {};
    return m_keys.at(m_groupOfReason[reasonIndex]);
}

} // namespace fota
