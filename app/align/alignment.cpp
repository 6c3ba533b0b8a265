// SPDX-License-Identifier: GPL-3.0-or-later
// N-way passage alignment.
//
// 1. Units: every non-boilerplate sentence with at least one content word. Content words are
//    the tokens' normalised (stemmed, case-folded) forms minus a stop list; "%", "per cent" and
//    "percent" are one word, number words are digits ("eighty" is "80"), "42K" is "42000".
//    Numbers and capitalised words inside a sentence (names) are boosted; a name of several
//    words weighs about as much as one. Headlines and subheadings only meet each other.
// 2. Weights: BM25's inverse document frequency over the story's sentences (Robertson and
//    Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009), so a name or a
//    figure that only a few sentences share outweighs words every sentence uses (a story of
//    fewer than 40 sentences counts as 40: its own counts cannot tell a common word from a
//    rare one); vectors are compared by cosine similarity (Salton and Buckley, "Term-weighting
//    approaches in automatic text retrieval", 1988), scaled down when both sides name things
//    but none in common (a shared weekday or month does not make two sentences that each name
//    someone else about one thing), and zero unless they share two words (one word is a
//    coincidence, however rare it is).
// 3. Passages grow by single-pass clustering (as in topic detection and tracking: Allan et al.,
//    "Topic Detection and Tracking Pilot Study", 1998): articles are taken in order and each
//    sentence is compared with the centroids of the passages formed so far. Candidates come
//    from an inverted index from words to passages, read only for a sentence's rarest words
//    and only up to a fixed number of postings, so the work per sentence is bounded however
//    large the story grows, even when 2,000 rewrites share every sentence.
//    Within one article a greedy assignment by similarity gives each passage at most one run
//    of consecutive sentences: a second sentence joins only when the two together match the
//    passage clearly better than either alone (a sentence another outlet split in two).
//    A sentence and a passage that state the same rare anchor (a figure of the same kind and
//    value, as the caller's fact engine reads it; see SentenceAnchor) join at a lower
//    similarity: real outlets reword everything around a figure but the figure.
// 4. Merged sentences: a sentence whose words left over after its best passage match a second
//    passage is a secondary member of that one. Afterwards the grain is settled: a passage two
//    or more of whose members are runs of sentences is split into one passage per sentence;
//    two passages started for one statement (a trimmed early rendering) are joined when their
//    outlets do not overlap; and two passages that at least as many outlets merge as keep
//    apart become one, the others' two sentences forming one span.
// 5. Order: passages are listed in the first article's order, the ones it lacks inserted after
//    their predecessor in the next article that tells them. Article order is also the only
//    tie-breaker of the clustering, so the result does not depend on threads or hash seeds.
#include "align/alignment.h"

#include "align/sentenceterms_p.h"

#include "align/stopwords_p.h"
#include "align/tokenkeys_p.h"
#include "align/worddiff.h"
#include "core/sortedranges.h"
#include "core/workpool.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace Crossread {

const PassageMember *Passage::member(ArticleId article) const
{
    const auto it = std::lower_bound(members.cbegin(), members.cend(), article,
                                     [](const PassageMember &m, ArticleId a) { return m.article < a; });
    return it != members.cend() && it->article == article ? &*it : nullptr;
}

qsizetype Passage::bestReference() const
{
    qsizetype reference = -1;
    for (qsizetype m = 0; m < members.size(); ++m) {
        if (members.at(m).primary && (reference < 0 || members.at(m).confidence > members.at(reference).confidence))
            reference = m;
    }
    return std::max<qsizetype>(reference, 0);
}

qsizetype Passage::primaryCount() const
{
    return std::count_if(members.cbegin(), members.cend(), [](const PassageMember &m) { return m.primary; });
}

int Alignment::passageOfSentence(ArticleId article, qsizetype sentence) const
{
    if (!article.isValid() || article.value() >= passageBySentence.size())
        return -1;
    const QList<int> &bySentence = passageBySentence.at(article.value());
    return sentence >= 0 && sentence < bySentence.size() ? bySentence.at(sentence) : -1;
}

int Alignment::passageAt(ArticleId article, const Segmentation &segmentation, qsizetype position) const
{
    const QList<Sentence> &sentences = segmentation.sentences;
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                                     [](qsizetype pos, const Sentence &s) { return pos < s.span.start; });
    if (it == sentences.cbegin())
        return -1;
    const auto sentence = it - 1;
    if (!sentence->span.contains(position))
        return -1;
    return passageOfSentence(article, sentence - sentences.cbegin());
}

QString passageStatusName(PassageStatus status)
{
    switch (status) {
    case PassageStatus::Identical:
        return QStringLiteral("identical");
    case PassageStatus::Reworded:
        return QStringLiteral("reworded");
    case PassageStatus::Unique:
        return QStringLiteral("unique");
    }
    return {};
}

namespace {

using namespace AlignTerms;

/// The fewest sentences whose counts tell a common word from a rare one (see prepareUnits()).
constexpr qint64 minimumStoryUnits = 40;

// ---------------------------------------------------------------------------------------------
// Clustering

struct ClusterMember {
    int article = 0;
    int firstUnit = 0;
    int unitCount = 0;
    [[nodiscard]] int lastUnit() const { return firstUnit + unitCount - 1; }
};

struct SecondaryLink {
    int article = 0;
    int unit = 0;
};

struct Cluster {
    TermVector profile;          ///< sum of the unit vectors of the primary members' units
    double norm2 = 0;
    /// Half the weight of the profile's heaviest name: the names most members share say whom
    /// the passage is about. Without it, twenty outlets' "a spokesman for X declined to
    /// comment" chain into one passage, each sharing some name with one earlier member.
    float nameFloor = 0;
    std::vector<ClusterMember> members;    ///< ascending article
    std::vector<SecondaryLink> secondaries;
    std::vector<quint64> anchors;          ///< the primary members' anchors, ascending
    bool alive = true;

