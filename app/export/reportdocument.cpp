// SPDX-License-Identifier: GPL-3.0-or-later
// The report's content, composed once for every renderer: the cover with the sources, the
// summary, the claims and the scorecard, the fact matrix with the reviewers' corrections, the
// side-by-side passages with the annotations as numbered notes, and the annotations that had no
// place there.
#include "export/reportdocument.h"

#include "export/correctedanalysis.h"
#include "export/sidebyside.h"
#include "export/sourcecoverage.h"
#include "export/storysummary_p.h"
#include "review/annotationmodel.h"
#include "review/claimmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Crossread {
namespace {

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string of the report.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Export)
};

/// At most `limit` characters of `text` on one line, with an ellipsis when cut.
QString shortened(QStringView text, qsizetype limit)
{
    QString simple = text.toString().simplified();
    if (simple.size() <= limit)
        return simple;
    qsizetype cut = limit;
    if (simple.at(cut - 1).isHighSurrogate())
        --cut;
    return simple.left(cut).trimmed() + QChar(0x2026);
}

QString quoted(QStringView text, qsizetype limit)
{
    return QChar(0x201c) + shortened(text, limit) + QChar(0x201d);
}

ReportParagraph text(const QString &text, ReportTextStyle style = ReportTextStyle::Body,
                     ReportInk ink = ReportInk::Normal)
{
    return ReportParagraph{text, style, ink, {}};
}

ReportCell cell(const QString &content, ReportTextStyle style = ReportTextStyle::Body, ReportInk ink = ReportInk::Normal,
                ReportShade background = {})
{
    return ReportCell{{text(content, style, ink)}, background, {}};
}

ReportCell cell(QList<ReportParagraph> paragraphs, ReportShade background = {}, ReportShade stripe = {})
{
    return ReportCell{std::move(paragraphs), background, stripe};
}

ReportShade tint(ReportColour colour, qreal strength = 0.45)
{
    return ReportShade{colour, strength, 0};
}

class ReportComposer {
public:
    ReportComposer(const SessionData &session, const Analysis &analysis, const ReportOptions &options,
                   const TaskControl &control)
        : m_session(session), m_analysis(analysis), m_options(options), m_control(control)
    {
        m_story.setArticles(analysis.articles);
        m_chosen = chosenArticles(options.articles, analysis.articles.size());
    }

    ReportDocument compose()
    {
        m_document.title = reportTitle(m_session, m_analysis.articles);
        m_document.subtitle = ExportText::tr("Review report");
        const ReportSections sections = m_options.sections;
        if (sections & ReportSection::Cover)
            cover(part(ReportPart::Kind::Cover));
        if (sections & ReportSection::Summary && !canceled())
            summary(part(ReportPart::Kind::Summary));
        if (sections & ReportSection::Claims && !canceled())
            claims(part(ReportPart::Kind::Claims));
        if (sections & ReportSection::Facts && !canceled()) {
            QList<ReportBlock> &blocks = part(ReportPart::Kind::Facts);
            factMatrix(blocks);
            corrections(blocks);
        }
        indexAnnotations();
        if (sections & ReportSection::Passages && !canceled())
            passages(part(ReportPart::Kind::Passages));
        if (!canceled())
            otherAnnotations();
        m_document.canceled = canceled();
        return std::move(m_document);
    }

private:
    QList<ReportBlock> &part(ReportPart::Kind kind)
    {
        m_document.parts.append(ReportPart{kind, {}});
        return m_document.parts.last().blocks;
    }

    bool canceled()
    {
        m_canceled = m_canceled || m_control.canceled();
        return m_canceled;
    }

    /// A table row: counted for the renderers' progress, and the builder's point to stop.
    bool addRow(ReportTable &table, QList<ReportCell> cells)
    {
        table.rows.append(std::move(cells));
        ++m_document.rowCount;
        return !canceled();
    }

    [[nodiscard]] QString articleName(int index) const { return m_analysis.articles.at(index).displayName(); }

