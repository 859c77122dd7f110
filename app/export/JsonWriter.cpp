// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/JsonWriter.h"

#include <QCoreApplication>

#include "export/EncodedStrings.h"
#include "export/IsoTime.h"

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
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

bool writeOut(QIODevice *out, QByteArray &buffer, QString *error)
{
    if (out->write(buffer) != buffer.size()) {
        *error =
            QCoreApplication::translate("ExportJob", "could not write: %1").arg(out->errorString());
        return false;
    }
    buffer.resize(0); // keeps the capacity: one buffer for the whole export
    return true;
}

void appendId(QByteArray &out, quint64 key, EncodedStrings &textIds)
{
    if (DeviceId::isNumeric(key)) {
        char digits[32];
        out += '"';
        out.append(digits, DeviceId::digits(key, digits));
        out += '"';
    } else {
        textIds.append(out, quint32(key & ~DeviceId::kTextFlag));
    }
}

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
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    buffer += "{\n  \"accountName\": ";
    appendString(buffer, metadata.accountName);
    buffer += ",\n  \"campaignId\": ";
    appendString(buffer, metadata.campaignId);
    buffer += ",\n  \"totalDevice\": ";
    buffer += metadata.totalDevice ? QByteArray::number(*metadata.totalDevice) : "null";
    buffer += ",\n  \"exportedAt\": ";
    appendTime(buffer, metadata.exportedAtMs);
    buffer += ",\n  \"devices\": [";

    const auto total = qint64(rows.size());
    // As in CsvWriter: each distinct string escaped once, then copied as bytes.
    EncodedStrings statuses(store.statuses(), &JsonWriter::appendString);
    EncodedStrings reasons(store.reasons(), &JsonWriter::appendString);
    EncodedStrings textIds(store.textIds(), &JsonWriter::appendString);
    for (size_t i = 0; i < rows.size(); ++i) {
        const DeviceRow &row = store.row(rows[i]);
        buffer.append(i ? QByteArrayView(",\n    {\"deviceId\": ")
                        : QByteArrayView("\n    {\"deviceId\": "));
        appendId(buffer, row.id, textIds);
        buffer.append(QByteArrayView(", \"status\": "));
        statuses.append(buffer, row.status);
        buffer.append(QByteArrayView(", \"resultReason\": "));
        reasons.append(buffer, row.reason);
        buffer.append(QByteArrayView(", \"updatedTime\": "));
        appendTime(buffer, row.updatedTime);
        buffer.append(QByteArrayView(", \"recentAttemptTime\": "));
        appendTime(buffer, row.recentAttemptTime);
        buffer.append(QByteArrayView(", \"nextAttemptTime\": "));
        appendTime(buffer, row.nextAttemptTime);
        buffer += '}';
        if (buffer.size() >= kFlushBytes && !writeOut(out, buffer, error))
            return false;
        if ((i + 1) % kProgressEvery == 0) {
            if (control.cancelled()) {
                *error = QCoreApplication::translate("ExportJob", "export cancelled");
                return false;
            }
            if (control.progress)
                control.progress(qint64(i + 1), total);
        }
    }
    buffer += rows.empty() ? "]\n}\n" : "\n  ]\n}\n";
    if (control.cancelled()) {
        *error = QCoreApplication::translate("ExportJob", "export cancelled");
        return false;
    }
    if (!writeOut(out, buffer, error))
        return false;
    if (control.progress)
        control.progress(total, total);
    return true;
}

} // namespace fota
