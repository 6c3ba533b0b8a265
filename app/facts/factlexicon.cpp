// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/factlexicon.h"

#include "facts/factscan.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace Crossread::FactLexicon {
namespace {

using namespace std::string_view_literals;

struct Named {
    std::string_view name;
    Entry entry;
};

// Looked up through a hash table over a buffer lower-cased on the stack, so no word allocates.
constexpr std::array keywords = {
    Named{"ago"sv, {Kind::Relative, Ago}},
    Named{"apr"sv, {Kind::Month, 4}},
    Named{"april"sv, {Kind::Month, 4}},
    Named{"aug"sv, {Kind::Month, 8}},
    Named{"august"sv, {Kind::Month, 8}},
    Named{"before"sv, {Kind::Relative, Before}},
    Named{"billion"sv, {Kind::Magnitude, 9}},
    Named{"billions"sv, {Kind::Vague, 9}},
    Named{"couple"sv, {Kind::Vague, 0}},
    Named{"dec"sv, {Kind::Month, 12}},
    Named{"december"sv, {Kind::Month, 12}},
    Named{"dozen"sv, {Kind::Magnitude, 0}},
    Named{"dozens"sv, {Kind::Vague, 1}},
    Named{"earlier"sv, {Kind::Relative, Earlier}},
    Named{"eight"sv, {Kind::NumberWord, 8}},
    Named{"eighteen"sv, {Kind::NumberWord, 18}},
    Named{"eighth"sv, {Kind::Fraction, 8}},
    Named{"eighty"sv, {Kind::NumberWord, 80}},
    Named{"eleven"sv, {Kind::NumberWord, 11}},
    Named{"feb"sv, {Kind::Month, 2}},
    Named{"february"sv, {Kind::Month, 2}},
    Named{"fifteen"sv, {Kind::NumberWord, 15}},
    Named{"fifth"sv, {Kind::Fraction, 5}},
    Named{"fifths"sv, {Kind::Fraction, 5}},
    Named{"fifty"sv, {Kind::NumberWord, 50}},
    Named{"five"sv, {Kind::NumberWord, 5}},
    Named{"forty"sv, {Kind::NumberWord, 40}},
    Named{"four"sv, {Kind::NumberWord, 4}},
    Named{"fourteen"sv, {Kind::NumberWord, 14}},
    Named{"fri"sv, {Kind::Weekday, 5}},
    Named{"friday"sv, {Kind::Weekday, 5}},
    Named{"half"sv, {Kind::Fraction, 2}},
    Named{"handful"sv, {Kind::Vague, 0}},
    Named{"hundred"sv, {Kind::Magnitude, 2}},
    Named{"hundreds"sv, {Kind::Vague, 2}},
    Named{"jan"sv, {Kind::Month, 1}},
    Named{"january"sv, {Kind::Month, 1}},
    Named{"jul"sv, {Kind::Month, 7}},
    Named{"july"sv, {Kind::Month, 7}},
    Named{"jun"sv, {Kind::Month, 6}},
    Named{"june"sv, {Kind::Month, 6}},
    Named{"last"sv, {Kind::Relative, Last}},
    Named{"many"sv, {Kind::Vague, 0}},
    Named{"mar"sv, {Kind::Month, 3}},
    Named{"march"sv, {Kind::Month, 3}},
    Named{"may"sv, {Kind::Month, 5}},
    Named{"midday"sv, {Kind::Clock, 720}},
    Named{"midnight"sv, {Kind::Clock, 0}},
    Named{"million"sv, {Kind::Magnitude, 6}},
    Named{"millions"sv, {Kind::Vague, 6}},
    Named{"mon"sv, {Kind::Weekday, 1}},
    Named{"monday"sv, {Kind::Weekday, 1}},
    Named{"multiple"sv, {Kind::Vague, 0}},
    Named{"next"sv, {Kind::Relative, Next}},
    Named{"nine"sv, {Kind::NumberWord, 9}},
    Named{"nineteen"sv, {Kind::NumberWord, 19}},
    Named{"ninety"sv, {Kind::NumberWord, 90}},
    Named{"noon"sv, {Kind::Clock, 720}},
    Named{"nov"sv, {Kind::Month, 11}},
    Named{"november"sv, {Kind::Month, 11}},
    Named{"numerous"sv, {Kind::Vague, 0}},
    Named{"oct"sv, {Kind::Month, 10}},
    Named{"october"sv, {Kind::Month, 10}},
    Named{"one"sv, {Kind::NumberWord, 1}},
    Named{"past"sv, {Kind::Relative, Previous}},
    Named{"previous"sv, {Kind::Relative, Previous}},
    Named{"prior"sv, {Kind::Relative, Previous}},
    Named{"quarter"sv, {Kind::Fraction, 4}},
    Named{"quarters"sv, {Kind::Fraction, 4}},
    Named{"sat"sv, {Kind::Weekday, 6}},
    Named{"saturday"sv, {Kind::Weekday, 6}},
    Named{"sep"sv, {Kind::Month, 9}},
    Named{"sept"sv, {Kind::Month, 9}},
    Named{"september"sv, {Kind::Month, 9}},
    Named{"seven"sv, {Kind::NumberWord, 7}},
    Named{"seventeen"sv, {Kind::NumberWord, 17}},
    Named{"seventy"sv, {Kind::NumberWord, 70}},
    Named{"several"sv, {Kind::Vague, 0}},
    Named{"six"sv, {Kind::NumberWord, 6}},
    Named{"sixteen"sv, {Kind::NumberWord, 16}},
    Named{"sixty"sv, {Kind::NumberWord, 60}},
    Named{"sun"sv, {Kind::Weekday, 7}},
    Named{"sunday"sv, {Kind::Weekday, 7}},
    Named{"ten"sv, {Kind::NumberWord, 10}},
    Named{"tens"sv, {Kind::Vague, 1}},
    Named{"tenth"sv, {Kind::Fraction, 10}},
    Named{"third"sv, {Kind::Fraction, 3}},
    Named{"thirds"sv, {Kind::Fraction, 3}},
    Named{"thirteen"sv, {Kind::NumberWord, 13}},
    Named{"thirty"sv, {Kind::NumberWord, 30}},
    Named{"this"sv, {Kind::Relative, This}},
    Named{"thousand"sv, {Kind::Magnitude, 3}},
    Named{"thousands"sv, {Kind::Vague, 3}},
    Named{"three"sv, {Kind::NumberWord, 3}},
    Named{"thu"sv, {Kind::Weekday, 4}},
    Named{"thurs"sv, {Kind::Weekday, 4}},
    Named{"thursday"sv, {Kind::Weekday, 4}},
    Named{"today"sv, {Kind::Relative, Today}},
    Named{"tomorrow"sv, {Kind::Relative, Tomorrow}},
    Named{"tonight"sv, {Kind::Relative, Tonight}},
    Named{"trillion"sv, {Kind::Magnitude, 12}},
    Named{"trillions"sv, {Kind::Vague, 12}},
    Named{"tue"sv, {Kind::Weekday, 2}},
    Named{"tues"sv, {Kind::Weekday, 2}},
    Named{"tuesday"sv, {Kind::Weekday, 2}},
    Named{"twelve"sv, {Kind::NumberWord, 12}},
    Named{"twenty"sv, {Kind::NumberWord, 20}},
    Named{"two"sv, {Kind::NumberWord, 2}},
    Named{"wed"sv, {Kind::Weekday, 3}},
    Named{"wednesday"sv, {Kind::Weekday, 3}},
    Named{"yesterday"sv, {Kind::Relative, Yesterday}},
};

constexpr bool isSorted(auto const &table)
{
    for (std::size_t i = 1; i < table.size(); ++i) {
        if (!(table[i - 1].name < table[i].name))
            return false;
    }
    return true;
}

template<std::size_t N>
constexpr bool isSortedList(const std::array<std::string_view, N> &list)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (!(list[i - 1] < list[i]))
            return false;
    }
    return true;
}