    void cover(QList<ReportBlock> &blocks)
    {
        const QList<Article> &articles = m_analysis.articles;
        blocks.append(ReportSpace{40});
        blocks.append(ReportHeading{m_document.title, 0});
        blocks.append(ReportSpace{4});
        blocks.append(ReportText{text(m_document.subtitle, ReportTextStyle::Body, ReportInk::Muted), false, true});
        blocks.append(ReportSpace{14});
        const QDateTime when = m_options.reportDate.isValid() ? m_options.reportDate : QDateTime::currentDateTime();
        const QStringList &reviewers = m_session.review.reviewers;
        for (const QString &line :
             {ExportText::tr("Report date: %1").arg(QLocale().toString(when.date(), QLocale::LongFormat)),
              ExportText::tr("Reviewers: %1")
                  .arg(reviewers.isEmpty() ? ExportText::tr("none recorded") : reviewers.join(QStringLiteral(", "))),
              ExportText::tr("Articles compared: %1 of %2").arg(m_chosen.size()).arg(articles.size()),
              ExportText::tr("Annotations: %1 \u00b7 Claims: %2")
                  .arg(m_session.review.annotations.size())
                  .arg(m_session.review.claims.size())})
            blocks.append(ReportText{text(line), false, false});
        blocks.append(ReportSpace{10});
        blocks.append(ReportHeading{ExportText::tr("Sources"), 2});
        ReportTable table{{0.06, 0.44, 0.50},
                          {ExportText::tr("#"), ExportText::tr("Outlet and article"), ExportText::tr("Source")},
                          {},
                          -1};
        for (int index : std::as_const(m_chosen)) {
            const ArticleMetadata &meta = articles.at(index).meta;
            const auto unknown = [](const QString &value) { return value.isEmpty() ? ExportText::tr("not given") : value; };
            const QString published = meta.published.text.isEmpty() ? meta.published.isoString() : meta.published.text;
            const ReportCell what = cell({text(articleName(index), ReportTextStyle::Strong), text(unknown(meta.headline)),
                                          text(ExportText::tr("Author: %1").arg(unknown(meta.author)), ReportTextStyle::Small),
                                          text(ExportText::tr("Published: %1").arg(unknown(published)), ReportTextStyle::Small)});
            ReportCell source = cell({text(ExportText::tr("URL: %1").arg(unknown(meta.url)), ReportTextStyle::Small),
                                      text(ExportText::tr("File: %1").arg(unknown(meta.sourceFile)), ReportTextStyle::Small),
                                      text(ExportText::tr("SHA-256: %1").arg(QString::fromLatin1(articles.at(index).contentHash)),
                                           ReportTextStyle::Code)});
            if (const QString fetched = fetchedLabel(meta); !fetched.isEmpty())
                source.paragraphs.insert(2, text(fetched, ReportTextStyle::Small));
            if (m_session.unverifiedTexts.contains(index))
                source.paragraphs.append(text(unverifiedTextWarning(), ReportTextStyle::Strong, ReportInk::Warning));
            if (!addRow(table, {cell(QString::number(index + 1)), what, source}))
                break;
        }
        blocks.append(std::move(table));
    }

    void summary(QList<ReportBlock> &blocks)
    {
        const StorySummary story = summarizeStory(m_analysis, m_chosen);
        blocks.append(ReportHeading{ExportText::tr("Summary"), 1});
        blocks.append(ReportText{text(ExportText::tr("Articles compared: %1. Passages in the story: %2.")
                                          .arg(m_chosen.size())
                                          .arg(m_analysis.alignment.passages.size())),
                                 false, false});
        blocks.append(ReportText{text(ExportText::tr("Passages told by all compared articles: %1 (%2 identical, %3 reworded).")
                                          .arg(story.sharedByAll)
                                          .arg(story.identical)
                                          .arg(story.reworded)),
                                 false, false});
        blocks.append(ReportText{text(ExportText::tr("Facts in conflict: %1 of %2 fact slots.")
                                          .arg(story.conflicts)
                                          .arg(m_analysis.facts.slots.size())),
                                 false, false});
        for (const Phrase &message : m_analysis.messages)
            blocks.append(ReportText{text(message.translated(), ReportTextStyle::Small, ReportInk::Muted), false, false});
        if (!story.conflictList.isEmpty()) {
            blocks.append(ReportSpace{6});
            blocks.append(ReportHeading{ExportText::tr("Conflicting facts"), 2});
            for (const ConflictSummary &conflict : story.conflictList) {
                QStringList parts;
                for (const auto &[value, outlets] : conflict.values)
                    parts.append(ExportText::tr("%1 (%2)").arg(shortened(value, 80), outlets.join(QStringLiteral(", "))));
                blocks.append(ReportText{text(QStringLiteral("\u2260 ") + conflict.label + QStringLiteral(": ")
                                              + parts.join(QStringLiteral(" \u00b7 "))),
                                         true, false});
            }
        }
        blocks.append(ReportSpace{8});
        blocks.append(ReportHeading{ExportText::tr("By outlet"), 2});
        ReportTable table{{0.40, 0.20, 0.20, 0.20},
                          {ExportText::tr("Outlet"), ExportText::tr("Passages told"), ExportText::tr("Only in this outlet"),
                           ExportText::tr("Figures in conflict")},
                          {},
                          -1};
        for (int index : std::as_const(m_chosen)) {
            const int conflicting = story.conflicting.at(index);
            if (!addRow(table, {cell(articleName(index)), cell(QString::number(story.told.at(index))),
                                cell(QString::number(story.unique.at(index))),
                                cell(QString::number(conflicting), ReportTextStyle::Body, ReportInk::Normal,
                                     conflicting > 0 ? tint(ReportColour::Conflict) : ReportShade{})}))
                break;
        }
        blocks.append(std::move(table));
        againstSource(blocks);
    }

