#include "campaign/DeviceFilter.h"

#include "campaign/DeviceId.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace fota {

DeviceFilterMatcher::DeviceFilterMatcher(const DeviceFilter &filter, const DeviceStore &store)
    : m_store(store)
    , m_buckets(filter.buckets)
    , m_text(filter.text.trimmed())
{
    const bool allDigits =
        !m_text.isEmpty() && std::all_of(m_text.begin(), m_text.end(), [](QChar c) {
            return c.unicode() >= u'0' && c.unicode() <= u'9';
        });
    if (allDigits)
        m_digits = m_text.toLatin1();
    refresh();
}

void DeviceFilterMatcher::refresh()
{
    if (m_text.isEmpty())
        return;
    const StringPool &reasons = m_store.reasons();
    for (auto i = qsizetype(m_reasonMatch.size()); i < reasons.size(); ++i)
        m_reasonMatch.push_back(reasons.at(quint32(i)).contains(m_text, Qt::CaseInsensitive));
}

bool DeviceFilterMatcher::accepts(quint32 rowIndex) const
{
    const DeviceRow &row = m_store.row(rowIndex);
    if (!(m_buckets & (1u << int(row.bucket))))
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
