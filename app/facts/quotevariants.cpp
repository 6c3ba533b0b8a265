// SPDX-License-Identifier: GPL-3.0-or-later
// Quote groups. Renderings are matched by the longest common subsequence of their words
// (Hunt & Szymanski's problem, solved here by the textbook dynamic programme, since quotes are
// short), divided by the shorter rendering's length, so a trimmed quote still matches the
// full one. Candidate pairs come from an inverted index of word bigrams, so a story's quotes
// are never compared all against all. Differences are the same LCS alignment over words and
// punctuation, described as an editor would mark them.
#include "facts/quotevariants.h"

#include "facts/factlexicon.h"
#include "facts/factscan.h"
#include "facts/factsphrase_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Crossread::FactQuotes {
namespace {

bool isQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x201A: case 0x2039:
    case 0x203A: case 0x00AB: case 0x00BB:
        return true;
    default:
        return false;
    }
}

/// Punctuation that only closes a part and says nothing about the wording.
bool isClosingPunctuation(const QString &key)
{
    return key == u"," || key == u"." || key == u";" || key == u":" || key == u"\u2014" || key == u"\u2026";
}

void tokenisePart(QStringView text, QList<QuoteToken> &out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isLetterOrNumber()) {
            qsizetype j = i + 1;
            while (j < n) {
                if (text[j].isLetterOrNumber() || text[j].isMark()) {
                    ++j;
                } else if ((FactScan::isApostrophe(text[j]) || text[j] == u'-' || (text[j] == u'.' && text[j - 1].isDigit()))
                           && j + 1 < n && text[j + 1].isLetterOrNumber()) {
                    j += 2;
                } else {
                    break;
                }
            }
            const QStringView word = text.sliced(i, j - i);
            QString key = word.toString().toLower();
            key.replace(QChar(0x2019), u'\'');
            out.append({word.toString(), key, true});
            i = j;
        } else if (c.isSpace() || isQuoteMark(c) || (c == u'\'' || c == QChar(0x2019))) {
            ++i;
        } else if (FactScan::isDash(c)) {
            qsizetype j = i;
            while (j < n && FactScan::isDash(text[j]))
                ++j;
            out.append({text.sliced(i, j - i).toString(), QStringLiteral("\u2014"), false});
            i = j;
        } else if (c == u'.' && i + 2 < n && text[i + 1] == u'.' && text[i + 2] == u'.') {
            out.append({QStringLiteral("..."), QStringLiteral("\u2026"), false});
            i += 3;
        } else if (c.isPunct() || c.isSymbol()) {
            const QString mark(c);
            out.append({mark, c == QChar(0x2026) ? QStringLiteral("\u2026") : mark, false});
            ++i;
        } else {
            ++i;
        }
    }
}

enum class Op : quint8 { Equal, Delete, Insert };

struct Edit {
    Op op = Op::Equal;
    qsizetype reference = -1;   ///< index into the reference tokens (Equal, Delete)
    qsizetype mention = -1;     ///< index into the mention tokens (Equal, Insert)
};

