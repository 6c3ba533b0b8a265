// SPDX-License-Identifier: GPL-3.0-or-later
// Fact slots: agglomerative grouping of mentions across articles, equal values first and
// conflicts last, so that a figure sits with the others stating its value before anyone asks
// whether it contradicts a third.
//
// 1. Inside each aligned passage (the strongest evidence that two mentions speak of the same
//    thing): mentions with the same value join at once, then compatible ones
//    ("up to $210,000" with "$210K") when the words around them agree.
// 2. Across passages: groups stating one value join when their words are similar enough (a
//    cosine over IDF-weighted context words, nearest words weighing most; a money amount
//    repeated exactly needs no more), then compatible ones with stronger evidence. Candidates
//    come from an index of each group's strongest words and from neighbours in value order,
//    never from all pairs.
// 3. Conflicts: groups with different values join inside a shared passage when their words
//    agree; across passages only when each is the other's most similar candidate (or their
//    words are very close), and their words must still agree without the label heads they
//    share: the subject noun must be equal anyway, so it is no evidence. A conflict also needs
//    the same subject noun ("grant", "hearing"), the same unit, values of one order or with
//    transposed digits, and no relative dates.
//
// What keeps legitimately different values apart (price tiers, a range's ends):
//  - a slot holds one mention per article;
//  - values that one article states side by side in one paragraph "coexist" and are never
//    called a conflict anywhere in the story;
//  - tier words next to figures ("Basic plan", "free tier") must not differ.
// Groups kept apart this way but about the same subject are linked under one topic.
#include "facts/facts.h"

#include "facts/factcompare.h"
#include "facts/factlexicon.h"
#include "facts/factscan.h"
#include "facts/factsphrase_p.h"
#include "facts/slotitems_p.h"
#include "core/inputlimits.h"
#include "core/paragraphs.h"
#include "facts/quotevariants.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <iterator>
#include <numeric>

