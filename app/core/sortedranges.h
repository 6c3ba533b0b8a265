// SPDX-License-Identifier: GPL-3.0-or-later
// Small algorithms on ascending ranges, shared by the aligner's anchor lists and fact
// grouping's word sets.
#pragma once

namespace Crossread {

/// Whether two ascending ranges hold an equal element; linear in their sizes.
template <typename RangeA, typename RangeB>
[[nodiscard]] bool sortedRangesIntersect(const RangeA &a, const RangeB &b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return true;
    }
    return false;
}

} // namespace Crossread
