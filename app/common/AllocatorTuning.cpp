// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/AllocatorTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fota {

bool AllocatorTuning::apply()
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    // Setting the threshold also fixes the trim threshold, which glibc would raise likewise.
    return mallopt(M_MMAP_THRESHOLD, int(kMapFromBytes)) == 1;
#else
    return false;
#endif
}

bool AllocatorTuning::releaseFreeMemory()
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    return malloc_trim(0) == 1;
#else
    return false;
#endif
}

bool AllocatorTuning::keepFreedMemory()
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    return mallopt(M_TRIM_THRESHOLD, int(kKeepTopBytes)) == 1;
#else
    return false;
#endif
}

} // namespace fota