namespace Crossread {
namespace {

// The grouping decisions, for tuning: QT_LOGGING_RULES="crossread.facts.debug=true".
Q_LOGGING_CATEGORY(lcFacts, "crossread.facts", QtWarningMsg)

using namespace FactSlots;
using FactCompare::Relation;
using FactScan::Bounds;
using L = QLatin1StringView;

/// Similarity of context needed to join two groups, by the evidence available. Tuned on the
/// generated clusters of tst_factaccuracy and the sample story (see the fact engine's notes).
struct Thresholds {
    static constexpr double alignedCompatible = 0.15;
    static constexpr double alignedConflict = 0.3;
    static constexpr double alignedConflictOtherUnit = 0.45;
    /// Equal values across passages: a money amount, percentage or date repeated exactly is
    /// itself evidence; a count needs its unit or more context.
    static constexpr double equalSpecific = 0.03;
    static constexpr double equalSameUnit = 0.3;
    static constexpr double equalOtherUnit = 0.25;
    static constexpr double equal = 0.3;
    static constexpr double compatible = 0.45;
    /// Different values across passages: each group must be the other's most similar
    /// candidate, or the context must be very close.
    static constexpr double mutualConflict = 0.3;
    static constexpr double mutualTransposed = 0.15;
    static constexpr double conflict = 0.5;
    /// Different values across passages of articles with no passage in common: similarity of
    /// the context without the label head.
    static constexpr double conflictContext = 0.25;
    static constexpr double topic = 0.3;
};

/// Misreported figures are of the same order as the right ones ("$3.2 million" for "$2.3
/// million"); values further apart than this are different facts, not a conflict.
constexpr double maxConflictRatio = 3.0;
constexpr qint64 maxConflictDays = 366;

/// Words counted in the candidate index of a group; words shared by more groups than maxBucket
/// are too common to be evidence.
constexpr int indexedWords = 4;
/// Words kept in a group's context vector.
constexpr qsizetype maxCentroidWords = 48;
/// Members of a cluster whose frames (Item::frameBefore, frameAfter) are compared: a figure in
/// the same place as one of a slot's first few members is in the same place as the slot.
constexpr qsizetype maxFramedMembers = 8;
constexpr qsizetype maxBucket = 64;
/// Neighbours in value order each group is compared with for a conflict.
constexpr qsizetype nearNeighbours = 6;
/// Groups of one value compared with each new group of that value in round 2.
constexpr qsizetype maxLeaders = 32;
/// Up to this many groups of one value are compared pair by pair in round 2.
constexpr qsizetype maxPairwiseRoots = 24;
/// Up to this many mentions of one value in one passage are paired by their words when an
/// article repeats the value there; more (a hostile passage) join in order.
constexpr qsizetype maxRepeatedValuePairing = 16;

/// A key for an unordered pair of ids (amounts, articles).
quint64 unorderedPair(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

// ---------------------------------------------------------------------------------------------
// Clusters

struct UnionFind {
    QList<int> parent;
    explicit UnionFind(qsizetype n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
};

/// The articles with a member in a cluster: a bit set over the 64-article words from the
/// cluster's lowest article to its highest. A story-wide set in every cluster cost the
/// 140,000 one-member clusters of a 2,000-outlet story 72 MB; this one is a single word for
/// them, and as long as a story-wide set for a cluster that spans the story.
class ArticleBits {
public:
    ArticleBits() = default;
    explicit ArticleBits(int article)
        : m_first(article / 64), m_words{quint64(1) << (article % 64)}
    {
    }

    [[nodiscard]] bool intersects(const ArticleBits &other) const
    {
        const qsizetype from = std::max(m_first, other.m_first);
        const qsizetype to = std::min(end(), other.end());
        for (qsizetype w = from; w < to; ++w) {
            if (m_words.at(w - m_first) & other.m_words.at(w - other.m_first))
                return true;
        }
        return false;
    }
    /// Whether a story-wide bit set (word 0 holds articles 0-63) has one of these articles.
    [[nodiscard]] bool intersects(const QList<quint64> &storyWide) const
    {
        const qsizetype to = std::min<qsizetype>(end(), storyWide.size());
        for (qsizetype w = m_first; w < to; ++w) {
            if (m_words.at(w - m_first) & storyWide.at(w))
                return true;
        }
        return false;
    }
    void unite(const ArticleBits &other)
    {
        if (other.m_words.isEmpty())
            return;
        if (m_words.isEmpty()) {
            *this = other;
            return;
        }
        const qsizetype first = std::min(m_first, other.m_first);
        const qsizetype last = std::max(end(), other.end());
        if (first < m_first || last > end()) {
            QList<quint64> grown(last - first, 0);
            std::copy(m_words.cbegin(), m_words.cend(), grown.begin() + (m_first - first));
            m_words = std::move(grown);
            m_first = int(first);
        }
        for (qsizetype i = 0; i < other.m_words.size(); ++i)
            m_words[other.m_first + i - m_first] |= other.m_words.at(i);
    }
    [[nodiscard]] int count() const
    {
        int count = 0;
        for (quint64 bits : m_words)
            count += std::popcount(bits);
        return count;
    }
    [[nodiscard]] QList<int> list() const
    {
        QList<int> result;
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            for (quint64 bits = m_words.at(i); bits != 0; bits &= bits - 1)
                result.append(int((m_first + i) * 64 + std::countr_zero(bits)));
        }
        return result;
    }

private:
    [[nodiscard]] qsizetype end() const { return m_first + m_words.size(); }

    int m_first = 0;                  ///< the word of bit 0 of m_words
    QList<quint64> m_words;
};

struct Cluster {
    QList<int> items;
    ArticleBits articles;             ///< the articles with a member
    QMap<QString, int> keys;          ///< value key -> a representative item
    WordSet tiers;
    WordSet units;
    WordSet heads;                    ///< words of the members' label heads, folded
    /// The head nouns of the members' date clauses (Measure::subject), folded: "market" for
    /// "the fish market, built in 1970". Different heads date different things.
    WordSet clauseHeads;
    bool reading = false;             ///< a member reads a moving quantity (Item::reading)
    quint64 remark = 0;               ///< the first quoted member's Item::remark
    bool singular = false;            ///< every member is Item::singular
    bool lead = false;                ///< every member is in its article's lead (Item::lead)
    WordSet when;                     ///< the members' Item::when
    Vector centroid;                  ///< sum of the members' vectors, normalised
};

struct Decision {
    bool merge = false;
    bool topic = false;               ///< kept apart, but about the same subject
    /// Different values that could be one slot in conflict, given enough similarity.
    bool conflictEligible = false;
    Relation relation = Relation::Incomparable;
    double similarity = 0;
    /// Equal values that both articles give in their lead: joined before any other pair of
    /// that value, whatever their words (see Item::lead).
    bool leads = false;
};

/// How often each digit occurs among the significant digits of a figure (to six decimals):
/// 4.5 and 5.4 give the same counts.
std::array<int, 10> digitCounts(double value)
{
    std::array<int, 10> counts{};
    auto scaled = static_cast<unsigned long long>(std::llround(std::min(std::abs(value), 1e12) * 1e6));
    while (scaled > 0 && scaled % 10 == 0)
        scaled /= 10;
    for (; scaled > 0; scaled /= 10)
        ++counts[scaled % 10];
    return counts;
}

/// Transposed digits are the classic misreport: "$9.2 million" for "$2.9 million", "5.4 %" for
/// "4.5 %". Two different figures of one order written with the same digits.
bool transposedDigits(double x, double y)
{
    if (x == y || x < 1 || y < 1 || std::floor(std::log10(x)) != std::floor(std::log10(y)))
        return false;
    const std::array<int, 10> a = digitCounts(x);
    return std::accumulate(a.begin(), a.end(), 0) >= 2 && a == digitCounts(y);
}

/// Whether two magnitudes are of one order: within maxConflictRatio of each other.
bool ofOneOrder(double x, double y)
{
    const double small = std::min(x, y);
    return small > 0 && std::max(x, y) / small <= maxConflictRatio;
}

/// Whether two conflicting values are close enough to be one fact misreported.
bool plausibleConflict(const FactValue &a, const FactValue &b)
{
    // "On Tuesday" resolves against each outlet's own publication date, which may be a day
    // off its reporting day (a story filed before midnight, a page showing when it was
    // updated): a relative day can agree, but is never evidence of a conflict. A relative
    // period ("last week", "last month", "this year") is, when the two stay apart by more
    // than that day: "last week" and "last month" in two stories of one Friday.
    if (a.relative || b.relative) {
        const auto relativeDay = [](const FactValue &v) { return v.relative && v.precision == DatePrecision::Day; };
        if (a.kind != FactKind::Date || !a.date.isValid() || !b.date.isValid() || a.yearInferred || b.yearInferred
            || relativeDay(a) || relativeDay(b))
            return false;
        const auto [aFirst, aLast] = FactCompare::daysCovered(a);
        const auto [bFirst, bLast] = FactCompare::daysCovered(b);
        const int aSlack = a.relative ? 1 : 0;
        const int bSlack = b.relative ? 1 : 0;
        return aLast.addDays(aSlack) < bFirst.addDays(-bSlack) || bLast.addDays(bSlack) < aFirst.addDays(-aSlack);
    }
    if (a.kind == FactKind::Date) {
        if (!a.date.isValid() || !b.date.isValid())
            return false;
        return std::abs(a.date.daysTo(b.date)) <= maxConflictDays || a.yearInferred || b.yearInferred;
    }
    const double x = std::abs((a.low + a.high) / 2);
    const double y = std::abs((b.low + b.high) / 2);
    return ofOneOrder(x, y) || transposedDigits(x, y);
}

class SlotBuilder {
public:
    SlotBuilder(QList<Item> items, QSet<quint64> coexisting)
        : m_items(std::move(items)), m_coexisting(std::move(coexisting)), m_union(m_items.size()),
          m_clusters(m_items.size())
    {
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            Cluster &cluster = m_clusters[i];
            const Item &item = m_items.at(i);
            cluster.items = {int(i)};
            cluster.articles = ArticleBits(item.article);
            cluster.keys.insert(item.key, int(i));
            if (!item.tier.isEmpty())
                cluster.tiers.insert(item.tier);
            if (!item.unitHead.isEmpty())
                cluster.units.insert(item.unitHead);
            for (QStringView word : QStringView(item.subject).split(u' ', Qt::SkipEmptyParts))
                cluster.heads.insert(FactLexicon::contextForm(word));
            if (!item.measure.subject.isEmpty())
                cluster.clauseHeads.insert(FactLexicon::contextForm(QStringView(item.measure.subject).split(u' ').constLast()));
            cluster.reading = item.reading;
            cluster.remark = item.remark;
            cluster.singular = item.singular;
            cluster.lead = item.lead;
            cluster.when = item.when;
            cluster.centroid = item.vector;
        }
    }

    int root(int item) { return m_union.find(item); }
    /// The vocabulary ids of label heads ("@month"): conflicts require equal heads already, so
    /// the context of a conflict is weighed without them.
    void setSubjectWords(QSet<int> ids) { m_subjectWords = std::move(ids); }
    /// For each article, a bit set over the articles it tells at least one passage with.
    void setRelatedArticles(QList<QList<quint64>> rows) { m_related = std::move(rows); }
    const Cluster &cluster(int root) const { return m_clusters.at(root); }
    double similarity(const Cluster &a, const Cluster &b) const { return cosine(a.centroid, b.centroid); }
    const Item &item(int index) const { return m_items.at(index); }
    qsizetype size() const { return m_items.size(); }

    /// The worst relation between the values of two clusters: Conflict over Compatible over
    /// Equal; Incomparable only when nothing compares.
    Relation relation(const Cluster &a, const Cluster &b) const
    {
        bool conflict = false;
        bool compatible = false;
        bool equal = false;
        for (auto x = a.keys.cbegin(); x != a.keys.cend(); ++x) {
            for (auto y = b.keys.cbegin(); y != b.keys.cend(); ++y) {
                const Relation r = x.key() == y.key() ? Relation::Equal
                                                      : FactCompare::relate(m_items.at(x.value()).mention->value,
                                                                            m_items.at(y.value()).mention->value);
                conflict = conflict || r == Relation::Conflict;
                compatible = compatible || r == Relation::Compatible;
                equal = equal || r == Relation::Equal;
            }
        }
        return conflict ? Relation::Conflict : compatible ? Relation::Compatible : equal ? Relation::Equal : Relation::Incomparable;
    }

    /// Whether two clusters share a value: then joining them rests on that value, whatever
    /// conflicts either already holds.
    bool shareValue(const Cluster &a, const Cluster &b) const
    {
        for (auto x = a.keys.cbegin(); x != a.keys.cend(); ++x) {
            for (auto y = b.keys.cbegin(); y != b.keys.cend(); ++y) {
                if (x.key() == y.key()
                    || FactCompare::relate(m_items.at(x.value()).mention->value, m_items.at(y.value()).mention->value) == Relation::Equal)
                    return true;
            }
        }
        return false;
    }

    /// Whether `test` holds for a value of `a` and a value of `b` (their representative items).
    template<typename Test>
    bool anyValuePair(const Cluster &a, const Cluster &b, Test test) const
    {
        for (int x : a.keys) {
            for (int y : b.keys) {
                if (test(m_items.at(x), m_items.at(y)))
                    return true;
            }
        }
        return false;
    }

    bool coexist(const Cluster &a, const Cluster &b) const
    {
        return anyValuePair(a, b, [this](const Item &x, const Item &y) {
            return x.amount != y.amount && m_coexisting.contains(unorderedPair(x.amount, y.amount));
        });
    }

    /// A count precise enough to be evidence by itself: exact and not round ("37 ships" and
    /// "37 vessels" are one fact; "20 people" and "20 members" may not be).
    bool specificCount(const Cluster &cluster) const
    {
        const FactValue &value = m_items.at(cluster.items.constFirst()).mention->value;
        const double v = std::round(value.low);
        // A whole number that is no round one, or a figure given to two decimals or more
        // ("closed at 1,700.34"): few things in one story share it by chance.
        const double tenths = value.low * 10;
        const bool twoDecimals = std::abs(tenths - std::round(tenths)) > 1e-6 * std::max(1.0, std::abs(tenths));
        return value.approximation == Approximation::Exact && !value.isRange()
            && ((v == value.low && v >= 11 && std::fmod(v, 10) != 0) || twoDecimals);
    }

    /// Whether the figures of two clusters are of one order (vague ones always are).
    bool close(const Cluster &a, const Cluster &b) const
    {
        return anyValuePair(a, b, [](const Item &x, const Item &y) {
            const FactValue &p = x.mention->value;
            const FactValue &q = y.mention->value;
            return p.isVague() || q.isVague() || p.kind == FactKind::Date
                || ofOneOrder(std::abs((p.low + p.high) / 2), std::abs((q.low + q.high) / 2));
        });
    }

    /// Whether two clusters state figures with transposed digits.
    bool transposed(const Cluster &a, const Cluster &b) const
    {
        return anyValuePair(a, b, [](const Item &x, const Item &y) {
            const FactValue &p = x.mention->value;
            const FactValue &q = y.mention->value;
            return p.kind != FactKind::Date && !p.isVague() && !q.isVague()
                && transposedDigits((p.low + p.high) / 2, (q.low + q.high) / 2);
        });
    }

    /// Whether any pair of conflicting values of two clusters is a plausible misreport.
    bool plausible(const Cluster &a, const Cluster &b) const
    {
        for (auto x = a.keys.cbegin(); x != a.keys.cend(); ++x) {
            for (auto y = b.keys.cbegin(); y != b.keys.cend(); ++y) {
                const FactValue &p = m_items.at(x.value()).mention->value;
                const FactValue &q = m_items.at(y.value()).mention->value;
                if (FactCompare::relate(p, q) == Relation::Conflict && plausibleConflict(p, q)
                    && !apart(m_items.at(x.value()).subjects, m_items.at(y.value()).subjects))
                    return true;
            }
        }
        return false;
    }

    /// Both sets say something and nothing in common.
    /// Whether some member of `a` and some member of `b` stand between the same words
    /// (Item::frameBefore, frameAfter): in one aligned passage, one place of one statement.
    /// Only the first maxFramedMembers of each are compared (a bounded cost per decision), and
    /// the frames live in the items, not the clusters: a vector per cluster cost 2,000-outlet
    /// stories 10 MiB.
    bool framed(const Cluster &a, const Cluster &b) const
    {
        for (qsizetype i = 0; i < std::min(a.items.size(), maxFramedMembers); ++i) {
            const Item &x = m_items.at(a.items.at(i));
            for (qsizetype j = 0; j < std::min(b.items.size(), maxFramedMembers); ++j) {
                const Item &y = m_items.at(b.items.at(j));
                if ((x.frameBefore != 0 && x.frameBefore == y.frameBefore) || (x.frameAfter != 0 && x.frameAfter == y.frameAfter))
                    return true;
            }
        }
        return false;
    }

    static bool apart(const WordSet &x, const WordSet &y)
    {
        return !x.isEmpty() && !y.isEmpty() && !x.intersects(y);
    }

    /// A slot holds one mention per article: two figures of one article are two statements,
    /// even with equal values ("35% of households ... 35% of the district").
    bool articlesDisjoint(const Cluster &a, const Cluster &b) const
    {
        return !a.articles.intersects(b.articles);
    }

    Decision decide(int rootA, int rootB, bool aligned) const
    {
        const Cluster &a = m_clusters.at(rootA);
        const Cluster &b = m_clusters.at(rootB);
        Decision decision;
        if (m_items.at(a.items.constFirst()).mention->value.kind != m_items.at(b.items.constFirst()).mention->value.kind)
            return decision;
        decision.similarity = cosine(a.centroid, b.centroid);
        decision.relation = relation(a, b);
        if (decision.relation == Relation::Conflict && a.keys.size() + b.keys.size() > 2 && shareValue(a, b))
            decision.relation = Relation::Equal;
        decision.topic = decision.similarity >= Thresholds::topic;
        if (decision.relation == Relation::Incomparable)
            return decision;
        // "The fish market, built in 1970" and "the river bridge, built in 1970": one year,
        // two things. A date's clause subject is what the date is of.
        if (apart(a.clauseHeads, b.clauseHeads))
            return decision;
        const bool unitsDiffer = !a.units.isEmpty() && !b.units.isEmpty() && !a.units.intersects(b.units);
        const bool tiersDiffer = !a.tiers.isEmpty() && !b.tiers.isEmpty() && !a.tiers.intersects(b.tiers);
        const double s = decision.similarity;
        const FactKind kind = m_items.at(a.items.constFirst()).mention->value.kind;
        // A week counted from the publication date ("this week", "last week") is the news
        // cycle the story's events share, where "last month" or "last year" sets an event
        // apart from the story's own: that two outlets' figures fall in it tells little.
        const auto inNewsCycle = [this](const Cluster &c) {
            const FactValue &value = m_items.at(c.items.constFirst()).mention->value;
            return value.kind == FactKind::Date && value.relative && value.precision == DatePrecision::Week;
        };
        const bool newsCycle = inNewsCycle(a) || inNewsCycle(b);
        switch (decision.relation) {
        case Relation::Equal: {
            const bool sameUnit = !a.units.isEmpty() && a.units.intersects(b.units);
            // The same amount of money in the same currency and period is itself the
            // evidence, unless tier words set the two apart; a date or share repeated exactly
            // nearly so. Relative dates ("on Tuesday") and counts need their context; counts
            // of different nouns ("37 ships", "37 vessels") need more of it.
            // A relative date resolved against each outlet's publication date ("on Friday")
            // names a calendar day like any other date: equal days are evidence. Unresolved
            // ones ("yesterday" without a publication date) are only words, and so is a
            // week of the news cycle.
            const auto unresolved = [this](const Cluster &c) {
                const FactValue &value = m_items.at(c.items.constFirst()).mention->value;
                return value.relative && !value.date.isValid();
            };
            const bool relative = unresolved(a) || unresolved(b) || newsCycle;
            const double threshold = kind == FactKind::Money   ? (tiersDiffer ? Thresholds::equal : 0.0)
                                     : relative                ? Thresholds::equal
                                     : kind != FactKind::Number || specificCount(a) ? Thresholds::equalSpecific
                                     : sameUnit                 ? Thresholds::equalSameUnit
                                     : unitsDiffer              ? Thresholds::equalOtherUnit
                                                                : Thresholds::equal;
            // A value each article states once, of the same kind of thing (not set apart by
            // tiers, units or times), is one fact told by both: coverage of one story does not
            // give one day, year or share for two events without saying which is which. A
            // month, or words like "last year", are too coarse to say so: many events share them.
            const auto precise = [this](const Cluster &c) {
                const FactValue &value = m_items.at(c.items.constFirst()).mention->value;
                if (value.kind != FactKind::Date)
                    return true;
                return value.precision == DatePrecision::Day
                    || (value.precision == DatePrecision::Year && !value.relative && !value.yearInferred);
            };
            const bool sameThing = precise(a) && precise(b) && !tiersDiffer && !unitsDiffer
                && !a.when.differsWithinACategory(b.when) && (kind != FactKind::Number || sameUnit);
            const bool onceEach = a.singular && b.singular && sameThing;
            // Two leads giving one value tell the story's main event with it.
            decision.leads = a.lead && b.lead && sameThing;
            decision.merge = aligned || s >= threshold || onceEach || decision.leads;
            break;
        }
        case Relation::Compatible: {
            // "up to $210,000" admits "$42,000", and "more than two years" admits "31 years",
            // but figures that far apart are different statements. A relative date of a month
            // or a year ("earlier this month", "last year") is how an outlet tells a day it
            // does not give: against a date inside that period it needs no more words than an
            // equal value does.
            const auto coarseRelative = [this](const Cluster &c) {
                const FactValue &value = m_items.at(c.items.constFirst()).mention->value;
                return value.kind == FactKind::Date && value.relative && value.date.isValid()
                    && value.precision != DatePrecision::Day;
            };
            // A sum written in full and the same sum rounded ("$42,409" / "$42,400") are as
            // specific as one sum repeated: the rounding leaves its leading digits.
            const bool roundedSum = kind == FactKind::Money && anyValuePair(a, b, [](const Item &x, const Item &y) {
                const FactValue &p = x.mention->value;
                const FactValue &q = y.mention->value;
                return p.approximation == Approximation::Exact && q.approximation == Approximation::Exact
                    && !p.isRange() && !q.isRange() && p.currency == q.currency && p.period == q.period
                    && FactCompare::relate(p, q) == Relation::Compatible;
            });
            const double threshold = (coarseRelative(a) != coarseRelative(b) && !newsCycle && !a.when.differsWithinACategory(b.when)) || roundedSum
                ? Thresholds::equal
                : Thresholds::compatible;
            // In one aligned passage, figures that stand between the same words fill one
            // place of one statement, whatever else their sentences say ("were killed and
            // dozens injured across" / "were killed and dozens wounded in").
            // A week of the news cycle admits most of the story's days: in a passage too it
            // needs the words two compatible figures need anywhere.
            decision.merge = !tiersDiffer && close(a, b)
                && (aligned ? s >= (newsCycle ? Thresholds::compatible : Thresholds::alignedCompatible) || framed(a, b)
                            : (s >= threshold && !unitsDiffer));
            break;
        }
        case Relation::Conflict: {
            // What is counted, priced or dated must be the same: "grant" is not "loan".
            // And it must be one statement of one moment: no reading of a moving quantity
            // (a market level, a running toll, a forecast), no time or statistic set apart
            // ("in morning trading" vs "at the close", "Aug. 14" vs "Thursday", "average" vs
            // "median").
            // One remark quoted by both with another figure in it is one utterance, one moment,
            // whatever verb of change it quotes ("the loss of 2.5 million jobs").
            const bool sameFrame = aligned && framed(a, b);
            decision.conflictEligible = !tiersDiffer && !coexist(a, b) && plausible(a, b)
                && ((!a.reading && !b.reading) || (a.remark != 0 && a.remark == b.remark))
                && !a.when.differsWithinACategory(b.when)
                && (a.heads.isEmpty() || b.heads.isEmpty() || a.heads.intersects(b.heads) || sameFrame)
                && (aligned ? (!unitsDiffer || sameFrame || s >= Thresholds::alignedConflictOtherUnit)
                            : (!unitsDiffer && (kind != FactKind::Number || !a.units.isEmpty())));
            decision.merge = decision.conflictEligible && s >= (aligned ? Thresholds::alignedConflict : Thresholds::conflict);
            break;
        }
        case Relation::Incomparable:
            break;
        }
        const bool agree = articlesDisjoint(a, b);
        decision.merge = decision.merge && agree;
        decision.conflictEligible = decision.conflictEligible && agree;
        decision.topic = decision.topic || (aligned && decision.relation != Relation::Incomparable);
        return decision;
    }

    void merge(int rootA, int rootB)
    {
        if (rootA == rootB)
            return;
        const int keep = std::min(rootA, rootB);
        const int gone = std::max(rootA, rootB);
        Cluster &into = m_clusters[keep];
        Cluster &from = m_clusters[gone];
        // Copy the smaller into the larger: merging stays O(n log n) over a whole story.
        if (into.items.size() < from.items.size())
            std::swap(into, from);
        into.items.append(from.items);
        into.articles.unite(from.articles);
        for (auto it = from.keys.cbegin(); it != from.keys.cend(); ++it) {
            if (!into.keys.contains(it.key()))
                into.keys.insert(it.key(), it.value());
        }
        into.tiers.unite(from.tiers);
        into.units.unite(from.units);
        into.heads.unite(from.heads);
        into.clauseHeads.unite(from.clauseHeads);
        into.reading = into.reading || from.reading;
        if (into.remark == 0)
            into.remark = from.remark;
        into.singular = into.singular && from.singular;
        into.lead = into.lead && from.lead;
        into.when.unite(from.when);
        into.centroid = sum(into.centroid, from.centroid);
        into.centroid.truncate(maxCentroidWords);
        into.centroid.normalise();
        from = Cluster();
        m_union.parent[gone] = keep;
    }

    /// Candidate pairs sorted so that the surest merges happen first: equal values, then
    /// compatible ones, then conflicts; each with the pairs of two leads first (Decision::leads),
    /// then by similarity; ties by ids.
    struct Candidate {
        int a = -1;
        int b = -1;
        Decision decision;
    };
    void mergeInOrder(QList<Candidate> &candidates, bool aligned, QList<std::pair<int, int>> *topicLinks)
    {
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
            if (x.decision.relation != y.decision.relation)
                return int(x.decision.relation) < int(y.decision.relation);
            if (x.decision.leads != y.decision.leads)
                return x.decision.leads;
            if (x.decision.similarity != y.decision.similarity)
                return x.decision.similarity > y.decision.similarity;
            return std::pair(x.a, x.b) < std::pair(y.a, y.b);
        });
        for (const Candidate &candidate : std::as_const(candidates)) {
            const int a = root(candidate.a);
            const int b = root(candidate.b);
            if (a == b)
                continue;
            // Clusters change as they merge: decide again on what they are now.
            const Decision decision = decide(a, b, aligned);
            qCDebug(lcFacts).noquote() << (aligned ? "aligned" : "across") << "relation" << int(decision.relation)
                                       << "similarity" << decision.similarity << "merge" << decision.merge
                                       << m_items.at(a).mention->surface << m_items.at(b).mention->surface
                                       << "at" << m_items.at(a).article << m_items.at(a).mention->span.start
                                       << m_items.at(b).article << m_items.at(b).mention->span.start;
            if (decision.merge)
                merge(a, b);
            else if (decision.topic && topicLinks)
                topicLinks->append({candidate.a, candidate.b});
        }
    }

