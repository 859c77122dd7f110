// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/JsonWriter.h"

#include <QCoreApplication>

#include "export/DecimalDigits.h"
#include "export/EncodedStrings.h"
#include "export/IsoTime.h"
#include "export/OutputBuffer.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr quint32 kProgressEvery = 8192;

void appendTime(QByteArray &out, qint64 ms)
{
    if (ms == kNoTime) {
        out += "null";
        return;
    }
    out += '"';
    IsoTime::append(out, ms);
    out += '"';
}

char *copy(char *p, QByteArrayView bytes)
{
    std::memcpy(p, bytes.data(), size_t(bytes.size()));
    return p + bytes.size();
}

template <size_t N> char *literal(char *p, const char (&text)[N])
{
    std::memcpy(p, text, N - 1);
    return p + N - 1;
}

char *quotedTime(char *p, qint64 ms)
{
    if (ms == kNoTime)
        return literal(p, "null");
    *p++ = '"';
    p += IsoTime::format(ms, p);
    *p++ = '"';
    return p;
}

// A row's bytes besides its strings: keys and punctuation (under 160), three quoted times and a
// quoted numeric ID.
constexpr qsizetype kRowFixedBytes = 160 + 3 * (IsoTime::kMaxLength + 2) + DeviceId::kMaxDigits;

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
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
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[(c >> 4) & 0xF];
                out += kHex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

bool JsonWriter::write(QIODevice *out, const DeviceStore &store, const std::vector<quint32> &rows,
                       const ExportMetadata &metadata, const ExportControl &control, QString *error)
{
    QByteArray head = "{\n  \"accountName\": ";
    appendString(head, metadata.accountName);
    head += ",\n  \"campaignId\": ";
    appendString(head, metadata.campaignId);
    head += ",\n  \"totalDevice\": ";
    head += metadata.totalDevice ? QByteArray::number(*metadata.totalDevice) : "null";
    head += ",\n  \"exportedAt\": ";
    appendTime(head, metadata.exportedAtMs);
    head += ",\n  \"devices\": [";
    OutputBuffer buffer(out, error);
    buffer.append(head);

    const auto total = qint64(rows.size());
    // As in CsvWriter: each distinct string escaped once, then copied as bytes.
    EncodedStrings statuses(store.statuses(), &JsonWriter::appendString);
    EncodedStrings reasons(store.reasons(), &JsonWriter::appendString);
    EncodedStrings textIds(store.textIds(), &JsonWriter::appendString);
    for (size_t i = 0; i < rows.size(); ++i) {
        const DeviceRow &row = store.row(rows[i]);
        const bool numeric = DeviceId::isNumeric(row.id);
        const QByteArrayView id =
            numeric ? QByteArrayView() : textIds.view(quint32(row.id & ~DeviceId::kTextFlag));
        const QByteArrayView status = statuses.view(row.status);
        const QByteArrayView reason = reasons.view(row.reason);
        char *p = buffer.reserve(id.size() + status.size() + reason.size() + kRowFixedBytes);
        if (!p)
            return false;
        if (i)
            *p++ = ',';
        p = literal(p, "\n    {\"deviceId\": ");
        if (numeric) {
            *p++ = '"';
            p = DecimalDigits::fixed(p, row.id >> 5, int(row.id & 31)); // DeviceIdKey's packing
            *p++ = '"';
        } else {
            p = copy(p, id);
        }
        p = copy(literal(p, ", \"status\": "), status);
        p = copy(literal(p, ", \"resultReason\": "), reason);
        p = quotedTime(literal(p, ", \"updatedTime\": "), row.updatedTime);
        p = quotedTime(literal(p, ", \"recentAttemptTime\": "), row.recentAttemptTime);
        p = quotedTime(literal(p, ", \"nextAttemptTime\": "), row.nextAttemptTime);
        *p++ = '}';
        buffer.commit(p);
        if ((i + 1) % kProgressEvery == 0) {
            if (control.cancelled()) {
                *error = QCoreApplication::translate("ExportJob", "export cancelled");
                return false;
            }
            if (control.progress)
                control.progress(qint64(i + 1), total);
        }
    }
    buffer.append(rows.empty() ? QByteArrayView("]\n}\n") : QByteArrayView("\n  ]\n}\n"));
    if (control.cancelled()) {
        *error = QCoreApplication::translate("ExportJob", "export cancelled");
        return false;
    }
    if (!buffer.flush())
        return false;
    if (control.progress)
        control.progress(total, total);
    return true;
}

} // namespace fota
