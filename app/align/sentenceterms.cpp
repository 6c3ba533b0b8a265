// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/sentenceterms_p.h"

#include "align/stopwords_p.h"
#include "align/tokenkeys_p.h"

#include <algorithm>
#include <cmath>

namespace Crossread::AlignTerms {
namespace {

constexpr quint64 wordSalt = 0;
constexpr quint64 numberSalt = 0x9e3779b97f4a7c15ULL;
constexpr quint64 headingSalt = 0xc2b2ae3d27d4eb4fULL;
// Boosts measured on the sample story and the generated clusters: figures are what outlets
// least often change; a name shared by two sentences says more than an ordinary word, but
// names recur all through a story, so only slightly more.
constexpr float nameBoost = 1.1f;
constexpr float numberBoost = 1.6f;

/// English number words as the digits other outlets write ("eighty per cent" is "80 %").
/// "one" is left out: it is far more often a pronoun than a count.
QStringView numberWordValue(QStringView word)
{
    static constexpr std::pair<const char16_t *, const char16_t *> words[] = {
        {u"two", u"2"}, {u"three", u"3"}, {u"four", u"4"}, {u"five", u"5"}, {u"six", u"6"},
        {u"seven", u"7"}, {u"eight", u"8"}, {u"nine", u"9"}, {u"ten", u"10"}, {u"eleven", u"11"},
        {u"twelve", u"12"}, {u"thirteen", u"13"}, {u"fourteen", u"14"}, {u"fifteen", u"15"},
        {u"sixteen", u"16"}, {u"seventeen", u"17"}, {u"eighteen", u"18"}, {u"nineteen", u"19"},
        {u"twenty", u"20"}, {u"thirty", u"30"}, {u"forty", u"40"}, {u"fifty", u"50"},
        {u"sixty", u"60"}, {u"seventy", u"70"}, {u"eighty", u"80"}, {u"ninety", u"90"},
        {u"hundred", u"100"}, {u"dozen", u"12"},
    };
    for (const auto &[spelled, digits] : words) {
        if (word.compare(QStringView(spelled), Qt::CaseInsensitive) == 0)
            return QStringView(digits);
    }
    return {};
}

/// The matching form of a number token, with a glued thousands suffix applied: "42K" and
/// "42,000" (normalised "42000") give the same key.
QString numberText(const Token &number, const Token *next, QStringView nextSurface)
{
    if (next && next->span.start == number.span.end && (nextSurface == u"K" || nextSurface == u"k")) {
        bool ok = false;
        const double value = number.normalised.toDouble(&ok);
        if (ok)
            return QString::number(value * 1000, 'g', 15);
    }
    return number.normalised;
}

const QString percentWord = QStringLiteral("percent");

/// Weekdays and the month names that are no one's name (see Term::when): one news cycle's
/// unrelated statements share them ("The city said on Tuesday that …"). "May", "March",
/// "April" and "June" are also people's names.
bool isCalendarWord(QStringView word)
{
    static constexpr const char16_t *words[] = {
        u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday",
        u"January", u"February", u"July", u"August", u"September", u"October", u"November", u"December",
    };
    return std::any_of(std::begin(words), std::end(words), [&](const char16_t *w) { return word == QStringView(w); });
}

} // namespace

ArticleUnits extractUnits(const Article &article, const Segmentation &segmentation)
{
    ArticleUnits result;
    int run = 0;
    std::vector<Term> raw;
    for (qsizetype s = 0; s < segmentation.sentences.size(); ++s) {
        const Sentence &sentence = segmentation.sentences.at(s);
        if (sentence.boilerplate) {
            ++run;
            continue;
        }
        raw.clear();
        bool firstWord = true;
        bool afterPer = false;
        size_t nameRunStart = 0;   // index into raw of the current run of name words
        size_t nameRunLength = 0;
        // A name of several words ("Calloway Digital Rights Project") is one thing named:
        // its words share one word's weight rather than counting four times.
        const auto endNameRun = [&] {
            if (nameRunLength > 1) {
                const float scale = 1.0f / std::sqrt(float(nameRunLength));
                for (size_t i = nameRunStart; i < nameRunStart + nameRunLength; ++i)
                    raw[i].weight *= scale;
            }
            nameRunLength = 0;
        };
        const qsizetype end = std::min(sentence.firstToken + sentence.tokenCount, segmentation.tokens.size());
        for (qsizetype t = sentence.firstToken; t < end; ++t) {
            const Token &token = segmentation.tokens.at(t);
            const Token *next = t + 1 < end ? &segmentation.tokens.at(t + 1) : nullptr;
            if (token.kind == TokenKind::Number) {
                endNameRun();
                const QStringView nextSurface = next ? next->span.in(article.text) : QStringView();
                raw.push_back({Detail::tokenKey(numberText(token, next, nextSurface), numberSalt), numberBoost, false});
                if (next && next->span.start == token.span.end && (nextSurface == u"K" || nextSurface == u"k"))
                    ++t;
                afterPer = false;
            } else if (token.kind == TokenKind::Percent) {
                endNameRun();
                raw.push_back({Detail::tokenKey(percentWord, wordSalt), 1.0f, false});
                afterPer = false;
            } else if (token.kind == TokenKind::Word) {
                const QStringView surface = token.span.in(article.text);
                const bool wasFirst = firstWord;
                const bool wasAfterPer = afterPer;
                firstWord = false;
                afterPer = surface.compare(u"per", Qt::CaseInsensitive) == 0;
                if (wasAfterPer && surface.compare(u"cent", Qt::CaseInsensitive) == 0) {
                    raw.push_back({Detail::tokenKey(percentWord, wordSalt), 1.0f, false});
                    continue;
                }
                if (const QStringView digits = numberWordValue(surface); !digits.isEmpty()) {
                    endNameRun();
                    raw.push_back({Detail::tokenKey(digits, numberSalt), numberBoost, false});
                    continue;
                }
                if (surface.size() < 2 || Detail::isStopWord(surface)) {
                    endNameRun();
                    continue;
                }
                const bool name = !wasFirst && surface.front().isUpper();
                if (name) {
                    if (nameRunLength == 0)
                        nameRunStart = raw.size();
                    ++nameRunLength;
                } else {
                    endNameRun();
                }
                raw.push_back({Detail::tokenKey(token.normalised, wordSalt), name ? nameBoost : 1.0f, name,
                               name && isCalendarWord(surface)});
            } else {
                endNameRun();
                afterPer = false;
            }
        }
        endNameRun();
        if (raw.empty())
            continue;
        // Headlines and subheadings compare with each other only: their few dense words would
        // otherwise pull them into whichever body sentence shares a name.
        const qsizetype paragraph = sentence.paragraph;
        if (paragraph >= 0 && paragraph < article.paragraphs.size() && article.paragraphs.at(paragraph).heading) {
            for (Term &term : raw)
                term.key ^= headingSalt;
        }
        std::sort(raw.begin(), raw.end(), [](const Term &a, const Term &b) {
            return a.key < b.key || (a.key == b.key && a.weight < b.weight);
        });
        Unit unit;
        unit.sentence = s;
        unit.run = run;
        for (size_t i = 0; i < raw.size();) {
            size_t j = i;
            float boost = 0;
            bool name = false;
            bool when = true;
            for (; j < raw.size() && raw[j].key == raw[i].key; ++j) {
                boost = std::max(boost, raw[j].weight);
                name = name || raw[j].name;
                when = when && (raw[j].when || !raw[j].name);
            }
            // Repeating a word in one sentence adds little: 1 + ln(tf).
            unit.terms.push_back({raw[i].key, boost * (1.0f + std::log(float(j - i))), name, name && when});
            i = j;
        }
        result.units.push_back(std::move(unit));
    }
    return result;
}


} // namespace Crossread::AlignTerms
