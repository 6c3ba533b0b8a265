// SPDX-License-Identifier: GPL-3.0-or-later
// The review model without any widget: annotations, claims, verdicts, undo and redo, the
// models the panels show, and the per-outlet scorecard.
#include "review/annotationmodel.h"
#include "core/article.h"
#include "review/claimmodel.h"
#include "review/review.h"
#include "core/articlemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Crossread;

namespace {

Article makeArticle(const QString &outlet, const QString &text, const QByteArray &hash)
{
    Article article;
    article.meta.outlet = outlet;
    article.text = text;
    article.contentHash = hash;
    return article;
}

Anchor anchorIn(const Article &article, qsizetype start, qsizetype end)
{
    return {article.contentHash, {start, end}, TextSpan{start, end}.in(article.text).toString()};
}

const Article gazette = makeArticle(QStringLiteral("Harbourline Gazette"),
                                    QStringLiteral("The council approved a $3.2 million grant on Tuesday."), "aa01");
const Article courier = makeArticle(QStringLiteral("Port Calloway Courier"),
                                    QStringLiteral("A $2.3 million grant was approved by the council."), "bb02");

} // namespace

class TestReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addEditRemoveAnnotation_undoRedo();
    void noteEditsMerge();
    void colourChangeDoesNotMergeWithNote();
    void claimVerdictAndEvidence_undoRedo();
    void idsAreNeverReused();
    void resetClearsHistory();
    void annotationModel_rowsFollowCommands();
    void annotationFilter_data();
    void annotationFilter();
    void claimModel_andFilters();
    void scorecard();
    void parseTags_data();
    void parseTags();
    void verdictLabels();
    void removeArticlesIsUndoable();
    void markingTheSourceIsUndoable();
};

void TestReview::addEditRemoveAnnotation_undoRedo()
{
    Review review;
    QSignalSpy changed(&review, &Review::changed);
    const int id = review.addAnnotation(anchorIn(gazette, 23, 35), HighlightColour::Green, QStringLiteral("check"),
                                        {QStringLiteral("money")});
    QCOMPARE(review.annotations().size(), 1);
    QCOMPARE(review.annotation(id)->anchor.quote, QStringLiteral("$3.2 million"));
    QCOMPARE(review.annotation(id)->colour, HighlightColour::Green);
    QVERIFY(review.annotation(id)->created.isValid());
    QCOMPARE(changed.size(), 1);

    review.setAnnotationTags(id, {QStringLiteral("money"), QStringLiteral("grant")});
    review.removeAnnotation(id);
    QVERIFY(review.annotations().isEmpty());
    QCOMPARE(review.undoStack()->count(), 3);

    review.undoStack()->undo();   // restores the removed annotation with its tags
    QCOMPARE(review.annotation(id)->tags, (QStringList{QStringLiteral("money"), QStringLiteral("grant")}));
    review.undoStack()->undo();   // tags back
    QCOMPARE(review.annotation(id)->tags, QStringList{QStringLiteral("money")});
    review.undoStack()->undo();   // gone again
    QVERIFY(review.annotations().isEmpty());
    review.undoStack()->redo();
    review.undoStack()->redo();
    review.undoStack()->redo();
    QVERIFY(review.annotations().isEmpty());
    QCOMPARE(changed.size(), 9);
}

void TestReview::noteEditsMerge()
{
    Review review;
    const int a = review.addAnnotation(anchorIn(gazette, 0, 3), HighlightColour::Yellow);
    const int b = review.addAnnotation(anchorIn(gazette, 4, 11), HighlightColour::Yellow);
    review.setAnnotationNote(a, QStringLiteral("T"));
    review.setAnnotationNote(a, QStringLiteral("Th"));
    review.setAnnotationNote(a, QStringLiteral("The"));
    QCOMPARE(review.undoStack()->count(), 3);   // two adds and one merged note edit
    review.setAnnotationNote(b, QStringLiteral("other"));
    QCOMPARE(review.undoStack()->count(), 4);   // another annotation's note does not merge
    review.undoStack()->undo();
    review.undoStack()->undo();
    QCOMPARE(review.annotation(a)->note, QString());
    review.undoStack()->redo();
    QCOMPARE(review.annotation(a)->note, QStringLiteral("The"));
}