/// Longest-common-subsequence alignment of two token lists by their keys. Of the alignments
/// with the most common tokens, the one with the fewest separate runs of changes (Gotoh's
/// affine-gap programme, "An improved algorithm for matching biological sequences", 1982, with
/// the gap cost far below a match): quoted words are copied in runs, and the textbook LCS
/// traceback may match a word early ("...the information that we need. We need to use...")
/// and leave a gap in the middle of what is really a different cut.
QList<Edit> align(const QList<QuoteToken> &a, const QList<QuoteToken> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<Edit> edits;
    // Common prefix and suffix cost nothing and keep the tables small.
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && a[prefix].key == b[prefix].key)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix].key == b[m - 1 - suffix].key)
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        edits.append({Op::Equal, i, i});
    const qsizetype rows = n - prefix - suffix;
    const qsizetype cols = m - prefix - suffix;
    if (rows * cols > 1'000'000) {
        // Far beyond any real quotation (Limits::maxQuoteChars keeps quotes under ~800
        // tokens): report the middle as replaced.
        for (qsizetype i = 0; i < rows; ++i)
            edits.append({Op::Delete, prefix + i, -1});
        for (qsizetype j = 0; j < cols; ++j)
            edits.append({Op::Insert, -1, prefix + j});
    } else {
        // Scores of the best alignment of the suffixes a[i..], b[j..] whose first operation is
        // an equal token, a deletion or an insertion. A run of changes costs one gap however
        // long it is, and a deletion next to an insertion is one run (a replaced stretch).
        constexpr int match = 4096;
        constexpr int gap = 1;
        constexpr int none = std::numeric_limits<int>::min() / 2;
        const qsizetype width = cols + 1;
        QList<int> equal((rows + 1) * width, none);
        QList<int> deletion((rows + 1) * width, none);
        QList<int> insertion((rows + 1) * width, none);
        auto at = [width](qsizetype i, qsizetype j) { return i * width + j; };
        // Best score from (i, j) when the operation before it was `op`: continuing a run of
        // changes is free, starting one costs a gap.
        auto from = [&](qsizetype i, qsizetype j, Op before) {
            if (i == rows && j == cols)
                return 0;
            const int changeCost = before == Op::Equal ? gap : 0;
            return std::max({equal[at(i, j)], deletion[at(i, j)] - changeCost, insertion[at(i, j)] - changeCost});
        };
        for (qsizetype i = rows; i >= 0; --i) {
            for (qsizetype j = cols; j >= 0; --j) {
                if (i < rows && j < cols && a[prefix + i].key == b[prefix + j].key)
                    equal[at(i, j)] = match + from(i + 1, j + 1, Op::Equal);
                if (i < rows)
                    deletion[at(i, j)] = from(i + 1, j, Op::Delete);
                if (j < cols)
                    insertion[at(i, j)] = from(i, j + 1, Op::Insert);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        Op before = Op::Equal;
        while (i < rows || j < cols) {
            const int changeCost = before == Op::Equal ? gap : 0;
            const int best = from(i, j, before);
            if (equal[at(i, j)] == best) {
                edits.append({Op::Equal, prefix + i, prefix + j});
                ++i;
                ++j;
                before = Op::Equal;
            } else if (insertion[at(i, j)] - changeCost == best) {
                edits.append({Op::Insert, -1, prefix + j});
                ++j;
                before = Op::Insert;
            } else {
                edits.append({Op::Delete, prefix + i, -1});
                ++i;
                before = Op::Delete;
            }
        }
    }
    for (qsizetype k = 0; k < suffix; ++k)
        edits.append({Op::Equal, n - suffix + k, m - suffix + k});
    return edits;
}

QString render(const QList<QuoteToken> &tokens, QList<qsizetype> indices, int maxWords = 6)
{
    // Punctuation at the ends of an extract reads as noise: "omits the end: 'and we are…'".
    while (indices.size() > 1 && !tokens.at(indices.constFirst()).word)
        indices.removeFirst();
    while (indices.size() > 1 && !tokens.at(indices.constLast()).word)
        indices.removeLast();
    QString text;
    int words = 0;
    for (qsizetype index : std::as_const(indices)) {
        const QuoteToken &token = tokens.at(index);
        if (token.word && ++words > maxWords) {
            text += QChar(0x2026);
            break;
        }
        if (!text.isEmpty() && (token.word || token.key == u"\u2014"))
            text += u' ';
        text += token.text;
    }
    return text;
}

Phrase punctuationName(const QString &key)
{
    if (key == u",")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a comma"));
    if (key == u".")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a full stop"));
    if (key == u";")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a semicolon"));
    if (key == u":")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a colon"));
    if (key == u"\u2014")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a dash"));
    if (key == u"?")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a question mark"));
    if (key == u"!")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "an exclamation mark"));
    if (key == u"\u2026")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "an ellipsis"));
    if (key == u"(" || key == u")")
        return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "a bracket"));
    return Phrase::literal(QStringLiteral("'") + key + u'\'');
}

Phrase punctuationNames(const QList<QuoteToken> &tokens, const QList<qsizetype> &indices)
{
    QList<Phrase> names;
    for (qsizetype index : indices) {
        if (!names.isEmpty())
            names.append(Phrase::literal(QStringLiteral(" + ")));
        names.append(punctuationName(tokens.at(index).key));
    }
    return Phrase::concatenation(names);
}

QList<qsizetype> allIndices(const QList<QuoteToken> &tokens)
{
    QList<qsizetype> indices(tokens.size());
    std::iota(indices.begin(), indices.end(), 0);
    return indices;
}

bool allPunctuation(const QList<QuoteToken> &tokens, const QList<qsizetype> &indices)
{
    return std::none_of(indices.begin(), indices.end(), [&](qsizetype i) { return tokens.at(i).word; });
}

int wordCount(const QList<QuoteToken> &tokens, const QList<qsizetype> &indices)
{
    return int(std::count_if(indices.begin(), indices.end(), [&](qsizetype i) { return tokens.at(i).word; }));
}