    /// "Coverage against the source" (sourceCoverage()): for each outlet of the report, what of
    /// the source it carries, then a row per departure. Nothing when the story has no source.
    void againstSource(QList<ReportBlock> &blocks)
    {
        const SourceCoverage coverage = sourceCoverage(m_analysis, m_session.review);
        if (coverage.isEmpty())
            return;
        blocks.append(ReportSpace{8});
        blocks.append(ReportHeading{sourceCoverageTitle(), 2});
        blocks.append(ReportText{text(sourceCoverageIntroduction(coverage), ReportTextStyle::Small, ReportInk::Muted), false, false});
        for (const SourceCoverage::Outlet &outlet : coverage.outlets) {
            if (!m_chosen.contains(outlet.article))
                continue;
            blocks.append(ReportSpace{4});
            blocks.append(ReportText{text(outlet.name, ReportTextStyle::Strong), false, false});
            blocks.append(ReportText{text(sourceCoverageLine(outlet), ReportTextStyle::Small), false, false});
            const QList<SourceCoverageRow> rows = sourceCoverageRows(outlet);
            if (rows.isEmpty())
                continue;
            ReportTable table{{0.30, 0.35, 0.35},
                              {ExportText::tr("Departure"), ExportText::tr("%1 says").arg(outlet.name),
                               ExportText::tr("The source says")},
                              {},
                              -1};
            const auto said = [](const QString &value) {
                return value.isEmpty() ? cell(QStringLiteral("—"), ReportTextStyle::Small, ReportInk::Muted)
                                       : cell(value, ReportTextStyle::Small);
            };
            for (const SourceCoverageRow &row : rows) {
                if (!addRow(table, {cell(row.departure, ReportTextStyle::Small, ReportInk::Normal,
                                         row.differs ? tint(ReportColour::Conflict, 0.35) : ReportShade{}),
                                    said(row.outletSays), said(row.sourceSays)}))
                    break;
            }
            blocks.append(std::move(table));
        }
    }

    [[nodiscard]] static ReportShade verdictShade(const QString &verdict)
    {
        if (verdict == u"Supported")
            return tint(ReportColour::Agree, 0.8);
        if (verdict == u"Disputed" || verdict == u"False" || verdict == u"Misleading")
            return tint(ReportColour::Conflict, 0.8);
        return {};
    }

