// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/segmentation.h"
#include "core/textspan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Crossread {

/// How the renderings of one passage compare.
enum class PassageStatus : quint8 {
    Identical,   ///< every rendering has the same words after normalisation
    Reworded,    ///< two or more renderings whose words differ
    Unique,      ///< found in one article only: "only in X" is a finding
};

/// One step of a word-level diff of a passage member against the passage's reference member.
/// Ops run in text order of both sides; an Insert/Delete pair in that order is a replacement.
struct DiffOp {
    enum class Kind : quint8 {
        Equal,    ///< the same words (after normalisation) on both sides
        Insert,   ///< words only in the member
        Delete,   ///< words only in the reference
    };
    Kind kind = Kind::Equal;
    /// Span in the reference member's article text; empty (start == end, at the position where
    /// the member's words would go) for Insert.
    TextSpan referenceSpan;
    /// Span in this member's article text; empty (at the position of the removal) for Delete.
    TextSpan memberSpan;

    friend bool operator==(const DiffOp &, const DiffOp &) = default;
};

/// One article's rendering of a passage: a run of consecutive sentences of that article.
struct PassageMember {
    ArticleId article;
    TextSpan span;                  ///< UTF-16, first sentence's start to last sentence's end
    qsizetype firstSentence = 0;    ///< index into the article's Segmentation::sentences
    qsizetype sentenceCount = 0;
    /// How surely this span belongs with the others, in [0, 1]: the weighted cosine similarity
    /// of its words to the rest of the passage. 1 for the only member of a unique passage.
    double confidence = 1.0;
    /// False when this span's sentences belong primarily to another passage and also tell part
    /// of this one: one outlet's long sentence that merges two passages the other outlets keep
    /// apart. Sentence lookups return the primary passage only.
    bool primary = true;
    /// Word diff against the passage's reference member; empty for the reference itself.
    QList<DiffOp> diff;

    friend bool operator==(const PassageMember &, const PassageMember &) = default;
};

/// Spans of several articles (at most one per article) that tell the same thing.
struct Passage {
    int id = -1;                    ///< equals the passage's index in Alignment::passages
    PassageStatus status = PassageStatus::Unique;
    QList<PassageMember> members;   ///< ordered by article id; never empty
    /// Index into `members` of the member the others are diffed against: the primary member
    /// closest to all others (highest confidence), the lowest article id on ties.
    qsizetype reference = 0;
    /// Set by a reader's correction (join or split, see applyCorrections()): who made it, in
    /// first-seen order; `corrected` says a correction changed the passage at all.
    QStringList correctedBy;
    bool corrected = false;

    /// The member of `article`, or nullptr when the article does not tell this passage.
    [[nodiscard]] const PassageMember *member(ArticleId article) const;
    [[nodiscard]] const PassageMember &referenceMember() const { return members.at(reference); }
    /// The member the others should be diffed against: the primary member of the highest
    /// confidence, the first on ties (members are ordered by article); 0 when none is primary.
    [[nodiscard]] qsizetype bestReference() const;
    /// Number of primary members, i.e. articles whose own sentences make up this passage.
    [[nodiscard]] qsizetype primaryCount() const;

    friend bool operator==(const Passage &, const Passage &) = default;
};

/// All passages of a story: an immutable snapshot built by alignStory().
///
/// Passages are in reading order: the first article's order, with passages the first article
/// lacks placed after their predecessor in the next article that tells them. Every
/// non-boilerplate sentence of every article is in exactly one passage as a primary member.
struct Alignment {
    QList<Passage> passages;
    /// [article][sentence] -> index into `passages` of the sentence's primary passage;
    /// -1 for boilerplate sentences and sentences without content words.
    QList<QList<int>> passageBySentence;

    /// The primary passage of a sentence, or -1 (boilerplate, out of range).
    [[nodiscard]] int passageOfSentence(ArticleId article, qsizetype sentence) const;
    /// The primary passage covering a UTF-16 position of an article's text, or -1.
    /// `segmentation` must be that article's segmentation.
    [[nodiscard]] int passageAt(ArticleId article, const Segmentation &segmentation,
                                qsizetype position) const;
    [[nodiscard]] bool isEmpty() const { return passages.isEmpty(); }

    friend bool operator==(const Alignment &, const Alignment &) = default;
};

/// Something specific a sentence states, read by another part of the engine, that an outlet
/// telling the same statement states alike however it words the rest: a figure of one kind and
/// normalised value ("$1.2 million" and "$1,200,000"). The key is opaque to the aligner (the
/// analysis hashes the fact engine's kind and value into it), so align/ does not depend on the
/// part that reads it.
struct SentenceAnchor {
    qsizetype position = 0;   ///< UTF-16 position in the article's text, inside the sentence
    quint64 key = 0;
    /// What kind of quantity the figure is on (kind, currency, period, unit), opaque like the key;
    /// 0 when unknown. Two adjacent sentences of one outlet that each state a figure on one scale,
    /// with other values, are two statements ("rose 7 percent at its unit", "rose 6 percent under
    /// the old plan"), never the halves of one.
    quint64 scale = 0;
    friend bool operator==(const SentenceAnchor &, const SentenceAnchor &) = default;
};
/// [article] -> that article's anchors, in any order; may be shorter than the story (no anchors).
using StoryAnchors = QList<QList<SentenceAnchor>>;

/// Tuning of the aligner; the defaults are what the tests and benchmarks measure.
struct AlignmentOptions {
    /// Weighted cosine similarity at which a sentence joins a passage. Real rewording (the
    /// sample story) puts true pairs at 0.3 to 0.6; unrelated sentences of one story rarely
    /// pass 0.3 once names and figures are weighed.
    double joinThreshold = 0.30;
    /// Lower similarity at which a sentence counts as a piece of a passage (one of two short
    /// sentences that together tell it, or a long sentence that also tells it).
    double pieceThreshold = 0.20;
    /// Similarity at which a sentence joins a passage that states one of its anchors, and no
    /// other sentence of the story states that anchor more than twice per outlet stating it
    /// (a figure every sentence repeats anchors nothing). Measured on the real-coverage
    /// stories: sentence pairs that share a figure at 0.25 to 0.30 are the same statement six
    /// times in seven, as often as pairs above 0.30; from 0.20 to 0.25 three times in five.
    double anchoredJoinThreshold = 0.25;
    /// What the sentences state besides their words; empty when the caller has none.
    StoryAnchors anchors;
    /// Compute the word diffs (the CLI and the GUI want them; accuracy tests do not).
    bool computeDiffs = true;
};

/// Aligns the passages of a story. `segmentations[i]` belongs to `articles[i]`. Pure and
/// deterministic: the same input gives the same output whatever the number of threads.
/// Returns an empty alignment when `isCanceled` returns true during the work (it is asked
/// often enough that a cancel takes effect within milliseconds). `progress` is told how many
/// of `total` steps are done, from the calling thread or a worker.
[[nodiscard]] Alignment alignStory(const QList<Article> &articles,
                                   const QList<Segmentation> &segmentations,
                                   const AlignmentOptions &options = {},
                                   const std::function<bool()> &isCanceled = {},
                                   const std::function<void(int done, int total)> &progress = {});

/// JSON and display names: "identical", "reworded", "unique".
[[nodiscard]] QString passageStatusName(PassageStatus status);

} // namespace Crossread
