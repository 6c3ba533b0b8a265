// SPDX-License-Identifier: GPL-3.0-or-later
// extractFacts(): one pass over each non-boilerplate paragraph. Digits and keywords ("April",
// "yesterday", "eighty", "billions") are the only places a grammar is tried; every other
// character is stepped over, so the pass runs at tens of megabytes per second.
#include "facts/facts.h"
#include "core/inputlimits.h"

#include "facts/factlexicon.h"
#include "facts/factscan.h"
#include "facts/figuregrammar.h"
#include "core/paragraphs.h"
#include "facts/quotegrammar.h"

#include <QSet>

#include <algorithm>

namespace Crossread {
namespace {

using FactScan::Bounds;
using FactLexicon::Kind;

/// Words taken around a mention as the evidence of what it is about.
constexpr int contextWindowWords = 12;
constexpr int maxContextWords = 16;

bool isDateKind(Kind kind)
{
    return kind == Kind::Month || kind == Kind::Weekday || kind == Kind::Relative;
}

bool isFigureKind(Kind kind)
{
    return kind == Kind::NumberWord || kind == Kind::Magnitude || kind == Kind::Vague || kind == Kind::Fraction;
}

/// A count of time: "years", "days", "hours".
bool isTimeUnit(const QString &unit)
{
    for (QLatin1StringView time : {QLatin1StringView("minutes"), QLatin1StringView("hours"), QLatin1StringView("days"),
                                   QLatin1StringView("weeks"), QLatin1StringView("months"), QLatin1StringView("years"),
                                   QLatin1StringView("decades"), QLatin1StringView("minute"), QLatin1StringView("hour"),
                                   QLatin1StringView("day"), QLatin1StringView("week"), QLatin1StringView("month"),
                                   QLatin1StringView("year"), QLatin1StringView("decade")}) {
        if (unit == time)
            return true;
    }
    return false;
}

void addFound(QList<Mention> &out, const Bounds &b, ArticleId id, const FactGrammar::Found &found)
{
    TextSpan span = found.span;
    // A qualifier read backwards never reaches into the previous figure.
    if (!out.isEmpty() && out.constLast().value.kind != FactKind::Quote && out.constLast().span.end > span.start) {
        span.start = b.skipBlanks(out.constLast().span.end);
        if (span.start >= span.end)
            return;
    }
    Mention mention;
    mention.article = id;
    mention.value = found.value;
    // "six years later", "two years ago": a time offset that places an event, not a
    // duration; it compares only with other offsets of that kind.
    if (mention.value.kind == FactKind::Number && isTimeUnit(mention.value.unit)) {
        if (const auto [ws, we] = b.wordAfter(span.end); ws >= 0 && FactGrammar::isTimeOffsetWord(b.slice(ws, we))) {
            mention.value.unit += u' ' + b.slice(ws, we).toString().toLower();
            span.end = we;
        }
    }
    mention.span = span;
    mention.surface = b.slice(span.start, span.end).toString();
    mention.parts = {span};
    out.append(mention);
}

/// A count at `pos` whose noun the count before it in a list gave ("10 in Indiana" after "18
/// suspected cases in Wisconsin"), or `refused` as it was.
FactGrammar::Step elidedCountAt(const Bounds &b, qsizetype pos, const QList<Mention> &out, const FactGrammar::Step &refused)
{
    if (out.isEmpty() || out.constLast().span.start < b.begin || out.constLast().value.kind != FactKind::Number)
        return refused;
    const Mention &last = out.constLast();
    FactGrammar::Step step = FactGrammar::elidedCount(b, pos, FactGrammar::Found{last.span, last.value});
    if (!step.found)
        return refused;
    step.resume = std::max(step.resume, refused.resume);
    return step;
}

/// Money, counts, percentages and dates of one paragraph, in text order.
void scanFigures(const Bounds &b, ArticleId id, const PublishedDate &published, QList<Mention> &out)
{
    qsizetype pos = b.begin;
    while (pos < b.end) {
        const QChar c = b.text[pos];
        if (FactScan::isAsciiDigit(c)) {
            FactGrammar::Step step = FactGrammar::dateAtDigit(b, pos, published);
            if (step.resume < 0)
                step = FactGrammar::figureAtDigit(b, pos);
            if (!step.found)
                step = elidedCountAt(b, pos, out, step);
            if (step.found)
                addFound(out, b, id, *step.found);
            pos = std::max(step.resume, pos + 1);
            continue;
        }
        if (!FactScan::isWordLetter(c)) {
            ++pos;
            continue;
        }
        const qsizetype wordEnd = b.wordEnd(pos);
        if (wordEnd - pos <= 14) {
            if (const FactGrammar::Step step = FactGrammar::quarterAtWord(b, pos); step.found) {
                addFound(out, b, id, *step.found);
                pos = std::max(step.resume, wordEnd);
                continue;
            }
        }
        qsizetype keyStart = pos;
        qsizetype keyEnd = wordEnd;
        FactLexicon::Entry entry = FactLexicon::lookup(b.slice(pos, wordEnd));
        if (entry.kind == Kind::None && wordEnd - pos > 4 && FactScan::isApostrophe(b.text[wordEnd - 2])
            && (b.text[wordEnd - 1] == u's' || b.text[wordEnd - 1] == u'S')) {
            // A date word with a possessive: "Tuesday's trading", "February's report".
            entry = FactLexicon::lookup(b.slice(pos, wordEnd - 2));
            if (isDateKind(entry.kind))
                keyEnd = wordEnd - 2;
            else
                entry = {};
        } else if (entry.kind == Kind::None && wordEnd - pos > 4) {
            // Hyphenated words: "eighty-five", "two-thirds", "mid-February".
            qsizetype hyphen = pos;
            while (hyphen < wordEnd && b.text[hyphen] != u'-')
                ++hyphen;
            if (hyphen < wordEnd) {
                entry = FactLexicon::lookup(b.slice(pos, hyphen));
                // "the year-earlier period", "the year-ago quarter": last year.
                const FactLexicon::Entry second = FactLexicon::lookup(b.slice(hyphen + 1, wordEnd));
                if (entry.kind == Kind::None && second.kind == Kind::Relative
                    && (second.value == FactLexicon::Earlier || second.value == FactLexicon::Ago)) {
                    if (const FactGrammar::Step step = FactGrammar::relativeCompound(b, pos, hyphen, wordEnd, published); step.found) {
                        addFound(out, b, id, *step.found);
                        pos = wordEnd;
                        continue;
                    }
                }
                if (entry.kind == Kind::None && hyphen - pos == 3) {
                    keyStart = hyphen + 1;
                    entry = FactLexicon::lookup(b.slice(keyStart, wordEnd));
                    if (entry.kind != Kind::Month)
                        entry = {};
                } else if (entry.kind == Kind::Magnitude) {
                    keyEnd = hyphen;   // "a million-dollar check": the compound's figure
                } else if (entry.kind != Kind::NumberWord) {
                    entry = {};
                }
            }
        }
        if (isDateKind(entry.kind)) {
            const FactGrammar::Step step = FactGrammar::dateAtWord(b, keyStart, keyEnd, entry, published);
            if (step.resume >= 0) {
                if (step.found)
                    addFound(out, b, id, *step.found);
                pos = std::max(step.resume, wordEnd);
                continue;
            }
        } else if (isFigureKind(entry.kind)) {
            FactGrammar::Step step = FactGrammar::figureAtWord(b, keyStart, keyEnd, entry);
            if (!step.found && entry.kind == Kind::NumberWord)
                step = elidedCountAt(b, keyStart, out, step);
            if (step.found)
                addFound(out, b, id, *step.found);
            pos = std::max(step.resume, wordEnd);
            continue;
        } else if (entry.kind == Kind::Clock) {
            if (const FactGrammar::Step step = FactGrammar::clockWordAt(b, keyStart, keyEnd, entry.value); step.found) {
                addFound(out, b, id, *step.found);
                pos = std::max(step.resume, wordEnd);
                continue;
            }
        } else if (wordEnd - pos <= 2) {
            // "more than a decade": the article stands for one.
            if (const FactGrammar::Step step = FactGrammar::timeSpanAtArticle(b, pos, wordEnd); step.found) {
                addFound(out, b, id, *step.found);
                pos = std::max(step.resume, wordEnd);
                continue;
            }
        } else if (wordEnd - pos == 3) {
            // "for years": a span left unstated.
            if (const FactGrammar::Step step = FactGrammar::vagueSpanAfterFor(b, pos, wordEnd); step.found) {
                addFound(out, b, id, *step.found);
                pos = std::max(step.resume, wordEnd);
                continue;
            }
        }
        pos = wordEnd;
    }
}

/// The lower-case content words of `sentence` nearest to the mention, nearest first, at most
/// contextWindowWords on either side; words inside the span count only for counts (their
/// unit). Walks outwards from the mention, so the cost does not grow with the sentence.
QStringList contextOf(const Bounds &sentence, const Mention &mention)
{
    QStringList before;
    QStringList after;
    QStringList inside;
    auto keep = [](QStringView word) {
        if (word.size() < 2)
            return false;
        const FactLexicon::Info info = FactLexicon::classify(word);
        return !info.stop && !info.attribution && info.entry.kind == Kind::None;
    };
    // The window also ends maxFactContextChars away: a "sentence" of figures without a word
    // between them would otherwise be read back to its start for each figure (quadratic).
    const qsizetype first = std::max(sentence.begin, mention.span.start - Limits::maxFactContextChars);
    const qsizetype last = std::min(sentence.end, mention.span.end + Limits::maxFactContextChars);
    int words = 0;
    for (qsizetype p = mention.span.start; p > first && words < contextWindowWords;) {
        if (!sentence.isLetterAt(p - 1)) {
            --p;
            continue;
        }
        const qsizetype ws = sentence.wordStart(p);
        if (const QStringView word = sentence.slice(ws, p); keep(word))
            before.append(FactLexicon::contextForm(word));
        ++words;
        p = ws;
    }
    words = 0;
    for (qsizetype p = mention.span.end; p < last && words < contextWindowWords;) {
        if (!sentence.isLetterAt(p)) {
            ++p;
            continue;
        }
        const qsizetype we = sentence.wordEnd(p);
        if (const QStringView word = sentence.slice(p, we); keep(word))
            after.append(FactLexicon::contextForm(word));
        ++words;
        p = we;
    }
    if (mention.value.kind == FactKind::Number) {
        for (qsizetype p = mention.span.start; p < mention.span.end;) {
            if (!sentence.isLetterAt(p)) {
                ++p;
                continue;
            }
            const qsizetype we = sentence.wordEnd(p);
            if (const QStringView word = sentence.slice(p, we); keep(word))
                inside.append(FactLexicon::contextForm(word));
            p = we;
        }
    }
    // Interleave by distance: inside first, then the nearest word after, the nearest before...
    QStringList context;
    auto add = [&](const QString &form) {
        if (context.size() < maxContextWords && !context.contains(form))
            context.append(form);
    };
    for (const QString &form : std::as_const(inside))
        add(form);
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        if (i < after.size())
            add(after.at(i));
        if (i < before.size())
            add(before.at(i));
    }
    return context;
}

} // namespace

