// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The CSV and JSON writers exactly as they were before they were rewritten for speed (per-cell
// toUtf8(), snprintf() for times), kept here as the reference the new writers must match byte
// for byte.

#include "campaign/DeviceColumn.h"
#include "campaign/DeviceStore.h"
#include "export/ExportFormat.h"

#include <QByteArray>

#include <cstdio>

namespace reference {

using namespace fota;

inline void appendIso(QByteArray &out, qint64 ms)
{
    if (ms == kNoTime)
        return;
    const auto floorDiv = [](qint64 a, qint64 b) {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
    };
    const qint64 days = floorDiv(ms, 86'400'000);
    // As before, except that ms - days * 86'400'000 (which overflows near the ends of qint64)
    // is taken modulo the day: the same value wherever the old expression was defined.
    qint64 rest = ms % 86'400'000;
    if (rest < 0)
        rest += 86'400'000;
    // civilFromDays, as TimeFormat had it
    qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(rest / 3'600'000);
    rest %= 3'600'000;
    const int minute = int(rest / 60'000);
    rest %= 60'000;
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month,
                                day, hour, minute, int(rest / 1000), int(rest % 1000));
    out.append(buf, n);
}

inline void appendCell(QByteArray &out, QStringView text)
{
    const bool formula =
        !text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' ||
                            text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r');
    const QByteArray utf8 = text.toUtf8();
    const bool quote = formula || utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') ||
                       utf8.contains('\r');
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

inline QByteArray csv(const DeviceStore &store, const std::vector<quint32> &rows)
{
    QByteArray out;
    for (int c = 0; c < kExportedColumnCount; ++c) {
        if (c)
            out += ',';
        out += DeviceColumns::apiField(DeviceColumn(c)).toLatin1();
    }
    out += "\r\n";
    for (const quint32 r : rows) {
        const DeviceRow &row = store.row(r);
        appendCell(out, store.deviceId(r));
        out += ',';
        appendCell(out, store.statuses().at(row.status));
        out += ',';
        appendCell(out, store.reasons().at(row.reason));
        for (const qint64 t : {row.updatedTime, row.recentAttemptTime, row.nextAttemptTime}) {
            out += ',';
            appendIso(out, t);
        }
        out += "\r\n";
    }
    return out;
}

inline void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

inline void appendTime(QByteArray &out, qint64 ms)
{
    if (ms == kNoTime) {
        out += "null";
        return;
    }
    out += '"';
    appendIso(out, ms);
    out += '"';
}

inline QByteArray json(const DeviceStore &store, const std::vector<quint32> &rows,
                       const ExportMetadata &metadata)
{
    QByteArray out = "{\n  \"accountName\": ";
    appendString(out, metadata.accountName);
    out += ",\n  \"campaignId\": ";
    appendString(out, metadata.campaignId);
    out += ",\n  \"totalDevice\": ";
    out += metadata.totalDevice ? QByteArray::number(*metadata.totalDevice) : "null";
    out += ",\n  \"exportedAt\": ";
    appendTime(out, metadata.exportedAtMs);
    out += ",\n  \"devices\": [";
    for (size_t i = 0; i < rows.size(); ++i) {
        const quint32 r = rows[i];
        const DeviceRow &row = store.row(r);
        out += i ? ",\n    {\"deviceId\": " : "\n    {\"deviceId\": ";
        appendString(out, store.deviceId(r));
        out += ", \"status\": ";
        appendString(out, store.statuses().at(row.status));
        out += ", \"resultReason\": ";
        appendString(out, store.reasons().at(row.reason));
        out += ", \"updatedTime\": ";
        appendTime(out, row.updatedTime);
        out += ", \"recentAttemptTime\": ";
        appendTime(out, row.recentAttemptTime);
        out += ", \"nextAttemptTime\": ";
        appendTime(out, row.nextAttemptTime);
        out += '}';
    }
    out += rows.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

} // namespace reference
