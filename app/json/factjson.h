// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codepointmap.h"
#include "facts/facts.h"

#include <QJsonArray>

namespace Crossread {

/// The "facts" array of `crossread analyse`: offsets in code points through `maps[article]`.
/// {"id","kind","status","label","topic","mentions":[{"article","start","end","text","value"}]}
/// plus "variant" and "excerpt" for quotes and "differences" on each quote mention, and for a
/// slot a reader corrected "corrected_by" (reviewer names), "comparable" and "note".
[[nodiscard]] QJsonArray factsToJson(const FactTable &table, const QList<CodePointMap> &maps);

} // namespace Crossread