QList<QuoteToken> wordTokens(const QList<QuoteToken> &tokens)
{
    QList<QuoteToken> words;
    for (const QuoteToken &token : tokens) {
        if (token.word)
            words.append(token);
    }
    return words;
}

QStringList keysOf(const QList<QuoteToken> &tokens)
{
    QStringList keys;
    keys.reserve(tokens.size());
    for (const QuoteToken &token : tokens)
        keys.append(token.key);
    return keys;
}

/// The most words one rendering may add or drop inside the shared words and still be read as
/// a changed wording rather than a gap between two quoted stretches.
constexpr int maxChangedWords = 3;

/// The letters of some words run together, lower-case and without hyphens or full stops: the
/// same for "work force", "workforce" and "work-force", for "F.B.I." and "FBI".
QString spelling(const QList<QuoteToken> &tokens, const QList<qsizetype> &indices)
{
    QString letters;
    for (qsizetype index : indices) {
        const QuoteToken &token = tokens.at(index);
        if (!token.word)
            continue;
        for (QChar c : token.key) {
            if (c.isLetterOrNumber())
                letters += c;
        }
    }
    return letters;
}

/// The tokens of an edge (`indices`, in order) that are in the same sentence as the words next
/// to it: at the start, those after the last sentence end; at the end, those before the first.
QList<qsizetype> sameSentence(const QList<QuoteToken> &tokens, const QList<qsizetype> &indices, bool atStart)
{
    auto endsSentence = [&](qsizetype index) {
        const QString &key = tokens.at(index).key;
        return key == u"." || key == u"?" || key == u"!";
    };
    if (atStart) {
        qsizetype from = indices.size();
        while (from > 0 && !endsSentence(indices.at(from - 1)))
            --from;
        return indices.sliced(from);
    }
    qsizetype to = 0;
    while (to < indices.size() && !endsSentence(indices.at(to)))
        ++to;
    return indices.first(to);
}

bool hasEllipsis(const QList<QuoteToken> &tokens, const QList<qsizetype> &indices)
{
    return std::any_of(indices.begin(), indices.end(), [&](qsizetype i) { return tokens.at(i).key == u"\u2026"; });
}

/// What two renderings' words have in common, read from their alignment (align()).
struct SharedWords {
    int common = 0;        ///< words of the longest common subsequence
    int longestRun = 0;    ///< the longest run of consecutive words both quote
    int inRuns = 0;        ///< common words in runs of two or more
};

SharedWords sharedWords(const QList<QuoteToken> &x, const QList<QuoteToken> &y)
{
    SharedWords shared;
    int run = 0;
    auto endRun = [&] {
        shared.longestRun = std::max(shared.longestRun, run);
        if (run >= 2)
            shared.inRuns += run;
        run = 0;
    };
    for (const Edit &edit : align(x, y)) {
        if (edit.op == Op::Equal) {
            ++shared.common;
            ++run;
        } else {
            endRun();
        }
    }
    endRun();
    return shared;
}

/// The most words of a phrase quoted on its own rather than a statement.
constexpr int shortPhrase = 6;

/// A run of this many words quoted alike in both renderings is one utterance, however the two
/// are cut: "...you don't do is engage in a land war, alright" and "Well, ... the one thing you
/// don't do, is engage in a land war?" overlap in ten words and share little else.
constexpr int overlappingRun = 6;

/// How two renderings' words (see wordTokens()) relate.
enum class Match : quint8 {
    None,       ///< different quotations
    Overlap,    ///< two cuts of one utterance that share a long run and little else
    Covers,     ///< most of the shorter rendering's words, in order: a trimmed quote still matches the full one
};

Match matchOf(const QList<QuoteToken> &x, const QList<QuoteToken> &y)
{
    const qsizetype shorter = std::min(x.size(), y.size());
    if (shorter == 0)
        return Match::None;
    if (shorter == 1) {
        // A scare-quoted word ("misleading") is the same word quoted alone or inside the
        // other's longer quotation; groupQuotes() only offers it one candidate per article.
        const QList<QuoteToken> &longer = x.size() == 1 ? y : x;
        const QString &word = (x.size() == 1 ? x : y).constFirst().key;
        return std::any_of(longer.begin(), longer.end(), [&](const QuoteToken &t) { return t.key == word; }) ? Match::Covers : Match::None;
    }
    if (std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const QuoteToken &a, const QuoteToken &b) { return a.key == b.key; }))
        return Match::Covers;
    const SharedWords shared = sharedWords(x, y);
    // A short phrase ("deeply saddened", "significantly increase the risk") matches a longer
    // rendering that carries it word for word; with one word changed it is another phrase
    // ("materially increase the risk", "ending Medicare as we know it").
    if (shorter <= shortPhrase)
        return shared.longestRun == shorter ? Match::Covers : Match::None;
    // Quoted words are copied in runs: scattered common words ("senior ... campaign ... to ...
    // about ... releases") are two utterances that share vocabulary, not one quoted twice.
    if (shared.longestRun >= 3 && double(shared.inRuns) / double(shorter) >= 0.6)
        return Match::Covers;
    return shared.longestRun >= overlappingRun ? Match::Overlap : Match::None;
}