void TestReview::colourChangeDoesNotMergeWithNote()
{
    Review review;
    const int id = review.addAnnotation(anchorIn(gazette, 0, 3), HighlightColour::Yellow);
    review.setAnnotationNote(id, QStringLiteral("n"));
    review.setAnnotationColour(id, HighlightColour::Pink);
    review.setAnnotationColour(id, HighlightColour::Blue);
    QCOMPARE(review.undoStack()->count(), 4);
    review.undoStack()->undo();
    QCOMPARE(review.annotation(id)->colour, HighlightColour::Pink);
    QCOMPARE(review.annotation(id)->note, QStringLiteral("n"));
    // An edit to the same value is no change and no undo step.
    review.setAnnotationColour(id, HighlightColour::Pink);
    QCOMPARE(review.undoStack()->index(), 3);
}

void TestReview::claimVerdictAndEvidence_undoRedo()
{
    Review review;
    Claim claim;
    claim.statement = QStringLiteral("The grant is $3.2 million");
    claim.origin = ClaimOrigin::FactSlot;
    claim.sources = {anchorIn(gazette, 23, 35), anchorIn(courier, 2, 14)};
    const int id = review.addClaim(claim);
    QCOMPARE(review.claim(id)->verdict, QStringLiteral("Unreviewed"));
    QCOMPARE(review.reviewedCount(), 0);

    review.setVerdict(id, QStringLiteral("Disputed"), QStringLiteral("Ana"));
    const int evidence = review.addEvidence(id, anchorIn(courier, 2, 14), EvidenceRole::Contradicts,
                                            QStringLiteral("other figure"));
    QCOMPARE(evidence, 1);
    review.setClaimNotes(id, QStringLiteral("Council minutes say 3.2"));
    QCOMPARE(review.reviewedCount(), 1);
    QCOMPARE(review.state().reviewers, QStringList{QStringLiteral("Ana")});
    QCOMPARE(review.claim(id)->evidence.size(), 1);

    review.setEvidenceRole(id, evidence, EvidenceRole::Context);
    QCOMPARE(review.claim(id)->evidence.first().role, EvidenceRole::Context);
    review.undoStack()->undo();
    QCOMPARE(review.claim(id)->evidence.first().role, EvidenceRole::Contradicts);
    review.undoStack()->undo();   // notes
    review.undoStack()->undo();   // evidence
    QVERIFY(review.claim(id)->evidence.isEmpty());
    review.undoStack()->undo();   // verdict
    QCOMPARE(review.claim(id)->verdict, QStringLiteral("Unreviewed"));
    QCOMPARE(review.claim(id)->reviewer, QString());
    review.undoStack()->redo();
    QCOMPARE(review.claim(id)->reviewer, QStringLiteral("Ana"));

    review.removeClaim(id);
    QVERIFY(review.claims().isEmpty());
    review.undoStack()->undo();
    QCOMPARE(review.claim(id)->verdict, QStringLiteral("Disputed"));
}

void TestReview::idsAreNeverReused()
{
    Review review;
    const int first = review.addAnnotation(anchorIn(gazette, 0, 3), HighlightColour::Yellow);
    review.removeAnnotation(first);
    const int second = review.addAnnotation(anchorIn(gazette, 0, 3), HighlightColour::Yellow);
    QVERIFY(second != first);
    // Undoing the second add and the removal brings the first back under its own id.
    review.undoStack()->undo();
    review.undoStack()->undo();
    QVERIFY(review.annotation(first));
    QVERIFY(!review.annotation(second));
}

void TestReview::resetClearsHistory()
{
    Review review;
    review.addAnnotation(anchorIn(gazette, 0, 3), HighlightColour::Yellow);
    ReviewState state;
    Annotation stored;
    stored.id = 41;
    stored.anchor = anchorIn(courier, 0, 1);
    state.annotations = {stored};
    state.nextAnnotationId = 3;   // lags behind the stored id
    QSignalSpy reset(&review, &Review::modelReset);
    review.reset(state);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(review.undoStack()->count(), 0);
    QCOMPARE(review.annotations().size(), 1);
    QCOMPARE(review.addAnnotation(anchorIn(courier, 0, 1), HighlightColour::Blue), 42);
}