    /// Whether some article of `a` and some article of `b` tell a passage together: then they
    /// are about one story, as far as the alignment can tell.
    /// Bit sets make this linear in the smaller cluster's articles: testing every pair of
    /// articles was quadratic, and cost 2,000-outlet stories most of their fact stage.
    bool related(const Cluster &a, const Cluster &b) const
    {
        const Cluster &smaller = articleCount(a) <= articleCount(b) ? a : b;
        const Cluster &larger = &smaller == &a ? b : a;
        if (smaller.articles.intersects(larger.articles))
            return true;   // one article in both
        for (int x : smaller.articles.list()) {
            if (x < m_related.size() && larger.articles.intersects(m_related.at(x)))
                return true;
        }
        return false;
    }

    static int articleCount(const Cluster &cluster) { return cluster.articles.count(); }

    /// Conflicts across passages: a pair joins when each group is the other's most similar
    /// eligible candidate (and similar enough), or when the two are very similar anyway.
    void mergeMutualConflicts(const QList<Candidate> &candidates, QList<std::pair<int, int>> *topicLinks)
    {
        QList<Candidate> eligible;
        QHash<int, std::pair<double, int>> best;   // root -> (similarity, partner root)
        for (const Candidate &candidate : candidates) {
            const int a = root(candidate.a);
            const int b = root(candidate.b);
            if (a == b)
                continue;
            const Decision decision = decide(a, b, false);
            if (!decision.conflictEligible)
                continue;
            eligible.append({a, b, decision});
            for (auto [self, other] : {std::pair(a, b), std::pair(b, a)}) {
                const auto current = best.constFind(self);
                if (current == best.cend() || decision.similarity > current->first
                    || (decision.similarity == current->first && other < current->second))
                    best.insert(self, {decision.similarity, other});
            }
        }
        std::sort(eligible.begin(), eligible.end(), [](const Candidate &x, const Candidate &y) {
            if (x.decision.similarity != y.decision.similarity)
                return x.decision.similarity > y.decision.similarity;
            return std::pair(x.a, x.b) < std::pair(y.a, y.b);
        });
        for (const Candidate &candidate : std::as_const(eligible)) {
            const bool mutual = best.value(candidate.a).second == candidate.b && best.value(candidate.b).second == candidate.a;
            const double s = candidate.decision.similarity;
            // Swapped digits are evidence of one misreported figure in themselves.
            const double mutualThreshold = mutual && s >= Thresholds::mutualTransposed && s < Thresholds::mutualConflict
                    && transposed(cluster(root(candidate.a)), cluster(root(candidate.b)))
                ? Thresholds::mutualTransposed
                : Thresholds::mutualConflict;
            const double context =
                cosineWithout(cluster(root(candidate.a)).centroid, cluster(root(candidate.b)).centroid, m_subjectWords);
            qCDebug(lcFacts).noquote() << "conflict candidate: mutual" << mutual << "similarity" << s << "context" << context
                                       << m_items.at(candidate.a).mention->surface << m_items.at(candidate.b).mention->surface;
            // Between articles that tell no passage together (another story, or a very short
            // one), the words around the figures, not the noun they share, must tell one
            // subject: "4 months" of a music trial and "three months" of a game pass share
            // only "months".
            const bool sameContext = context >= Thresholds::conflictContext
                || mutualThreshold == Thresholds::mutualTransposed
                || related(cluster(root(candidate.a)), cluster(root(candidate.b)));
            if (!sameContext || !(s >= Thresholds::conflict || (mutual && s >= mutualThreshold))) {
                if (candidate.decision.topic && topicLinks)
                    topicLinks->append({candidate.a, candidate.b});
                continue;
            }
            const int a = root(candidate.a);
            const int b = root(candidate.b);
            if (a != b && decide(a, b, false).conflictEligible)
                merge(a, b);
        }
    }

