// SPDX-License-Identifier: GPL-3.0-or-later
// CSV follows RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180); formula neutralising follows
// OWASP's "CSV Injection" page; Markdown escaping follows CommonMark's backslash escapes
// (https://spec.commonmark.org/0.30/#backslash-escapes).
#include "export/dataexport.h"
#include "json/factjson.h"

#include "review/claimmodel.h"
#include "core/codepointmap.h"
#include "core/outputfile.h"
#include "export/storysummary_p.h"
#include "json/analysisjson.h"
#include "export/correctedanalysis.h"
#include "export/sourcecoverage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Crossread {
namespace {

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string in the file.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Export)
};

const QByteArray utf8Bom("\xEF\xBB\xBF");

QString csvRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

StoryIndex storyIndex(const QList<Article> &articles)
{
    StoryIndex story;
    story.setArticles(articles);
    return story;
}

QString evidenceLine(const Evidence &evidence, const StoryIndex &story)
{
    QString line = QStringLiteral("E%1 %2 \u00b7 %3: \u201c%4\u201d")
                       .arg(evidence.id)
                       .arg(evidenceRoleName(evidence.role), story.label(evidence.anchor.articleHash),
                            evidence.anchor.quote);
    if (!evidence.note.isEmpty())
        line += QStringLiteral(" \u2014 ") + evidence.note;
    return line;
}

QJsonObject anchorJson(const Anchor &anchor, const StoryIndex &story, const QList<CodePointMap> &maps)
{
    const int article = story.indexOf(anchor.articleHash);
    TextSpan span = anchor.span;
    if (article >= 0)
        span = maps.at(article).toCodePoints(anchor.span);
    return QJsonObject{
        {QStringLiteral("article"), article >= 0 ? QJsonValue(article) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("contentHash"), QString::fromLatin1(anchor.articleHash)},
        {QStringLiteral("start"), qint64(span.start)},
        {QStringLiteral("end"), qint64(span.end)},
        {QStringLiteral("quote"), anchor.quote},
    };
}