    void claims(QList<ReportBlock> &blocks)
    {
        const ReviewState &review = m_session.review;
        blocks.append(ReportHeading{ExportText::tr("Claims and verdicts"), 1});
        if (review.claims.isEmpty()) {
            blocks.append(ReportText{text(ExportText::tr("No claims were recorded in this review."), ReportTextStyle::Body,
                                          ReportInk::Muted),
                                     false, false});
            return;
        }
        int reviewed = 0;
        for (const Claim &claim : review.claims)
            reviewed += (!review.verdicts.isEmpty() && claim.verdict != review.verdicts.first()) ? 1 : 0;
        blocks.append(ReportText{text(ExportText::tr("Claims reviewed: %1 of %2.").arg(reviewed).arg(review.claims.size())),
                                 false, false});
        blocks.append(ReportSpace{4});
        ReportTable table{{0.05, 0.30, 0.13, 0.24, 0.28},
                          {ExportText::tr("#"), ExportText::tr("Claim"), ExportText::tr("Verdict"), ExportText::tr("Rationale"),
                           ExportText::tr("Evidence")},
                          {},
                          -1};
        for (const Claim &claim : review.claims) {
            ReportCell statement = cell(claim.statement);
            if (const QStringList outlets = carriedBy(claim, m_story); !outlets.isEmpty())
                statement.paragraphs.append(text(ExportText::tr("Carried by: %1").arg(outlets.join(QStringLiteral(", "))),
                                                 ReportTextStyle::Small, ReportInk::Muted));
            ReportCell verdict = cell(verdictLabel(claim.verdict), ReportTextStyle::Strong, ReportInk::Normal,
                                      verdictShade(claim.verdict));
            if (!claim.reviewer.isEmpty())
                verdict.paragraphs.append(text(ExportText::tr("by %1").arg(claim.reviewer), ReportTextStyle::Small, ReportInk::Muted));
            const ReportCell rationale = claim.notes.isEmpty()
                ? cell(ExportText::tr("no rationale given"), ReportTextStyle::Small, ReportInk::Muted)
                : cell(shortened(claim.notes, 400), ReportTextStyle::Small);
            ReportCell evidence;
            for (const Evidence &item : claim.evidence) {
                QString line = ExportText::tr("E%1 %2 \u00b7 %3: %4")
                                   .arg(item.id)
                                   .arg(evidenceRoleName(item.role), m_story.label(item.anchor.articleHash),
                                        quoted(item.anchor.quote, 160));
                if (!item.note.isEmpty())
                    line += QStringLiteral(" \u2014 ") + shortened(item.note, 200);
                evidence.paragraphs.append(text(line, ReportTextStyle::Small));
            }
            if (evidence.paragraphs.isEmpty())
                evidence.paragraphs.append(text(ExportText::tr("no evidence linked"), ReportTextStyle::Small, ReportInk::Muted));
            if (!addRow(table, {cell(QString::number(claim.id)), statement, verdict, rationale, evidence}))
                break;
        }
        blocks.append(std::move(table));
        blocks.append(ReportSpace{10});
        scorecard(blocks);
    }

    void scorecard(QList<ReportBlock> &blocks)
    {
        const ReviewState &review = m_session.review;
        blocks.append(ReportHeading{ExportText::tr("Scorecard by outlet"), 2});
        const QList<OutletScore> scores = outletScorecard(review, m_analysis.articles);
        ReportTable table{{0.22, 0.08}, {ExportText::tr("Outlet"), ExportText::tr("Claims")}, {}, -1};
        const qreal rest = 0.70 / std::max<qsizetype>(1, review.verdicts.size());
        for (const QString &verdict : review.verdicts) {
            table.widths.append(rest);
            table.header.append(verdictLabel(verdict));
        }
        for (int index : std::as_const(m_chosen)) {
            const QByteArray &hash = m_analysis.articles.at(index).contentHash;
            const auto score = std::find_if(scores.begin(), scores.end(), [&](const OutletScore &s) {
                return s.articleHash == hash;
            });
            if (score == scores.end())
                continue;
            QList<ReportCell> cells{cell(articleName(index)), cell(QString::number(score->claims))};
            for (qsizetype v = 0; v < review.verdicts.size(); ++v) {
                const int count = score->counts.value(v);
                cells.append(cell(QString::number(count), ReportTextStyle::Body, ReportInk::Normal,
                                  count > 0 ? verdictShade(review.verdicts.at(v)) : ReportShade{}));
            }
            if (!addRow(table, std::move(cells)))
                break;
        }
        blocks.append(std::move(table));
    }

    [[nodiscard]] static ReportColour slotColour(const FactSlot &slot)
    {
        if (slot.isConflict())
            return ReportColour::Conflict;
        if (slot.quoteVariant)
            return ReportColour::QuoteVariant;
        return slot.status == SlotStatus::Agree ? ReportColour::Agree : ReportColour::Unique;
    }

