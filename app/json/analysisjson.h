// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Crossread {

/// The JSON document of `crossread analyse` (schema version 1, documented in the README; fields
/// are added, never renamed):
///
///     {"crossread": 1,
///      "articles": [{"id", "file", "outlet", "headline", "published" (ISO to its precision, or
///                    null), "boilerplate": [[start, end]], "text" (withText only)}],
///      "passages": [{"id", "status": "identical|reworded|unique",
///                    "members": [{"article", "start", "end", "confidence", "text", "primary"}]}],
///      "facts": [...],
///      "messages": ["..."],
///      "corrections": [...] (only when the reader corrected the analysis, see correctionsToJson)}
///
/// Offsets are Unicode code points into the article's text, `end` exclusive; a member's
/// `text` is exactly the characters between its offsets. "primary" is false for a sentence
/// that belongs to another passage and also tells this one (see PassageMember::primary).
[[nodiscard]] QJsonObject analysisToJson(const Analysis &analysis, bool withText = false);

/// The reader's corrections as applied: [{"id", "kind", "description", "reviewer", "note",
/// "applied", "reason" (only when not applied)}]. Passages and facts a correction changed carry
/// "corrected_by" with the reviewers' names.
[[nodiscard]] QJsonArray correctionsToJson(const QList<AppliedCorrection> &corrections);

} // namespace Crossread