constexpr std::array stopWords = {
    "a"sv, "about"sv, "above"sv, "after"sv, "again"sv, "against"sv, "ago"sv, "all"sv, "also"sv,
    "am"sv, "an"sv, "and"sv, "any"sv, "are"sv, "around"sv, "as"sv, "at"sv, "be"sv, "because"sv,
    "been"sv, "before"sv, "being"sv, "below"sv, "between"sv, "both"sv, "but"sv, "by"sv, "can"sv,
    "could"sv, "did"sv, "do"sv, "does"sv, "doing"sv, "down"sv, "during"sv, "each"sv, "either"sv,
    "else"sv, "even"sv, "ever"sv, "every"sv, "few"sv, "for"sv, "from"sv, "further"sv, "had"sv,
    "has"sv, "have"sv, "having"sv, "he"sv, "her"sv, "here"sv, "hers"sv, "him"sv, "his"sv,
    "how"sv, "i"sv, "if"sv, "in"sv, "into"sv, "is"sv, "it"sv, "it's"sv, "its"sv, "just"sv,
    "least"sv, "less"sv, "like"sv, "many"sv, "may"sv, "me"sv, "might"sv, "more"sv, "most"sv,
    "much"sv, "must"sv, "my"sv, "near"sv, "nearly"sv, "no"sv, "nor"sv, "not"sv, "now"sv, "of"sv,
    "off"sv, "on"sv, "once"sv, "one"sv, "only"sv, "or"sv, "other"sv, "our"sv, "ours"sv, "out"sv,
    "over"sv, "own"sv, "per"sv, "same"sv, "shall"sv, "she"sv, "should"sv, "since"sv, "so"sv,
    "some"sv, "such"sv, "than"sv, "that"sv, "the"sv, "their"sv, "theirs"sv, "them"sv, "then"sv,
    "there"sv, "these"sv, "they"sv, "this"sv, "those"sv, "though"sv, "through"sv, "thus"sv,
    "to"sv, "too"sv, "under"sv, "until"sv, "up"sv, "upon"sv, "us"sv, "very"sv, "via"sv, "was"sv,
    "we"sv, "were"sv, "what"sv, "when"sv, "where"sv, "whether"sv, "which"sv, "while"sv, "who"sv,
    "whom"sv, "whose"sv, "why"sv, "will"sv, "with"sv, "within"sv, "without"sv, "would"sv,
    "yet"sv, "you"sv, "your"sv,
};