void TestReview::annotationModel_rowsFollowCommands()
{
    Review review;
    AnnotationModel model(&review);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles({gazette, courier});
    const int a = review.addAnnotation(anchorIn(gazette, 23, 35), HighlightColour::Green, QStringLiteral("figure"));
    const int b = review.addAnnotation(anchorIn(courier, 2, 14), HighlightColour::Pink, {}, {QStringLiteral("grant")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AnnotationModel::ArticleColumn).data().toString(), QStringLiteral("Harbourline Gazette"));
    QCOMPARE(model.index(1, AnnotationModel::QuoteColumn).data().toString(), QStringLiteral("$2.3 million"));
    QCOMPARE(model.index(1, 0).data(AnnotationModel::ArticleIndexRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(AnnotationModel::SpanStartRole).toLongLong(), 2);
    review.removeAnnotation(a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(AnnotationModel::IdRole).toInt(), b);
    review.undoStack()->undo();
    QCOMPARE(model.index(0, 0).data(AnnotationModel::IdRole).toInt(), a);   // back in its own row
    review.setAnnotationNote(b, QStringLiteral("differs"));
    QCOMPARE(model.index(1, AnnotationModel::NoteColumn).data().toString(), QStringLiteral("differs"));
    // An article removed from the story keeps its annotations, labelled as missing.
    model.setArticles({courier});
    QCOMPARE(model.index(0, 0).data(AnnotationModel::ArticleIndexRole).toInt(), -1);
    QCOMPARE(model.allTags(), QStringList{QStringLiteral("grant")});
    review.reset({});
    QCOMPARE(model.rowCount(), 0);
}

void TestReview::annotationFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("article");
    QTest::addColumn<int>("colour");
    QTest::addColumn<QList<int>>("expected");   // annotation ids, in row order

    QTest::newRow("no filter") << QString() << QString() << QByteArray() << -1 << QList<int>{1, 2, 3};
    QTest::newRow("text in note") << QStringLiteral("MINUTES") << QString() << QByteArray() << -1 << QList<int>{2};
    QTest::newRow("text in quote") << QStringLiteral("grant") << QString() << QByteArray() << -1 << QList<int>{1, 2};
    QTest::newRow("two words, both needed") << QStringLiteral("grant minutes") << QString() << QByteArray() << -1
                                            << QList<int>{2};
    QTest::newRow("tag") << QString() << QStringLiteral("Money") << QByteArray() << -1 << QList<int>{1, 3};
    QTest::newRow("article") << QString() << QString() << QByteArray("bb02") << -1 << QList<int>{2};
    QTest::newRow("colour") << QString() << QString() << QByteArray() << int(HighlightColour::Pink) << QList<int>{3};
    QTest::newRow("tag and article") << QString() << QStringLiteral("money") << QByteArray("aa01") << -1
                                     << QList<int>{1, 3};
    QTest::newRow("nothing matches") << QStringLiteral("zebra") << QString() << QByteArray() << -1 << QList<int>{};
}

void TestReview::annotationFilter()
{
    QFETCH(QString, search);
    QFETCH(QString, tag);
    QFETCH(QByteArray, article);
    QFETCH(int, colour);
    QFETCH(QList<int>, expected);

    Review review;
    AnnotationModel model(&review);
    model.setArticles({gazette, courier});
    review.addAnnotation(anchorIn(gazette, 4, 41), HighlightColour::Yellow, {}, {QStringLiteral("money")});
    review.addAnnotation(anchorIn(courier, 0, 20), HighlightColour::Green, QStringLiteral("see the minutes"));
    review.addAnnotation(anchorIn(gazette, 0, 3), HighlightColour::Pink, {}, {QStringLiteral("MONEY")});

    AnnotationFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setSearchText(search);
    filter.setTag(tag);
    filter.setArticleHash(article);
    filter.setColour(colour);
    QList<int> ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.append(filter.index(row, 0).data(AnnotationModel::IdRole).toInt());
    QCOMPARE(ids, expected);
}

void TestReview::claimModel_andFilters()
{
    Review review;
    ClaimModel model(&review);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles({gazette, courier});
    Claim grant;
    grant.statement = QStringLiteral("The grant is $3.2 million");
    grant.sources = {anchorIn(gazette, 23, 35), anchorIn(courier, 2, 14), anchorIn(courier, 0, 1)};
    const int a = review.addClaim(grant);
    Claim day;
    day.statement = QStringLiteral("Approved on Tuesday");
    day.sources = {anchorIn(gazette, 40, 47)};
    const int b = review.addClaim(day);
    review.setVerdict(a, QStringLiteral("False"), QStringLiteral("Ana"));
    review.setVerdict(b, QStringLiteral("Supported"), QStringLiteral("Ben"));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ClaimModel::OutletsColumn).data().toString(),
             QStringLiteral("Harbourline Gazette, Port Calloway Courier"));
    QCOMPARE(model.index(0, ClaimModel::VerdictColumn).data().toString(), QStringLiteral("False"));
    QCOMPARE(model.index(1, ClaimModel::ReviewerColumn).data().toString(), QStringLiteral("Ben"));

    ClaimFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setVerdict(QStringLiteral("False"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ClaimModel::IdRole).toInt(), a);
    filter.setVerdict({});
    filter.setReviewer(QStringLiteral("Ben"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ClaimModel::IdRole).toInt(), b);
    review.undoStack()->undo();   // Ben's verdict undone: his claim leaves the filter
    QCOMPARE(filter.rowCount(), 0);
}