    [[nodiscard]] const ClusterMember *memberOf(int article) const
    {
        const auto it = std::lower_bound(members.cbegin(), members.cend(), article,
                                         [](const ClusterMember &m, int a) { return m.article < a; });
        return it != members.cend() && it->article == article ? &*it : nullptr;
    }
};

/// See Cluster::nameFloor: none while a passage has one or two members (each of its names is
/// then one of the two renderings'), half the heaviest name's weight from three on.
float nameFloorOf(const Cluster &cluster)
{
    if (cluster.members.size() < 3)
        return 0;
    float heaviest = 0;
    for (const Term &term : cluster.profile) {
        if (term.name)
            heaviest = std::max(heaviest, term.weight);
    }
    return 0.5f * heaviest;
}

/// Adds `more` (ascending) to the ascending `anchors`, without repeats.
void mergeAnchors(std::vector<quint64> &anchors, const std::vector<quint64> &more)
{
    if (more.empty())
        return;
    std::vector<quint64> merged;
    merged.reserve(anchors.size() + more.size());
    std::set_union(anchors.cbegin(), anchors.cend(), more.cbegin(), more.cend(), std::back_inserter(merged));
    anchors.swap(merged);
}

/// The alignment's working state; see the file comment for the method.
class Aligner {
public:
    Aligner(const QList<Article> &articles, const QList<Segmentation> &segmentations,
            const AlignmentOptions &options, const std::function<bool()> &isCanceled,
            const std::function<void(int, int)> &progress)
        : m_articles(articles), m_segmentations(segmentations), m_options(options),
          m_isCanceled(isCanceled), m_progress(progress)
    {}

    Alignment run();

private:
    // Candidates for one unit are read from at most this many postings of each of its
    // queryTerms rarest words: passages made early (the first articles') come first in the
    // postings, and a word that thousands of passages share cannot tell them apart anyway.
    static constexpr size_t postingsCap = 384;
    static constexpr size_t maxCandidates = 16;
    // A second sentence must raise the similarity by this much to join a passage's span.
    static constexpr double extensionGain = 0.08;
    // Share of a sentence's weight left after its best passage needed to consider a second one.
    static constexpr double residualShare = 0.2;

    struct Candidate {
        float similarity = 0;
        int unit = 0;
        int cluster = 0;
    };
    /// Keeps the maxCandidates most similar of candidates[begin, end): a sentence that matches
    /// hundreds of passages equally well (10,000 sentences reading "Yes.") must not cost
    /// hundreds of comparisons later on.
    static void keepBest(std::vector<Candidate> &candidates, size_t begin);

    bool canceled() const { return m_isCanceled && m_isCanceled(); }
    void prepareUnits();
    void attachAnchors();
    [[nodiscard]] double joinThresholdFor(const Unit &unit, const Cluster &cluster) const;
    void assignArticle(int article);
    void addToCluster(int cluster, int article, int firstUnit, int unitCount);
    int newCluster(int article, int unit);
    void linkSecondary(int cluster, int article, int unit);
    [[nodiscard]] TermVector spanVector(int article, int firstUnit, int unitCount, double *norm2) const;
    [[nodiscard]] double similarity(const TermVector &vector, double norm2, const Cluster &cluster) const;
    [[nodiscard]] double spanSimilarity(int article, int firstUnit, int unitCount, const Cluster &cluster) const;
    [[nodiscard]] bool adjacent(int article, int unitA, int unitB) const;
    [[nodiscard]] bool restates(int article, int unitA, int unitB) const;
    [[nodiscard]] static bool statesOtherValue(const Unit &a, const Unit &b);
    [[nodiscard]] bool secondaryFits(int article, int unit, const Cluster &primary, const Cluster &other) const;
    [[nodiscard]] bool joinable(const Cluster &a, const Cluster &b, int *shared = nullptr) const;
    void absorb(Cluster &keep, Cluster &gone);
    void splitMergedGrain();
    void mergeDisjointTwins();
    void mergeByMajority();
    Alignment buildAlignment();

    const QList<Article> &m_articles;
    const QList<Segmentation> &m_segmentations;
    const AlignmentOptions &m_options;
    const std::function<bool()> &m_isCanceled;
    const std::function<void(int, int)> &m_progress;

    std::vector<ArticleUnits> m_units;
    std::vector<Cluster> m_clusters;
    Postings m_postings;
    std::vector<int> m_stamp;   ///< per cluster: the last unit query that saw it
    std::vector<int> m_hits;    ///< per cluster: query words it has, valid when stamped
    int m_stampValue = 0;
};

void Aligner::keepBest(std::vector<Candidate> &candidates, size_t begin)
{
    if (candidates.size() - begin <= maxCandidates)
        return;
    const auto first = candidates.begin() + qsizetype(begin);
    std::partial_sort(first, first + maxCandidates, candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.similarity > b.similarity || (a.similarity == b.similarity && a.cluster < b.cluster);
    });
    candidates.resize(begin + maxCandidates);
}

void Aligner::prepareUnits()
{
    const qsizetype count = m_articles.size();
    m_units.assign(size_t(count), {});
    const std::function<bool()> isCanceled = [this] { return canceled(); };
    if (!forEachOnPool(count, isCanceled, [&](int a) { m_units[size_t(a)] = extractUnits(m_articles.at(a), m_segmentations.at(a)); }))
        return;

    // Document frequencies over the story's sentences, merged in article order.
    QHash<quint64, int> documentFrequency;
    qint64 unitCount = 0;
    for (size_t a = 0; a < m_units.size(); ++a) {
        if ((a & 63) == 0 && canceled())
            return;
        const ArticleUnits &article = m_units[a];
        unitCount += qint64(article.units.size());
        for (const Unit &unit : article.units) {
            for (const Term &term : unit.terms)
                ++documentFrequency[term.key];
        }
    }
    // A word's rarity cannot be told from a few sentences: in a story of two one-sentence
    // articles every shared word is "in every sentence" and would weigh next to nothing, so
    // two renderings of one statement would look unrelated. Below minimumStoryUnits the
    // story's sentences are counted as if there were that many, the words not met in the
    // extra ones: shared words then weigh nearly as much as a sentence's own.
    const double total = double(std::max<qint64>(unitCount, minimumStoryUnits));
    const bool weighed = forEachOnPool(count, isCanceled, [&](int a) {
        for (Unit &unit : m_units[size_t(a)].units) {
            double norm2 = 0;
            for (Term &term : unit.terms) {
                const double df = documentFrequency.value(term.key);
                const double idf = std::log(1.0 + (total - df + 0.5) / (df + 0.5));
                term.weight = float(term.weight * idf);
                norm2 += double(term.weight) * double(term.weight);
            }
            unit.norm = float(std::sqrt(norm2));
            for (Term &term : unit.terms)
                term.weight = unit.norm > 0 ? term.weight / unit.norm : 0;
        }
    });
    if (weighed && !canceled())
        attachAnchors();
}