    [[nodiscard]] static QString slotMark(const FactSlot &slot)
    {
        if (slot.isConflict())
            return QStringLiteral("\u2260");
        if (slot.quoteVariant)
            return QStringLiteral("~");
        return slot.status == SlotStatus::Agree ? QStringLiteral("\u2713") : QStringLiteral("\u25c6");
    }

    /// One row per fact and one column per compared outlet, topics with a conflict first.
    void factMatrix(QList<ReportBlock> &blocks)
    {
        const FactTable &facts = m_analysis.facts;
        blocks.append(ReportHeading{ExportText::tr("Fact matrix"), 1});
        blocks.append(ReportText{text(ExportText::tr("One row per fact, one column per outlet; topics with a conflict first. "
                                                     "\u2260 the outlets conflict, \u2713 they agree, \u25c6 one outlet only, "
                                                     "~ a quote worded differently."),
                                      ReportTextStyle::Small, ReportInk::Muted),
                                 false, false});
        blocks.append(ReportSpace{4});
        QList<int> topics;
        for (const Topic &topic : facts.topics) {
            if (std::any_of(topic.slots.begin(), topic.slots.end(), [&](int slot) { return facts.slots.at(slot).isConflict(); }))
                topics.append(topic.id);
        }
        for (const Topic &topic : facts.topics) {
            if (!topics.contains(topic.id))
                topics.append(topic.id);
        }
        const QSet<int> chosen(m_chosen.begin(), m_chosen.end());
        const auto shown = [&](const FactSlot &slot) {
            return std::any_of(slot.mentions.begin(), slot.mentions.end(),
                               [&](const Mention &m) { return chosen.contains(m.article.value()); });
        };
        if (std::none_of(facts.slots.begin(), facts.slots.end(), shown)) {
            blocks.append(ReportText{text(ExportText::tr("No figures or quotes were found in the compared articles."),
                                          ReportTextStyle::Body, ReportInk::Muted),
                                     false, false});
            return;
        }
        const qreal labelShare = 0.30;
        ReportTable table{{labelShare}, {ExportText::tr("Fact")}, {}, 1};
        for (int index : std::as_const(m_chosen)) {
            table.widths.append((1 - labelShare) / m_chosen.size());
            table.header.append(articleName(index));
        }
        for (int topicId : std::as_const(topics)) {
            const Topic &topic = facts.topics.at(topicId);
            QList<const FactSlot *> slots;
            for (int slotId : topic.slots) {
                if (shown(facts.slots.at(slotId)))
                    slots.append(&facts.slots.at(slotId));
            }
            if (slots.isEmpty())
                continue;
            if (topic.slots.size() > 1)
                addRow(table, {cell(ExportText::tr("Topic: %1").arg(topic.label.translated()), ReportTextStyle::SmallStrong,
                                    ReportInk::Normal, ReportShade{ReportColour::TableHeader, 1.0, 0})});
            for (const FactSlot *slot : std::as_const(slots)) {
                const ReportColour colour = slotColour(*slot);
                QString status = factKindName(slot->kind) + QStringLiteral(" \u00b7 ")
                    + (slot->comparable ? slotStatusName(slot->status) : ExportText::tr("not comparable"));
                if (slot->corrected)
                    status += QStringLiteral(" \u00b7 ") + correctedByText(slot->correctedBy);
                if (!slot->note.isEmpty())
                    status += QStringLiteral(": ") + slot->note;
                QList<ReportCell> cells{cell({text(slotMark(*slot) + QLatin1Char(' ') + slot->label.translated(), ReportTextStyle::Strong),
                                              text(status, ReportTextStyle::Small, ReportInk::Muted)},
                                             {}, ReportShade{colour, 1.0, 0})};
                for (int index : std::as_const(m_chosen)) {
                    QStringList surfaces;
                    for (const Mention &mention : slot->mentions) {
                        if (mention.article.value() == index)
                            surfaces.append(withPageLabel(shortened(mention.surface, slot->kind == FactKind::Quote ? 200 : 80),
                                                          m_analysis.articles.at(index), mention.span.start));
                    }
                    if (surfaces.isEmpty())
                        cells.append(cell(QStringLiteral("\u2014"), ReportTextStyle::Small, ReportInk::Muted));
                    else
                        cells.append(cell(surfaces.join(QStringLiteral("; ")), ReportTextStyle::Small, ReportInk::Normal,
                                          tint(colour, slot->isConflict() ? 0.75 : 0.4)));
                }
                if (!addRow(table, std::move(cells)))
                    break;
            }
        }
        blocks.append(std::move(table));
    }