void TestReview::scorecard()
{
    ReviewState state;
    Claim grant;
    grant.verdict = QStringLiteral("False");
    grant.sources = {anchorIn(gazette, 23, 35), anchorIn(courier, 2, 14)};
    Claim day;
    day.verdict = QStringLiteral("Supported");
    day.sources = {anchorIn(gazette, 40, 47), anchorIn(gazette, 0, 3)};   // two spans, one outlet
    Claim custom;
    custom.verdict = QStringLiteral("Satire");   // not in the set: counted as a claim only
    custom.sources = {anchorIn(courier, 0, 1)};
    state.claims = {grant, day, custom};

    const QList<OutletScore> scores = outletScorecard(state, {gazette, courier});
    QCOMPARE(scores.size(), 2);
    const qsizetype supported = state.verdicts.indexOf(QStringLiteral("Supported"));
    const qsizetype isFalse = state.verdicts.indexOf(QStringLiteral("False"));
    QCOMPARE(scores.at(0).outlet, QStringLiteral("Harbourline Gazette"));
    QCOMPARE(scores.at(0).claims, 2);
    QCOMPARE(scores.at(0).counts.at(supported), 1);
    QCOMPARE(scores.at(0).counts.at(isFalse), 1);
    QCOMPARE(scores.at(1).claims, 2);
    QCOMPARE(scores.at(1).counts.at(isFalse), 1);
    QCOMPARE(scores.at(1).counts.at(supported), 0);
}

void TestReview::parseTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("commas") << QStringLiteral("budget, council") << QStringList{QStringLiteral("budget"), QStringLiteral("council")};
    QTest::newRow("semicolons and blanks") << QStringLiteral(" a ;; b ,") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("case-insensitive duplicate") << QStringLiteral("Budget, budget") << QStringList{QStringLiteral("Budget")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("inner spaces kept") << QStringLiteral("port strike") << QStringList{QStringLiteral("port strike")};
}

void TestReview::parseTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(Crossread::parseTags(text), tags);
}

void TestReview::verdictLabels()
{
    QCOMPARE(defaultVerdicts().size(), 6);
    QCOMPARE(defaultVerdicts().first(), QStringLiteral("Unreviewed"));
    QCOMPARE(verdictLabel(QStringLiteral("Misleading")), QStringLiteral("Misleading"));
    QCOMPARE(verdictLabel(QStringLiteral("Our own")), QStringLiteral("Our own"));
    QCOMPARE(highlightColourFromKey(u"PINK"), HighlightColour::Pink);
    QCOMPARE(highlightColourFromKey(u"mauve"), HighlightColour::Yellow);
    QCOMPARE(highlightColourKey(HighlightColour::Purple), QStringLiteral("purple"));
    QCOMPARE(evidenceRoleFromKey(evidenceRoleKey(EvidenceRole::Contradicts)), EvidenceRole::Contradicts);
    QCOMPARE(claimOriginFromKey(claimOriginKey(ClaimOrigin::QuoteGroup)), ClaimOrigin::QuoteGroup);
}