/// Gives each unit the anchors its sentence states that are rare in the story: stated by two
/// or more outlets, and by no more than two sentences per outlet stating it. A figure that an
/// outlet repeats all through its article says nothing about which sentences belong together.
void Aligner::attachAnchors()
{
    const StoryAnchors &anchors = m_options.anchors;
    struct Count {
        int units = 0;
        int articles = 0;
        int lastArticle = -1;
    };
    std::unordered_map<quint64, Count> counts;
    for (qsizetype a = 0; a < anchors.size() && size_t(a) < m_units.size(); ++a) {
        std::vector<Unit> &units = m_units[size_t(a)].units;
        const QList<Sentence> &sentences = m_segmentations.at(a).sentences;
        for (const SentenceAnchor &anchor : anchors.at(a)) {
            const auto sentence = std::upper_bound(sentences.cbegin(), sentences.cend(), anchor.position,
                                                   [](qsizetype pos, const Sentence &s) { return pos < s.span.start; });
            if (sentence == sentences.cbegin() || !(sentence - 1)->span.contains(anchor.position))
                continue;
            const qsizetype index = sentence - 1 - sentences.cbegin();
            const auto unit = std::lower_bound(units.begin(), units.end(), index,
                                               [](const Unit &u, qsizetype s) { return u.sentence < s; });
            if (unit == units.end() || unit->sentence != index)
                continue;
            if (anchor.scale != 0)
                unit->figures.emplace_back(anchor.scale, anchor.key);
            if (std::find(unit->anchors.cbegin(), unit->anchors.cend(), anchor.key) != unit->anchors.cend())
                continue;
            unit->anchors.push_back(anchor.key);
            Count &count = counts[anchor.key];
            ++count.units;
            if (count.lastArticle != int(a)) {
                count.lastArticle = int(a);
                ++count.articles;
            }
        }
    }
    for (ArticleUnits &article : m_units) {
        for (Unit &unit : article.units) {
            std::erase_if(unit.anchors, [&](quint64 key) {
                const Count &count = counts.at(key);
                return count.articles < 2 || count.units > 2 * count.articles;
            });
            std::sort(unit.anchors.begin(), unit.anchors.end());
            std::sort(unit.figures.begin(), unit.figures.end());
            unit.figures.erase(std::unique(unit.figures.begin(), unit.figures.end()), unit.figures.end());
        }
    }
}

/// The similarity a unit needs to join a passage: lower when the passage states one of the
/// unit's anchors (see AlignmentOptions::anchoredJoinThreshold).
double Aligner::joinThresholdFor(const Unit &unit, const Cluster &cluster) const
{
    if (sortedRangesIntersect(unit.anchors, cluster.anchors))   // both ascending
        return std::min(m_options.joinThreshold, m_options.anchoredJoinThreshold);
    return m_options.joinThreshold;
}

TermVector Aligner::spanVector(int article, int firstUnit, int unitCount, double *norm2) const
{
    const std::vector<Unit> &units = m_units[size_t(article)].units;
    TermVector sum = units[size_t(firstUnit)].terms;
    for (Term &term : sum)
        term.weight *= units[size_t(firstUnit)].norm;
    for (int u = firstUnit + 1; u < firstUnit + unitCount; ++u)
        addInto(sum, units[size_t(u)].terms, units[size_t(u)].norm);
    *norm2 = squaredNorm(sum);
    return sum;
}

double Aligner::similarity(const TermVector &vector, double norm2, const Cluster &cluster) const
{
    return cosine(vector, norm2, cluster.profile, cluster.norm2, Overlap::Required, 0, cluster.nameFloor);
}

double Aligner::spanSimilarity(int article, int firstUnit, int unitCount, const Cluster &cluster) const
{
    double norm2 = 0;
    const TermVector vector = spanVector(article, firstUnit, unitCount, &norm2);
    return similarity(vector, norm2, cluster);
}

bool Aligner::adjacent(int article, int unitA, int unitB) const
{
    const std::vector<Unit> &units = m_units[size_t(article)].units;
    if (unitA < 0 || unitB < 0 || size_t(unitA) >= units.size() || size_t(unitB) >= units.size())
        return false;
    return std::abs(unitA - unitB) == 1 && units[size_t(unitA)].run == units[size_t(unitB)].run;
}

/// Whether two sentences of one article say nearly the same words, or each state a figure of
/// one kind with another value. Outlets do not repeat themselves: two such sentences are two
/// statements that differ by what they qualify ("In 2019, ..." and "In 2021, ...", "At its US
/// unit, ..."), never the halves of one statement (the halves of a split sentence are
/// different clauses and share few words; the figure is in one of them).
bool Aligner::restates(int article, int unitA, int unitB) const
{
    const std::vector<Unit> &units = m_units[size_t(article)].units;
    const Unit &a = units[size_t(unitA)];
    const Unit &b = units[size_t(unitB)];
    return cosine(a.terms, 1.0, b.terms, 1.0) >= m_options.joinThreshold || statesOtherValue(a, b);
}

/// Whether `a` and `b` each state a figure on one scale (a percentage each, a sum of dollars
/// each) with different values and none in common: two statements of one quantity for two
/// things or times. Both lists are sorted by scale, then key, so one merge walk: linear in
/// the two sentences' figures however many they hold.
bool Aligner::statesOtherValue(const Unit &a, const Unit &b)
{
    auto x = a.figures.cbegin();
    auto y = b.figures.cbegin();
    const auto xEnd = a.figures.cend();
    const auto yEnd = b.figures.cend();
    while (x != xEnd && y != yEnd) {
        if (x->first != y->first) {
            x->first < y->first ? ++x : ++y;
            continue;
        }
        // One scale in both: do they share a value of it?
        const quint64 scale = x->first;
        bool shared = false;
        while (!shared && x != xEnd && y != yEnd && x->first == scale && y->first == scale) {
            if (x->second == y->second)
                shared = true;
            else
                x->second < y->second ? ++x : ++y;
        }
        if (!shared)
            return true;
        while (x != xEnd && x->first == scale)
            ++x;
        while (y != yEnd && y->first == scale)
            ++y;
    }
    return false;
}

/// Whether a sentence that is a primary member of `primary` also tells `other`: the words it
/// has beyond `primary`'s must be a fair share of it and match `other` on their own.
bool Aligner::secondaryFits(int article, int unit, const Cluster &primary, const Cluster &other) const
{
    const Unit &u = m_units[size_t(article)].units[size_t(unit)];
    TermVector residual;
    auto p = primary.profile.cbegin();
    for (const Term &term : u.terms) {
        while (p != primary.profile.cend() && p->key < term.key)
            ++p;
        if (p == primary.profile.cend() || p->key != term.key)
            residual.push_back(term);
    }
    const double residualNorm2 = squaredNorm(residual);
    if (residualNorm2 < residualShare)   // unit vectors: the share of the squared weight
        return false;
    return cosine(residual, residualNorm2, other.profile, other.norm2, Overlap::Any) >= m_options.joinThreshold;
}

