// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crossread::Test {

/// Whether this build runs under AddressSanitizer (the asan preset), whose red zones, quarantine
/// and checks on every access make memory and time bounds stated for a normal build too tight.
inline constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace Crossread::Test