// A spreadsheet reads a cell as a formula when its first character is = + - or @, and some
// trim leading whitespace first or fold the full-width and small forms an East Asian input
// method types (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫). So whitespace is skipped and the first other character
// compared after NFKC folding, which maps those forms to the ASCII ones.
bool startsLikeFormula(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\t' || c == u'\r')
            return true;
        if (c.isSpace())
            continue;
        const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
        if (folded.size() != 1)
            return false;
        const QChar f = folded.front();
        return f == u'=' || f == u'+' || f == u'-' || f == u'@';
    }
    return false;
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    if (startsLikeFormula(field))
        field.prepend(u'\'');
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')
                    || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    field.replace(u'"', QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

QByteArray claimsCsv(const SessionData &session, const QList<Article> &articles)
{
    const StoryIndex story = storyIndex(articles);
    QString csv = csvRow({QStringLiteral("id"), QStringLiteral("statement"), QStringLiteral("verdict"),
                          QStringLiteral("outlets"), QStringLiteral("reviewer"), QStringLiteral("rationale"),
                          QStringLiteral("evidence"), QStringLiteral("created"), QStringLiteral("updated")});
    for (const Claim &claim : session.review.claims) {
        QStringList evidence;
        for (const Evidence &item : claim.evidence)
            evidence.append(evidenceLine(item, story));
        csv += csvRow({QString::number(claim.id), claim.statement, verdictLabel(claim.verdict),
                       carriedBy(claim, story).join(QStringLiteral("; ")), claim.reviewer, claim.notes,
                       evidence.join(u'\n'), isoUtc(claim.created), isoUtc(claim.updated)});
    }
    return utf8Bom + csv.toUtf8();
}

QByteArray factsCsv(const Analysis &analysis)
{
    QString csv = csvRow({QStringLiteral("slot"), QStringLiteral("topic"), QStringLiteral("kind"), QStringLiteral("status"),
                          QStringLiteral("label"), QStringLiteral("article"), QStringLiteral("outlet"),
                          QStringLiteral("text"), QStringLiteral("value"), QStringLiteral("quote variant")});
    const FactTable &facts = analysis.facts;
    for (const FactSlot &slot : facts.slots) {
        const QString topic = slot.topic >= 0 && slot.topic < facts.topics.size() ? facts.topics.at(slot.topic).label.translated() : QString();
        for (const Mention &mention : slot.mentions) {
            const int article = mention.article.value();
            const QString outlet = article >= 0 && article < analysis.articles.size()
                                       ? analysis.articles.at(article).displayName() : QString();
            csv += csvRow({QString::number(slot.id), topic, factKindName(slot.kind), slotStatusName(slot.status), slot.label.translated(),
                           QString::number(article + 1), outlet, mention.surface, mention.value.toString(),
                           slot.kind == FactKind::Quote ? (slot.quoteVariant ? QStringLiteral("yes") : QStringLiteral("no"))
                                                        : QString()});
        }
    }
    return utf8Bom + csv.toUtf8();
}

QByteArray reviewJson(const SessionData &session, const Analysis &analysis)
{
    const QList<Article> &articles = analysis.articles;
    const StoryIndex story = storyIndex(articles);
    QList<CodePointMap> maps;
    maps.reserve(articles.size());
    QJsonArray articleArray;
    for (int i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        maps.append(CodePointMap(article.text));
        articleArray.append(QJsonObject{
            {QStringLiteral("id"), i},
            {QStringLiteral("outlet"), article.meta.outlet},
            {QStringLiteral("headline"), article.meta.headline},
            {QStringLiteral("file"), article.meta.sourceFile},
            {QStringLiteral("url"), article.meta.url},
            {QStringLiteral("contentHash"), QString::fromLatin1(article.contentHash)},
        });
        if (!article.meta.fetchedUrl.isEmpty()) {
            QJsonObject object = articleArray.last().toObject();
            object.insert(QStringLiteral("fetched_url"), article.meta.fetchedUrl);
            object.insert(QStringLiteral("fetched_at"), isoUtc(article.meta.fetchedAt));
            articleArray.last() = object;
        }
    }
    QJsonArray claims;
    for (const Claim &claim : session.review.claims) {
        QJsonArray sources;
        for (const Anchor &source : claim.sources)
            sources.append(anchorJson(source, story, maps));
        QJsonArray evidence;
        for (const Evidence &item : claim.evidence) {
            evidence.append(QJsonObject{{QStringLiteral("id"), item.id},
                                        {QStringLiteral("role"), evidenceRoleKey(item.role)},
                                        {QStringLiteral("note"), item.note},
                                        {QStringLiteral("anchor"), anchorJson(item.anchor, story, maps)}});
        }
        claims.append(QJsonObject{
            {QStringLiteral("id"), claim.id},
            {QStringLiteral("statement"), claim.statement},
            {QStringLiteral("verdict"), claim.verdict},
            {QStringLiteral("origin"), claimOriginKey(claim.origin)},
            {QStringLiteral("notes"), claim.notes},
            {QStringLiteral("reviewer"), claim.reviewer},
            {QStringLiteral("created"), isoUtc(claim.created)},
            {QStringLiteral("updated"), isoUtc(claim.updated)},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("evidence"), evidence},
        });
    }
    QJsonArray annotations;
    for (const Annotation &annotation : session.review.annotations) {
        annotations.append(QJsonObject{
            {QStringLiteral("id"), annotation.id},
            {QStringLiteral("colour"), highlightColourKey(annotation.colour)},
            {QStringLiteral("note"), annotation.note},
            {QStringLiteral("tags"), QJsonArray::fromStringList(annotation.tags)},
            {QStringLiteral("created"), isoUtc(annotation.created)},
            {QStringLiteral("updated"), isoUtc(annotation.updated)},
            {QStringLiteral("anchor"), anchorJson(annotation.anchor, story, maps)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("crossread-review")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), reportTitle(session, articles)},
        {QStringLiteral("articles"), articleArray},
        {QStringLiteral("verdicts"), QJsonArray::fromStringList(session.review.verdicts)},
        {QStringLiteral("reviewers"), QJsonArray::fromStringList(session.review.reviewers)},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("facts"), factsToJson(analysis.facts, maps)},
        {QStringLiteral("corrections"), correctionsToJson(analysis.corrections)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>&|#~!");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
        if (lineStart && (c == u'-' || c == u'+' || c == u'=')) {
            out += u'\\';
        } else if (c.isDigit() && lineStart) {
            // "1." or "1)" at a line start would begin an ordered list.
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            out += text.mid(i, j - i);
            if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')'))
                out += u'\\';
            i = j - 1;
            lineStart = false;
            continue;
        }
        if (special.contains(c))
            out += u'\\';
        out += c;
        lineStart = lineStart && c == u' ';
    }
    return out;
}

