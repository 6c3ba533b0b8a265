// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sourcecomparison.h"

#include "analysis/analysis.h"
#include "facts/factcompare.h"
#include "facts/quotevariants.h"

namespace Crossread {
namespace {

Phrase note(const char *source)
{
    return Phrase("Crossread::Source", source);
}

/// The tokens of a quote mention as the fact engine compares renderings.
QList<FactQuotes::QuoteToken> tokensOf(const Analysis &analysis, const Mention &mention)
{
    const int article = mention.article.value();
    if (article < 0 || article >= analysis.articles.size())
        return {};
    return FactQuotes::quoteTokens(analysis.articles.at(article).text, mention.parts);
}

SourceMatch figureMatch(const FactValue &source, const FactValue &outlet)
{
    switch (FactCompare::relate(source, outlet)) {
    case FactCompare::Relation::Equal:
    case FactCompare::Relation::Compatible:
        return SourceMatch::Matches;
    case FactCompare::Relation::Conflict:
        return SourceMatch::Differs;
    case FactCompare::Relation::Incomparable:
        break;
    }
    return SourceMatch::NotComparable;
}

/// Whether the source states `value` anywhere, in any slot: a figure the engine grouped apart
/// (a headline's "$186m" beside the text's "$186 million") is still in the source.
bool sourceStates(const QList<const Mention *> &sourceFigures, const FactValue &value)
{
    return std::any_of(sourceFigures.cbegin(), sourceFigures.cend(), [&](const Mention *said) {
        return said->value.kind == value.kind && FactCompare::relate(said->value, value) == FactCompare::Relation::Equal;
    });
}

SlotAgainstSource compareSlot(const Analysis &analysis, const FactSlot &slot, int source,
                              const QList<const Mention *> &sourceFigures)
{
    SlotAgainstSource result;
    result.matches.fill(SourceMatch::None, slot.mentions.size());
    result.changes.resize(slot.mentions.size());
    for (qsizetype m = 0; m < slot.mentions.size(); ++m) {
        if (slot.mentions.at(m).article.value() == source) {
            result.sourceMention = m;
            break;
        }
    }
    const bool quote = slot.kind == FactKind::Quote;
    QList<FactQuotes::QuoteToken> sourceTokens;
    if (quote && result.sourceMention >= 0)
        sourceTokens = tokensOf(analysis, slot.mentions.at(result.sourceMention));
    for (qsizetype m = 0; m < slot.mentions.size(); ++m) {
        const Mention &mention = slot.mentions.at(m);
        if (mention.article.value() == source)
            continue;
        if (result.sourceMention < 0) {
            result.matches[m] = !quote && sourceStates(sourceFigures, mention.value) ? SourceMatch::Matches
                                                                                     : SourceMatch::Absent;
        } else if (!slot.comparable) {
            result.matches[m] = SourceMatch::NotComparable;
        } else if (quote) {
            const FactQuotes::QuoteComparison comparison = FactQuotes::compareRenderings(sourceTokens, tokensOf(analysis, mention));
            result.matches[m] = comparison.variant ? SourceMatch::Differs : SourceMatch::Matches;
            result.changes[m] = comparison.notes;
        } else {
            result.matches[m] = figureMatch(slot.mentions.at(result.sourceMention).value, mention.value);
        }
    }
    return result;
}

} // namespace

SourceMatch SourceComparison::match(int slotId, qsizetype mention) const
{
    const SlotAgainstSource *found = slot(slotId);
    return found && mention >= 0 && mention < found->matches.size() ? found->matches.at(mention) : SourceMatch::None;
}

const SlotAgainstSource *SourceComparison::slot(int slotId) const
{
    return isValid() && slotId >= 0 && slotId < slots.size() ? &slots.at(slotId) : nullptr;
}

SourceComparison compareWithSource(const Analysis &analysis)
{
    SourceComparison comparison;
    const int source = sourceIndex(analysis.articles);
    if (source < 0)
        return comparison;
    comparison.source = source;
    comparison.articles.resize(analysis.articles.size());

    const ArticleId sourceId(source);
    for (const Passage &passage : analysis.alignment.passages) {
        const bool inSource = passage.member(sourceId) != nullptr;
        for (qsizetype a = 0; a < analysis.articles.size(); ++a) {
            if (a == source)
                continue;
            const bool told = passage.member(ArticleId(int(a))) != nullptr;
            CoverageOfSource &coverage = comparison.articles[a];
            if (inSource)
                (told ? coverage.passagesCarried : coverage.passagesLeftOut).append(passage.id);
            else if (told)
                coverage.passagesNotInSource.append(passage.id);
        }
    }

    QList<const Mention *> sourceFigures;
    for (const FactSlot &slot : analysis.facts.slots) {
        for (const Mention &mention : slot.mentions) {
            if (slot.kind != FactKind::Quote && mention.article.value() == source)
                sourceFigures.append(&mention);
        }
    }
    comparison.slots.reserve(analysis.facts.slots.size());
    for (const FactSlot &slot : analysis.facts.slots) {
        SlotAgainstSource against = compareSlot(analysis, slot, source, sourceFigures);
        const bool quote = slot.kind == FactKind::Quote;
        for (qsizetype m = 0; m < slot.mentions.size(); ++m) {
            const int article = slot.mentions.at(m).article.value();
            if (article < 0 || article >= comparison.articles.size())
                continue;
            CoverageOfSource &coverage = comparison.articles[article];
            switch (against.matches.at(m)) {
            case SourceMatch::Matches:
                ++(quote ? coverage.quotesMatch : coverage.figuresMatch);
                break;
            case SourceMatch::Differs:
                ++(quote ? coverage.quotesAltered : coverage.figuresDiffer);
                break;
            case SourceMatch::Absent:
                ++(quote ? coverage.quotesAbsent : coverage.figuresAbsent);
                break;
            case SourceMatch::None:
            case SourceMatch::NotComparable:
                break;
            }
        }
        comparison.slots.append(std::move(against));
    }
    return comparison;
}

QString sourceMatchName(SourceMatch match)
{
    switch (match) {
    case SourceMatch::Matches: return QStringLiteral("matches");
    case SourceMatch::Differs: return QStringLiteral("differs");
    case SourceMatch::Absent: return QStringLiteral("absent");
    case SourceMatch::NotComparable: return QStringLiteral("not-comparable");
    case SourceMatch::None: break;
    }
    return {};
}

Phrase sourceMatchPhrase(SourceMatch match)
{
    switch (match) {
    case SourceMatch::Matches: return note(QT_TRANSLATE_NOOP("Crossread::Source", "matches the source"));
    case SourceMatch::Differs: return note(QT_TRANSLATE_NOOP("Crossread::Source", "differs from the source"));
    case SourceMatch::Absent: return note(QT_TRANSLATE_NOOP("Crossread::Source", "not in the source"));
    case SourceMatch::NotComparable: return note(QT_TRANSLATE_NOOP("Crossread::Source", "not comparable with the source"));
    case SourceMatch::None: break;
    }
    return {};
}

} // namespace Crossread
