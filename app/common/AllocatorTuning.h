// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstddef>

namespace fota {

// glibc's malloc raises its mmap threshold to the size of each large block freed, up to 32 MB,
// so after the first million-row buffer is freed every later one of that size comes from a
// heap arena, and a heap never gives memory back below its top: each sort or refresh left its
// temporary arrays resident (a million-device window grew from 97 to 134 bytes a device
// after sorting by every column, though it held no more). A fixed threshold keeps blocks of
// a megabyte or more in their own mappings, returned to the system when freed.
class AllocatorTuning
{
public:
    static constexpr std::size_t kMapFromBytes = std::size_t(1) << 20;

    // Call first thing in main(), before any thread starts. False where the allocator is not
    // glibc's (a sanitizer build brings its own): nothing changes there.
    static bool apply();

    // Gives the system the pages of free memory inside the heaps. free() returns a heap's
    // memory only from its top, so what a walk freed below live rows (its page bodies, decoded
    // batches and per-lane sets, mostly blocks under the threshold above) stayed resident: 19
    // bytes a device of a million-device window, for as long as it ran. A couple of
    // milliseconds at that size. False where the allocator is not glibc's or gave nothing back.
    static bool releaseFreeMemory();

    // For a command that walks once and exits (export): a heap keeps up to kKeepTopBytes freed
    // at its top instead of giving it back at once. glibc trims a heap's top past 128 KB, so
    // each page's buffers were given back and faulted in again for the next page: a third of
    // a million-device export's system time. False where the allocator is not glibc's.
    static constexpr std::size_t kKeepTopBytes = std::size_t(64) << 20;
    static bool keepFreedMemory();
};

} // namespace fota
