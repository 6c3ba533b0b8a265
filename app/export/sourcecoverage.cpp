// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sourcecoverage.h"

#include <QCoreApplication>
#include <QSet>

namespace Crossread {
namespace {

// The report's context, shared with the other report writers' texts.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Export)
};

QString shortened(const QString &text, qsizetype limit)
{
    const QString simple = text.simplified();
    return simple.size() <= limit ? simple : simple.left(limit - 1).trimmed() + QChar(0x2026);
}

QString withPage(const QString &text, int page)
{
    return page > 0 ? ExportText::tr("%1 (p. %2)").arg(text).arg(page) : text;
}

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

QList<SourceCoverageRow> sourceCoverageRows(const SourceCoverage::Outlet &outlet, qsizetype limit)
{
    QList<SourceCoverageRow> rows;
    for (const SourceCoverage::Figure &figure : outlet.figuresDiffer) {
        rows.append({ExportText::tr("Figure differs: %1").arg(figure.label.translated()), withPage(figure.outletText, figure.outletPage),
                     withPage(figure.sourceText, figure.sourcePage), true});
    }
    for (const SourceCoverage::Quote &quote : outlet.quotesAltered) {
        const QStringList changes = translatedTexts(quote.changes);
        rows.append({changes.isEmpty() ? ExportText::tr("Quote altered")
                                       : ExportText::tr("Quote altered: %1").arg(changes.join(QStringLiteral("; "))),
                     shortened(quote.outletText, limit), withPage(shortened(quote.sourceText, limit), quote.sourcePage), true});
    }
    for (const SourceCoverage::LeftOut &passage : outlet.passagesLeftOut)
        rows.append({ExportText::tr("Passage left out"), QString(), withPage(shortened(passage.sourceText, limit), passage.sourcePage), false});
    for (const SourceCoverage::Unsupported &item : outlet.unsupported) {
        rows.append({ExportText::tr("Not supported by the source: %1").arg(item.reason.translated()), shortened(item.text, limit),
                     QString(), false});
    }
    return rows;
}

QString sourceCoverageLine(const SourceCoverage::Outlet &outlet)
{
    return ExportText::tr("Carries %1 of the source's %2 passages; figures that differ: %3; quotes altered: %4; "
                          "not supported by the source: %5.")
        .arg(outlet.passagesCarried)
        .arg(outlet.sourcePassages)
        .arg(outlet.figuresDiffer.size())
        .arg(outlet.quotesAltered.size())
        .arg(outlet.unsupported.size());
}

QString sourceCoverageTitle()
{
    return ExportText::tr("Coverage against the source");
}

QString sourceCoverageIntroduction(const SourceCoverage &coverage)
{
    return ExportText::tr("Every outlet compared with the story's source, %1: the figures it states otherwise, the quotes "
                          "whose words it changed, the source's passages it leaves out, and what it says that the source "
                          "does not support.")
        .arg(coverage.sourceName);
}

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