namespace {

QString cell(const QString &text)
{
    return markdownEscaped(text.simplified());
}

QString tableRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString tableHeader(const QStringList &labels)
{
    QStringList cells;
    QStringList rules;
    for (const QString &label : labels) {
        cells.append(cell(label));
        rules.append(QStringLiteral("---"));
    }
    return tableRow(cells) + tableRow(rules);
}

} // namespace

QString markdownReport(const SessionData &session, const Analysis &analysis, const ReportOptions &options)
{
    const QList<Article> &articles = analysis.articles;
    const StoryIndex story = storyIndex(articles);
    const QList<int> chosen = chosenArticles(options.articles, articles.size());
    const ReviewState &review = session.review;
    QString md;
    md += QStringLiteral("# ") + cell(reportTitle(session, articles)) + u'\n' + u'\n';
    if (options.sections & ReportSection::Cover) {
        const QDateTime when = options.reportDate.isValid() ? options.reportDate : QDateTime::currentDateTime();
        md += cell(ExportText::tr("Report date: %1").arg(QLocale().toString(when.date(), QLocale::LongFormat))) + QStringLiteral("  \n");
        md += cell(ExportText::tr("Reviewers: %1").arg(review.reviewers.isEmpty() ? ExportText::tr("none recorded")
                                                                       : review.reviewers.join(QStringLiteral(", "))))
            + QStringLiteral("\n\n## ") + cell(ExportText::tr("Sources")) + QStringLiteral("\n\n");
        md += tableHeader({ExportText::tr("#"), ExportText::tr("Outlet"), ExportText::tr("Headline"), ExportText::tr("Author"), ExportText::tr("Published"), ExportText::tr("URL"), ExportText::tr("File"),
                           ExportText::tr("SHA-256")});
        for (int i : chosen) {
            const ArticleMetadata &meta = articles.at(i).meta;
            md += tableRow({QString::number(i + 1), cell(articles.at(i).displayName()), cell(meta.headline), cell(meta.author),
                            cell(meta.published.text.isEmpty() ? meta.published.isoString() : meta.published.text),
                            cell(meta.url),
                            cell(meta.fetchedUrl.isEmpty() ? meta.sourceFile : fetchedLabel(meta)),
                            session.unverifiedTexts.contains(i)
                                ? QString::fromLatin1(articles.at(i).contentHash) + u' ' + cell(unverifiedTextWarning())
                                : QString::fromLatin1(articles.at(i).contentHash)});
        }
        md += u'\n';
    }
    if (options.sections & ReportSection::Summary) {
        const StorySummary story = summarizeStory(analysis, chosen);
        md += QStringLiteral("## ") + cell(ExportText::tr("Summary")) + QStringLiteral("\n\n");
        md += QStringLiteral("- ") + cell(ExportText::tr("Articles compared: %1. Passages in the story: %2.")
                                              .arg(chosen.size()).arg(analysis.alignment.passages.size())) + u'\n';
        md += QStringLiteral("- ") + cell(ExportText::tr("Passages told by all compared articles: %1 (%2 identical, %3 reworded).")
                                              .arg(story.sharedByAll).arg(story.identical).arg(story.reworded)) + u'\n';
        md += QStringLiteral("- ") + cell(ExportText::tr("Facts in conflict: %1 of %2 fact slots.")
                                              .arg(story.conflicts).arg(analysis.facts.slots.size())) + QStringLiteral("\n\n");
        if (!story.conflictList.isEmpty()) {
            md += QStringLiteral("### ") + cell(ExportText::tr("Conflicting facts")) + QStringLiteral("\n\n");
            for (const ConflictSummary &conflict : story.conflictList) {
                QStringList parts;
                for (const auto &[value, outlets] : conflict.values)
                    parts.append(ExportText::tr("%1 (%2)").arg(value, outlets.join(QStringLiteral(", "))));
                md += QStringLiteral("- ") + cell(conflict.label + QStringLiteral(": ") + parts.join(QStringLiteral(" \u00b7 ")))
                    + u'\n';
            }
            md += u'\n';
        }
        md += tableHeader({ExportText::tr("Outlet"), ExportText::tr("Passages told"), ExportText::tr("Only in this outlet"), ExportText::tr("Figures in conflict")});
        for (int i : chosen)
            md += tableRow({cell(articles.at(i).displayName()), QString::number(story.told.at(i)),
                            QString::number(story.unique.at(i)), QString::number(story.conflicting.at(i))});
        md += u'\n';
        // The same content as the PDF's section (sourceCoverage()).
        if (const SourceCoverage coverage = sourceCoverage(analysis, review); !coverage.isEmpty()) {
            md += QStringLiteral("### ") + cell(sourceCoverageTitle()) + QStringLiteral("\n\n");
            md += cell(sourceCoverageIntroduction(coverage)) + QStringLiteral("\n\n");
            for (const SourceCoverage::Outlet &outlet : coverage.outlets) {
                if (!chosen.contains(outlet.article))
                    continue;
                md += QStringLiteral("**") + cell(outlet.name) + QStringLiteral("**: ") + cell(sourceCoverageLine(outlet))
                    + QStringLiteral("\n\n");
                const QList<SourceCoverageRow> rows = sourceCoverageRows(outlet);
                if (rows.isEmpty())
                    continue;
                md += tableHeader({ExportText::tr("Departure"), ExportText::tr("%1 says").arg(outlet.name), ExportText::tr("The source says")});
                for (const SourceCoverageRow &row : rows)
                    md += tableRow({cell(row.departure), cell(row.outletSays), cell(row.sourceSays)});
                md += u'\n';
            }
        }
    }
    if (options.sections & ReportSection::Claims) {
        md += QStringLiteral("## ") + cell(ExportText::tr("Claims and verdicts")) + QStringLiteral("\n\n");
        if (review.claims.isEmpty()) {
            md += cell(ExportText::tr("No claims were recorded in this review.")) + QStringLiteral("\n\n");
        } else {
            md += tableHeader({ExportText::tr("#"), ExportText::tr("Claim"), ExportText::tr("Verdict"), ExportText::tr("Reviewer"), ExportText::tr("Rationale"), ExportText::tr("Evidence")});
            for (const Claim &claim : review.claims) {
                QStringList evidence;
                for (const Evidence &item : claim.evidence)
                    evidence.append(cell(evidenceLine(item, story)));
                md += tableRow({QString::number(claim.id), cell(claim.statement), cell(verdictLabel(claim.verdict)),
                                cell(claim.reviewer), cell(claim.notes), evidence.join(QStringLiteral("; "))});
            }
            md += QStringLiteral("\n### ") + cell(ExportText::tr("Scorecard by outlet")) + QStringLiteral("\n\n");
            QStringList labels{ExportText::tr("Outlet"), ExportText::tr("Claims")};
            for (const QString &verdict : review.verdicts)
                labels.append(verdictLabel(verdict));
            md += tableHeader(labels);
            for (const OutletScore &score : outletScorecard(review, articles)) {
                if (!chosen.contains(story.indexOf(score.articleHash)))
                    continue;
                QStringList row{cell(score.outlet), QString::number(score.claims)};
                for (int count : score.counts)
                    row.append(QString::number(count));
                md += tableRow(row);
            }
            md += u'\n';
        }
    }
    if (options.sections & ReportSection::Facts) {
        md += QStringLiteral("## ") + cell(ExportText::tr("Fact matrix")) + QStringLiteral("\n\n");
        QStringList labels{ExportText::tr("Fact"), ExportText::tr("Status")};
        for (int i : chosen)
            labels.append(articles.at(i).displayName());
        md += tableHeader(labels);
        for (const FactSlot &slot : analysis.facts.slots) {
            QString status = slot.comparable ? slotStatusName(slot.status) : ExportText::tr("not comparable");
            if (slot.corrected)
                status += QStringLiteral(" (") + correctedByText(slot.correctedBy) + u')';
            if (!slot.note.isEmpty())
                status += QStringLiteral(": ") + slot.note;
            QStringList row{cell(slot.label.translated()), cell(status)};
            bool any = false;
            for (int i : chosen) {
                QStringList surfaces;
                for (const Mention &mention : slot.mentions) {
                    if (mention.article.value() == i)
                        surfaces.append(withPageLabel(mention.surface, articles.at(i), mention.span.start));
                }
                any = any || !surfaces.isEmpty();
                row.append(surfaces.isEmpty() ? QStringLiteral("\u2014") : cell(surfaces.join(QStringLiteral("; "))));
            }
            if (any)
                md += tableRow(row);
        }
        md += u'\n';
    }
    if ((options.sections & ReportSection::Facts) && !analysis.corrections.isEmpty()) {
        md += QStringLiteral("## ") + cell(ExportText::tr("Corrections by reviewers")) + QStringLiteral("\n\n");
        md += tableHeader({ExportText::tr("#"), ExportText::tr("Correction"), ExportText::tr("Reviewer"), ExportText::tr("Note"),
                           ExportText::tr("Applied")});
        for (const AppliedCorrection &correction : analysis.corrections) {
            md += tableRow({QString::number(correction.id), cell(correction.description), cell(correction.reviewer),
                            cell(correction.note),
                            correction.applied ? ExportText::tr("yes")
                                               : cell(ExportText::tr("no: %1").arg(correction.reason))});
        }
        md += u'\n';
    }
    QSet<int> noted;
    if (options.sections & ReportSection::Passages) {
        md += QStringLiteral("## ") + cell(ExportText::tr("Passages side by side")) + QStringLiteral("\n\n");
        QHash<int, QList<int>> annotationsByArticle;
        for (qsizetype a = 0; a < review.annotations.size(); ++a) {
            const int article = story.indexOf(review.annotations.at(a).anchor.articleHash);
            if (article >= 0)
                annotationsByArticle[article].append(int(a));
        }
        int number = 0;
        for (const Passage &passage : analysis.alignment.passages) {
            QString block;
            QStringList notes;
            for (int i : chosen) {
                const PassageMember *member = passage.member(ArticleId(i));
                if (!member || !member->primary)
                    continue;
                const Article &article = articles.at(i);
                block += QStringLiteral("- **") + cell(article.displayName()) + QStringLiteral(":** ")
                       + cell(member->span.in(article.text).toString());
                for (int a : annotationsByArticle.value(i)) {
                    const Annotation &annotation = review.annotations.at(a);
                    if (noted.contains(a) || annotation.anchor.span.end <= member->span.start
                        || annotation.anchor.span.end > member->span.end)
                        continue;
                    noted.insert(a);
                    const int n = int(noted.size());
                    block += QStringLiteral(" \\[%1\\]").arg(n);
                    notes.append(QStringLiteral("  %1. ").arg(n) + cell(QStringLiteral("\u201c") + annotation.anchor.quote
                                                                        + QStringLiteral("\u201d \u2014 ") + annotation.note));
                }
                block += u'\n';
            }
            if (block.isEmpty())
                continue;
            ++number;
            QString status = passageStatusName(passage.status);
            if (passage.corrected)
                status += QStringLiteral(", ") + correctedByText(passage.correctedBy);
            md += QStringLiteral("### ") + cell(ExportText::tr("Passage %1 (%2)").arg(number).arg(status))
                + QStringLiteral("\n\n") + block;
            if (!notes.isEmpty())
                md += u'\n' + cell(ExportText::tr("Notes:")) + u'\n' + notes.join(u'\n') + u'\n';
            md += u'\n';
        }
    }
    QStringList others;
    for (qsizetype a = 0; a < review.annotations.size(); ++a) {
        const Annotation &annotation = review.annotations.at(a);
        if (noted.contains(int(a)))
            continue;
        const int article = story.indexOf(annotation.anchor.articleHash);
        if (article >= 0 && !chosen.contains(article))
            continue;
        others.append(tableRow({cell(story.label(annotation.anchor.articleHash)), cell(annotation.anchor.quote),
                                cell(annotation.note), cell(annotation.tags.join(QStringLiteral(", ")))}));
    }
    if (!others.isEmpty()) {
        md += QStringLiteral("## ") + cell(ExportText::tr("Annotations")) + QStringLiteral("\n\n")
            + tableHeader({ExportText::tr("Article"), ExportText::tr("Highlighted text"), ExportText::tr("Note"), ExportText::tr("Tags")}) + others.join(QString()) + u'\n';
    }
    return md;
}

Expected<std::monostate, QString> writeExportFile(const QString &path, const QByteArray &bytes)
{
    return writeOutputFile(path, bytes);
}

} // namespace Crossread