void TestReview::removeArticlesIsUndoable()
{
    const Article third = makeArticle(QStringLiteral("Valley Post"), QStringLiteral("The grant was $3.2 million."), "cc03");
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({gazette, courier, third});
    model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole);
    Review review;
    const int kept = review.addAnnotation(anchorIn(gazette, 4, 11), HighlightColour::Blue);
    review.addAnnotation(anchorIn(courier, 2, 14), HighlightColour::Pink, QStringLiteral("lower figure"));
    review.addAnnotation(anchorIn(third, 0, 9), HighlightColour::Green);
    Claim onlyCourier;
    onlyCourier.statement = QStringLiteral("The grant was $2.3 million");
    onlyCourier.sources = {anchorIn(courier, 2, 14)};
    Claim both = onlyCourier;
    both.statement = QStringLiteral("The grant's size");
    both.sources.append(anchorIn(gazette, 24, 36));
    Claim evidenceOnly;
    evidenceOnly.statement = QStringLiteral("Third outlet's date");
    evidenceOnly.evidence = {Evidence{1, anchorIn(third, 0, 9), EvidenceRole::Supports, {}}};
    review.addClaim(onlyCourier);
    review.addClaim(both);
    review.addClaim(evidenceOnly);

    const CarriedItems carried = review.carriedBy({courier.contentHash, third.contentHash});
    QCOMPARE(carried.annotations, 2);
    QCOMPARE(carried.claims, 2);
    QVERIFY(review.carriedBy({QByteArray("zz")}).isEmpty());

    QSignalSpy edited(&review, &Review::storyEdited);
    // Before the rows move, so a view can drop what it holds by row.
    int rowsWhenWarned = -1;
    connect(&review, &Review::aboutToEditStory, this, [&] { rowsWhenWarned = model.rowCount(); });
    const ReviewState before = review.state();
    review.removeArticles(&model, {2, 1});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.article(0).contentHash, gazette.contentHash);
    QCOMPARE(review.annotations().size(), 1);
    QCOMPARE(review.annotations().first().id, kept);
    QCOMPARE(review.claims().size(), 1);
    QCOMPARE(review.claims().first().statement, both.statement);
    QCOMPARE(review.undoStack()->undoText(), QStringLiteral("Remove Articles"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(rowsWhenWarned, 3);

    review.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.article(1).contentHash, courier.contentHash);
    QCOMPARE(model.article(2).contentHash, third.contentHash);
    QVERIFY(model.isShown(1));
    QVERIFY(!model.isShown(2));   // shown as it was
    QCOMPARE(review.state(), before);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(rowsWhenWarned, 1);

    review.undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(review.claims().size(), 1);
}

void TestReview::markingTheSourceIsUndoable()
{
    const Article third = makeArticle(QStringLiteral("Valley Post"), QStringLiteral("The grant was $3.2 million."), "cc03");
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({gazette, courier, third});
    Review review;
    QSignalSpy changed(&model, &ArticleModel::articleChanged);
    QSignalSpy reviewChanged(&review, &Review::changed);
    QCOMPARE(model.sourceRow(), -1);

    review.setSource(&model, 1);
    QCOMPARE(model.sourceRow(), 1);
    QVERIFY(model.data(model.index(1, 0), ArticleModel::IsSourceRole).toBool());
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("§ Port Calloway Courier (source)"));
    QCOMPARE(review.undoStack()->undoText(), QStringLiteral("Mark as Source"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reviewChanged.count(), 1);

    // Marking another article moves the role: one source at most, one undo step.
    review.setSource(&model, 2);
    QCOMPARE(model.sourceRow(), 2);
    QCOMPARE(model.article(1).meta.role, ArticleRole::Coverage);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(review.undoStack()->count(), 2);

    // Marking the source again is no step.
    review.setSource(&model, 2);
    QCOMPARE(review.undoStack()->count(), 2);

    // Editing details never moves the role (a stale dialog cannot make a second source).
    ArticleMetadata edited = model.article(0).meta;
    edited.role = ArticleRole::Source;
    edited.author = QStringLiteral("Ana Ruiz");
    model.setMetadata(0, edited);
    QCOMPARE(model.article(0).meta.author, QStringLiteral("Ana Ruiz"));
    QCOMPARE(model.article(0).meta.role, ArticleRole::Coverage);
    QCOMPARE(model.sourceRow(), 2);

    review.setSource(&model, -1);
    QCOMPARE(model.sourceRow(), -1);
    QCOMPARE(review.undoStack()->undoText(), QStringLiteral("Unmark Source"));

    review.undoStack()->undo();
    QCOMPARE(model.sourceRow(), 2);
    review.undoStack()->undo();
    QCOMPARE(model.sourceRow(), 1);
    QCOMPARE(model.article(2).meta.role, ArticleRole::Coverage);
    review.undoStack()->undo();
    QCOMPARE(model.sourceRow(), -1);
    review.undoStack()->redo();
    review.undoStack()->redo();
    QCOMPARE(model.sourceRow(), 2);

    // The step finds its article by content, wherever the rows went: removing an article
    // above it and undoing the marking afterwards still restores the right one.
    review.removeArticles(&model, {0});
    QCOMPARE(model.sourceRow(), 1);
    review.undoStack()->undo();   // the removal
    review.undoStack()->undo();   // the move to Valley Post
    QCOMPARE(model.sourceRow(), 1);
    QCOMPARE(model.article(1).contentHash, courier.contentHash);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