void Aligner::addToCluster(int clusterIndex, int article, int firstUnit, int unitCount)
{
    Cluster &cluster = m_clusters[size_t(clusterIndex)];
    std::vector<quint64> added;
    for (int u = firstUnit; u < firstUnit + unitCount; ++u) {
        addInto(cluster.profile, m_units[size_t(article)].units[size_t(u)].terms, 1.0f, &added);
        mergeAnchors(cluster.anchors, m_units[size_t(article)].units[size_t(u)].anchors);
    }
    cluster.norm2 = squaredNorm(cluster.profile);
    cluster.members.push_back({article, firstUnit, unitCount});
    cluster.nameFloor = nameFloorOf(cluster);
    for (quint64 key : added)
        m_postings[key].push_back(clusterIndex);
}

int Aligner::newCluster(int article, int unit)
{
    const int index = int(m_clusters.size());
    m_clusters.emplace_back();
    m_stamp.push_back(-1);
    m_hits.push_back(0);
    addToCluster(index, article, unit, 1);
    return index;
}

void Aligner::linkSecondary(int cluster, int article, int unit)
{
    m_clusters[size_t(cluster)].secondaries.push_back({article, unit});
}

void Aligner::assignArticle(int article)
{
    const std::vector<Unit> &units = m_units[size_t(article)].units;
    const int unitCount = int(units.size());
    if (unitCount == 0)
        return;

    // Candidates of every unit against the passages of the articles before this one.
    std::vector<Candidate> candidates;
    std::vector<std::pair<size_t, size_t>> candidatesOfUnit(static_cast<size_t>(unitCount));
    std::vector<const std::vector<int> *> query;
    std::vector<int> touched;
    for (int u = 0; u < unitCount; ++u) {
        const Unit &unit = units[size_t(u)];
        const size_t begin = candidates.size();
        rarestPostings(unit.terms, m_postings, query);
        // Count how many of the query words each passage has; only passages sharing two of
        // them (one, for a sentence of one word) are worth a full comparison. The count goes by
        // the sentence's own words, not by the query's: the query holds only words some passage
        // has, and a sentence with one word in common with anything ("the three previous games"
        // and "three months") shares a number or a common word, not a statement.
        ++m_stampValue;
        touched.clear();
        for (const std::vector<int> *posting : query) {
            const size_t scan = std::min(posting->size(), postingsCap);
            for (size_t i = 0; i < scan; ++i) {
                const int c = (*posting)[i];
                if (m_stamp[size_t(c)] != m_stampValue) {
                    m_stamp[size_t(c)] = m_stampValue;
                    m_hits[size_t(c)] = 0;
                    touched.push_back(c);
                }
                ++m_hits[size_t(c)];
            }
        }
        const int neededHits = unit.terms.size() > 1 ? 2 : 1;
        for (int c : touched) {
            if (m_hits[size_t(c)] < neededHits)
                continue;
            const double sim = similarity(unit.terms, 1.0, m_clusters[size_t(c)]);
            if (sim >= m_options.pieceThreshold)
                candidates.push_back({float(sim), u, c});
        }
        keepBest(candidates, begin);
        candidatesOfUnit[size_t(u)] = {begin, candidates.size()};
    }

    std::vector<int> assigned(size_t(unitCount), -1);
    std::unordered_map<int, ClusterMember> ranges;   // cluster -> this article's units in it
    const auto similarityOf = [&](int u, int cluster) -> double {
        const auto [begin, end] = candidatesOfUnit[size_t(u)];
        for (size_t i = begin; i < end; ++i) {
            if (candidates[i].cluster == cluster)
                return candidates[i].similarity;
        }
        return 0;
    };

    std::vector<Candidate> byScore = candidates;
    std::sort(byScore.begin(), byScore.end(), [](const Candidate &a, const Candidate &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        if (a.unit != b.unit)
            return a.unit < b.unit;
        return a.cluster < b.cluster;
    });

    // 1. Greedy by similarity: a passage takes one sentence of this article, or a second
    //    adjacent one when the pair matches it better than the first alone.
    for (const Candidate &candidate : byScore) {
        if (assigned[size_t(candidate.unit)] >= 0)
            continue;
        const Cluster &cluster = m_clusters[size_t(candidate.cluster)];
        const auto range = ranges.find(candidate.cluster);
        if (range == ranges.end()) {
            if (candidate.similarity >= joinThresholdFor(units[size_t(candidate.unit)], cluster)) {
                assigned[size_t(candidate.unit)] = candidate.cluster;
                ranges.emplace(candidate.cluster, ClusterMember{article, candidate.unit, 1});
            }
            continue;
        }
        ClusterMember &member = range->second;
        const bool before = adjacent(article, candidate.unit, member.firstUnit) && candidate.unit < member.firstUnit;
        const bool after = adjacent(article, candidate.unit, member.lastUnit()) && candidate.unit > member.lastUnit();
        if (!before && !after)
            continue;
        const int first = before ? candidate.unit : member.firstUnit;
        if (restates(article, candidate.unit, before ? member.firstUnit : member.lastUnit()))
            continue;
        const double current = spanSimilarity(article, member.firstUnit, member.unitCount, cluster);
        const double extended = spanSimilarity(article, first, member.unitCount + 1, cluster);
        if (extended > current + extensionGain) {
            assigned[size_t(candidate.unit)] = candidate.cluster;
            member.firstUnit = first;
            ++member.unitCount;
        }
    }

    // 2. Two adjacent sentences that only together tell a passage.
    for (int u = 0; u + 1 < unitCount; ++u) {
        if (assigned[size_t(u)] >= 0 || assigned[size_t(u + 1)] >= 0 || !adjacent(article, u, u + 1)
            || statesOtherValue(units[size_t(u)], units[size_t(u + 1)]))
            continue;
        int best = -1;
        double bestSimilarity = 0;
        const auto [begin, end] = candidatesOfUnit[size_t(u)];
        for (size_t i = begin; i < end; ++i) {
            const int c = candidates[i].cluster;
            if (ranges.count(c))
                continue;
            const double second = similarityOf(u + 1, c);
            if (second <= 0)
                continue;
            const double together = spanSimilarity(article, u, 2, m_clusters[size_t(c)]);
            if (together >= m_options.joinThreshold
                && together > std::max<double>(candidates[i].similarity, second) + extensionGain
                && (together > bestSimilarity || (together == bestSimilarity && c < best))) {
                best = c;
                bestSimilarity = together;
            }
        }
        if (best >= 0) {
            assigned[size_t(u)] = assigned[size_t(u + 1)] = best;
            ranges.emplace(best, ClusterMember{article, u, 2});
        }
    }

    // 3. A sentence alone in its passage that also tells another one (an outlet's merge).
    std::vector<std::pair<int, int>> secondaries;   // (cluster, unit)
    std::vector<char> secondaryTaken;
    for (int u = 0; u < unitCount; ++u) {
        const int primary = assigned[size_t(u)];
        if (primary < 0 || ranges.at(primary).unitCount != 1)
            continue;
        int best = -1;
        float bestSimilarity = 0;
        const auto [begin, end] = candidatesOfUnit[size_t(u)];
        for (size_t i = begin; i < end; ++i) {
            const Candidate &candidate = candidates[i];
            if (candidate.cluster == primary || ranges.count(candidate.cluster)
                || candidate.similarity <= bestSimilarity)
                continue;
            const bool taken = std::any_of(secondaries.cbegin(), secondaries.cend(),
                                           [&](const auto &s) { return s.first == candidate.cluster; });
            if (!taken && secondaryFits(article, u, m_clusters[size_t(primary)], m_clusters[size_t(candidate.cluster)])) {
                best = candidate.cluster;
                bestSimilarity = candidate.similarity;
            }
        }
        if (best >= 0)
            secondaries.emplace_back(best, u);
    }

    // 4. Commit: profiles change only now, so every sentence of this article was compared
    //    with the same state; sentences matching nothing start passages of their own.
    std::vector<std::pair<int, ClusterMember>> ordered(ranges.cbegin(), ranges.cend());
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[cluster, member] : ordered)
        addToCluster(cluster, article, member.firstUnit, member.unitCount);
    for (const auto &[cluster, unit] : secondaries)
        linkSecondary(cluster, article, unit);
    for (int u = 0; u < unitCount; ++u) {
        if (assigned[size_t(u)] < 0)
            newCluster(article, u);
    }
}

