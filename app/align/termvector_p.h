// SPDX-License-Identifier: GPL-3.0-or-later
// Sparse weighted term vectors of sentences and passages, and their similarity: what the
// aligner (alignment.cpp) measures everything with. Private to app/align/.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace Crossread::AlignTerms {

// ---------------------------------------------------------------------------------------------
// Sparse term vectors, sorted by key

struct Term {
    quint64 key = 0;
    float weight = 0;
    bool name = false;   ///< a capitalised word inside a sentence: most likely part of a name
    /// A weekday or month: capitalised and weighed like a name, but it says when, not whom a
    /// sentence is about (see cosine()).
    bool when = false;
};
using TermVector = std::vector<Term>;

inline double squaredNorm(const TermVector &v)
{
    double sum = 0;
    for (const Term &term : v)
        sum += double(term.weight) * double(term.weight);
    return sum;
}

/// sum += scale * v; the keys new to `sum` are appended to `added` when given.
inline void addInto(TermVector &sum, const TermVector &v, float scale, std::vector<quint64> *added = nullptr)
{
    TermVector out;
    out.reserve(sum.size() + v.size());
    auto i = sum.cbegin();
    auto j = v.cbegin();
    while (i != sum.cend() || j != v.cend()) {
        if (j == v.cend() || (i != sum.cend() && i->key < j->key)) {
            out.push_back(*i++);
        } else if (i == sum.cend() || j->key < i->key) {
            out.push_back({j->key, scale * j->weight, j->name, j->when});
            if (added)
                added->push_back(j->key);
            ++j;
        } else {
            out.push_back({i->key, i->weight + scale * j->weight, i->name || j->name, i->when && j->when});
            ++i;
            ++j;
        }
    }
    sum.swap(out);
}

/// Two sentences that both name someone or something, but nobody in common, are about
/// different things however alike their other words ("A spokeswoman for X declined to
/// comment" and the same of Y): their similarity is scaled by this factor.
constexpr double foreignNamesFactor = 0.6;

inline bool hasName(const TermVector &v)
{
    return std::any_of(v.cbegin(), v.cend(), [](const Term &term) { return term.name; });
}

/// Whether a vector names someone or something, not only a day or a month.
inline bool hasEntity(const TermVector &v)
{
    return std::any_of(v.cbegin(), v.cend(), [](const Term &term) { return term.name && !term.when; });
}

/// Whether two vectors share enough words to tell one statement: two, or the only word of a
/// short one. A single word in common ("three", "wait", "possible") is a coincidence however
/// rare it is: with BM25 weights it alone can lift the cosine of two short sentences over the
/// threshold ("3 QH." and "the three previous games", "Wait there's more." and "is still
/// waiting for his first interception").
inline bool enoughInCommon(qsizetype shared, qsizetype aSize, qsizetype bSize)
{
    if (shared >= 2)
        return true;
    return shared == 1 && std::min(aSize, bSize) == 1 && std::max(aSize, bSize) <= 3;
}

/// Whether cosine() asks for enoughInCommon(): not for the words a sentence has beyond its own
/// passage, which are few by construction and already anchored by that passage.
enum class Overlap { Required, Any };

/// Cosine similarity of weighted term vectors, lowered when both name things and share none
/// (a day or a month they share counts only while one of them names nobody: "The city said on
/// Tuesday that the plan would close the Harwick library" and "… raise parking fees for Orlin
/// visitors" name two things, however alike their dates; "On Friday, officers shut the street"
/// names nothing but the day);
/// zero when they have too little in common (see enoughInCommon()), unless `overlap` is Any.
/// A name counts as shared only where its weight reaches the side's floor: a passage's profile
/// sums its members, and a name that one member of many brings does not say whom the passage
/// is about (see Cluster::nameFloor).
inline double cosine(const TermVector &a, double aNorm2, const TermVector &b, double bNorm2,
              Overlap overlap = Overlap::Required, float aNameFloor = 0, float bNameFloor = 0)
{
    if (aNorm2 <= 0 || bNorm2 <= 0)
        return 0;
    double sum = 0;
    qsizetype shared = 0;
    bool sharedName = false;
    bool sharedDay = false;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->key < j->key) {
            ++i;
        } else if (j->key < i->key) {
            ++j;
        } else {
            sum += double(i->weight) * double(j->weight);
            ++shared;
            if (i->name && j->name && i->weight >= aNameFloor && j->weight >= bNameFloor) {
                if (i->when || j->when)
                    sharedDay = true;
                else
                    sharedName = true;
            }
            ++i;
            ++j;
        }
    }
    if (overlap == Overlap::Required && !enoughInCommon(shared, qsizetype(a.size()), qsizetype(b.size())))
        return 0;
    double similarity = std::clamp(sum / std::sqrt(aNorm2 * bNorm2), 0.0, 1.0);
    if (!sharedName && hasName(a) && hasName(b) && !(sharedDay && !(hasEntity(a) && hasEntity(b))))
        similarity *= foreignNamesFactor;
    return similarity;
}

using Postings = std::unordered_map<quint64, std::vector<int>>;

/// How many words of a sentence look up candidate passages.
constexpr size_t queryTerms = 8;

/// The postings of up to queryTerms of the vector's words, shortest first: the words fewest
/// passages share tell the most about which passage a sentence belongs to, and reading only
/// them keeps the lookups cheap however large the story grows.
inline void rarestPostings(const TermVector &terms, const Postings &postings, std::vector<const std::vector<int> *> &out)
{
    out.clear();
    for (const Term &term : terms) {
        const auto it = postings.find(term.key);
        if (it != postings.end())
            out.push_back(&it->second);
    }
    const size_t take = std::min(out.size(), queryTerms);
    // Ties keep the order of the keys, so the choice is the same in every run.
    std::stable_sort(out.begin(), out.end(), [](const std::vector<int> *a, const std::vector<int> *b) {
        return a->size() < b->size();
    });
    out.resize(take);
}

} // namespace Crossread::AlignTerms
