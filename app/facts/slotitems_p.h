// SPDX-License-Identifier: GPL-3.0-or-later
// What fact grouping (slots.cpp) knows about each figure mention: its context vector and the
// words around it that say what, whose and when it is (slotitems.cpp), and the label a slot of
// such mentions gets (slotlabel.cpp). Private to app/facts/.
#pragma once

#include "core/sortedranges.h"
#include "facts/facts.h"
#include "facts/factscan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Crossread::FactSlots {

// ---------------------------------------------------------------------------------------------
// Sparse context vectors

struct Vector {
    QList<std::pair<int, float>> entries;   ///< sorted by word id

    /// Keeps the `count` heaviest words: a big group's long tail of words said once is noise
    /// and costs time in every comparison.
    void truncate(qsizetype count)
    {
        if (entries.size() <= count)
            return;
        std::nth_element(entries.begin(), entries.begin() + count, entries.end(), [](const auto &x, const auto &y) {
            return x.second != y.second ? x.second > y.second : x.first < y.first;
        });
        entries.resize(count);
        std::sort(entries.begin(), entries.end());
    }

    void normalise()
    {
        double norm = 0;
        for (const auto &entry : std::as_const(entries))
            norm += double(entry.second) * entry.second;
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (auto &entry : entries)
                entry.second = float(entry.second / norm);
        }
    }
};

/// Calls `shared(id, x, y)` for every word both vectors have, with its two weights.
template<typename Shared>
void forEachShared(const Vector &a, const Vector &b, Shared shared)
{
    auto x = a.entries.cbegin();
    auto y = b.entries.cbegin();
    while (x != a.entries.cend() && y != b.entries.cend()) {
        if (x->first < y->first) {
            ++x;
        } else if (y->first < x->first) {
            ++y;
        } else {
            shared(x->first, double(x->second), double(y->second));
            ++x;
            ++y;
        }
    }
}

inline double cosine(const Vector &a, const Vector &b)
{
    double dot = 0;
    forEachShared(a, b, [&dot](int, double x, double y) { dot += x * y; });
    return dot;
}

/// cosine() over the words not in `skip`, each side renormalised without them.
inline double cosineWithout(const Vector &a, const Vector &b, const QSet<int> &skip)
{
    const auto norm2 = [&skip](const Vector &v) {
        double sum = 0;
        for (const auto &[id, weight] : v.entries) {
            if (!skip.contains(id))
                sum += double(weight) * weight;
        }
        return sum;
    };
    double dot = 0;
    forEachShared(a, b, [&](int id, double x, double y) {
        if (!skip.contains(id))
            dot += x * y;
    });
    const double norms = norm2(a) * norm2(b);
    return norms > 0 ? dot / std::sqrt(norms) : 0.0;
}