/// Whether two passages can become one: every outlet telling both has them side by side.
/// `shared` receives the number of such outlets.
bool Aligner::joinable(const Cluster &a, const Cluster &b, int *shared) const
{
    int count = 0;
    for (const ClusterMember &x : a.members) {
        const ClusterMember *y = b.memberOf(x.article);
        if (!y)
            continue;
        ++count;
        if (!adjacent(x.article, x.lastUnit(), y->firstUnit) && !adjacent(x.article, y->lastUnit(), x.firstUnit))
            return false;
        if (x.unitCount == 1 && y->unitCount == 1 && restates(x.article, x.firstUnit, y->firstUnit))
            return false;
    }
    if (shared)
        *shared = count;
    return true;
}

/// Moves `gone`'s members into `keep` (runs of one outlet side by side become one run).
void Aligner::absorb(Cluster &keep, Cluster &gone)
{
    for (const ClusterMember &b : gone.members) {
        auto it = std::find_if(keep.members.begin(), keep.members.end(),
                               [&](const ClusterMember &m) { return m.article == b.article; });
        if (it == keep.members.end()) {
            keep.members.push_back(b);
        } else {
            it->firstUnit = std::min(it->firstUnit, b.firstUnit);
            it->unitCount += b.unitCount;
        }
    }
    std::sort(keep.members.begin(), keep.members.end(),
              [](const ClusterMember &x, const ClusterMember &y) { return x.article < y.article; });
    addInto(keep.profile, gone.profile, 1.0f);
    mergeAnchors(keep.anchors, gone.anchors);
    keep.norm2 = squaredNorm(keep.profile);
    keep.nameFloor = nameFloorOf(keep);
    keep.secondaries.insert(keep.secondaries.end(), gone.secondaries.begin(), gone.secondaries.end());
    std::erase_if(keep.secondaries, [&](const SecondaryLink &link) { return keep.memberOf(link.article) != nullptr; });
    gone.alive = false;
    gone.members.clear();
    gone.secondaries.clear();
}

