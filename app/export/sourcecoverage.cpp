// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sourcecoverage.h"

#include <QSet>

namespace Crossread {
namespace {

Phrase reason(const char *text)
{
    return Phrase("Crossread::Source", text);
}

int pageOf(const Analysis &analysis, const Mention &mention)
{
    const int article = mention.article.value();
    return article >= 0 && article < analysis.articles.size() ? analysis.articles.at(article).pageAt(mention.span.start) : 0;
}

/// What the reviewers' claims carried by `outlet` lack in the source: support, or agreement.
void addClaims(const ReviewState &review, const QByteArray &outlet, const QByteArray &source,
               QList<SourceCoverage::Unsupported> &unsupported)
{
    for (const Claim &claim : review.claims) {
        const bool carried = std::any_of(claim.sources.cbegin(), claim.sources.cend(),
                                         [&](const Anchor &anchor) { return anchor.articleHash == outlet; });
        if (!carried)
            continue;
        bool supported = false;
        bool contradicted = false;
        for (const Evidence &evidence : claim.evidence) {
            if (evidence.anchor.articleHash != source)
                continue;
            supported = supported || evidence.role == EvidenceRole::Supports;
            contradicted = contradicted || evidence.role == EvidenceRole::Contradicts;
        }
        if (contradicted) {
            unsupported.append({claim.statement, reason(QT_TRANSLATE_NOOP("Crossread::Source", "a claim the source contradicts"))});
        } else if (!supported) {
            unsupported.append({claim.statement,
                                reason(QT_TRANSLATE_NOOP("Crossread::Source", "a claim no evidence in the source supports"))});
        }
    }
}

} // namespace

SourceCoverage sourceCoverage(const Analysis &analysis, const ReviewState &review)
{
    SourceCoverage coverage;
    const SourceComparison &comparison = analysis.source;
    if (!comparison.isValid() || comparison.source >= analysis.articles.size())
        return coverage;
    coverage.source = comparison.source;
    const Article &source = analysis.articles.at(comparison.source);
    coverage.sourceName = source.displayName();
    const ArticleId sourceId(comparison.source);

    for (qsizetype a = 0; a < analysis.articles.size(); ++a) {
        if (a == comparison.source || a >= comparison.articles.size())
            continue;
        const Article &article = analysis.articles.at(a);
        const CoverageOfSource &of = comparison.articles.at(a);
        SourceCoverage::Outlet outlet;
        outlet.article = int(a);
        outlet.name = article.displayName();
        outlet.passagesCarried = int(of.passagesCarried.size());
        outlet.sourcePassages = int(of.passagesCarried.size() + of.passagesLeftOut.size());
        for (int id : of.passagesLeftOut) {
            if (id < 0 || id >= analysis.alignment.passages.size())
                continue;
            const PassageMember *member = analysis.alignment.passages.at(id).member(sourceId);
            if (member)
                outlet.passagesLeftOut.append({id, member->span.in(source.text).toString(), source.pageAt(member->span.start)});
        }

        for (const FactSlot &slot : analysis.facts.slots) {
            const SlotAgainstSource *against = comparison.slot(slot.id);
            if (!against)
                continue;
            for (qsizetype m = 0; m < slot.mentions.size() && m < against->matches.size(); ++m) {
                const Mention &mention = slot.mentions.at(m);
                if (mention.article.value() != a)
                    continue;
                const SourceMatch match = against->matches.at(m);
                if (match == SourceMatch::Absent) {
                    outlet.unsupported.append({mention.surface, slot.kind == FactKind::Quote
                                                                   ? reason(QT_TRANSLATE_NOOP("Crossread::Source", "a quote the source does not hold"))
                                                                   : reason(QT_TRANSLATE_NOOP("Crossread::Source", "a figure the source does not give"))});
                    continue;
                }
                if (match != SourceMatch::Differs || against->sourceMention < 0)
                    continue;
                const Mention &said = slot.mentions.at(against->sourceMention);
                if (slot.kind == FactKind::Quote)
                    outlet.quotesAltered.append({mention.surface, said.surface, against->changes.at(m), pageOf(analysis, said)});
                else
                    outlet.figuresDiffer.append({slot.label, mention.surface, said.surface, pageOf(analysis, mention), pageOf(analysis, said)});
            }
        }
        addClaims(review, article.contentHash, source.contentHash, outlet.unsupported);
        coverage.outlets.append(std::move(outlet));
    }
    return coverage;
}

} // namespace Crossread