QList<Mention> extractFacts(const Article &article, ArticleId id, const Segmentation &segmentation)
{
    const QList<Paragraph> paragraphs = article.paragraphs.isEmpty() ? splitParagraphs(article.text)
                                                                     : article.paragraphs;
    const PublishedDate &published = article.meta.published;
    QList<Mention> figures;
    QList<TextSpan> compared;   // the paragraphs that are not boilerplate
    for (const Paragraph &paragraph : paragraphs) {
        if (paragraph.isBoilerplate())
            continue;
        const TextSpan span{std::clamp<qsizetype>(paragraph.span.start, 0, article.text.size()),
                            std::clamp<qsizetype>(paragraph.span.end, 0, article.text.size())};
        compared.append(span);
        scanFigures(Bounds{article.text, span.start, span.end}, id, published, figures);
    }

    // Quotations over the whole article, since one may run over several paragraphs.
    QList<Mention> quotes;
    QString lastNamedSpeaker;
    for (FactGrammar::QuoteFound &found : FactGrammar::findQuotes(article.text, compared)) {
        Mention mention;
        mention.article = id;
        mention.span = found.span;
        mention.surface = found.span.in(article.text).toString();
        mention.parts = found.parts;
        mention.value.kind = FactKind::Quote;
        mention.value.quote = found.text;
        const bool pronoun = !found.speaker.isEmpty() && found.speaker.front().isLower();
        if (pronoun && !lastNamedSpeaker.isEmpty())
            found.speaker = lastNamedSpeaker;
        else if (!pronoun && !found.speaker.isEmpty())
            lastNamedSpeaker = found.speaker;
        mention.value.speaker = found.speaker;
        quotes.append(mention);
    }
    // Interleave in text order.
    QList<Mention> mentions;
    mentions.reserve(figures.size() + quotes.size());
    std::merge(figures.cbegin(), figures.cend(), quotes.cbegin(), quotes.cend(), std::back_inserter(mentions),
               [](const Mention &a, const Mention &b) { return a.span.start < b.span.start; });

    // Sentence of each mention and the words around it.
    const QList<Sentence> &sentences = segmentation.sentences;
    QList<Mention> kept;
    kept.reserve(mentions.size());
    QSet<QString> contextWords;
    for (Mention &mention : mentions) {
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), mention.span.start,
                                         [](qsizetype pos, const Sentence &s) { return pos < s.span.start; });
        TextSpan window;
        if (it != sentences.cbegin() && (it - 1)->span.end > mention.span.start) {
            const Sentence &sentence = *(it - 1);
            if (sentence.boilerplate)
                continue;
            mention.sentence = (it - 1) - sentences.cbegin();
            window = sentence.span;
        } else {
            // No segmentation: the paragraph is the window.
            const auto para = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), mention.span.start,
                                               [](qsizetype pos, const Paragraph &p) { return pos < p.span.start; });
            window = para != paragraphs.cbegin() ? (para - 1)->span : mention.span;
        }
        window.start = std::min(window.start, mention.span.start);
        window.end = std::max(window.end, mention.span.end);
        if (mention.value.kind != FactKind::Quote) {
            mention.context = contextOf(Bounds{article.text, window.start, window.end}, mention);
            // An article's figures share most of their context words; one string per word
            // keeps a 2,000-article story's contexts to a few megabytes.
            for (QString &word : mention.context)
                word = *contextWords.insert(word);
        }
        kept.append(std::move(mention));
    }
    return kept;
}

} // namespace Crossread
