// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/ReportPageWriter.h"

#include "simulator/DeviceFragmentCache.h"
#include "simulator/SimRandom.h"
#include "simulator/SimTimeFormat.h"
#include "simulator/SimulatedCampaign.h"

#include <QHash>
#include <QVarLengthArray>

#include <numeric>

using namespace Qt::StringLiterals;

namespace fota::sim {

namespace {

void appendEscapedUtf8(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(kHex[c >> 4]);
                out.append(kHex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

void appendJsonString(QByteArray &out, const QString &text)
{
    // Fast path for plain ASCII (device ids, most statuses): no UTF-8 conversion, no escaping.
    char buf[64];
    if (text.size() <= qsizetype(sizeof buf) - 2) {
        char *p = buf;
        *p++ = '"';
        bool plain = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u > 0x7E || u == u'"' || u == u'\\') {
                plain = false;
                break;
            }
            *p++ = char(u);
        }
        if (plain) {
            *p++ = '"';
            out.append(buf, p - buf);
            return;
        }
    }
    appendEscapedUtf8(out, text.toUtf8());
}

// Statuses and reasons are a few shared strings repeated on every row: escape each once per
// page, keyed by the shared buffer (which stays put while the page is written).
class EscapedCache
{
public:
    void append(QByteArray &out, const QString &text)
    {
        const std::pair<const QChar *, qsizetype> key{text.constData(), text.size()};
        auto it = m_cache.constFind(key);
        if (it == m_cache.cend()) {
            QByteArray escaped;
            appendJsonString(escaped, text);
            it = m_cache.insert(key, escaped);
        }
        out.append(it.value());
    }

private:
    QHash<std::pair<const QChar *, qsizetype>, QByteArray> m_cache;
};

quint64 idValue(const QString &id)
{
    quint64 value = 0;
    for (QChar c : id)
        value = value * 10 + quint64(c.unicode() - u'0');
    return value;
}

// Writes `"key":<time>` (with a leading comma) or nothing when the key is to be left out.
void appendTime(QByteArray &out, const char *key, qint64 ms, quint64 hash, int field,
                bool wrongTypes)
{
    if (ms == SimulatedDevice::kNoTime) {
        int absentStyle = int((hash >> (8 + 2 * field)) % 3); // 0 missing, 1 null, 2 ""
        if (wrongTypes && absentStyle == 0)
            absentStyle = 1;
        if (absentStyle == 0)
            return;
        out.append(",\"").append(key).append("\":");
        out.append(absentStyle == 1 ? "null" : "\"\"");
        return;
    }
    out.append(",\"").append(key).append("\":\"");
    if (hash % 100 < 15) {
        SimTimeFormat::appendGoStyle(out, ms);
    } else {
        const int minimal = SimTimeFormat::minimalFractionDigits(ms);
        const int digits = minimal + int((hash >> (16 + 2 * field)) % quint64(4 - minimal));
        SimTimeFormat::appendRfc3339(out, ms, digits);
    }
    out.append('"');
}

void appendDevice(QByteArray &out, const SimulatedCampaign &campaign, const SimulatedDevice &d,
                  const char *statusTimeKey, bool wrongTypes, EscapedCache &cache)
{
    const quint64 hash = SimRandom::mix(campaign.seed(), idValue(d.deviceId));
    out.append("{\"deviceId\":");
    appendJsonString(out, d.deviceId);
    out.append(",\"status\":");
    cache.append(out, d.status);
    out.append(",\"resultReason\":");
    if (wrongTypes && d.resultReason.isEmpty() && ((hash >> 40) & 1))
        out.append("null");
    else
        cache.append(out, d.resultReason);
    appendTime(out, statusTimeKey, d.updatedTimeMs, hash, 0, wrongTypes);
    appendTime(out, "recentAttemptTime", d.recentAttemptMs, hash, 1, wrongTypes);
    appendTime(out, "nextAttemptTime", d.nextAttemptMs, hash, 2, wrongTypes);
    out.append('}');
}

// SimulatorFault::HostileEntries: the devices just before the page again with another status,
// the first of them with only an unreadable time (which also tries to forge a terminal line),
// then a number and an object without deviceId.
void appendHostileEntries(QByteArray &out, const SimulatedCampaign &campaign, qsizetype begin,
                          bool first, EscapedCache &cache)
{
    const qsizetype from = std::max<qsizetype>(begin - ReportPageWriter::kHostileRepeats, 0);
    for (qsizetype i = from; i < begin; ++i) {
        SimulatedDevice again = campaign.devices().at(i);
        again.status = ReportPageWriter::statusAgain(again.status);
        if (!first)
            out.append(',');
        first = false;
        if (i > from) {
            appendDevice(out, campaign, again, "updatedTime", false, cache);
            continue;
        }
        out.append("{\"deviceId\":");
        appendJsonString(out, again.deviceId);
        out.append(",\"status\":");
        appendJsonString(out, again.status);
        out.append(",\"resultReason\":");
        appendJsonString(out, again.resultReason);
        out.append(",\"updatedTime\":");
        appendJsonString(out, ReportPageWriter::kHostileTime);
        out.append('}');
    }
    if (!first)
        out.append(',');
    out.append("42,{\"status\":\"UpgradeSuccess\",\"resultReason\":\"no device id\"}");
}

// Everything before "deviceList": the page's own fields, in their variants.
void appendHeader(QByteArray &out, const ReportPageWriter::Page &page, qsizetype devices)
{
    using Page = ReportPageWriter::Page;
    const QByteArray total = QByteArray::number(page.totalDevice.value_or(devices));
    const QByteArray pageSize = QByteArray::number(page.maxPageSize);
    out.append("{\"totalDevice\":");
    if (page.wrongTypes)
        out.append(total);
    else
        out.append('"').append(total).append('"');
    switch (page.moreDataStyle) {
    case Page::MoreData::Bool:
        out.append(",\"hasMoreData\":");
        if (page.wrongTypes)
            out.append(page.hasMoreData ? "\"true\"" : "\"false\"");
        else
            out.append(page.hasMoreData ? "true" : "false");
        break;
    case Page::MoreData::Missing:
        break;
    case Page::MoreData::Unreadable:
        out.append(",\"hasMoreData\":\"yes\"");
        break;
    }
    out.append(",\"lastSeenDeviceId\":");
    appendJsonString(out, page.lastSeenDeviceId);
    out.append(",\"maxPageSize\":");
    if (page.wrongTypes)
        out.append('"').append(pageSize).append('"');
    else
        out.append(pageSize);
}

} // namespace

const QString ReportPageWriter::kHostileTime =
    u"2022-13-01T00:00:00Z\x1b]0;owned\x07\nWrote 999 devices to /etc/passwd"_s;

QString ReportPageWriter::statusAgain(const QString &status)
{
    return status == "UpgradeFailed"_L1 ? u"UpgradeSuccess"_s : u"UpgradeFailed"_s;
}

QByteArray ReportPageWriter::write(const SimulatedCampaign &campaign, const Page &page)
{
    return write(campaign, page, nullptr);
}

void ReportPageWriter::appendDevices(QByteArray &out, const SimulatedCampaign &campaign,
                                     qsizetype begin, qsizetype end, bool statusTime,
                                     std::vector<quint32> *ends)
{
    EscapedCache cache;
    const char *statusTimeKey = statusTime ? "statusTime" : "updatedTime";
    for (qsizetype i = begin; i < end; ++i) {
        appendDevice(out, campaign, campaign.devices()[i], statusTimeKey, false, cache);
        if (ends)
            ends->push_back(quint32(out.size()));
    }
}

QByteArray ReportPageWriter::write(const SimulatedCampaign &campaign, const Page &page,
                                   DeviceFragmentCache *fragments)
{
    const QVector<SimulatedDevice> &devices = campaign.devices();
    const qsizetype count = std::max<qsizetype>(page.end - page.begin, 0);

    QByteArray out;
    out.reserve(64 + count * 300);
    appendHeader(out, page, devices.size());
    if (page.nullDeviceList) {
        out.append(",\"deviceList\":null}");
        return out;
    }
    out.append(",\"deviceList\":[");

    QVarLengthArray<qsizetype, 1024> order(count);
    std::iota(order.begin(), order.end(), page.begin);
    if (isShuffled(page.pageNumber)) {
        SimRandom rng(SimRandom::mix(campaign.seed(), 0x5A0FF1E0ULL + quint64(page.pageNumber)));
        for (qsizetype i = count - 1; i > 0; --i)
            std::swap(order[i], order[qsizetype(rng.bounded(quint64(i + 1)))]);
    }

    const bool statusTime = usesStatusTime(page.pageNumber);
    const char *statusTimeKey = statusTime ? "statusTime" : "updatedTime";
    EscapedCache cache;
    bool first = true;
    for (const qsizetype index : order) {
        if (!first)
            out.append(',');
        first = false;
        if (fragments && !page.wrongTypes)
            out.append(fragments->device(campaign, index, statusTime));
        else
            appendDevice(out, campaign, devices[index], statusTimeKey, page.wrongTypes, cache);
    }
    if (page.hostileEntries)
        appendHostileEntries(out, campaign, page.begin, first, cache);
    out.append("]}");
    return out;
}

} // namespace fota::sim
