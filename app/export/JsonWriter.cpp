#include "export/JsonWriter.h"

#include "thingspace/TimeFormat.h"

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
    TimeFormat::appendIsoUtcMillis(out, ms);
    out += '"';
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
    for (size_t i = 0; i < rows.size(); ++i) {
        const quint32 r = rows[i];
        const DeviceRow &row = store.row(r);
        buffer += i ? ",\n    {\"deviceId\": " : "\n    {\"deviceId\": ";
        appendString(buffer, store.deviceId(r));
        buffer += ", \"status\": ";
        appendString(buffer, store.statuses().at(row.status));
        buffer += ", \"resultReason\": ";
        appendString(buffer, store.reasons().at(row.reason));
        buffer += ", \"updatedTime\": ";
        appendTime(buffer, row.updatedTime);
        buffer += ", \"recentAttemptTime\": ";
        appendTime(buffer, row.recentAttemptTime);
        buffer += ", \"nextAttemptTime\": ";
        appendTime(buffer, row.nextAttemptTime);
        buffer += '}';
        if (buffer.size() >= kFlushBytes) {
            if (out->write(buffer) != buffer.size()) {
                *error = u"could not write: %1"_s.arg(out->errorString());
                return false;
            }
            buffer.clear();
        }
        if ((i + 1) % kProgressEvery == 0) {
            if (control.cancelled()) {
                *error = u"export cancelled"_s;
                return false;
            }
            if (control.progress)
                control.progress(qint64(i + 1), total);
        }
    }
    buffer += rows.empty() ? "]\n}\n" : "\n  ]\n}\n";
    if (control.cancelled()) {
        *error = u"export cancelled"_s;
        return false;
    }
    if (out->write(buffer) != buffer.size()) {
        *error = u"could not write: %1"_s.arg(out->errorString());
        return false;
    }
    if (control.progress)
        control.progress(total, total);
    return true;
}

} // namespace fota