bool renderingsMatch(const QList<QuoteToken> &x, const QList<QuoteToken> &y)
{
    return matchOf(x, y) != Match::None;
}

struct UnionFind {
    QList<int> parent;
    explicit UnionFind(qsizetype n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
};

} // namespace

QList<QuoteToken> quoteTokens(const QString &text, const QList<TextSpan> &parts)
{
    QList<QuoteToken> tokens;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        QList<QuoteToken> part;
        tokenisePart(parts[p].in(text), part);
        while (!part.isEmpty() && !part.constFirst().word && isClosingPunctuation(part.constFirst().key))
            part.removeFirst();
        while (!part.isEmpty() && !part.constLast().word && isClosingPunctuation(part.constLast().key))
            part.removeLast();
        if (part.isEmpty())
            continue;
        // "A," she said. "B." reads "A. B."; "We are," she said, "not selling" reads on.
        if (!tokens.isEmpty() && part.constFirst().word && part.constFirst().text.front().isUpper())
            tokens.append({QStringLiteral("."), QStringLiteral("."), false});
        tokens.append(part);
    }
    return tokens;
}

QuoteComparison compareRenderings(const QList<QuoteToken> &reference, const QList<QuoteToken> &mention)
{
    QuoteComparison result;
    QList<Phrase> &notes = result.notes;
    const QList<Edit> edits = align(reference, mention);
    qsizetype first = 0;
    while (first < edits.size() && !(edits[first].op == Op::Equal && reference[edits[first].reference].word))
        ++first;
    if (first == edits.size()) {
        result.variant = true;
        notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "different wording")));
        return result;
    }
    // The overlap runs from the first to the last word both renderings quote; what lies outside
    // is a different cut, what differs inside is a change.
    qsizetype last = edits.size() - 1;
    while (!(edits[last].op == Op::Equal && reference[edits[last].reference].word))
        --last;

    auto edges = [&](qsizetype from, qsizetype to, bool atStart) {
        QList<qsizetype> deleted;
        QList<qsizetype> inserted;
        for (qsizetype k = from; k < to; ++k) {
            if (edits[k].op == Op::Delete)
                deleted.append(edits[k].reference);
            else if (edits[k].op == Op::Insert)
                inserted.append(edits[k].mention);
        }
        // The words next to the shared ones, up to the end of their sentence: when both
        // renderings go on in the same sentence with other words, the speaker's words were
        // changed at the edge ("'But it is' for 'It's' not enough"); when one stops at a
        // sentence the other goes on, that is only a longer cut.
        const QList<qsizetype> deletedNext = sameSentence(reference, deleted, atStart);
        const QList<qsizetype> insertedNext = sameSentence(mention, inserted, atStart);
        const int deletedNextWords = wordCount(reference, deletedNext);
        const int insertedNextWords = wordCount(mention, insertedNext);
        if (deletedNextWords > 0 && insertedNextWords > 0) {
            if (deletedNextWords <= 3 && insertedNextWords <= 3
                && spelling(reference, deletedNext) != spelling(mention, insertedNext)) {
                // A word swapped at the very end or start: "'going' for 'running'".
                result.variant = true;
                notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "'%1' for '%2'"), {Phrase::literal(render(mention, insertedNext)), Phrase::literal(render(reference, deletedNext))}));
            }
            // Else the same words spelt apart or hyphenated at the edge, or a longer stretch
            // of other words. What lies beyond that sentence is a cut, as below.
            deleted = atStart ? deleted.first(deleted.size() - deletedNext.size()) : deleted.sliced(deletedNext.size());
            inserted = atStart ? inserted.first(inserted.size() - insertedNext.size()) : inserted.sliced(insertedNext.size());
        }
        const int deletedWords = wordCount(reference, deleted);
        const int insertedWords = wordCount(mention, inserted);
        if (deletedWords > 0) {
            result.excerpt = true;
            notes.append(atStart ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "omits the beginning: '%1'"), {Phrase::literal(render(reference, deleted))})
                                 : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "omits the end: '%1'"), {Phrase::literal(render(reference, deleted))}));
        }
        // Words more at an edge are a longer cut of the utterance, however few: "But we are..."
        // against "We are..." quotes one word more of what was said, it changes none.
        if (insertedWords >= 3) {
            result.excerpt = true;
            notes.append(atStart ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "quotes more at the beginning: '%1'"), {Phrase::literal(render(mention, inserted))})
                                 : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "quotes more at the end: '%1'"), {Phrase::literal(render(mention, inserted))}));
        } else if (insertedWords > 0) {
            result.excerpt = true;
            notes.append(atStart ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "adds '%1'"), {Phrase::literal(render(mention, inserted))})
                                 : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "adds '%1' at the end"), {Phrase::literal(render(mention, inserted))}));
        }
    };
    edges(0, first, true);

    // The word before a change, for "after 'X'".
    auto wordBefore = [&](qsizetype editIndex) {
        for (qsizetype k = editIndex - 1; k >= 0; --k) {
            if (edits[k].op == Op::Equal && reference[edits[k].reference].word)
                return reference[edits[k].reference].text;
        }
        return QString();
    };
    for (qsizetype k = first; k <= last;) {
        if (edits[k].op == Op::Equal) {
            ++k;
            continue;
        }
        QList<qsizetype> deleted;
        QList<qsizetype> inserted;
        const qsizetype start = k;
        while (k <= last && edits[k].op != Op::Equal) {
            if (edits[k].op == Op::Delete)
                deleted.append(edits[k].reference);
            else
                inserted.append(edits[k].mention);
            ++k;
        }
        const QString after = wordBefore(start);
        if (allPunctuation(reference, deleted) && allPunctuation(mention, inserted)) {
            // House style, not the speaker's words: noted, never a variant.
            if (deleted.isEmpty())
                notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "adds %1 after '%2'"), {punctuationNames(mention, inserted), Phrase::literal(after)}));
            else if (inserted.isEmpty())
                notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "omits %1 after '%2'"), {punctuationNames(reference, deleted), Phrase::literal(after)}));
            else
                notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "%1 instead of %2 after '%3'"), {punctuationNames(mention, inserted), punctuationNames(reference, deleted), Phrase::literal(after)}));
        } else if (spelling(reference, deleted) == spelling(mention, inserted)) {
            // "work force" for "workforce", "F.B.I." for "FBI": the same letters.
            notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "'%1' spelt '%2'"), {Phrase::literal(render(reference, deleted)), Phrase::literal(render(mention, inserted))}));
        } else if (wordCount(mention, inserted) == 0 && hasEllipsis(mention, inserted)) {
            result.excerpt = true;
            notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "leaves out '%1' at an ellipsis"), {Phrase::literal(render(reference, deleted))}));
        } else if (wordCount(reference, deleted) == 0 && hasEllipsis(reference, deleted)) {
            result.excerpt = true;
            notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "quotes '%1' where the other leaves an ellipsis"), {Phrase::literal(render(mention, inserted))}));
        } else if (std::max(wordCount(reference, deleted), wordCount(mention, inserted)) > maxChangedWords
                   && std::min(wordCount(reference, deleted), wordCount(mention, inserted)) == 0) {
            // A long run of words only one rendering has: two stretches of one utterance quoted
            // with a gap (or glued by the matching), not words put into the speaker's mouth.
            result.excerpt = true;
            if (wordCount(mention, inserted) == 0)
                notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "leaves out '%1'"), {Phrase::literal(render(reference, deleted))}));
            else
                notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "quotes more in the middle: '%1'"), {Phrase::literal(render(mention, inserted))}));
        } else if (deleted.isEmpty() || wordCount(reference, deleted) == 0) {
            result.variant = true;
            notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "adds '%1'"), {Phrase::literal(render(mention, inserted))}));
        } else if (inserted.isEmpty() || wordCount(mention, inserted) == 0) {
            result.variant = true;
            notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "omits '%1'"), {Phrase::literal(render(reference, deleted))}));
        } else {
            result.variant = true;
            notes.append(factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "'%1' for '%2'"), {Phrase::literal(render(mention, inserted)), Phrase::literal(render(reference, deleted))}));
        }
    }
    edges(last + 1, edits.size(), false);
    return result;
}

