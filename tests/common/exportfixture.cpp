// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/exportfixture.h"

#include "import/importer.h"
#include "review/review.h"
#include "import/samplestory.h"
#include "common/storygenerator.h"


namespace Crossread::ExportFixture {
namespace {

Anchor anchorFor(const Article &article, const QString &text, qsizetype from = 0)
{
    const qsizetype at = article.text.indexOf(text, from);
    if (at < 0)
        return {};
    return {article.contentHash, {at, at + text.size()}, text};
}

int articleOf(const QList<Article> &articles, QStringView fileStart)
{
    for (int i = 0; i < articles.size(); ++i) {
        if (articles.at(i).meta.sourceFile.startsWith(fileStart))
            return i;
    }
    return -1;
}

} // namespace

Story sampleSession()
{
    Story story;
    const auto sample = sampleStory();
    if (!sample)
        qFatal("the sample story is not built in");
    QList<Article> articles;
    for (const ImportSource &source : sample->sources) {
        const ImportResult result = importSource(source);
        if (!result)
            qFatal("cannot import a sample file");
        articles.append(result.value());
    }
    story.analysis = analyseStory(articles);
    story.session.title = sample->title;
    story.session.articles = articles;

    const int gazette = articleOf(articles, u"01-");
    const int courier = articleOf(articles, u"03-");
    const int radio = articleOf(articles, u"05-");
    if (gazette < 0 || courier < 0 || radio < 0)
        qFatal("the sample story's files were renamed");
    const Article &g = articles.at(gazette);
    const Article &c = articles.at(courier);
    const Article &r = articles.at(radio);

    Review review;
    review.addAnnotation(anchorFor(c, QStringLiteral("$2.3 million")), HighlightColour::Pink,
                         QStringLiteral("Courier's grant figure differs from every other outlet."),
                         {QStringLiteral("grant"), QStringLiteral("money")});
    review.addAnnotation(anchorFor(r, QStringLiteral("May 10")), HighlightColour::Yellow,
                         QStringLiteral("Hearing date: radio says May 10, others May 3."), {QStringLiteral("dates")});
    review.addAnnotation(anchorFor(g, QStringLiteral("$3.2 million")), HighlightColour::Green,
                         QStringLiteral("Safety check ") + injection, {QStringLiteral("<b>tag</b>")});

    Claim grant;
    grant.statement = QStringLiteral("The state grant for the GPS units was $3.2 million.");
    grant.origin = ClaimOrigin::FactSlot;
    grant.sources = {anchorFor(g, QStringLiteral("$3.2 million")), anchorFor(c, QStringLiteral("$2.3 million"))};
    grant.notes = QStringLiteral("Four outlets and the state fund's notice say $3.2 million; the Courier transposed digits.");
    const int grantId = review.addClaim(grant);
    review.addEvidence(grantId, anchorFor(g, QStringLiteral("$3.2 million")), EvidenceRole::Supports);
    review.addEvidence(grantId, anchorFor(c, QStringLiteral("$2.3 million")), EvidenceRole::Contradicts,
                       QStringLiteral("likely a typo"));
    review.setVerdict(grantId, QStringLiteral("Supported"), QStringLiteral("Dana Okafor"));

    Claim hearing;
    hearing.statement = QStringLiteral("The public hearing is on May 10.");
    hearing.sources = {anchorFor(r, QStringLiteral("May 10"))};
    hearing.notes = QStringLiteral("The city calendar lists May 3.");
    const int hearingId = review.addClaim(hearing);
    review.addEvidence(hearingId, anchorFor(g, QStringLiteral("May 3")), EvidenceRole::Contradicts);
    review.setVerdict(hearingId, QStringLiteral("False"), QStringLiteral("Lee Marsh"));

    story.session.review = review.state();
    return story;
}

Story generatedSession(int articleCount, int annotations, quint64 seed)
{
    Story story;
    Synth::GeneratorOptions options;
    options.seed = seed;
    options.articles = articleCount;
    options.baseSentences = 30;
    const QList<Article> articles = Synth::generateStory(options).articleList();
    story.analysis = analyseStory(articles);
    story.session.title = QStringLiteral("Generated story of %1 articles").arg(articleCount);
    story.session.articles = articles;

    Review review;
    const Alignment &alignment = story.analysis.alignment;
    int made = 0;
    for (qsizetype p = 0; made < annotations && p < alignment.passages.size() * 4; ++p) {
        const Passage &passage = alignment.passages.at(p % alignment.passages.size());
        const PassageMember &member = passage.members.at((p / alignment.passages.size() + made) % passage.members.size());
        const Article &article = articles.at(member.article.value());
        const TextSpan span{member.span.start, std::min(member.span.end, member.span.start + 24)};
        const Anchor anchor{article.contentHash, span, span.in(article.text).toString()};
        review.addAnnotation(anchor, HighlightColour(made % highlightColourCount),
                             QStringLiteral("Note %1 on this passage, long enough to wrap in a footnote line or two "
                                            "when the page is narrow.").arg(made + 1),
                             {QStringLiteral("t%1").arg(made % 3)});
        if (made % 10 == 0) {
            Claim claim;
            claim.statement = QStringLiteral("Generated claim %1").arg(made / 10 + 1);
            claim.sources = {anchor};
            const int id = review.addClaim(claim);
            review.addEvidence(id, anchor, EvidenceRole::Supports);
            review.setVerdict(id, made % 20 == 0 ? QStringLiteral("Supported") : QStringLiteral("Disputed"),
                              QStringLiteral("Bench Reviewer"));
        }
        ++made;
    }
    story.session.review = review.state();
    return story;
}

} // namespace Crossread::ExportFixture
