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
#include "export/reportdocument.h"
#include "export/correctedanalysis.h"
#include "export/sourcecoverage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread {
namespace {

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

QString markdownReport(const SessionData &session, const Analysis &analysis, const ReportOptions &options)
{
    return reportMarkdown(buildReportDocument(session, analysis, options));
}

Expected<std::monostate, QString> writeExportFile(const QString &path, const QByteArray &bytes)
{
    return writeOutputFile(path, bytes);
}

} // namespace Crossread
