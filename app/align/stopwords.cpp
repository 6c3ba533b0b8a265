// SPDX-License-Identifier: GPL-3.0-or-later
// A compact stop list written for news prose: the closed word classes of English plus the
// reporting verbs and time fillers every outlet uses ("said", "told", "also", "now"), which
// would otherwise make unrelated sentences of one story look alike.
#include "align/stopwords_p.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>
#include <iterator>

namespace Crossread::Detail {
namespace {

// Sorted (the lookup is a binary search); lower case ASCII.
constexpr std::array stopWords = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either",
    "even", "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
    "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must",
    "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
    "or", "other", "our", "ours", "ourselves", "out", "over", "own", "per", "said", "same", "says",
    "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through",
    "to", "told", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yet", "you", "your", "yours", "yourself",
};

constexpr bool lessThan(const char *left, const char *right)
{
    for (; *left && *left == *right; ++left, ++right) {}
    return static_cast<unsigned char>(*left) < static_cast<unsigned char>(*right);
}

constexpr bool isSorted()
{
    for (size_t i = 1; i < stopWords.size(); ++i) {
        if (!lessThan(stopWords[i - 1], stopWords[i]))
            return false;
    }
    return true;
}
static_assert(isSorted(), "the stop list must stay sorted for the binary search");

} // namespace

bool isStopWord(QStringView word)
{
    constexpr qsizetype longest = 12;
    if (word.isEmpty() || word.size() > longest)
        return false;
    char folded[longest];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            folded[i] = char(c - u'A' + u'a');
        else if (c >= u'a' && c <= u'z')
            folded[i] = char(c);
        else
            return false;
    }
    const QLatin1StringView key(folded, word.size());
    return std::binary_search(std::begin(stopWords), std::end(stopWords), key,
                              [](const auto &left, const auto &right) {
                                  return QLatin1StringView(left) < QLatin1StringView(right);
                              });
}

} // namespace Crossread::Detail