    /// The reviewers' corrections of the analysis, those that still apply and those that no
    /// longer do, so a reader of the report sees what was decided by hand.
    void corrections(QList<ReportBlock> &blocks)
    {
        if (m_analysis.corrections.isEmpty())
            return;
        blocks.append(ReportSpace{8});
        blocks.append(ReportHeading{ExportText::tr("Corrections by reviewers"), 2});
        ReportTable table{{0.06, 0.54, 0.2, 0.2},
                          {ExportText::tr("#"), ExportText::tr("Correction"), ExportText::tr("Reviewer"), ExportText::tr("Applied")},
                          {},
                          -1};
        for (const AppliedCorrection &correction : m_analysis.corrections) {
            ReportCell what = cell(correction.description.translated(), ReportTextStyle::Small);
            if (!correction.note.isEmpty())
                what.paragraphs.append(text(correction.note, ReportTextStyle::Small, ReportInk::Muted));
            const ReportCell applied = correction.applied
                ? cell(ExportText::tr("yes"), ReportTextStyle::Small)
                : cell(ExportText::tr("no: %1").arg(correction.reason.translated()), ReportTextStyle::Small, ReportInk::Normal,
                       tint(ReportColour::Conflict, 0.4));
            if (!addRow(table, {cell(QString::number(correction.id), ReportTextStyle::Small), what,
                                cell(correction.reviewer, ReportTextStyle::Small), applied}))
                break;
        }
        blocks.append(std::move(table));
    }

    /// The annotations of an article in the story, by article index.
    void indexAnnotations()
    {
        m_annotationsByArticle.clear();
        for (qsizetype i = 0; i < m_session.review.annotations.size(); ++i) {
            const int article = m_story.indexOf(m_session.review.annotations.at(i).anchor.articleHash);
            if (article >= 0)
                m_annotationsByArticle[article].append(int(i));
        }
    }

    [[nodiscard]] QString footnoteText(const Annotation &annotation) const
    {
        QString note = m_story.label(annotation.anchor.articleHash) + QStringLiteral(": ") + quoted(annotation.anchor.quote, 120);
        if (!annotation.note.isEmpty())
            note += QStringLiteral(" \u2014 ") + shortened(annotation.note, 500);
        if (!annotation.tags.isEmpty())
            note += QStringLiteral(" [") + ExportText::tr("tags: %1").arg(annotation.tags.join(QStringLiteral(", "))) + QLatin1Char(']');
        note += QStringLiteral(" (") + highlightColourName(annotation.colour) + QLatin1Char(')');
        return note;
    }

