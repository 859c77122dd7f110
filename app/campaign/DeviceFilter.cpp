// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/DeviceFilter.h"

#include "campaign/DeviceId.h"
#include "campaign/ReasonGroups.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace fota {

bool DeviceFilter::contains(const DeviceFilter &narrower) const
{
    const bool sameStatusSelection = buckets == narrower.buckets && statuses == narrower.statuses;
    // With no raw status ticked, unticking buckets only hides devices.
    const bool fewerBuckets =
        statuses.isEmpty() && narrower.statuses.isEmpty() && (narrower.buckets & ~buckets) == 0;
    return (sameStatusSelection || fewerBuckets) &&
           FoldedPool::fold(narrower.text.trimmed()).contains(FoldedPool::fold(text.trimmed())) &&
           (reasonGroup.isEmpty() || reasonGroup == narrower.reasonGroup) &&
           (!overdueOnly || (narrower.overdueOnly && narrower.nowMs == nowMs)) &&
           (!changedOnly || narrower.changedOnly) && (!devices || devices == narrower.devices);
}

DeviceFilterMatcher::DeviceFilterMatcher(const DeviceFilter &filter, const DeviceStore &store,
                                         const FoldedPool *reasonFolds)
    : m_store(store)
    , m_filter(filter)
    , m_byStatus(filter.buckets != kAllBuckets || !filter.statuses.isEmpty())
    , m_buckets(filter.buckets == kAllBuckets && !filter.statuses.isEmpty() ? 0 : filter.buckets)
    , m_text(filter.text.trimmed())
    , m_foldedText(FoldedPool::fold(m_text))
    , m_folds(reasonFolds)
{
    if (!m_folds && !m_text.isEmpty()) {
        m_ownFolds = std::make_unique<FoldedPool>();
        m_folds = m_ownFolds.get();
    }
    const bool allDigits =
        !m_text.isEmpty() && std::all_of(m_text.begin(), m_text.end(), [](QChar c) {
            return c.unicode() >= u'0' && c.unicode() <= u'9';
        });
    if (allDigits)
        m_digits = m_text.toLatin1();
    if (m_filter.devices)
        m_inDeviceSet = m_filter.devices->rowsIn(store);
    refresh();
}

void DeviceFilterMatcher::refresh()
{
    const StringPool &reasons = m_store.reasons();
    if (!m_text.isEmpty()) {
        if (m_ownFolds)
            m_ownFolds->update(reasons, m_store.generation());
        for (auto i = qsizetype(m_reasonMatch.size()); i < reasons.size(); ++i)
            m_reasonMatch.push_back(m_folds->contains(reasons, quint32(i), m_foldedText));
    }
    if (!m_filter.reasonGroup.isEmpty()) {
        for (auto i = qsizetype(m_reasonInGroup.size()); i < reasons.size(); ++i)
            m_reasonInGroup.push_back(ReasonGroups::normalize(reasons.at(quint32(i))) ==
                                      m_filter.reasonGroup);
    }
    if (!m_filter.statuses.isEmpty()) {
        const StringPool &statuses = m_store.statuses();
        for (auto i = qsizetype(m_statusSelected.size()); i < statuses.size(); ++i)
            m_statusSelected.push_back(m_filter.statuses.contains(statuses.at(quint32(i))));
    }
}

bool DeviceFilterMatcher::isOverdue(StatusBucket bucket, const DeviceRow &row, qint64 nowMs)
{
    return bucket == StatusBucket::Pending && row.nextAttemptTime != kNoTime &&
           row.nextAttemptTime < nowMs;
}

bool DeviceFilterMatcher::accepts(quint32 rowIndex) const
{
    const DeviceRow &row = m_store.row(rowIndex);
    if (m_byStatus && !(m_buckets & (1u << int(m_store.bucket(row)))) &&
        !(!m_statusSelected.empty() && m_statusSelected[row.status]))
        return false;
    if (m_filter.changedOnly && !m_store.statusChanged(rowIndex))
        return false;
    if (m_filter.devices &&
        !(rowIndex < m_inDeviceSet.size() ? m_inDeviceSet[rowIndex]
                                          : m_filter.devices->contains(m_store, rowIndex)))
        return false;
    if (m_filter.overdueOnly && !isOverdue(m_store, row, m_filter.nowMs))
        return false;
    if (!m_reasonInGroup.empty() && !m_reasonInGroup[row.reason])
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_reasonMatch[row.reason])
        return true;
    if (DeviceId::isNumeric(row.id)) {
        if (m_digits.isEmpty())
            return false;
        char buf[32];
        const int length = DeviceId::digits(row.id, buf);
        return std::string_view(buf, size_t(length))
                   .find(std::string_view(m_digits.constData(), size_t(m_digits.size()))) !=
               std::string_view::npos;
    }
    return m_store.deviceId(rowIndex).contains(m_text, Qt::CaseInsensitive);
}

} // namespace fota
