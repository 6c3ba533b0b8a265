// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/storysummary_p.h"

#include <QSet>

#include <algorithm>

namespace Crossread {

QList<int> chosenArticles(const QList<int> &requested, qsizetype articleCount)
{
    QList<int> chosen;
    if (requested.isEmpty()) {
        for (int i = 0; i < articleCount; ++i)
            chosen.append(i);
        return chosen;
    }
    QSet<int> seen;
    for (int index : requested) {
        if (index >= 0 && index < articleCount && !seen.contains(index)) {
            seen.insert(index);
            chosen.append(index);
        }
    }
    return chosen;
}

StorySummary summarizeStory(const Analysis &analysis, const QList<int> &chosen)
{
    StorySummary summary;
    const qsizetype count = analysis.articles.size();
    summary.told.fill(0, count);
    summary.unique.fill(0, count);
    summary.conflicting.fill(0, count);
    for (const Passage &passage : analysis.alignment.passages) {
        int primaries = 0;
        for (const PassageMember &member : passage.members) {
            if (!member.primary || member.article.value() >= count)
                continue;
            ++primaries;
            ++summary.told[member.article.value()];
            if (passage.status == PassageStatus::Unique)
                ++summary.unique[member.article.value()];
        }
        const bool all = std::all_of(chosen.begin(), chosen.end(),
                                     [&](int index) { return passage.member(ArticleId(index)) != nullptr; });
        if (all && chosen.size() > 1 && primaries > 0) {
            ++summary.sharedByAll;
            summary.identical += passage.status == PassageStatus::Identical ? 1 : 0;
            summary.reworded += passage.status == PassageStatus::Reworded ? 1 : 0;
        }
    }
    for (const FactSlot &slot : analysis.facts.slots) {
        if (!slot.isConflict())
            continue;
        ++summary.conflicts;
        ConflictSummary conflict{slot.label.translated(), {}};
        for (const Mention &mention : slot.mentions) {
            if (mention.article.value() >= count)
                continue;
            ++summary.conflicting[mention.article.value()];
            const QString value = mention.surface.simplified();
            const QString outlet = analysis.articles.at(mention.article.value()).displayName();
            auto found = std::find_if(conflict.values.begin(), conflict.values.end(),
                                      [&](const auto &entry) { return entry.first == value; });
            if (found == conflict.values.end())
                conflict.values.append({value, {outlet}});
            else if (!found->second.contains(outlet))
                found->second.append(outlet);
        }
        summary.conflictList.append(conflict);
    }
    return summary;
}

QStringList carriedBy(const Claim &claim, const StoryIndex &story)
{
    QStringList outlets;
    for (const Anchor &source : claim.sources) {
        const QString outlet = story.label(source.articleHash);
        if (!outlets.contains(outlet))
            outlets.append(outlet);
    }
    return outlets;
}

} // namespace Crossread