constexpr std::array labelNouns = {
    "act"sv, "amendment"sv, "apollo"sv, "appendix"sv, "article"sv, "batch"sv, "bus"sv,
    "chapter"sv, "clause"sv, "code"sv, "episode"sv, "exhibit"sv, "fig"sv, "figure"sv,
    "flight"sv, "floor"sv, "gate"sv, "grade"sv, "highway"sv, "interstate"sv, "issue"sv,
    "item"sv, "level"sv, "line"sv, "model"sv, "no"sv, "number"sv, "p"sv, "page"sv, "pages"sv,
    "paragraph"sv, "part"sv, "phase"sv, "platform"sv, "pp"sv, "question"sv, "room"sv, "route"sv,
    "rule"sv, "season"sv, "section"sv, "series"sv, "step"sv, "suite"sv, "table"sv, "term"sv,
    "title"sv, "track"sv, "verse"sv, "version"sv, "vol"sv, "volume"sv, "ward"sv,
};

constexpr std::array attributionVerbs = {
    "according"sv, "acknowledged"sv, "added"sv, "adds"sv, "admitted"sv, "announced"sv,
    "argued"sv, "argues"sv, "asked"sv, "claimed"sv, "claims"sv, "commented"sv, "confirmed"sv,
    "continued"sv, "declared"sv, "explained"sv, "explains"sv, "insisted"sv, "noted"sv,
    "notes"sv, "posted"sv, "recalled"sv, "remarked"sv, "replied"sv, "said"sv, "says"sv,
    "stated"sv, "states"sv, "stressed"sv, "told"sv, "tweeted"sv, "warned"sv, "warns"sv,
    "writes"sv, "wrote"sv,
};

// Sorted, so duplicates show and the lists stay readable.
static_assert(isSorted(keywords), "keywords must stay sorted");
static_assert(isSortedList(stopWords), "stop words must stay sorted");
static_assert(isSortedList(labelNouns), "label nouns must stay sorted");
static_assert(isSortedList(attributionVerbs), "attribution verbs must stay sorted");

/// All the words above in one table with case-insensitive lookup of UTF-16 words: FNV-1a over
/// the lower-cased characters into an open-addressing table, so classifying a word costs one
/// pass over it and usually one comparison; words that cannot be in the table (too long, a
/// non-ASCII character, a first letter no entry starts with) are turned away on the spot.
class WordTable {
public:
    WordTable()
    {
        for (const Named &named : keywords)
            add(named.name).entry = named.entry;
        for (std::string_view word : stopWords)
            add(word).stop = true;
        for (std::string_view word : labelNouns)
            add(word).label = true;
        for (std::string_view word : attributionVerbs)
            add(word).attribution = true;
        std::size_t size = 16;
        while (size < 4 * m_words.size())
            size *= 2;
        m_slots.assign(size, -1);
        for (std::size_t i = 0; i < m_words.size(); ++i) {
            std::size_t slot = hash(m_words[i]) & (size - 1);
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & (size - 1);
            m_slots[slot] = int(i);
        }
    }