    /// Conflicts in one aligned passage whose words are too few to agree: two groups that are
    /// each, in every article they hold, the passage's only figure of their kind, and whose
    /// subject nouns do not differ ("two-way trade totaling more than $34 billion", "trade
    /// volume of $33.4 billion"), are that statement's figure told twice; the alignment is the
    /// evidence the words would otherwise give. `inPassage`: the passage's items; `candidates`: its
    /// conflict candidates.
    void mergeSoleConflicts(const QList<int> &inPassage, const QList<Candidate> &candidates)
    {
        // A passage of more figures than prose holds has no candidates (passageCandidates), and
        // counting its groups would be quadratic.
        if (candidates.isEmpty() || inPassage.size() > Limits::maxMentionsPerPassage)
            return;
        // The distinct groups of each kind per article in the passage, and the groups that share
        // an article's kind with another: linear in its items, once per merge. A group that
        // already joins two of the passage's articles on one value is settled and competes with
        // no one: "Trustees … last week warned the fund will be exhausted in 2036" and
        // "projections … issued last month … will be exhausted by 2036" agree on 2036, and
        // what is left of each sentence's dates is one date each, the one the two differ on.
        // A settled group is no candidate itself: it competes as before.
        QHash<std::pair<int, int>, QList<int>> groups;   // (article, kind) -> roots
        QSet<int> shared;
        QSet<int> settled;
        const auto count = [&] {
            groups.clear();
            settled.clear();
            QHash<int, int> firstArticle;                // root -> the first article met
            for (int i : inPassage) {
                const int r = root(i);
                const auto it = firstArticle.constFind(r);
                if (it == firstArticle.cend())
                    firstArticle.insert(r, m_items.at(i).article);
                else if (it.value() != m_items.at(i).article && m_clusters.at(r).keys.size() == 1)
                    settled.insert(r);
            }
            for (int i : inPassage) {
                if (settled.contains(root(i)))
                    continue;
                QList<int> &roots = groups[{m_items.at(i).article, int(m_items.at(i).mention->value.kind)}];
                if (!roots.contains(root(i)))
                    roots.append(root(i));
            }
            shared.clear();
            for (const QList<int> &roots : std::as_const(groups)) {
                if (roots.size() > 1)
                    shared.unite(QSet<int>(roots.cbegin(), roots.cend()));
            }
        };
        const auto sole = [&](int r) { return !shared.contains(r) && !settled.contains(r); };
        count();
        for (const Candidate &candidate : candidates) {
            const int a = root(candidate.a);
            const int b = root(candidate.b);
            if (a == b)
                continue;
            const Decision decision = decide(a, b, true);
            if (decision.conflictEligible
                && (!apart(m_clusters.at(a).heads, m_clusters.at(b).heads) || framed(m_clusters.at(a), m_clusters.at(b)))
                && sole(a) && sole(b)) {
                merge(a, b);
                count();
            }
        }
    }

