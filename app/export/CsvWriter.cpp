// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/CsvWriter.h"

#include <QCoreApplication>

#include "campaign/DeviceColumn.h"
#include "export/DecimalDigits.h"
#include "export/EncodedStrings.h"
#include "export/IsoTime.h"
#include "export/OutputBuffer.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr quint32 kProgressEvery = 8192;

// What a row needs besides its strings: three times, five commas and CRLF.
constexpr qsizetype kRowFixedBytes = 3 * IsoTime::kMaxLength + 5 + 2;

char *copy(char *p, QByteArrayView bytes)
{
    std::memcpy(p, bytes.data(), size_t(bytes.size()));
    return p + bytes.size();
}

} // namespace

QByteArray CsvWriter::header()
{
    QByteArray h;
    for (int c = 0; c < kExportedColumnCount; ++c) {
        if (c)
            h += ',';
        h += DeviceColumns::apiField(DeviceColumn(c)).toLatin1();
    }
    return h + "\r\n";
}

void CsvWriter::appendCell(QByteArray &out, QStringView text)
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

bool CsvWriter::write(QIODevice *out, const DeviceStore &store, const std::vector<quint32> &rows,
                      const ExportControl &control, QString *error, const CsvOptions &options)
{
    OutputBuffer buffer(out, error);
    if (options.byteOrderMark)
        buffer.append(byteOrderMark());
    buffer.append(header());
    const auto total = qint64(rows.size());
    // Each distinct string is quoted and converted to UTF-8 once; every cell after that is a
    // copy of bytes. Per-cell toUtf8() and snprintf() for times measured ~30 MB/s.
    EncodedStrings statuses(store.statuses(), &CsvWriter::appendCell);
    EncodedStrings reasons(store.reasons(), &CsvWriter::appendCell);
    EncodedStrings textIds(store.textIds(), &CsvWriter::appendCell);
    for (size_t i = 0; i < rows.size(); ++i) {
        const DeviceRow &row = store.row(rows[i]);
        // A numeric key's digits never need quoting or a formula guard.
        const bool numeric = DeviceId::isNumeric(row.id);
        const QByteArrayView id =
            numeric ? QByteArrayView() : textIds.view(quint32(row.id & ~DeviceId::kTextFlag));
        const QByteArrayView status = statuses.view(row.status);
        const QByteArrayView reason = reasons.view(row.reason);
        char *p = buffer.reserve(DeviceId::kMaxDigits + id.size() + status.size() + reason.size() +
                                 kRowFixedBytes);
        if (!p)
            return false;
        // DeviceIdKey packs a numeric ID as value << 5 | digit count.
        p = numeric ? DecimalDigits::fixed(p, row.id >> 5, int(row.id & 31)) : copy(p, id);
        *p++ = ',';
        p = copy(p, status);
        *p++ = ',';
        p = copy(p, reason);
        *p++ = ',';
        p += IsoTime::format(row.updatedTime, p);
        *p++ = ',';
        p += IsoTime::format(row.recentAttemptTime, p);
        *p++ = ',';
        p += IsoTime::format(row.nextAttemptTime, p);
        *p++ = '\r';
        *p++ = '\n';
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
