// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/sourcejson.h"

#include "analysis/analysis.h"
#include "json/phrasejson.h"

#include <QJsonObject>

namespace Crossread {
namespace {

QJsonArray ids(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonObject coverageToJson(const CoverageOfSource &coverage)
{
    return QJsonObject{
        {QStringLiteral("passages_carried"), int(coverage.passagesCarried.size())},
        {QStringLiteral("passages_left_out"), int(coverage.passagesLeftOut.size())},
        {QStringLiteral("passages_not_in_source"), int(coverage.passagesNotInSource.size())},
        {QStringLiteral("left_out"), ids(coverage.passagesLeftOut)},
        {QStringLiteral("not_in_source"), ids(coverage.passagesNotInSource)},
        {QStringLiteral("figures_match"), coverage.figuresMatch},
        {QStringLiteral("figures_differ"), coverage.figuresDiffer},
        {QStringLiteral("figures_absent"), coverage.figuresAbsent},
        {QStringLiteral("quotes_match"), coverage.quotesMatch},
        {QStringLiteral("quotes_altered"), coverage.quotesAltered},
        {QStringLiteral("quotes_absent"), coverage.quotesAbsent},
    };
}

} // namespace

void addSourceComparison(const Analysis &analysis, QJsonArray &articles, QJsonArray &facts)
{
    const SourceComparison &comparison = analysis.source;
    if (!comparison.isValid())
        return;
    for (qsizetype a = 0; a < articles.size() && a < comparison.articles.size(); ++a) {
        if (a == comparison.source)
            continue;
        QJsonObject article = articles.at(a).toObject();
        article.insert(QStringLiteral("source_coverage"), coverageToJson(comparison.articles.at(a)));
        articles[a] = article;
    }
    for (qsizetype f = 0; f < facts.size() && f < analysis.facts.slots.size(); ++f) {
        const SlotAgainstSource *slot = comparison.slot(int(f));
        if (!slot)
            continue;
        const FactSlot &factSlot = analysis.facts.slots.at(f);
        QJsonObject fact = facts.at(f).toObject();
        if (slot->sourceMention >= 0)
            fact.insert(QStringLiteral("source_value"), factSlot.mentions.at(slot->sourceMention).value.toString());
        QJsonArray mentions = fact.value(QStringLiteral("mentions")).toArray();
        for (qsizetype m = 0; m < mentions.size() && m < slot->matches.size(); ++m) {
            const SourceMatch match = slot->matches.at(m);
            if (match == SourceMatch::None)
                continue;
            QJsonObject mention = mentions.at(m).toObject();
            mention.insert(QStringLiteral("source"), sourceMatchName(match));
            if (factSlot.kind == FactKind::Quote) {
                QJsonArray phrases;
                for (const Phrase &change : slot->changes.at(m))
                    phrases.append(phraseToJson(change));
                mention.insert(QStringLiteral("source_changes"), QJsonArray::fromStringList(englishTexts(slot->changes.at(m))));
                mention.insert(QStringLiteral("source_changes_phrases"), phrases);
            }
            mentions[m] = mention;
        }
        fact.insert(QStringLiteral("mentions"), mentions);
        facts[f] = fact;
    }
}

} // namespace Crossread