/// A passage two or more of whose members are runs of several sentences may have been started
/// by an outlet that merged two statements: split it so that each sentence of those runs gets
/// its own passage, and a merging outlet's sentence becomes primary in one part and secondary
/// in the others. Where most outlets do tell the statements as one, mergeByMajority() joins
/// the parts again.
void Aligner::splitMergedGrain()
{
    const size_t clusterCount = m_clusters.size();
    for (size_t c = 0; c < clusterCount; ++c) {
        if (canceled())
            return;
        if (!m_clusters[c].alive)
            continue;
        const std::vector<ClusterMember> members = m_clusters[c].members;
        int multi = 0;
        std::unordered_map<int, int> countOfSize;
        for (const ClusterMember &member : members) {
            if (member.unitCount > 1) {
                ++multi;
                ++countOfSize[member.unitCount];
            }
        }
        if (multi < 2)
            continue;
        int parts = 0;
        int partsCount = 0;
        for (const auto &[size, count] : countOfSize) {
            if (count > partsCount || (count == partsCount && size < parts)) {
                parts = size;
                partsCount = count;
            }
        }

        // Seed the parts with the first member of the majority size, then let each member of
        // that size give one sentence to each part, in the pairing that matches best.
        std::vector<Cluster> split(static_cast<size_t>(parts));
        bool seeded = false;
        std::vector<SecondaryLink> secondaries = m_clusters[c].secondaries;
        const auto addUnit = [&](Cluster &part, int article, int unit) {
            const Unit &u = m_units[size_t(article)].units[size_t(unit)];
            addInto(part.profile, u.terms, 1.0f);
            mergeAnchors(part.anchors, u.anchors);
            part.norm2 = squaredNorm(part.profile);
            part.members.push_back({article, unit, 1});
        };
        for (const ClusterMember &member : members) {
            if (member.unitCount != parts)
                continue;
            std::vector<int> order(static_cast<size_t>(parts));
            std::iota(order.begin(), order.end(), 0);
            if (seeded) {
                // Greedy pairing of this member's sentences with the parts, best first.
                std::vector<std::tuple<double, int, int>> pairs;   // similarity, sentence, part
                for (int i = 0; i < parts; ++i) {
                    const Unit &u = m_units[size_t(member.article)].units[size_t(member.firstUnit + i)];
                    for (int p = 0; p < parts; ++p)
                        pairs.emplace_back(similarity(u.terms, 1.0, split[size_t(p)]), i, p);
                }
                std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
                    return std::get<0>(a) > std::get<0>(b)
                        || (std::get<0>(a) == std::get<0>(b) && std::make_pair(std::get<1>(a), std::get<2>(a)) < std::make_pair(std::get<1>(b), std::get<2>(b)));
                });
                std::vector<char> sentenceUsed(size_t(parts), 0);
                std::vector<char> partUsed(size_t(parts), 0);
                for (const auto &[sim, i, p] : pairs) {
                    if (sentenceUsed[size_t(i)] || partUsed[size_t(p)])
                        continue;
                    sentenceUsed[size_t(i)] = partUsed[size_t(p)] = 1;
                    order[size_t(i)] = p;
                }
            }
            seeded = true;
            for (int i = 0; i < parts; ++i)
                addUnit(split[size_t(order[size_t(i)])], member.article, member.firstUnit + i);
        }

        // The other members: each sentence to the part it matches best; a part takes one run
        // per article, and a sentence that fits no part starts its own passage.
        std::vector<std::pair<int, int>> alone;   // (article, unit)
        std::vector<std::tuple<int, int, int>> secondaryLinks;   // part, article, unit
        for (const ClusterMember &member : members) {
            if (member.unitCount == parts)
                continue;
            for (int unit = member.firstUnit; unit <= member.lastUnit(); ++unit) {
                const Unit &u = m_units[size_t(member.article)].units[size_t(unit)];
                int best = -1;
                double bestSimilarity = 0;
                for (int p = 0; p < parts; ++p) {
                    const double sim = similarity(u.terms, 1.0, split[size_t(p)]);
                    if (sim > bestSimilarity) {
                        best = p;
                        bestSimilarity = sim;
                    }
                }
                Cluster *target = best >= 0 ? &split[size_t(best)] : nullptr;
                if (target && bestSimilarity >= m_options.pieceThreshold) {
                    ClusterMember *existing = nullptr;
                    for (ClusterMember &m : target->members) {
                        if (m.article == member.article)
                            existing = &m;
                    }
                    if (!existing) {
                        target->members.push_back({member.article, unit, 1});
                    } else if (existing->lastUnit() + 1 == unit) {
                        ++existing->unitCount;
                    } else {
                        alone.emplace_back(member.article, unit);
                        continue;
                    }
                    // The secondary test looks at the words the part does not have yet.
                    if (member.unitCount == 1) {
                        for (int p = 0; p < parts; ++p) {
                            const auto &partMembers = split[size_t(p)].members;   // not sorted yet
                            const bool told = std::any_of(partMembers.cbegin(), partMembers.cend(),
                                                          [&](const ClusterMember &m) { return m.article == member.article; });
                            if (p != best && !told
                                && secondaryFits(member.article, unit, *target, split[size_t(p)]))
                                secondaryLinks.emplace_back(p, member.article, unit);
                        }
                    }
                    addInto(target->profile, u.terms, 1.0f);
                    mergeAnchors(target->anchors, u.anchors);
                    target->norm2 = squaredNorm(target->profile);
                } else {
                    alone.emplace_back(member.article, unit);
                }
            }
        }

        // Replace the cluster by its parts; the old secondaries go to the part they fit best.
        m_clusters[c].alive = false;
        std::vector<int> partIndex(static_cast<size_t>(parts));
        for (int p = 0; p < parts; ++p) {
            partIndex[size_t(p)] = int(m_clusters.size());
            Cluster part = std::move(split[size_t(p)]);
            std::sort(part.members.begin(), part.members.end(),
                      [](const ClusterMember &a, const ClusterMember &b) { return a.article < b.article; });
            m_clusters.push_back(std::move(part));
        }
        for (const auto &[p, article, unit] : secondaryLinks)
            linkSecondary(partIndex[size_t(p)], article, unit);
        for (const SecondaryLink &link : secondaries) {
            int best = -1;
            double bestSimilarity = 0;
            const Unit &u = m_units[size_t(link.article)].units[size_t(link.unit)];
            for (int p = 0; p < parts; ++p) {
                const Cluster &part = m_clusters[size_t(partIndex[size_t(p)])];
                const double sim = similarity(u.terms, 1.0, part);
                if (!part.memberOf(link.article) && sim > bestSimilarity) {
                    best = p;
                    bestSimilarity = sim;
                }
            }
            if (best >= 0)
                linkSecondary(partIndex[size_t(best)], link.article, link.unit);
        }
        for (const auto &[article, unit] : alone) {
            Cluster cluster;
            cluster.profile = m_units[size_t(article)].units[size_t(unit)].terms;
            cluster.anchors = m_units[size_t(article)].units[size_t(unit)].anchors;
            cluster.norm2 = squaredNorm(cluster.profile);
            cluster.members.push_back({article, unit, 1});
            m_clusters.push_back(std::move(cluster));
        }
    }
}

/// Single-pass clustering can start two passages for one statement: an early outlet's trimmed
/// rendering matches the full one too weakly, and the later outlets gather around the full
/// one (or an outlet that split the statement puts its halves in both). Passages that are
/// joinable() and whose centroids are as similar as a sentence must be to join a passage are
/// merged, most similar first.
void Aligner::mergeDisjointTwins()
{
    Postings postings;
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        if (!m_clusters[c].alive)
            continue;
        for (const Term &term : m_clusters[c].profile)
            postings[term.key].push_back(int(c));
    }
    struct Pair {
        double similarity;
        int first;
        int second;
    };
    std::vector<Pair> pairs;
    std::vector<Pair> found;
    std::vector<int> seen(m_clusters.size(), -1);
    std::vector<const std::vector<int> *> query;
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        if ((c & 15) == 0 && canceled())
            return;
        const Cluster &cluster = m_clusters[c];
        if (!cluster.alive)
            continue;
        rarestPostings(cluster.profile, postings, query);
        found.clear();
        for (const std::vector<int> *list : query) {
            const std::vector<int> &posting = *list;
            const size_t scan = std::min(posting.size(), postingsCap);
            for (size_t i = 0; i < scan; ++i) {
                const int d = posting[i];
                if (size_t(d) <= c || seen[size_t(d)] == int(c))
                    continue;
                seen[size_t(d)] = int(c);
                const Cluster &other = m_clusters[size_t(d)];
                const double sim = cosine(cluster.profile, cluster.norm2, other.profile, other.norm2, Overlap::Required,
                                          cluster.nameFloor, other.nameFloor);
                if (sim >= m_options.joinThreshold && joinable(cluster, other))
                    found.push_back({sim, int(c), d});
            }
        }
        // As for sentences, only the closest few are worth keeping.
        const auto closer = [](const Pair &a, const Pair &b) {
            return a.similarity > b.similarity || (a.similarity == b.similarity && a.second < b.second);
        };
        if (found.size() > maxCandidates) {
            std::partial_sort(found.begin(), found.begin() + maxCandidates, found.end(), closer);
            found.resize(maxCandidates);
        }
        pairs.insert(pairs.end(), found.begin(), found.end());
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        return std::make_pair(a.first, a.second) < std::make_pair(b.first, b.second);
    });

    // Union-find over clusters; a union happens only while the passages stay joinable.
    std::vector<int> parent(m_clusters.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (const Pair &pair : pairs) {
        const int a = find(pair.first);
        const int b = find(pair.second);
        if (a == b)
            continue;
        Cluster &keep = m_clusters[size_t(std::min(a, b))];
        Cluster &gone = m_clusters[size_t(std::max(a, b))];
        if (!joinable(keep, gone))
            continue;
        parent[size_t(std::max(a, b))] = std::min(a, b);
        absorb(keep, gone);
    }
}

