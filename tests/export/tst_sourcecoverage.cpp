// SPDX-License-Identifier: GPL-3.0-or-later
// The content of the report's "Coverage against the source", built from the fictional Eldmoor
// reservoir story (a press release and three outlets) and a review with claims.
#include "export/dataexport.h"
#include "export/sourcecoverage.h"
#include "common/sourcestory.h"

#include <QTest>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

Anchor anchorOn(const Article &article, const QString &text)
{
    const qsizetype start = article.text.indexOf(text);
    return Anchor{article.contentHash, TextSpan{start, start + text.size()}, text};
}

const SourceCoverage::Outlet *outletOf(const SourceCoverage &coverage, int article)
{
    for (const SourceCoverage::Outlet &outlet : coverage.outlets) {
        if (outlet.article == article)
            return &outlet;
    }
    return nullptr;
}

} // namespace

class TestSourceCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyWithoutSource();
    void everyOutletInStoryOrder();
    void figuresThatDiffer();
    void quotesAltered();
    void passagesLeftOut();
    void whatTheSourceDoesNotSupport();
    void reviewersClaims();
    void rowsForTheReport();
    void markdownReportHasTheSection();

private:
    Analysis m_analysis;
    SourceCoverage m_coverage;
};

void TestSourceCoverage::initTestCase()
{
    const QList<Article> articles = sourceStory();
    QCOMPARE(articles.size(), 4);
    m_analysis = analyseStory(articles);
    m_coverage = sourceCoverage(m_analysis, ReviewState{});
    QVERIFY(!m_coverage.isEmpty());
}

void TestSourceCoverage::emptyWithoutSource()
{
    const SourceCoverage coverage = sourceCoverage(analyseStory(sourceStory(false)), ReviewState{});
    QVERIFY(coverage.isEmpty());
    QVERIFY(coverage.outlets.isEmpty());
}

void TestSourceCoverage::everyOutletInStoryOrder()
{
    QCOMPARE(m_coverage.source, int(PressRelease));
    QCOMPARE(m_coverage.sourceName, u"Marrow Valley Water Authority"_s);
    QCOMPARE(m_coverage.outlets.size(), 3);
    QCOMPARE(m_coverage.outlets.at(0).article, int(ValleyCourier));
    QCOMPARE(m_coverage.outlets.at(0).name, u"Valley Courier"_s);
    QCOMPARE(m_coverage.outlets.at(2).article, int(NorthernLedger));
}

void TestSourceCoverage::figuresThatDiffer()
{
    const SourceCoverage::Outlet *gazette = outletOf(m_coverage, EldmoorGazette);
    QVERIFY(gazette);
    QCOMPARE(gazette->figuresDiffer.size(), 1);
    QCOMPARE(gazette->figuresDiffer.at(0).outletText, u"$168 million"_s);
    QCOMPARE(gazette->figuresDiffer.at(0).sourceText, u"$186 million"_s);
    QVERIFY(!gazette->figuresDiffer.at(0).label.isEmpty());
    QVERIFY(outletOf(m_coverage, ValleyCourier)->figuresDiffer.isEmpty());
    QVERIFY(outletOf(m_coverage, NorthernLedger)->figuresDiffer.isEmpty());
}

void TestSourceCoverage::quotesAltered()
{
    const SourceCoverage::Outlet *gazette = outletOf(m_coverage, EldmoorGazette);
    QCOMPARE(gazette->quotesAltered.size(), 1);
    const SourceCoverage::Quote &quote = gazette->quotesAltered.at(0);
    QVERIFY(quote.outletText.contains(u"guarantee"));
    QVERIFY(quote.sourceText.contains(u"secure"));
    QVERIFY(englishTexts(quote.changes).join(u' ').contains(u"guarantee"));
    QVERIFY(outletOf(m_coverage, ValleyCourier)->quotesAltered.isEmpty());
}

void TestSourceCoverage::passagesLeftOut()
{
    const SourceCoverage::Outlet *courier = outletOf(m_coverage, ValleyCourier);
    QCOMPARE(courier->passagesLeftOut.size(), 1);
    QVERIFY(courier->passagesLeftOut.at(0).sourceText.contains(u"public meetings"));
    QCOMPARE(courier->passagesCarried + 1, courier->sourcePassages);
    const SourceCoverage::Outlet *ledger = outletOf(m_coverage, NorthernLedger);
    QCOMPARE(ledger->passagesLeftOut.size(), 1);
    QVERIFY(ledger->passagesLeftOut.at(0).sourceText.contains(u"Water bills"));
    QVERIFY(outletOf(m_coverage, EldmoorGazette)->passagesLeftOut.isEmpty());
}

void TestSourceCoverage::whatTheSourceDoesNotSupport()
{
    const SourceCoverage::Outlet *gazette = outletOf(m_coverage, EldmoorGazette);
    const auto petition = std::find_if(gazette->unsupported.cbegin(), gazette->unsupported.cend(),
                                       [](const SourceCoverage::Unsupported &u) { return u.text.startsWith(u"2,600"); });
    QVERIFY(petition != gazette->unsupported.cend());
    QCOMPARE(petition->reason.english(), u"a figure the source does not give"_s);
    QVERIFY(outletOf(m_coverage, ValleyCourier)->unsupported.isEmpty());
}