    /// Frees the context vectors of items and clusters once no more merges will be decided.
    void releaseContext()
    {
        for (Item &item : m_items)
            item.vector = Vector();
        for (Cluster &cluster : m_clusters)
            cluster.centroid = Vector();
    }

private:
    QList<Item> m_items;
    QSet<quint64> m_coexisting;
    QSet<int> m_subjectWords;
    QList<QList<quint64>> m_related;
    UnionFind m_union;
    QList<Cluster> m_clusters;
};

} // namespace

FactTable groupFacts(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                     const PassageExtents &passages, QList<QList<Mention>> mentionsPerArticle,
                     const std::function<bool()> &isCanceled)
{
    auto canceled = [&] { return isCanceled && isCanceled(); };

    // Items point into the mentions: make every list this function's own first, so that
    // clearing the context words below detaches (moves) nothing.
    for (QList<Mention> &list : mentionsPerArticle)
        list.detach();
    StoryItems story;
    if (!collectItems(articles, segmentations, passages, mentionsPerArticle, canceled, story))
        return {};
    // The context words are in the items' vectors now; at 2,000 articles the lists held 40 MB
    // through grouping, the analysis's peak.
    for (QList<Mention> &list : mentionsPerArticle) {
        for (Mention &mention : list)
            mention.context = QStringList();
    }
    QList<Item> &items = story.items;
    QList<Mention> &quotes = story.quotes;
    QHash<QString, int> &vocabulary = story.vocabulary;

    // Values stated side by side in one paragraph of one article coexist legitimately.
    QSet<quint64> coexisting;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size() && j < i + 20; ++j) {
            const Item &x = items.at(i);
            const Item &y = items.at(j);
            if (x.article != y.article || x.paragraph != y.paragraph || x.paragraph < 0)
                break;
            if (x.mention->value.kind != y.mention->value.kind || x.amount == y.amount
                || x.mention->value.isVague() || y.mention->value.isVague())
                continue;
            coexisting.insert(unorderedPair(x.amount, y.amount));
        }
    }

    SlotBuilder builder(std::move(items), coexisting);
    {
        QSet<int> subjectWords;
        for (auto it = vocabulary.cbegin(); it != vocabulary.cend(); ++it) {
            if (it.key().startsWith(u'@'))
                subjectWords.insert(it.value());
        }
        builder.setSubjectWords(std::move(subjectWords));
        // Each passage's members as a bit set, OR-ed into each member's row: linear in the
        // members times the row length, where setting every pair was quadratic per passage.
        const qsizetype words = (articles.size() + 63) / 64;
        QList<QList<quint64>> related(articles.size(), QList<quint64>(words, 0));
        QList<quint64> members(words, 0);
        for (const QList<PassageExtent> &passage : passages) {
            if (passage.size() < 2)
                continue;
            std::fill(members.begin(), members.end(), 0);
            for (const PassageExtent &member : passage) {
                const int x = member.article;
                if (x >= 0 && x < articles.size())
                    members[x / 64] |= quint64(1) << (x % 64);
            }
            for (const PassageExtent &member : passage) {
                const int x = member.article;
                if (x < 0 || x >= articles.size())
                    continue;
                QList<quint64> &row = related[x];
                for (qsizetype w = 0; w < words; ++w)
                    row[w] |= members.at(w);
            }
        }
        builder.setRelatedArticles(std::move(related));
    }
    QList<std::pair<int, int>> topicLinks;

    // Pairs of the groups present in one passage, decided with the passage as evidence.
    // Every pair is weighed, so a passage of more figures than any prose holds (one hostile
    // "sentence" of thousands) is left to rounds 2 and 3, which cost linear time.
    auto passageCandidates = [&builder](const QList<int> &inPassage) {
        if (inPassage.size() > Limits::maxMentionsPerPassage)
            return QList<SlotBuilder::Candidate>();
        QList<int> roots;
        for (int i : inPassage) {
            const int r = builder.root(i);
            if (!roots.contains(r))
                roots.append(r);
        }
        QList<SlotBuilder::Candidate> candidates;
        for (qsizetype x = 0; x < roots.size(); ++x) {
            for (qsizetype y = x + 1; y < roots.size(); ++y)
                candidates.append({roots[x], roots[y], builder.decide(roots[x], roots[y], true)});
        }
        return candidates;
    };

    // Round 1: inside each aligned passage.
    QMap<int, QList<int>> itemsByPassage;
    for (qsizetype i = 0; i < builder.size(); ++i) {
        for (int passage : builder.item(int(i)).passages)
            itemsByPassage[passage].append(int(i));
    }
    for (auto it = itemsByPassage.cbegin(); it != itemsByPassage.cend(); ++it) {
        const QList<int> &inPassage = it.value();
        // Same value, same kind: one slot at once. When an article states the value more
        // than once in the passage ("due from Friday through Aug. 22 if they are completed by
        // Aug. 22"), the pairs that stand between the same words join first, then the most
        // similar: a slot holds one mention per article, so the first repeat met would take
        // the place of the one the other outlet's words match.
        QMap<QString, QList<int>> withKey;
        for (int i : inPassage)
            withKey[builder.item(i).key].append(i);
        for (const QList<int> &same : std::as_const(withKey)) {
            if (same.size() < 2)
                continue;
            struct Pair {
                int a, b;
                bool framed;
                int neighbours;   // the same words right before and after, the same writing
                double similarity;
            };
            QList<Pair> pairs;
            QSet<int> articlesWithValue;
            for (int i : same)
                articlesWithValue.insert(builder.item(i).article);
            const bool repeated = same.size() <= maxRepeatedValuePairing && articlesWithValue.size() < same.size();
            if (repeated) {
                for (qsizetype x = 0; x < same.size(); ++x) {
                    for (qsizetype y = x + 1; y < same.size(); ++y) {
                        const Cluster &a = builder.cluster(builder.root(same[x]));
                        const Cluster &b = builder.cluster(builder.root(same[y]));
                        const Item &p = builder.item(same[x]);
                        const Item &q = builder.item(same[y]);
                        const int neighbours = int(p.wordBefore != 0 && p.wordBefore == q.wordBefore)
                            + int(p.wordAfter != 0 && p.wordAfter == q.wordAfter)
                            + int(p.mention->surface.compare(q.mention->surface, Qt::CaseInsensitive) == 0);
                        if (p.article != q.article)
                            pairs.append({same[x], same[y], builder.framed(a, b), neighbours, builder.similarity(a, b)});
                    }
                }
                std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
                    if (x.framed != y.framed)
                        return x.framed;
                    return x.neighbours != y.neighbours ? x.neighbours > y.neighbours : x.similarity > y.similarity;
                });
            } else {
                for (qsizetype x = 1; x < same.size(); ++x)
                    pairs.append({same.constFirst(), same[x], false, 0, 0});
            }
            for (const Pair &pair : std::as_const(pairs)) {
                const int a = builder.root(pair.a);
                const int b = builder.root(pair.b);
                if (a != b && builder.articlesDisjoint(builder.cluster(a), builder.cluster(b))
                    && !SlotBuilder::apart(builder.cluster(a).clauseHeads, builder.cluster(b).clauseHeads))
                    builder.merge(a, b);
            }
        }
        // Different values wait for round 3: a figure first joins the groups stating its value.
        QList<SlotBuilder::Candidate> candidates = passageCandidates(inPassage);
        candidates.removeIf([](const SlotBuilder::Candidate &c) { return c.decision.relation == Relation::Conflict; });
        builder.mergeInOrder(candidates, true, &topicLinks);
        if (canceled())
            return {};
    }

    // Round 2, same values. A value stated by few groups (a weekday, a year, a price said by
    // each outlet once or twice) is decided pair by pair, the most similar pairs first: a
    // slot holds one mention per article, so a "Friday" that joined the first other "Friday"
    // it met could no longer join the one its words match. A value repeated across a big
    // story falls back to leaders: each group joins the most similar earlier group stating
    // its value (of at most maxLeaders), so the cost stays linear.
    {
        QMap<QString, QList<int>> byValue;
        for (qsizetype i = 0; i < builder.size(); ++i) {
            if (builder.root(int(i)) == i)
                byValue[builder.item(int(i)).key].append(int(i));
        }
        for (const QList<int> &roots : std::as_const(byValue)) {
            if (roots.size() <= maxPairwiseRoots) {
                QList<SlotBuilder::Candidate> candidates;
                for (qsizetype x = 0; x < roots.size(); ++x) {
                    for (qsizetype y = x + 1; y < roots.size(); ++y) {
                        const int a = builder.root(roots[x]);
                        const int b = builder.root(roots[y]);
                        if (a == b)
                            continue;
                        const Decision decision = builder.decide(a, b, false);
                        if (decision.merge)
                            candidates.append({a, b, decision});
                    }
                }
                builder.mergeInOrder(candidates, false, nullptr);
                continue;
            }
            QList<int> leaders;
            for (int root : roots) {
                int best = -1;
                double bestSimilarity = -1;
                for (int leader : std::as_const(leaders)) {
                    const int r = builder.root(leader);
                    const Decision decision = builder.decide(r, root, false);
                    if (decision.merge && decision.similarity > bestSimilarity) {
                        best = r;
                        bestSimilarity = decision.similarity;
                    }
                }
                if (best >= 0)
                    builder.merge(best, root);
                else if (leaders.size() < maxLeaders)
                    leaders.append(root);
            }
            if (canceled())
                return {};
        }
    }

    // Round 2: across passages, through an index of each group's strongest context words.
    auto indexRoots = [&] {
        QMap<std::pair<int, int>, QList<int>> buckets;   // (kind, word) -> roots
        for (qsizetype i = 0; i < builder.size(); ++i) {
            if (builder.root(int(i)) != i)
                continue;
            QList<std::pair<int, float>> entries = builder.cluster(int(i)).centroid.entries;
            std::sort(entries.begin(), entries.end(), [](const auto &x, const auto &y) {
                return x.second != y.second ? x.second > y.second : x.first < y.first;
            });
            const int kind = int(builder.item(int(i)).mention->value.kind);
            for (qsizetype k = 0; k < entries.size() && k < indexedWords; ++k)
                buckets[{kind, entries[k].first}].append(int(i));
        }
        return buckets.values();
    };
    // Groups with values of one order (same kind, currency or unit; dates of one month) are
    // candidates for a conflict, or a date that admits another, whatever their strongest
    // words: each with its nearest values.
    auto nearValuePairs = [&] {
        QMap<QString, QList<std::pair<double, int>>> buckets;
        for (qsizetype i = 0; i < builder.size(); ++i) {
            if (builder.root(int(i)) != i)
                continue;
            const Item &item = builder.item(int(i));
            const FactValue &value = item.mention->value;
            // A relative date resolved against the publication date is a candidate too (for the
            // dates it admits: "earlier this month" and "May 10"); it never conflicts.
            if (value.isVague() || (value.kind == FactKind::Date && !value.date.isValid()))
                continue;
            const QString key = factKindName(value.kind) + u'|' + value.currency + u'|' + item.unitHead;
            const double position = value.kind == FactKind::Date ? double(value.date.toJulianDay())
                                                                 : std::log(std::max(std::abs((value.low + value.high) / 2), 1e-9));
            buckets[key].append({position, int(i)});
        }
        QList<std::pair<int, int>> pairs;
        for (QList<std::pair<double, int>> &bucket : buckets) {
            std::sort(bucket.begin(), bucket.end());
            for (qsizetype x = 0; x < bucket.size(); ++x) {
                for (qsizetype y = x + 1; y < bucket.size() && y <= x + nearNeighbours; ++y)
                    pairs.append({bucket[x].second, bucket[y].second});
            }
        }
        return pairs;
    };
    {
        QList<std::pair<int, int>> pairs;
        for (const QList<int> &roots : indexRoots()) {
            if (roots.size() > maxBucket)
                continue;   // a word this common says nothing
            for (qsizetype x = 0; x < roots.size(); ++x) {
                for (qsizetype y = x + 1; y < roots.size(); ++y)
                    pairs.append({roots[x], roots[y]});
            }
        }
        pairs.append(nearValuePairs());
        for (auto &[a, b] : pairs) {
            if (a > b)
                std::swap(a, b);
        }
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        QList<SlotBuilder::Candidate> candidates;
        for (qsizetype k = 0; k < pairs.size(); ++k) {
            const Decision decision = builder.decide(pairs[k].first, pairs[k].second, false);
            if (decision.merge || decision.topic || decision.conflictEligible)
                candidates.append({pairs[k].first, pairs[k].second, decision});
            if (k % 4096 == 0 && canceled())
                return {};
        }
        // Same and compatible values first; conflicts need mutual evidence.
        QList<SlotBuilder::Candidate> conflicts;
        QList<SlotBuilder::Candidate> others;
        for (const SlotBuilder::Candidate &candidate : std::as_const(candidates))
            (candidate.decision.relation == Relation::Conflict ? conflicts : others).append(candidate);
        builder.mergeInOrder(others, false, &topicLinks);

        // Round 3: conflicts, once every figure sits with the others stating its value. In a
        // shared passage first, then across passages.
        for (auto it = itemsByPassage.cbegin(); it != itemsByPassage.cend(); ++it) {
            QList<SlotBuilder::Candidate> inPassage = passageCandidates(it.value());
            inPassage.removeIf([](const SlotBuilder::Candidate &c) { return c.decision.relation != Relation::Conflict; });
            builder.mergeInOrder(inPassage, true, &topicLinks);
            builder.mergeSoleConflicts(it.value(), inPassage);
            if (canceled())
                return {};
        }
        builder.mergeMutualConflicts(conflicts, &topicLinks);
    }

    // Tiers: values one article gives side by side for the same kind of thing (a price per
    // month, a count of the same unit) belong to one topic even when their words differ.
    {
        // The scales a group's values are on: "USD/month", "unit:comment".
        QHash<int, QSet<QString>> scales;
        for (qsizetype i = 0; i < builder.size(); ++i) {
            const Item &item = builder.item(int(i));
            const FactValue &value = item.mention->value;
            QString scale;
            if (value.kind == FactKind::Money && value.period != Period::None)
                scale = value.currency + u'/' + QString::number(int(value.period));
            else if (value.kind == FactKind::Number && !item.unitHead.isEmpty())
                scale = QStringLiteral("unit:") + item.unitHead;
            if (!scale.isEmpty())
                scales[builder.root(int(i))].insert(scale);
        }
        // The groups stating each amount. Only groups with a scale can be linked: leaving the
        // others out keeps amounts of thousands of scale-less figures from costing a pass over
        // every pair. A set beside each list: an amount can have as many roots as the story
        // has figures.
        QHash<int, QList<int>> rootsByAmount;
        QHash<int, QSet<int>> rootSetByAmount;
        for (qsizetype i = 0; i < builder.size(); ++i) {
            const int r = builder.root(int(i));
            if (!scales.contains(r))
                continue;
            const int amount = builder.item(int(i)).amount;
            QSet<int> &seen = rootSetByAmount[amount];
            if (!seen.contains(r)) {
                seen.insert(r);
                rootsByAmount[amount].append(r);
            }
        }
        // Topics are the links' connected groups: a link between two groups already joined
        // adds nothing, and keeping only the others bounds the list by the groups' number
        // (an amount many groups state, beside another, links every pair of them).
        UnionFind joined(builder.size());
        QList<quint64> pairs(coexisting.cbegin(), coexisting.cend());
        std::sort(pairs.begin(), pairs.end());
        for (quint64 pair : std::as_const(pairs)) {
            const QList<int> left = rootsByAmount.value(int(pair >> 32));
            const QList<int> right = rootsByAmount.value(int(pair & 0xffffffffu));
            for (int a : left) {
                for (int b : right) {
                    const int x = joined.find(a);
                    const int y = joined.find(b);
                    if (x != y && scales.value(a).intersects(scales.value(b))) {
                        joined.parent[std::max(x, y)] = std::min(x, y);
                        topicLinks.append({a, b});
                    }
                }
            }
        }
    }

    // The context vectors were the grouping's evidence; the slots below copy every mention,
    // and at 2,000 articles that copy is the analysis's peak.
    builder.releaseContext();

    // Slots from the final clusters, and the quote groups.
    QList<FactSlot> slots;
    QList<QList<const Item *>> slotItems;
    QList<Phrase> untieredLabels;   // per figure slot, parallel to `slots`
    QHash<int, int> slotOfRoot;
    for (qsizetype i = 0; i < builder.size(); ++i) {
        if (builder.root(int(i)) != i)
            continue;
        const Cluster &cluster = builder.cluster(int(i));
        FactSlot slot;
        QList<const Item *> clusterItems;
        QSet<int> articlesInSlot;
        slot.mentions.reserve(cluster.items.size());
        for (int index : cluster.items) {
            clusterItems.append(&builder.item(index));
            slot.mentions.append(*builder.item(index).mention);
            // The context words were grouping's evidence; the table does not keep them.
            slot.mentions.last().context = QStringList();   // clear() would copy a shared list's capacity
            articlesInSlot.insert(builder.item(index).article);
        }
        slot.kind = slot.mentions.constFirst().value.kind;
        slot.status = articlesInSlot.size() < 2 ? SlotStatus::Unique : SlotStatus::Agree;
        for (auto x = cluster.keys.cbegin(); x != cluster.keys.cend() && slot.status == SlotStatus::Agree; ++x) {
            for (auto y = std::next(x); y != cluster.keys.cend(); ++y) {
                if (FactCompare::relate(builder.item(x.value()).mention->value, builder.item(y.value()).mention->value)
                    == Relation::Conflict) {
                    slot.status = SlotStatus::Conflict;
                    break;
                }
            }
        }
        std::sort(slot.mentions.begin(), slot.mentions.end(), [](const Mention &x, const Mention &y) {
            return std::pair(x.article, x.span.start) < std::pair(y.article, y.span.start);
        });
        const SlotLabel label = labelOf(slot, clusterItems);
        slot.label = label.full;
        untieredLabels.append(label.untiered);
        slotOfRoot.insert(int(i), int(slots.size()));
        slots.append(slot);
        slotItems.append(clusterItems);
    }
    const qsizetype figureSlots = slots.size();
    QList<QString> texts;
    texts.reserve(articles.size());
    for (const Article &article : articles)
        texts.append(article.text);
    slots.append(FactQuotes::groupQuotes(texts, quotes, isCanceled));
    if (canceled())
        return {};

    // Topics: slots linked by rejected merges about the same subject.
    UnionFind topicUnion(slots.size());
    for (const auto &[a, b] : std::as_const(topicLinks)) {
        const int x = slotOfRoot.value(builder.root(a), -1);
        const int y = slotOfRoot.value(builder.root(b), -1);
        if (x < 0 || y < 0 || x == y)
            continue;
        const int rx = topicUnion.find(x);
        const int ry = topicUnion.find(y);
        if (rx != ry)
            topicUnion.parent[std::max(rx, ry)] = std::min(rx, ry);
    }

    // Order: topics by their first mention in reading order (article, position), slots the same
    // inside a topic. Ids are the final positions.
    auto firstOf = [&](qsizetype slot) {
        const Mention &mention = slots.at(slot).mentions.constFirst();
        return std::pair(mention.article.value(), mention.span.start);
    };
    QMap<int, QList<int>> topicSlots;
    for (qsizetype s = 0; s < slots.size(); ++s)
        topicSlots[s < figureSlots ? topicUnion.find(int(s)) : int(s)].append(int(s));
    QList<QList<int>> topicsInOrder = topicSlots.values();
    for (QList<int> &list : topicsInOrder)
        std::sort(list.begin(), list.end(), [&](int x, int y) { return firstOf(x) < firstOf(y); });
    std::sort(topicsInOrder.begin(), topicsInOrder.end(), [&](const QList<int> &x, const QList<int> &y) {
        return firstOf(x.constFirst()) < firstOf(y.constFirst());
    });

    FactTable table;
    for (const QList<int> &list : std::as_const(topicsInOrder)) {
        Topic topic;
        topic.id = int(table.topics.size());
        for (int s : list) {
            FactSlot slot = slots.at(s);
            slot.id = int(table.slots.size());
            slot.topic = topic.id;
            topic.slots.append(slot.id);
            table.slots.append(slot);
        }
        // The topic is named after its first slot, without the tier that sets slots apart.
        const int first = list.constFirst();
        topic.label = list.size() > 1 && first < untieredLabels.size() ? untieredLabels.at(first)
                                                                        : table.slots.at(topic.slots.constFirst()).label;
        table.topics.append(topic);
    }
    return table;
}

QList<QList<Mention>> extractStoryFacts(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                                        const std::function<bool()> &isCanceled)
{
    // Extraction is per article: all cores, results in article order whatever the threads.
    QList<QList<Mention>> mentions(articles.size());
    const bool done = forEachOnPool(articles.size(), isCanceled, [&](int a) {
        mentions[a] = extractFacts(articles.at(a), ArticleId(a), a < segmentations.size() ? segmentations.at(a) : Segmentation());
    });
    if (!done || (isCanceled && isCanceled()))
        return {};
    return mentions;
}

FactTable compareFacts(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                       const PassageExtents &passages, const std::function<bool()> &isCanceled)
{
    QList<QList<Mention>> mentions = extractStoryFacts(articles, segmentations, isCanceled);
    if (isCanceled && isCanceled())
        return {};
    return groupFacts(articles, segmentations, passages, std::move(mentions), isCanceled);
}

} // namespace Crossread