/// Two passages joined by merged sentences in at least as many outlets as keep them apart
/// become one passage, when every outlet that keeps them apart has them next to each other.
void Aligner::mergeByMajority()
{
    // Secondary links, in a fixed order: (secondary cluster, its primary cluster) pairs.
    std::vector<std::vector<int>> clusterOfUnit(m_units.size());
    for (size_t a = 0; a < m_units.size(); ++a)
        clusterOfUnit[a].assign(m_units[a].units.size(), -1);
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        if (!m_clusters[c].alive)
            continue;
        for (const ClusterMember &member : m_clusters[c].members) {
            for (int u = member.firstUnit; u <= member.lastUnit(); ++u)
                clusterOfUnit[size_t(member.article)][size_t(u)] = int(c);
        }
    }
    std::vector<std::pair<int, int>> pairs;
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        if (!m_clusters[c].alive)
            continue;
        for (const SecondaryLink &link : m_clusters[c].secondaries) {
            const int primary = clusterOfUnit[size_t(link.article)][size_t(link.unit)];
            if (primary >= 0 && primary != int(c))
                pairs.emplace_back(std::min(primary, int(c)), std::max(primary, int(c)));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    for (const auto &[first, second] : pairs) {
        if (canceled())
            return;
        Cluster &p = m_clusters[size_t(first)];
        Cluster &q = m_clusters[size_t(second)];
        if (!p.alive || !q.alive)
            continue;
        int merged = 0;
        const auto countLinks = [&](const Cluster &secondaryOf, const Cluster &primaryOf) {
            for (const SecondaryLink &link : secondaryOf.secondaries) {
                const ClusterMember *member = primaryOf.memberOf(link.article);
                if (member && member->unitCount == 1 && member->firstUnit == link.unit)
                    ++merged;
            }
        };
        countLinks(q, p);
        countLinks(p, q);
        int apart = 0;
        if (merged == 0 || !joinable(p, q, &apart) || merged < apart)
            continue;
        absorb(p, q);
    }
}

Alignment Aligner::buildAlignment()
{
    const int articleCount = int(m_articles.size());
    Alignment alignment;
    alignment.passageBySentence.resize(articleCount);
    for (int a = 0; a < articleCount; ++a)
        alignment.passageBySentence[a].fill(-1, m_segmentations.at(a).sentences.size());

    // Passages from live clusters, in cluster order for now; secondaries only where the article
    // has no primary member.
    QList<Passage> passages;
    for (const Cluster &cluster : m_clusters) {
        if (!cluster.alive || cluster.members.empty())
            continue;
        Passage passage;
        for (const ClusterMember &member : cluster.members) {
            const std::vector<Unit> &units = m_units[size_t(member.article)].units;
            PassageMember out;
            out.article = ArticleId(member.article);
            out.firstSentence = units[size_t(member.firstUnit)].sentence;
            out.sentenceCount = units[size_t(member.lastUnit())].sentence - out.firstSentence + 1;
            passage.members.append(out);
        }
        for (const SecondaryLink &link : cluster.secondaries) {
            if (cluster.memberOf(link.article))
                continue;
            PassageMember out;
            out.article = ArticleId(link.article);
            out.firstSentence = m_units[size_t(link.article)].units[size_t(link.unit)].sentence;
            out.sentenceCount = 1;
            out.primary = false;
            passage.members.append(out);
        }
        std::stable_sort(passage.members.begin(), passage.members.end(),
                         [](const PassageMember &a, const PassageMember &b) { return a.article < b.article; });
        passages.append(passage);
    }
    for (qsizetype p = 0; p < passages.size(); ++p) {
        for (const PassageMember &member : std::as_const(passages[p].members)) {
            if (!member.primary)
                continue;
            QList<int> &bySentence = alignment.passageBySentence[member.article.value()];
            for (qsizetype s = member.firstSentence; s < member.firstSentence + member.sentenceCount; ++s)
                bySentence[s] = int(p);
        }
    }

    // Sentences without content words join the run before them, else the one after them,
    // else stand alone.
    const auto memberIn = [&](int passage, int article) -> PassageMember * {
        for (PassageMember &member : passages[passage].members) {
            if (member.primary && member.article.value() == article)
                return &member;
        }
        return nullptr;
    };
    for (int a = 0; a < articleCount; ++a) {
        const QList<Sentence> &sentences = m_segmentations.at(a).sentences;
        QList<int> &bySentence = alignment.passageBySentence[a];
        for (qsizetype s = 1; s < sentences.size(); ++s) {
            if (sentences.at(s).boilerplate || bySentence.at(s) >= 0 || bySentence.at(s - 1) < 0)
                continue;
            PassageMember *member = memberIn(bySentence.at(s - 1), a);
            if (member && member->firstSentence + member->sentenceCount == s) {
                ++member->sentenceCount;
                bySentence[s] = bySentence.at(s - 1);
            }
        }
        for (qsizetype s = sentences.size() - 2; s >= 0; --s) {
            if (sentences.at(s).boilerplate || bySentence.at(s) >= 0 || bySentence.at(s + 1) < 0)
                continue;
            PassageMember *member = memberIn(bySentence.at(s + 1), a);
            if (member && member->firstSentence == s + 1) {
                --member->firstSentence;
                ++member->sentenceCount;
                bySentence[s] = bySentence.at(s + 1);
            }
        }
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            if (sentences.at(s).boilerplate || bySentence.at(s) >= 0)
                continue;
            Passage passage;
            PassageMember member;
            member.article = ArticleId(a);
            member.firstSentence = s;
            member.sentenceCount = 1;
            passage.members.append(member);
            bySentence[s] = int(passages.size());
            passages.append(passage);
        }
    }
    for (Passage &passage : passages) {
        for (PassageMember &member : passage.members) {
            const QList<Sentence> &sentences = m_segmentations.at(member.article.value()).sentences;
            member.span = {sentences.at(member.firstSentence).span.start,
                           sentences.at(member.firstSentence + member.sentenceCount - 1).span.end};
        }
    }

    // Confidence: each member's similarity to all the others together.
    for (qsizetype p = 0; p < passages.size(); ++p) {
        if ((p & 63) == 0 && canceled())
            return {};
        Passage &passage = passages[p];
        if (passage.members.size() < 2)
            continue;
        std::vector<TermVector> vectors;
        std::vector<double> norms;
        TermVector total;
        for (const PassageMember &member : std::as_const(passage.members)) {
            const std::vector<Unit> &units = m_units[size_t(member.article.value())].units;
            TermVector sum;
            for (const Unit &unit : units) {
                if (unit.sentence >= member.firstSentence && unit.sentence < member.firstSentence + member.sentenceCount)
                    addInto(sum, unit.terms, unit.norm);
            }
            const double norm2 = squaredNorm(sum);
            TermVector unitVector = sum;
            if (norm2 > 0) {
                for (Term &term : unitVector)
                    term.weight = float(term.weight / std::sqrt(norm2));
            }
            if (member.primary)
                addInto(total, unitVector, 1.0f);
            vectors.push_back(std::move(unitVector));
            norms.push_back(norm2 > 0 ? 1.0 : 0.0);
        }
        // A passage of one primary member and secondaries (another outlet's sentence that
        // merges this statement with its own passage's): for that member, the rest of the
        // passage is its secondaries, not the nothing left of the primary members' sum.
        const bool primaryAlone = passage.primaryCount() == 1;
        for (qsizetype m = 0; m < passage.members.size(); ++m) {
            TermVector others = total;
            if (passage.members.at(m).primary)
                addInto(others, vectors[size_t(m)], -1.0f);
            if (primaryAlone && passage.members.at(m).primary) {
                for (qsizetype o = 0; o < passage.members.size(); ++o) {
                    if (o != m)
                        addInto(others, vectors[size_t(o)], 1.0f);
                }
            }
            passage.members[m].confidence =
                cosine(vectors[size_t(m)], norms[size_t(m)], others, squaredNorm(others), Overlap::Any);
        }
        passage.reference = passage.bestReference();
    }

    // Reading order: a linked list seeded with the first article's order; each later article
    // inserts the passages it is first to tell after their predecessor in its own text.
    const int passageCount = int(passages.size());
    const int head = passageCount;
    std::vector<int> next(size_t(passageCount) + 1, -1);
    std::vector<char> placed(size_t(passageCount), 0);
    for (int a = 0; a < articleCount; ++a) {
        int previous = head;
        const QList<int> &bySentence = alignment.passageBySentence.at(a);
        for (qsizetype s = 0; s < bySentence.size(); ++s) {
            const int p = bySentence.at(s);
            if (p < 0 || (s > 0 && bySentence.at(s - 1) == p))
                continue;
            if (!placed[size_t(p)]) {
                placed[size_t(p)] = 1;
                next[size_t(p)] = next[size_t(previous)];
                next[size_t(previous)] = p;
            }
            previous = p;
        }
    }
    std::vector<int> newIndex(size_t(passageCount), -1);
    alignment.passages.reserve(passageCount);
    for (int p = next[size_t(head)]; p >= 0; p = next[size_t(p)]) {
        newIndex[size_t(p)] = int(alignment.passages.size());
        alignment.passages.append(std::move(passages[p]));
    }
    for (qsizetype i = 0; i < alignment.passages.size(); ++i)
        alignment.passages[i].id = int(i);
    for (QList<int> &bySentence : alignment.passageBySentence) {
        for (int &p : bySentence) {
            if (p >= 0)
                p = newIndex[size_t(p)];
        }
    }
    return alignment;
}

