// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Large blocks keep their own mappings even after a larger one was freed, so a buffer a sort
// or a refresh frees is given back instead of staying resident in a heap arena.
#include "common/AllocatorTuning.h"

#include <QTest>
#include <QtConcurrent>

#include "support/HeldFreeMemory.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using fota::AllocatorTuning;

namespace {

// Written through, so the compiler cannot drop an allocation it sees unused.
void *volatile g_block = nullptr;

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
constexpr bool kGlibcMalloc = true;

size_t mappedBytes()
{
    return mallinfo2().hblkhd;
}

// A block of `bytes` allocated and freed: is it in its own mapping meanwhile, and gone after?
bool mappedWhileLive(size_t bytes)
{
    const size_t before = mappedBytes();
    g_block = std::malloc(bytes);
    std::memset(g_block, 1, bytes);
    const size_t during = mappedBytes();
    std::free(g_block);
    return during >= before + bytes && mappedBytes() == before;
}
#else
constexpr bool kGlibcMalloc = false;
#endif

void allocateAndFree(size_t bytes)
{
    g_block = std::malloc(bytes);
    std::memset(g_block, 1, bytes);
    std::free(g_block);
}

} // namespace

class AllocatorTuningTest : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksAreGivenBackAfterALargerOneWasFreed()
    {
        QCOMPARE(AllocatorTuning::apply(), kGlibcMalloc);
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        // What moves glibc's own threshold: a mapped block of 8 MB freed. Without the fixed
        // threshold, the 2 MB blocks after it would come from the heap and stay there.
        allocateAndFree(size_t(8) << 20);
        QVERIFY(mappedWhileLive(size_t(2) << 20));
        // The same on a worker thread, which has a heap arena of its own.
        QVERIFY(QtConcurrent::run([] {
                    allocateAndFree(size_t(8) << 20);
                    return mappedWhileLive(AllocatorTuning::kMapFromBytes);
                }).result());
#else
        // Another allocator (a sanitizer's): nothing to tune, and nothing was changed.
        allocateAndFree(size_t(8) << 20);
#endif
    }

    // What a walk leaves behind: many blocks under the mapping threshold, freed while a live
    // block above them keeps the heap's top where it is. free() cannot give them back.
    void freePagesBelowTheTopOfAHeapAreGivenBack()
    {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        using fota::test::residentBytes;
        QVERIFY(AllocatorTuning::apply());
        const qint64 before = residentBytes();
        const fota::test::HeldFreeMemory freed(320); // 64 MB
        const qint64 held = residentBytes();
        QVERIFY2(held - before > freed.freedBytes() * 3 / 4,
                 qPrintable(QStringLiteral("freed blocks not resident: %1 MB over the start")
                                .arg((held - before) >> 20)));
        QVERIFY(AllocatorTuning::releaseFreeMemory());
        const qint64 after = residentBytes();
        QVERIFY2(held - after > freed.freedBytes() * 3 / 4,
                 qPrintable(QStringLiteral("only %1 MB given back").arg((held - after) >> 20)));
#else
        QVERIFY(!AllocatorTuning::releaseFreeMemory());
#endif
    }

    // Last: it changes the process's allocator for good. Freed blocks at the top of the heap
    // stay there for the next page instead of being given back and faulted in again.
    void aWalkOnceCommandKeepsWhatItFreedAtTheTop()
    {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        QVERIFY(AllocatorTuning::apply());
        const auto freedAtTop = [] {
            std::vector<void *> blocks;
            for (int i = 0; i < 160; ++i) { // 32 MB
                blocks.push_back(std::malloc(fota::test::HeldFreeMemory::kBlock));
                std::memset(blocks.back(), 1, fota::test::HeldFreeMemory::kBlock);
            }
            for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
                std::free(*it);
            return mallinfo2().keepcost; // what the top of the heap could give back
        };
        QVERIFY(freedAtTop() < (size_t(1) << 20)); // given back as it was freed
        QVERIFY(AllocatorTuning::keepFreedMemory());
        QVERIFY(freedAtTop() >= (size_t(24) << 20));
#else
        QVERIFY(!AllocatorTuning::keepFreedMemory());
#endif
    }
};

QTEST_GUILESS_MAIN(AllocatorTuningTest)
#include "tst_allocatortuning.moc"