    /// One article's rendering of a passage: its text with changed words marked, annotations
    /// highlighted and numbered where they end.
    ReportCell memberCell(const Passage &passage, const PassageMember &member, const QList<int> &group, bool first)
    {
        const Article &article = m_analysis.articles.at(member.article.value());
        const TextSpan span = member.span;
        const QString passageText = span.in(article.text).toString();
        QList<ReportMark> marks;
        const auto add = [&](TextSpan range, ReportMark::Kind kind, int highlight = 0) {
            const qsizetype start = std::max(range.start, span.start);
            const qsizetype end = std::min(range.end, span.end);
            if (end > start)
                marks.append(ReportMark{TextSpan{start - span.start, end - span.start}, kind, highlight, 0});
        };
        // Changed words: this rendering's words the reference lacks; in the reference, the
        // words the group's other renderings lack.
        if (&member != &passage.referenceMember()) {
            for (const DiffOp &op : member.diff) {
                if (op.kind == DiffOp::Kind::Insert)
                    add(op.memberSpan, ReportMark::Kind::Changed);
            }
        } else {
            for (int index : group) {
                const PassageMember *other = passage.member(ArticleId(index));
                if (!other || other == &member || !other->primary)
                    continue;
                for (const DiffOp &op : other->diff) {
                    if (op.kind == DiffOp::Kind::Delete)
                        add(op.referenceSpan, ReportMark::Kind::Lacking);
                }
            }
        }
        QList<std::pair<qsizetype, int>> notes;   // (article position, number)
        for (int i : m_annotationsByArticle.value(member.article.value())) {
            const Annotation &annotation = m_session.review.annotations.at(i);
            if (!annotation.anchor.span.intersects(span))
                continue;
            add(annotation.anchor.span, ReportMark::Kind::Highlight, int(annotation.colour));
            if (annotation.anchor.span.end > span.start && annotation.anchor.span.end <= span.end
                && !m_footnoteNumbers.contains(i)) {
                const int number = int(m_footnoteNumbers.size()) + 1;
                m_footnoteNumbers.insert(i, number);
                m_document.footnotes.insert(number, footnoteText(annotation));
                notes.append({annotation.anchor.span.end, number});
            }
        }
        std::sort(notes.begin(), notes.end());
        // The labels "[n]" go into the text: a range [s, e) moves right by the labels inserted
        // before s and stretches over labels inserted inside it.
        QString marked;
        QList<ReportMark> labels;
        qsizetype from = 0;
        for (const auto &[position, number] : std::as_const(notes)) {
            const qsizetype at = position - span.start;
            marked += QStringView(passageText).mid(from, at - from);
            const QString label = QLatin1Char('[') + QString::number(number) + QLatin1Char(']');
            labels.append(ReportMark{TextSpan{marked.size(), marked.size() + label.size()}, ReportMark::Kind::Footnote, 0, number});
            marked += label;
            from = at;
        }
        marked += QStringView(passageText).mid(from);
        const auto moved = [&](qsizetype position, bool isEnd) {
            qsizetype offset = 0;
            for (const auto &[notePosition, number] : std::as_const(notes)) {
                const qsizetype at = notePosition - span.start;
                if (at < position || (at == position && !isEnd))
                    offset += QString::number(number).size() + 2;
            }
            return position + offset;
        };
        for (ReportMark &mark : marks)
            mark.span = TextSpan{moved(mark.span.start, false), moved(mark.span.end, true)};
        marks += labels;

        ReportCell result;
        if (passage.status == PassageStatus::Unique)
            result.paragraphs.append(text(ExportText::tr("Only in %1").arg(articleName(member.article.value())),
                                          ReportTextStyle::Note, ReportInk::Muted));
        if (passage.corrected && first)
            result.paragraphs.append(text(correctedByText(passage.correctedBy), ReportTextStyle::Note, ReportInk::Muted));
        result.paragraphs.append(ReportParagraph{marked, ReportTextStyle::Body, ReportInk::Normal, marks});
        result.stripe.colour = passage.status == PassageStatus::Identical ? ReportColour::Identical
                             : passage.status == PassageStatus::Reworded  ? ReportColour::Reworded
                                                                          : ReportColour::Unique;
        return result;
    }

    void passages(QList<ReportBlock> &blocks)
    {
        const int columns = std::clamp(m_options.columns, 2, 3);
        const Alignment &alignment = m_analysis.alignment;
        blocks.append(ReportHeading{ExportText::tr("Passages side by side"), 1});
        blocks.append(ReportText{text(ExportText::tr("Stripes: blue identical, amber reworded, purple only in one outlet. "
                                                     "Underlined on a shaded ground: words that differ from the reference "
                                                     "rendering; dotted: words other outlets left out or replaced. "
                                                     "[n] marks an annotation; its note is at the foot of the page."),
                                      ReportTextStyle::Small, ReportInk::Muted),
                                 false, false});
        for (qsizetype from = 0; from < m_chosen.size(); from += columns) {
            QList<int> group = m_chosen.mid(from, columns);
            // A lone last article is read beside its neighbour rather than on its own.
            if (group.size() == 1 && from > 0)
                group.prepend(m_chosen.at(from - 1));
            ReportPassages side;
            for (int index : group)
                side.outlets.append(articleName(index));
            // The groups after the first follow on the same page when it has room, so a short
            // group leaves no half-empty page behind.
            blocks.append(ReportSpace{from == 0 ? 4.0 : 16.0});
            blocks.append(ReportHeading{ExportText::tr("Side by side: %1").arg(side.outlets.join(QStringLiteral(" \u00b7 "))), 2});
            // Rows that keep every article's own reading order (sidebyside.h).
            for (const SideBySideRow &row : sideBySideRows(alignment, group)) {
                if (canceled())
                    break;
                const Passage &passage = alignment.passages.at(row.passage);
                ReportPassageRow out;
                out.number = int(side.rows.size()) + 1;
                out.status = passageStatusName(passage.status);
                if (passage.corrected) {
                    out.correctedBy = correctedByText(passage.correctedBy);
                    out.status += QStringLiteral(", ") + out.correctedBy;
                }
                out.shown = row.shown;
                bool first = true;
                for (qsizetype c = 0; c < group.size(); ++c) {
                    const PassageMember *member = passage.member(ArticleId(group.at(c)));
                    if (row.shown.at(c)) {
                        out.cells.append(memberCell(passage, *member, group, first));
                        first = false;
                    } else if (member && member->primary) {
                        out.cells.append(cell(ExportText::tr("told at another place in this article"), ReportTextStyle::Note,
                                              ReportInk::Muted));
                    } else {
                        out.cells.append(cell(ExportText::tr("not in this article"), ReportTextStyle::Note, ReportInk::Muted));
                    }
                }
                side.rows.append(std::move(out));
                ++m_document.rowCount;
            }
            blocks.append(std::move(side));
            if (canceled())
                return;
        }
    }

