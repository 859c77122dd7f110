// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The export's descriptor device: with write-behind on, a file's bytes are handed to the
// kernel for writing as the export goes, so the final fsync waits for the tail only; on
// what the kernel cannot write ahead (a device, a pipe) nothing changes.
#include "export/DescriptorWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kChunks = 20;

QByteArray chunk(int i)
{
    return QByteArray(kChunk, char('a' + i % 26));
}

// Writes kChunks chunks through a writer on fd; false if any write failed.
bool writeAll(DescriptorWriter &out)
{
    for (int i = 0; i < kChunks; ++i) {
        if (out.write(chunk(i)) != kChunk)
            return false;
    }
    return true;
}

} // namespace

class DescriptorWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void aFileIsWrittenBehindAsItGrows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_s);
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        DescriptorWriter out(fd, true);
        out.setWriteBehind(true);
        QVERIFY(writeAll(out));
        // Every full step of kWriteBehindBytes went to the kernel as it was reached.
        const qint64 total = kChunk * kChunks;
        QCOMPARE(out.writtenBehind(),
                 total / DescriptorWriter::kWriteBehindBytes * DescriptorWriter::kWriteBehindBytes);
        QVERIFY(out.closeChecked().isEmpty());
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        for (int i = 0; i < kChunks; ++i)
            QCOMPARE(back.read(kChunk), chunk(i));
        QVERIFY(back.atEnd());
    }

    void writeBehindIsOffUnlessAsked()
    {
        QTemporaryDir dir;
        const int fd =
            ::open(QFile::encodeName(dir.filePath(u"x"_s)).constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        DescriptorWriter out(fd, true);
        QVERIFY(writeAll(out));
        QCOMPARE(out.writtenBehind(), 0);
    }

    // A character device cannot be written ahead: the writes go on as they would.
    void aDeviceIsWrittenAsBefore()
    {
        const int fd = ::open("/dev/null", O_WRONLY);
        QVERIFY(fd >= 0);
        DescriptorWriter out(fd, true);
        out.setWriteBehind(true);
        QVERIFY(writeAll(out));
        QCOMPARE(out.writtenBehind(), 0);
        QVERIFY(out.closeChecked().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DescriptorWriterTest)
#include "tst_descriptorwriter.moc"