QList<FactSlot> groupQuotes(const QList<QString> &texts, const QList<Mention> &quotes,
                            const std::function<bool()> &isCanceled)
{
    const qsizetype n = quotes.size();
    QList<QList<QuoteToken>> tokens(n);
    QList<QStringList> words(n);
    // The words of each rendering, then those of each piece when an attribution splits it: a
    // piece may be all that another outlet quotes ("This is not about all teachers," he said.
    // "Teachers should teach." against "Teachers should teach, but ...").
    constexpr qsizetype maxPieces = 4;
    QList<QList<QList<QuoteToken>>> pieces(n);
    QList<QList<QList<QuoteToken>>> pieceTokens(n);   // the same with their punctuation
    for (qsizetype i = 0; i < n; ++i) {
        const Mention &quote = quotes.at(i);
        const int article = quote.article.value();
        const QString &text = article >= 0 && article < texts.size() ? texts.at(article) : QString();
        tokens[i] = quoteTokens(text, quote.parts);
        pieces[i].append(wordTokens(tokens[i]));
        pieceTokens[i].append(tokens[i]);
        words[i] = keysOf(pieces[i].constFirst());
        for (qsizetype p = 0; quote.parts.size() > 1 && p < std::min(quote.parts.size(), maxPieces); ++p) {
            QList<QuoteToken> piece = quoteTokens(text, {quote.parts.at(p)});
            if (QList<QuoteToken> pieceWords = wordTokens(piece); pieceWords.size() >= 2) {
                pieces[i].append(std::move(pieceWords));
                pieceTokens[i].append(std::move(piece));
            }
        }
    }
    auto quotesMatch = [&pieces](int a, int b) {
        for (const QList<QuoteToken> &x : std::as_const(pieces.at(a))) {
            for (const QList<QuoteToken> &y : std::as_const(pieces.at(b))) {
                if (renderingsMatch(x, y))
                    return true;
            }
        }
        return false;
    };
    // Two quotes are compared whole when the whole renderings quote the same words; when they
    // only overlap, piece by piece: one outlet's "A." and "B." quoted apart against the
    // other's "A," he said. "B.", or its "B, C" against "A," he said. "B.", compare each
    // piece with what it matches, not words of one piece with those of another.
    auto compareQuotes = [&](int a, int b) {
        if (matchOf(pieces.at(a).constFirst(), pieces.at(b).constFirst()) == Match::Covers)
            return compareRenderings(tokens.at(a), tokens.at(b));
        QuoteComparison merged;
        bool compared = false;
        for (qsizetype x = 0; x < pieces.at(a).size(); ++x) {
            for (qsizetype y = x == 0 ? 1 : 0; y < pieces.at(b).size(); ++y) {
                if (!renderingsMatch(pieces.at(a).at(x), pieces.at(b).at(y)))
                    continue;
                const QuoteComparison comparison = compareRenderings(pieceTokens.at(a).at(x), pieceTokens.at(b).at(y));
                merged.variant = merged.variant || comparison.variant;
                merged.excerpt = merged.excerpt || comparison.excerpt;
                for (const Phrase &note : comparison.notes) {
                    if (!merged.notes.contains(note))
                        merged.notes.append(note);
                }
                compared = true;
            }
        }
        return compared ? merged : compareRenderings(tokens.at(a), tokens.at(b));
    };

    // Candidates: quotes of different articles sharing a word bigram that is not two stop words.
    constexpr qsizetype maxBucket = 2000;
    QHash<QString, QList<int>> buckets;
    for (qsizetype i = 0; i < n; ++i) {
        QSet<QString> seen;
        const QStringList &w = words.at(i);
        for (qsizetype k = 0; k + 1 < w.size(); ++k) {
            if (FactLexicon::isStopWord(w[k]) && FactLexicon::isStopWord(w[k + 1]))
                continue;
            const QString bigram = w[k] + u' ' + w[k + 1];
            if (!seen.contains(bigram)) {
                seen.insert(bigram);
                buckets[bigram].append(int(i));
            }
        }
        if (w.size() == 1 || (w.size() == 2 && seen.isEmpty()))
            buckets[w.join(u' ')].append(int(i));
    }
    // Each quote is compared with the few quotes of other articles that share the most bigrams
    // with it, read from a bounded part of each bucket: all pairs of a bucket cost quadratic
    // time when thousands of quotations share words (a hostile file, or a long transcript).
    constexpr qsizetype bucketScan = 384;
    constexpr qsizetype candidatesPerQuote = 32;
    QList<std::pair<int, int>> pairs;
    {
        QList<QList<int>> bigramsOf(n);   // bucket ids of each quote
        QList<QList<int>> bucketList;
        {
            QStringList keys = buckets.keys();
            std::sort(keys.begin(), keys.end());
            for (const QString &key : std::as_const(keys)) {
                const QList<int> &bucket = buckets.value(key);
                if (bucket.size() > maxBucket)
                    continue;
                for (int i : bucket)
                    bigramsOf[i].append(int(bucketList.size()));
                bucketList.append(bucket);
            }
        }
        QList<int> hits(n, 0);
        QList<int> stamp(n, -1);
        QList<int> touched;
        for (qsizetype i = 0; i < n; ++i) {
            if ((i & 255) == 0 && isCanceled && isCanceled())
                return {};
            touched.clear();
            for (int bucketId : std::as_const(bigramsOf.at(i))) {
                const QList<int> &bucket = bucketList.at(bucketId);
                for (qsizetype k = 0; k < std::min(bucket.size(), bucketScan); ++k) {
                    const int j = bucket.at(k);
                    if (j == i || quotes[j].article == quotes[i].article)
                        continue;
                    if (stamp[j] != int(i)) {
                        stamp[j] = int(i);
                        hits[j] = 0;
                        touched.append(j);
                    }
                    ++hits[j];
                }
            }
            if (touched.size() > candidatesPerQuote) {
                std::partial_sort(touched.begin(), touched.begin() + candidatesPerQuote, touched.end(),
                                  [&](int x, int y) { return hits[x] > hits[y] || (hits[x] == hits[y] && x < y); });
                touched.resize(candidatesPerQuote);
            }
            for (int j : std::as_const(touched))
                pairs.append({std::min(int(i), j), std::max(int(i), j)});
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    UnionFind groups(n);
    for (const auto &[a, b] : std::as_const(pairs)) {
        if (quotesMatch(a, b))
            groups.unite(a, b);
    }

    // A scare-quoted word ("misleading") has joined the same word quoted alone in other
    // articles (its bucket above). It joins a longer quotation too when each other article has
    // one quotation at most that carries the word and all of those are one group: when an
    // article has several, or they are different quotations, which one it echoes is unknown.
    {
        QSet<QString> single;
        for (qsizetype i = 0; i < n; ++i) {
            if (words.at(i).size() == 1)
                single.insert(words.at(i).constFirst());
        }
        QHash<QString, QList<int>> carriers;
        for (qsizetype i = 0; !single.isEmpty() && i < n; ++i) {
            if (words.at(i).size() < 2)
                continue;
            QSet<QString> seen;
            for (const QString &word : words.at(i)) {
                if (single.contains(word) && !seen.contains(word)) {
                    seen.insert(word);
                    carriers[word].append(int(i));
                }
            }
        }
        QHash<int, QSet<int>> carrierGroups;   // group of scare-quoted words -> groups carrying them
        for (qsizetype i = 0; i < n; ++i) {
            if (words.at(i).size() != 1)
                continue;
            const QList<int> carrying = carriers.value(words.at(i).constFirst());
            QHash<int, int> onlyCarrier;   // article -> its one carrying quote, or -1
            for (qsizetype k = 0; k < std::min(carrying.size(), bucketScan); ++k) {
                const int j = carrying.at(k);
                const int article = quotes.at(j).article.value();
                if (article != quotes.at(i).article.value())
                    onlyCarrier.insert(article, onlyCarrier.contains(article) ? -1 : j);
            }
            QSet<int> &found = carrierGroups[groups.find(int(i))];
            for (int j : std::as_const(onlyCarrier)) {
                if (j >= 0)
                    found.insert(groups.find(j));
            }
        }
        for (auto it = carrierGroups.cbegin(); it != carrierGroups.cend(); ++it) {
            if (it.value().size() == 1)
                groups.unite(it.key(), *it.value().cbegin());
        }
    }
    if (isCanceled && isCanceled())
        return {};

    QMap<int, QList<int>> members;   // root -> mention indices, in input order
    for (qsizetype i = 0; i < n; ++i)
        members[groups.find(int(i))].append(int(i));

    QList<FactSlot> slots;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QList<int> &group = it.value();
        // A word in quotation marks that no other article quotes is emphasis or a title (the
        // "City" plan, boards that claim to be "live"), not a quotation.
        if (group.size() == 1 && words.at(group.constFirst()).size() == 1)
            continue;
        FactSlot slot;
        slot.kind = FactKind::Quote;

        // The reference wording: the most frequent rendering; on a tie, the one closest to the
        // others (fewest differing tokens), then the lowest article.
        QHash<QString, int> frequency;
        QList<QString> signature(group.size());
        for (qsizetype g = 0; g < group.size(); ++g) {
            QStringList keys;
            for (const QuoteToken &token : tokens.at(group[g]))
                keys.append(token.key);
            signature[g] = keys.join(u'\x1f');
            ++frequency[signature[g]];
        }
        qsizetype reference = 0;
        int bestFrequency = -1;
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        const qsizetype sample = std::min<qsizetype>(group.size(), 30);
        for (qsizetype g = 0; g < group.size(); ++g) {
            const int f = frequency.value(signature[g]);
            if (f < bestFrequency || (g >= sample && f == bestFrequency))
                continue;
            qsizetype distance = 0;
            if (g < sample) {
                for (qsizetype h = 0; h < sample; ++h) {
                    if (h == g)
                        continue;
                    for (const Edit &edit : align(tokens.at(group[g]), tokens.at(group[h])))
                        distance += edit.op != Op::Equal;
                }
            }
            if (f > bestFrequency || distance < bestDistance) {
                bestFrequency = f;
                bestDistance = distance;
                reference = g;
            }
        }

        QHash<QString, int> speakers;
        QSet<int> articles;
        for (qsizetype g = 0; g < group.size(); ++g) {
            Mention mention = quotes.at(group[g]);
            articles.insert(mention.article.value());
            if (!mention.value.speaker.isEmpty() && mention.value.speaker.front().isUpper())
                ++speakers[mention.value.speaker];
            if (g != reference) {
                const QuoteComparison comparison = compareQuotes(group[reference], group[g]);
                mention.differences = comparison.notes;
                // Renderings past the sample compared pairwise below are each compared with
                // the reference: an outlet that altered the quote may come 75th of 75.
                if (g >= sample && quotes.at(group[reference]).article != mention.article
                    && quotesMatch(group[reference], group[g])) {
                    slot.quoteVariant = slot.quoteVariant || comparison.variant;
                    slot.quoteExcerpt = slot.quoteExcerpt || comparison.excerpt;
                }
            }
            slot.mentions.append(mention);
        }
        // Variant and excerpt from the renderings of different articles that match each other
        // directly: one article's two stretches of an utterance are not variants of each other,
        // and renderings joined only through a third share too few words to compare.
        for (qsizetype x = 0; x < sample; ++x) {
            for (qsizetype y = x + 1; y < sample; ++y) {
                if (quotes.at(group[x]).article == quotes.at(group[y]).article || !quotesMatch(group[x], group[y]))
                    continue;
                const QuoteComparison comparison = compareQuotes(group[x], group[y]);
                slot.quoteVariant = slot.quoteVariant || comparison.variant;
                slot.quoteExcerpt = slot.quoteExcerpt || comparison.excerpt;
            }
        }
        slot.status = articles.size() > 1 ? SlotStatus::Agree : SlotStatus::Unique;
        // The speaker most renderings name, by surname, written in full ("J. R. Halloran"
        // rather than "Halloran").
        QHash<QString, int> surnames;
        for (auto it = speakers.cbegin(); it != speakers.cend(); ++it)
            surnames[it.key().section(u' ', -1)] += it.value();
        QString surname;
        for (auto it = surnames.cbegin(); it != surnames.cend(); ++it) {
            if (it.value() > surnames.value(surname) || (it.value() == surnames.value(surname) && it.key() < surname))
                surname = it.key();
        }
        QString speaker;
        for (auto it = speakers.cbegin(); it != speakers.cend(); ++it) {
            if (it.key().section(u' ', -1) == surname
                && (it.key().size() > speaker.size() || (it.key().size() == speaker.size() && it.key() < speaker)))
                speaker = it.key();
        }
        for (Mention &mention : slot.mentions) {
            if (mention.value.speaker.isEmpty() || !mention.value.speaker.front().isUpper())
                mention.value.speaker = speaker.isEmpty() ? mention.value.speaker : speaker;
        }
        slot.label = speaker.isEmpty()
            ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "quote: '%1'"), {Phrase::literal(render(tokens.at(group[reference]), allIndices(tokens.at(group[reference])), 4))})
            : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "quote, %1"), {Phrase::literal(speaker)});
        std::sort(slot.mentions.begin(), slot.mentions.end(), [](const Mention &a, const Mention &b) {
            return std::pair(a.article, a.span.start) < std::pair(b.article, b.span.start);
        });
        slots.append(slot);
    }
    return slots;
}

} // namespace Crossread::FactQuotes