    void otherAnnotations()
    {
        const QSet<int> chosen(m_chosen.begin(), m_chosen.end());
        QList<int> listed;
        for (qsizetype i = 0; i < m_session.review.annotations.size(); ++i) {
            const int article = m_story.indexOf(m_session.review.annotations.at(i).anchor.articleHash);
            if (!m_footnoteNumbers.contains(int(i)) && (article < 0 || chosen.contains(article)))
                listed.append(int(i));
        }
        if (listed.isEmpty())
            return;
        QList<ReportBlock> &blocks = part(ReportPart::Kind::Annotations);
        blocks.append(ReportHeading{ExportText::tr("Annotations"), 1});
        blocks.append(ReportText{text(m_options.sections & ReportSection::Passages
                                          ? ExportText::tr("Annotations on text outside the side-by-side passages (page furniture, or "
                                                           "sentences that repeat another passage).")
                                          : ExportText::tr("Every annotation of the compared articles."),
                                      ReportTextStyle::Small, ReportInk::Muted),
                                 false, false});
        blocks.append(ReportSpace{4});
        ReportTable table{{0.22, 0.34, 0.44},
                          {ExportText::tr("Article"), ExportText::tr("Highlighted text"), ExportText::tr("Note and tags")},
                          {},
                          -1};
        for (int i : std::as_const(listed)) {
            const Annotation &annotation = m_session.review.annotations.at(i);
            ReportCell note = annotation.note.isEmpty() ? cell(ExportText::tr("no note"), ReportTextStyle::Small, ReportInk::Muted)
                                                        : cell(annotation.note, ReportTextStyle::Small);
            if (!annotation.tags.isEmpty())
                note.paragraphs.append(text(ExportText::tr("tags: %1").arg(annotation.tags.join(QStringLiteral(", "))),
                                            ReportTextStyle::Small, ReportInk::Muted));
            ++m_document.listedAnnotations;
            if (!addRow(table, {cell(m_story.label(annotation.anchor.articleHash), ReportTextStyle::Small),
                                cell(quoted(annotation.anchor.quote, 600), ReportTextStyle::Small, ReportInk::Normal,
                                     ReportShade{ReportColour::Highlight, 1.0, int(annotation.colour)}),
                                note}))
                break;
        }
        blocks.append(std::move(table));
    }

    const SessionData &m_session;
    const Analysis &m_analysis;
    const ReportOptions &m_options;
    const TaskControl &m_control;
    bool m_canceled = false;
    StoryIndex m_story;
    QList<int> m_chosen;
    QHash<int, QList<int>> m_annotationsByArticle;
    QHash<int, int> m_footnoteNumbers;   ///< annotation index -> footnote number
    ReportDocument m_document;
};

} // namespace

ReportDocument buildReportDocument(const SessionData &session, const Analysis &analysis, const ReportOptions &options,
                                   const TaskControl &control)
{
    return ReportComposer(session, analysis, options, control).compose();
}

} // namespace Crossread