void TestSourceCoverage::reviewersClaims()
{
    // A claim from the Gazette with supporting evidence in the release is backed; one with
    // contradicting evidence there, and one without any, are listed with why.
    const QList<Article> &articles = m_analysis.articles;
    ReviewState review;
    Claim backed;
    backed.id = 1;
    backed.statement = u"The reservoir holds 4.2 billion litres."_s;
    backed.sources = {anchorOn(articles.at(EldmoorGazette), u"4.2 billion litres"_s)};
    backed.evidence = {Evidence{1, anchorOn(articles.at(PressRelease), u"4.2 billion litres"_s), EvidenceRole::Supports, {}}};
    Claim contradicted;
    contradicted.id = 2;
    contradicted.statement = u"The reservoir costs $168 million."_s;
    contradicted.sources = {anchorOn(articles.at(EldmoorGazette), u"$168 million"_s)};
    contradicted.evidence = {Evidence{1, anchorOn(articles.at(PressRelease), u"$186 million"_s), EvidenceRole::Contradicts, {}}};
    Claim unchecked;
    unchecked.id = 3;
    unchecked.statement = u"Locals are angry."_s;
    unchecked.sources = {anchorOn(articles.at(EldmoorGazette), u"petition"_s)};
    review.claims = {backed, contradicted, unchecked};

    const SourceCoverage coverage = sourceCoverage(m_analysis, review);
    const SourceCoverage::Outlet *gazette = outletOf(coverage, EldmoorGazette);
    QStringList listed;
    for (const SourceCoverage::Unsupported &item : gazette->unsupported)
        listed.append(item.text + u" — " + item.reason.english());
    QVERIFY2(!listed.join(u'\n').contains(u"4.2 billion litres."), qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.contains(u"The reservoir costs $168 million. — a claim the source contradicts"_s), qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.contains(u"Locals are angry. — a claim no evidence in the source supports"_s), qPrintable(listed.join(u'\n')));
    // Claims of one outlet are not listed under another.
    QVERIFY(outletOf(coverage, ValleyCourier)->unsupported.isEmpty());
}

void TestSourceCoverage::rowsForTheReport()
{
    const SourceCoverage::Outlet *gazette = outletOf(m_coverage, EldmoorGazette);
    const QList<SourceCoverageRow> rows = sourceCoverageRows(*gazette);
    QVERIFY(rows.size() >= 3);
    QCOMPARE(rows.at(0).outletSays, u"$168 million"_s);
    QCOMPARE(rows.at(0).sourceSays, u"$186 million"_s);
    QVERIFY(rows.at(0).departure.startsWith(u"Figure differs: "));
    QVERIFY(rows.at(0).differs);
    QVERIFY2(rows.at(1).departure.startsWith(u"Quote altered: ") && rows.at(1).departure.contains(u"guarantee"),
             qPrintable(rows.at(1).departure));
    QVERIFY(rows.last().departure.startsWith(u"Not supported by the source: "));
    QVERIFY(rows.last().sourceSays.isEmpty());
    const QList<SourceCoverageRow> courier = sourceCoverageRows(*outletOf(m_coverage, ValleyCourier));
    QCOMPARE(courier.size(), 1);
    QCOMPARE(courier.at(0).departure, u"Passage left out"_s);
    QVERIFY(courier.at(0).outletSays.isEmpty());
    QVERIFY(courier.at(0).sourceSays.contains(u"public meetings"));
    QCOMPARE(sourceCoverageLine(*outletOf(m_coverage, ValleyCourier)),
             u"Carries %1 of the source's %2 passages; figures that differ: 0; quotes altered: 0; not supported by the source: 0."_s
                 .arg(outletOf(m_coverage, ValleyCourier)->passagesCarried)
                 .arg(outletOf(m_coverage, ValleyCourier)->sourcePassages));
    // Long texts are shortened with an ellipsis.
    const QList<SourceCoverageRow> short_ = sourceCoverageRows(*outletOf(m_coverage, ValleyCourier), 20);
    QVERIFY(short_.at(0).sourceSays.size() <= 20 && short_.at(0).sourceSays.endsWith(QChar(0x2026)));
}

void TestSourceCoverage::markdownReportHasTheSection()
{
    SessionData session;
    session.articles = m_analysis.articles;
    const QString md = markdownReport(session, m_analysis, ReportOptions{});
    const qsizetype section = md.indexOf(u"Coverage against the source");
    QVERIFY2(section >= 0, qPrintable(md.left(2000)));
    const QString part = md.mid(section, 4000);
    QVERIFY2(part.contains(u"Eldmoor Gazette") && part.contains(u"$168 million") && part.contains(u"$186 million"), qPrintable(part));
    QVERIFY(part.contains(u"Passage left out"));
    QVERIFY(part.contains(u"public meetings"));
    // Without a source, no such section.
    const Analysis plain = analyseStory(sourceStory(false));
    SessionData plainSession;
    plainSession.articles = plain.articles;
    QVERIFY(!markdownReport(plainSession, plain, ReportOptions{}).contains(u"Coverage against the source"));
}

QTEST_MAIN(TestSourceCoverage)
#include "tst_sourcecoverage.moc"
