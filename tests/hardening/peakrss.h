// SPDX-License-Identifier: GPL-3.0-or-later
// Peak resident memory for the memory tests, and how much a sanitizer inflates it.
#pragma once

#include "common/sanitizer.h"

#include <sys/resource.h>

namespace Crossread::Hardening {

/// Peak resident memory of this process so far, in MiB (Linux reports ru_maxrss in KiB).
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// AddressSanitizer pads every allocation with red zones, keeps freed memory in a quarantine
/// (256 MiB by default) and adds an eighth for shadow memory; measured on these tests, peaks
/// grow by up to 2.5x. The bounds are stated for a normal build and scaled under ASan.
inline constexpr double sanitizerFactor()
{
    return Test::underAddressSanitizer() ? 3.0 : 1.0;
}

} // namespace Crossread::Hardening
