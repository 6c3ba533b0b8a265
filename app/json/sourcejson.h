// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>

namespace Crossread {

struct Analysis;

/// Adds the comparison with the story's source (Analysis::source) to the arrays
/// analysisToJson() built from `analysis`: on each other article `"source_coverage"`, on each
/// fact the source gives `"source_value"`, on each other mention `"source"` ("matches",
/// "differs", "absent", "not-comparable") and on quote mentions `"source_changes"` with
/// `"source_changes_phrases"`. Adds nothing when the story has no source.
void addSourceComparison(const Analysis &analysis, QJsonArray &articles, QJsonArray &facts);

} // namespace Crossread