    [[nodiscard]] Info find(QStringView word) const
    {
        if (word.isEmpty() || word.size() > m_longest)
            return {};
        const char16_t first = word.front().unicode() | 0x20;
        if (first < u'a' || first > u'z' || !(m_firstLetters & (1u << (first - u'a'))))
            return {};
        char buffer[16];
        const qsizetype length = FactScan::lowerAscii(word, buffer);
        if (length <= 0)
            return {};
        const std::string_view key(buffer, std::size_t(length));
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            const int index = m_slots[slot];
            if (index < 0)
                return {};
            if (m_words[std::size_t(index)] == key)
                return m_info[std::size_t(index)];
        }
    }

private:
    Info &add(std::string_view word)
    {
        for (std::size_t i = 0; i < m_words.size(); ++i) {
            if (m_words[i] == word)
                return m_info[i];
        }
        m_words.push_back(word);
        m_info.emplace_back();
        m_longest = std::max(m_longest, qsizetype(word.size()));
        m_firstLetters |= 1u << (word.front() - 'a');
        return m_info.back();
    }

    static std::size_t hash(std::string_view word)
    {
        quint32 h = 2166136261u;
        for (char c : word)
            h = (h ^ quint8(c)) * 16777619u;
        return h;
    }

    std::vector<std::string_view> m_words;
    std::vector<Info> m_info;
    std::vector<int> m_slots;
    qsizetype m_longest = 0;
    quint32 m_firstLetters = 0;
};

const WordTable words;

const WordTable &table()
{
    return words;
}

/// Pairs of first letters that start a keyword (a bit per pair of 'a'..'z'): most words of a
/// text are turned away by lookup() on these two letters alone.
struct KeywordPrefixes {
    KeywordPrefixes()
    {
        for (const Named &named : keywords)
            bits[std::size_t((named.name[0] - 'a') * 26 + (named.name[1] - 'a'))] = true;
    }
    [[nodiscard]] bool mayStart(QStringView word) const
    {
        const char16_t a = word[0].unicode() | 0x20;
        const char16_t b = word[1].unicode() | 0x20;
        return a >= u'a' && a <= u'z' && b >= u'a' && b <= u'z' && bits[std::size_t((a - u'a') * 26 + (b - u'a'))];
    }
    std::array<bool, 26 * 26> bits{};
};

const KeywordPrefixes keywordPrefixes;

} // namespace

Info classify(QStringView word)
{
    return table().find(word);
}

Entry lookup(QStringView word)
{
    if (word.size() < 2 || !keywordPrefixes.mayStart(word))
        return {};
    return table().find(word).entry;
}

bool isStopWord(QStringView word)
{
    return table().find(word).stop;
}

bool isLabelNoun(QStringView word)
{
    return table().find(word).label;
}

bool isAttributionVerb(QStringView word)
{
    return table().find(word).attribution;
}

bool opensNounPhrase(QStringView word)
{
    using L = QLatin1StringView;
    static constexpr std::array determiners = {
        L("the"), L("a"), L("an"), L("its"), L("his"), L("her"), L("their"), L("our"), L("this"), L("that"),
    };
    return std::any_of(determiners.begin(), determiners.end(),
                       [&](L d) { return FactScan::Bounds::equalsIgnoringCase(word, d); });
}

QString contextForm(QStringView word)
{
    QString form = word.toString().toLower();
    form.replace(QChar(0x2019), u'\'');
    const auto ends = [&form](const char *suffix) {
        const qsizetype n = qsizetype(std::char_traits<char>::length(suffix));
        if (form.size() < n)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            if (form.at(form.size() - n + i).unicode() != char16_t(suffix[i]))
                return false;
        }
        return true;
    };
    if (ends("'s"))
        form.chop(2);
    else if (ends("'"))
        form.chop(1);
    if (form.size() > 4 && ends("ies"))
        form = form.first(form.size() - 3) + u'y';
    else if (form.size() > 4 && (ends("uses") || ends("sses") || ends("xes") || ends("ches") || ends("shes")))
        form.chop(2);   // "buses", "taxes", "churches"
    else if (form.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is"))
        form.chop(1);
    return form;
}

QString matchingForm(const QString &contextForm)
{
    QString form = contextForm;
    if (form.size() > 5 && form.endsWith(QLatin1StringView("ing")))
        form.chop(3);
    else if (form.size() > 4 && form.endsWith(QLatin1StringView("ed")))
        form.chop(2);
    if (form.size() > 3 && form.endsWith(u'e'))
        form.chop(1);
    return form;
}

} // namespace Crossread::FactLexicon
