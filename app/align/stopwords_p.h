// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Crossread::Detail {

/// True for English function words that say nothing about what a sentence reports (articles,
/// pronouns, auxiliaries, prepositions, conjunctions, reporting verbs such as "said").
/// `word` is compared case-insensitively; words with letters outside ASCII are never stop words.
[[nodiscard]] bool isStopWord(QStringView word);

} // namespace Crossread::Detail
