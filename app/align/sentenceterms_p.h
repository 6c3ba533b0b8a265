// SPDX-License-Identifier: GPL-3.0-or-later
// The sentences of an article as the aligner sees them: weighted content terms (words by their
// matching form, numbers and number words as digits, names and figures boosted). Private to
// app/align/.
#pragma once

#include "align/termvector_p.h"
#include "core/article.h"
#include "core/segmentation.h"

namespace Crossread::AlignTerms {

// ---------------------------------------------------------------------------------------------
// Units

/// A sentence taking part in the alignment.
struct Unit {
    qsizetype sentence = 0;   ///< index into Segmentation::sentences
    TermVector terms;         ///< weighted, then scaled to unit length
    float norm = 0;           ///< length before scaling, so terms * norm is the weighted vector
    int run = 0;              ///< units of one run are consecutive sentences without boilerplate between
    std::vector<quint64> anchors;   ///< keys of the story's rare anchors it states, ascending (see SentenceAnchor)
    /// (scale, key) of every figure it states with a known scale, rare or not, ascending.
    std::vector<std::pair<quint64, quint64>> figures;
};

struct ArticleUnits {
    std::vector<Unit> units;
};

/// Content terms of every non-boilerplate sentence of `article`, weighted by boost and term
/// frequency but not yet by rarity (that needs the whole story).
[[nodiscard]] ArticleUnits extractUnits(const Article &article, const Segmentation &segmentation);

} // namespace Crossread::AlignTerms