inline Vector sum(const Vector &a, const Vector &b)
{
    Vector out;
    out.entries.reserve(a.entries.size() + b.entries.size());
    auto x = a.entries.cbegin();
    auto y = b.entries.cbegin();
    while (x != a.entries.cend() || y != b.entries.cend()) {
        if (y == b.entries.cend() || (x != a.entries.cend() && x->first < y->first)) {
            out.entries.append(*x++);
        } else if (x == a.entries.cend() || y->first < x->first) {
            out.entries.append(*y++);
        } else {
            out.entries.append({x->first, x->second + y->second});
            ++x;
            ++y;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Items: the figure mentions of the story with what grouping needs to know about them

/// A handful of words, kept sorted. A cluster holds one to a few tiers, units and heads; a
/// QSet allocates a whole hash span even for one word (over a kilobyte), which for the 140,000
/// figures of a 2,000-outlet story was 180 MB.
class WordSet {
public:
    void insert(const QString &word)
    {
        const auto it = std::lower_bound(m_words.begin(), m_words.end(), word);
        if (it == m_words.end() || *it != word)
            m_words.insert(it, word);
    }
    void unite(const WordSet &other)
    {
        for (const QString &word : other.m_words)
            insert(word);
    }
    [[nodiscard]] bool intersects(const WordSet &other) const { return sortedRangesIntersect(m_words, other.m_words); }
    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty(); }
    /// Whether both sets name something of one category and nothing of it in common. A word's
    /// category is what comes before its ':' ("date:2023-04-19", "time:morning",
    /// "measure:average"). Words of different categories say nothing against each other: a
    /// figure placed "in the morning" and one that is an "average" may be one fact.
    [[nodiscard]] bool differsWithinACategory(const WordSet &other) const
    {
        // Both lists are sorted, so each category's words are one run in each: one merge walk
        // over the two, linear in their sizes (a cluster of a 2,000-outlet story gathers many).
        const auto category = [](const QString &word) { return QStringView(word).left(std::max<qsizetype>(0, word.indexOf(u':'))); };
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < m_words.size() && j < other.m_words.size()) {
            const QStringView mine = category(m_words.at(i));
            const QStringView theirs = category(other.m_words.at(j));
            if (mine != theirs) {
                // Skip the run of the smaller category: the other list has none of it.
                if (m_words.at(i) < other.m_words.at(j)) {
                    while (i < m_words.size() && category(m_words.at(i)) == mine)
                        ++i;
                } else {
                    while (j < other.m_words.size() && category(other.m_words.at(j)) == theirs)
                        ++j;
                }
                continue;
            }
            // One category in both: walk both runs for a shared word.
            bool shared = false;
            while (i < m_words.size() && j < other.m_words.size() && category(m_words.at(i)) == mine
                   && category(other.m_words.at(j)) == mine) {
                const int order = m_words.at(i).compare(other.m_words.at(j));
                shared = shared || order == 0;
                if (order <= 0)
                    ++i;
                if (order >= 0)
                    ++j;
            }
            if (!shared)
                return true;
            while (i < m_words.size() && category(m_words.at(i)) == mine)
                ++i;
            while (j < other.m_words.size() && category(other.m_words.at(j)) == mine)
                ++j;
        }
        return false;
    }

private:
    QStringList m_words;
};

/// What a figure measures, read from the grammar of the phrase it belongs to (slotlabel.cpp):
/// the noun phrase the figure quantifies, or that it is the amount, share or date of. Only
/// lower-case words count: a capitalised name says whose figure it is, never what it is.
struct Measure {
    enum class Form : quint8 {
        None,      ///< the phrase names nothing; the label quotes where the figure is said
        Noun,      ///< "a $42,000 monthly fee", "fees of $42,000", "1,200 jobs", "a 15 percent raise"
        Whole,     ///< a share's whole or a span's content: "3% of voters", "10 years of tax returns"
        Purpose,   ///< money for something: "$800 million for border security"
        Price,     ///< money a verb of price takes: "costs $100 a month", "charges", "priced at"
        Event,     ///< a date's event: "the 2016 election", "a hearing on May 3"
        Clause,    ///< a date's clause: "the service stops on May 3"
    };
    Form form = Form::None;
    QString words;             ///< lower-case, as written ("monthly fee", "the service stops")
    /// For a date's clause: its subject noun phrase ("service", "fish market"), which says
    /// what the date is of ("the fish market, built in 1966" is not "the library annex,
    /// built in 1963").
    QString subject;

    [[nodiscard]] bool isEmpty() const { return form == Form::None; }
    friend bool operator==(const Measure &, const Measure &) = default;
};

using WordSpans = QList<std::pair<qsizetype, qsizetype>>;

/// The measure of `mention` from the words of its bounded sentence `window` (`words`: their
/// spans, in order). Linear in the few words either side of the figure.
[[nodiscard]] Measure measureNear(const FactScan::Bounds &window, const WordSpans &words, const Mention &mention);

/// The words a label quotes when nothing names the measure: the sentence's first words when
/// the figure is among them, else the words leading up to the figure ("…a video surfaced").
[[nodiscard]] QString quotedPlace(const FactScan::Bounds &window, const WordSpans &words, TextSpan span);

struct Item {
    int article = -1;
    /// The three words right before the figure in its sentence, folded and hashed (0 when
    /// there are fewer, or none of them is a content word); frameAfter the same of the three
    /// after it. Two outlets' figures between the same words ("…which to date includes 125
    /// names" and "…which to date includes more than 360 groups…") fill one place of one
    /// statement, whatever noun each counts. 32 bits each, in what would otherwise be padding:
    /// they are only compared within one passage, and so add nothing to a figure's size.
    quint32 frameBefore = 0;
    const Mention *mention = nullptr;
    QList<int> passages;       ///< every passage whose member span in this article holds it
    QString key;               ///< FactCompare::valueKey
    int amount = -1;           ///< id of the kind, currency and amount only: for coexistence
    quint32 frameAfter = 0;    ///< see frameBefore
    QString tier;              ///< "basic" for "Basic plan"; empty when none
    QString unitHead;          ///< counts: the counted noun, folded ("comment")
    /// What the figure is about, when the sentence names it in a known way: the counted unit,
    /// the noun after "of" for a share, a money or event noun ("grant", "hearing"). Empty
    /// otherwise; only this is evidence that two figures are about different things.
    QString subject;
    Measure measure;           ///< what the figure measures, for its slot's label
    QString place;             ///< quotedPlace(), for a label without a measure
    /// A reading of a quantity that moves: the figure is what a verb of change or a market
    /// level reports ("rose 31 cents to $28.39", "was down 2 percent at $16.93"). Two outlets'
    /// readings are taken at moments of their own, so they never make a conflict.
    bool reading = false;
    /// The only figure of its value in its article: two articles that each state a date, a
    /// share or a count once are telling the same fact, whatever words surround it.
    bool singular = false;
    /// The word right before and right after the figure in its sentence, as 16-bit hashes of
    /// their folded forms (0: none): which of an article's repeats of one value another
    /// outlet's figure answers ("through Aug. 22" / "by Aug. 22"). In what was padding.
    quint16 wordBefore = 0;
    quint16 wordAfter = 0;
    /// When the sentence places the figure: the other dates it states (value keys,
    /// "date:2023-04-19"), its time-of-day or session words ("time:morning", "time:close") and
    /// the statistic it is ("measure:average"). Different times, different facts; but only a
    /// difference within one of these categories tells (WordSet::differsWithinACategory).
    WordSet when;
    /// For a figure inside a quotation: the quoted words without the figure, folded to
    /// lower-case letters ("landing on a carrier doesn t make up for the loss of in america").
    /// Two outlets quoting one remark with different figures in it report one utterance, one
    /// moment: its figure is no reading of a moving quantity taken at moments of their own.
    /// Kept as a 64-bit hash of those words (a string per figure weighed megabytes at 2,000
    /// articles); 0 outside quotations.
    quint64 remark = 0;
    /// The names that open the figure's clause, folded ("pelosi"; "steny", "hoyer"): whose
    /// figure it is. Two people's ages, hours or start years never conflict.
    WordSet subjects;
    qsizetype paragraph = -1;
    /// In the article's lead: its first paragraph that is neither a heading nor boilerplate.
    /// A news story tells its main event there, so a value two outlets both give in their
    /// lead is that event's (two leads saying "Friday" speak of one Friday).
    bool lead = false;
    Vector vector;
};

/// Spans of the passage members of one article, to find the passages holding a mention.
struct MemberSpan {
    TextSpan span;
    int passage = -1;
};


/// The figure mentions of a story ready for grouping, and the quotes set aside for
/// FactQuotes::groupQuotes().
struct StoryItems {
    QList<Item> items;
    QList<Mention> quotes;
    /// Context words (and "@"-prefixed label heads) to the ids the vectors use.
    QHash<QString, int> vocabulary;
};

/// Builds an Item for every figure of `mentionsPerArticle` (the passages holding it, its tier,
/// subject, reading, time, subjects, opening words and IDF-weighted context vector). Returns
/// false when `canceled` returns true during the work.
[[nodiscard]] bool collectItems(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                                const PassageExtents &passages, const QList<QList<Mention>> &mentionsPerArticle,
                                const std::function<bool()> &canceled, StoryItems &out);

/// A slot's label, and the same without the tier that sets a topic's slots apart (the topic's
/// name).
struct SlotLabel {
    Phrase full;
    Phrase untiered;
};

/// "price per month", "tweets per month, free tier", "share of bus fleet", "date of hearing".
[[nodiscard]] SlotLabel labelOf(const FactSlot &slot, const QList<const Item *> &items);

} // namespace Crossread::FactSlots