Alignment Aligner::run()
{
    const int articleCount = int(m_articles.size());
    // Steps for progress: one per article for the units, one per article for the clustering,
    // one per article for the diffs.
    const int total = 3 * articleCount + 1;
    const auto report = [&](int done) {
        if (m_progress)
            m_progress(done, total);
    };
    prepareUnits();
    if (canceled())
        return {};
    report(articleCount);
    for (int a = 0; a < articleCount; ++a) {
        if (canceled())
            return {};
        assignArticle(a);
        if ((a & 15) == 15)
            report(articleCount + a + 1);
    }
    splitMergedGrain();
    mergeDisjointTwins();
    mergeByMajority();
    if (canceled())
        return {};
    Alignment alignment = buildAlignment();
    report(2 * articleCount);
    if (canceled())
        return {};
    // The diffs read only the segmentations: the clustering's sentence vectors, profiles and
    // postings (tens of megabytes at 2,000 outlets) go before the diffs add theirs, so the
    // analysis peaks lower while it holds the story's figures for the fact stage.
    std::vector<Cluster>().swap(m_clusters);
    Postings().swap(m_postings);
    std::vector<ArticleUnits>().swap(m_units);

    // Status and word diffs, passage by passage on all cores.
    std::atomic<bool> stop = false;
    std::atomic<int> diffed = 0;
    const qsizetype passageCount = alignment.passages.size();
    QtConcurrent::blockingMap(workPool(), alignment.passages, [&](Passage &passage) {
        if (stop.load(std::memory_order_relaxed))
            return;
        if (canceled()) {
            stop = true;
            return;
        }
        const PassageMember &reference = passage.referenceMember();
        const Segmentation &referenceSegmentation = m_segmentations.at(reference.article.value());
        bool identical = passage.primaryCount() == passage.members.size();
        for (qsizetype m = 0; m < passage.members.size(); ++m) {
            if (m == passage.reference)
                continue;
            if ((m & 63) == 63 && canceled()) {   // passages of 2,000 outlets take a while
                stop = true;
                return;
            }
            PassageMember &member = passage.members[m];
            const Segmentation &segmentation = m_segmentations.at(member.article.value());
            if (m_options.computeDiffs)
                member.diff = diffSpans(referenceSegmentation, reference.span, segmentation, member.span);
            if (identical)
                identical = sameWords(referenceSegmentation, reference.span, segmentation, member.span);
        }
        passage.status = passage.members.size() < 2 ? PassageStatus::Unique
                         : identical                ? PassageStatus::Identical
                                                    : PassageStatus::Reworded;
        const int done = ++diffed;
        if (passageCount > 0 && done % 256 == 0)
            report(2 * articleCount + int(qint64(done) * articleCount / passageCount));
    });
    if (stop || canceled())
        return {};
    report(total);
    return alignment;
}

} // namespace

Alignment alignStory(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                     const AlignmentOptions &options, const std::function<bool()> &isCanceled,
                     const std::function<void(int, int)> &progress)
{
    if (articles.size() != segmentations.size())
        return {};
    return Aligner(articles, segmentations, options, isCanceled, progress).run();
}

} // namespace Crossread
