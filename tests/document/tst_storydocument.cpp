// SPDX-License-Identifier: GPL-3.0-or-later
// The story document without a GUI: the bundled sample imported and analysed, annotations and
// their undo, sessions saved and reopened as real SQLite files, recovery from the journal left
// by a document that went away unsaved, a session from a newer Crossread, and an analysis
// restarted while it runs. Each suite has its own empty home (see tests/CMakeLists.txt), so the
// recovery folder starts empty.
#include "core/articlemodel.h"
#include "core/inputlimits.h"
#include "document/storydocument.h"
#include "review/correction.h"
#include "review/review.h"
#include "review/sessionjournal.h"
#include "review/sessiontestdata.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::SessionTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int analysisTimeout = 60000;

/// Opens the sample into `document` and waits until it is imported and analysed.
bool openAnalysedSample(StoryDocument &document)
{
    QSignalSpy imported(&document, &StoryDocument::importFinished);
    QSignalSpy analysed(&document, &StoryDocument::analysisFinished);
    if (!document.openSample())
        return false;
    if (!imported.wait(analysisTimeout) || imported.first().at(1).toStringList() != QStringList())
        return false;
    return analysed.wait(analysisTimeout) && document.analysis();
}

Anchor anchorOf(const Article &article, qsizetype start, qsizetype length)
{
    return Anchor{article.contentHash, {start, start + length}, article.text.mid(start, length)};
}

} // namespace

class TestStoryDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sampleImportsAndAnalyses();
    void tooManyArticlesAreRefused();
    void annotateUndoRedo();
    void saveAndReopen();
    void recoversFromJournal();
    void newerSessionIsReadOnly();
    void reanalysisCancelsTheRunningOne();
    void cancelKeepsThePreviousAnalysis();
    void removingArticlesAnalysesTheRest();
    void removalIsUndoneWithWhatItCarried();
    void correctionsShapeTheAnalysis();

private:
    QTemporaryDir m_dir;
};

void TestStoryDocument::init()
{
    QVERIFY(m_dir.isValid());
    QDir(StoryDocument::recoveryDirectory()).removeRecursively();
}

void TestStoryDocument::sampleImportsAndAnalyses()
{
    StoryDocument document;
    QSignalSpy changed(&document, &StoryDocument::analysisChanged);
    QVERIFY(openAnalysedSample(document));
    const auto analysis = document.analysis();
    QCOMPARE(analysis->articles.size(), qsizetype(document.articles()->rowCount()));
    QVERIFY(document.articles()->rowCount() >= 3);
    QVERIFY(!analysis->alignment.passages.isEmpty());
    QVERIFY(!analysis->facts.slots.isEmpty());
    QVERIFY(!analysis->canceled);
    QCOMPARE(changed.last().first().value<std::shared_ptr<const Analysis>>(), analysis);
    QVERIFY(!document.title().isEmpty());
    QVERIFY(!document.isAnalysing());
    QVERIFY(!document.isImporting());
    // Imported articles are a change, but the untouched sample is never worth saving.
    QVERIFY(document.hasUnsavedChanges());
    QVERIFY(document.isUntouchedSample());
    QVERIFY(document.sessionPath().isEmpty());
}

void TestStoryDocument::tooManyArticlesAreRefused()
{
    StoryDocument document;
    QSignalSpy started(&document, &StoryDocument::importStarted);
    QList<LoadRequest> requests(Limits::maxArticles + 1,
                                LoadRequest{{}, ImportSource{"Fictional text.", u"a.txt"_s, FormatHint::PlainText}});
    QVERIFY(!document.importSources(requests));
    QVERIFY(!document.isImporting());
    QCOMPARE(started.size(), 0);
}

void TestStoryDocument::annotateUndoRedo()
{
    StoryDocument document;
    QVERIFY(openAnalysedSample(document));
    QSignalSpy state(&document, &StoryDocument::stateChanged);
    Review *review = document.review();
    const int id = review->addAnnotation(anchorOf(document.articles()->article(0), 0, 12), HighlightColour::Green,
                                         u"Checked against the port's notice"_s);
    QVERIFY(id >= 0);
    QVERIFY(!state.isEmpty());
    QVERIFY(!document.isUntouchedSample());
    QCOMPARE(document.sessionData().review.annotations.size(), 1);
    review->undoStack()->undo();
    QVERIFY(document.sessionData().review.annotations.isEmpty());
    review->undoStack()->redo();
    QCOMPARE(document.sessionData().review.annotations.size(), 1);
    QCOMPARE(document.sessionData().review.annotations.first().note, u"Checked against the port's notice"_s);
}

void TestStoryDocument::saveAndReopen()
{
    const QString path = m_dir.filePath(u"harbour.crossread"_s);
    SessionData saved;
    {
        StoryDocument document;
        QVERIFY(openAnalysedSample(document));
        document.review()->addAnnotation(anchorOf(document.articles()->article(1), 4, 30), HighlightColour::Yellow);
        Claim claim;
        claim.statement = u"The ferry fares rise in spring"_s;
        claim.sources = {anchorOf(document.articles()->article(0), 0, 20)};
        document.review()->addClaim(claim);
        // Nothing to save to yet: the document says so instead of guessing a file.
        QVERIFY(!document.saveSession());
        const auto written = document.saveSession(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
        QCOMPARE(document.sessionPath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!document.hasUnsavedChanges());
        QVERIFY(!document.isReadOnly());
        saved = document.sessionData();
        // Saving again in place works and changes nothing.
        QVERIFY(document.saveSession());
        document.closeSession();
        QVERIFY(document.sessionPath().isEmpty());
        QCOMPARE(document.articles()->rowCount(), 0);
        QVERIFY(!document.analysis());
    }
    QVERIFY(QFileInfo(path).size() > 0);

    StoryDocument reopened;
    QSignalSpy analysed(&reopened, &StoryDocument::analysisFinished);
    QSignalSpy restored(&reopened, &StoryDocument::viewRestored);
    const auto opened = reopened.openSession(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QCOMPARE(restored.size(), 1);
    QVERIFY(!reopened.hasUnsavedChanges());
    QVERIFY(!reopened.isReadOnly());
    const QString difference = sessionDifference(reopened.sessionData(), saved);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Opening analyses again, and the reopened session is not marked changed by it.
    QVERIFY(analysed.wait(analysisTimeout));
    QCOMPARE(reopened.analysis()->articles.size(), saved.articles.size());
    QVERIFY(!reopened.hasUnsavedChanges());
    QVERIFY(!reopened.journalPath().isEmpty());

    // A file that is no session is refused with its name and the document stays as it was.
    const QString bogus = m_dir.filePath(u"notes.crossread"_s);
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are reporter's notes, not a session.");
    file.close();
    const auto refused = reopened.openSession(bogus);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(u"notes.crossread"_s));
    QCOMPARE(reopened.sessionPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(reopened.review()->claims().size(), 1);
}

void TestStoryDocument::recoversFromJournal()
{
    const QString path = m_dir.filePath(u"recover.crossread"_s);
    SessionData expected;
    {
        StoryDocument document;
        QVERIFY(openAnalysedSample(document));
        QVERIFY(document.saveSession(path));
        document.review()->addAnnotation(anchorOf(document.articles()->article(2), 0, 15), HighlightColour::Pink,
                                         u"Not in the other outlets"_s);
        // The journal commits once per event-loop turn; while the document lives it is locked.
        QTest::qWait(100);
        QVERIFY(!document.journalPath().isEmpty());
        QVERIFY(SessionJournal::recoverableJournals(StoryDocument::recoveryDirectory()).isEmpty());
        QVERIFY(document.hasUnsavedChanges());
        expected = document.sessionData();
        // The document goes away unsaved, as in a crash: the journal stays.
    }
    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(StoryDocument::recoveryDirectory());
    QCOMPARE(journals.size(), 1);
    QCOMPARE(journals.first().annotationCount, 1);
    QCOMPARE(journals.first().sessionPath, QFileInfo(path).absoluteFilePath());

    StoryDocument document;
    QSignalSpy analysed(&document, &StoryDocument::analysisFinished);
    const auto recovered = document.recoverJournal(journals.first().path);
    QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message()));
    const QString difference = sessionDifference(document.sessionData(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(document.hasUnsavedChanges());
    QCOMPARE(document.sessionPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(analysed.wait(analysisTimeout));
    // The recovered work lives in the document's own journal; the old one is gone.
    QVERIFY(!document.journalPath().isEmpty());
    QVERIFY(!QFileInfo::exists(journals.first().path));
    // Saving puts it back into its session file, and a deliberate close leaves nothing.
    QVERIFY(document.saveSession());
    QCOMPARE(readSession(path)->data.review.annotations.size(), 1);
    document.closeSession();
    QVERIFY(SessionJournal::recoverableJournals(StoryDocument::recoveryDirectory()).isEmpty());

    // A journal that is not there is an error, not an empty story.
    StoryDocument other;
    QVERIFY(!other.recoverJournal(m_dir.filePath(u"missing.journal"_s)));
    QCOMPARE(other.articles()->rowCount(), 0);
}

void TestStoryDocument::newerSessionIsReadOnly()
{
    const QString path = m_dir.filePath(u"newer.crossread"_s);
    QVERIFY(writeSession(path, sampleSession()));
    QVERIFY(markAsNewerVersion(path));

    StoryDocument document;
    QSignalSpy readOnly(&document, &StoryDocument::readOnlyChanged);
    const auto opened = document.openSession(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QVERIFY(document.isReadOnly());
    QCOMPARE(readOnly.size(), 1);
    QVERIFY(document.readOnlyNotice().contains(u"newer version"_s));
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // Save in place is refused and the file is untouched; Save As writes this version's format.
    QVERIFY(!document.saveSession());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    const QString copy = m_dir.filePath(u"copy.crossread"_s);
    QVERIFY(document.saveSession(copy));
    QVERIFY(!document.isReadOnly());
    QCOMPARE(document.sessionPath(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(!readSession(copy)->readOnly);
}

void TestStoryDocument::reanalysisCancelsTheRunningOne()
{
    StoryDocument document;
    document.articles()->append(syntheticArticles(80));
    QSignalSpy started(&document, &StoryDocument::analysisStarted);
    QSignalSpy finished(&document, &StoryDocument::analysisFinished);
    QSignalSpy canceled(&document, &StoryDocument::analysisCanceled);
    QSignalSpy changed(&document, &StoryDocument::analysisChanged);
    document.analyse();
    QVERIFY(document.isAnalysing());
    // The story changes while the first run works: it is canceled and the second one runs
    // on the articles as they are now.
    document.articles()->remove(0);
    document.analyse();
    QVERIFY(finished.wait(analysisTimeout));
    QCOMPARE(started.size(), 2);
    QCOMPARE(canceled.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(changed.size(), 1);   // only the last run's result is published
    QCOMPARE(document.analysis()->articles.size(), qsizetype(79));
    QCOMPARE(document.analysis()->articles.first().contentHash, document.articles()->article(0).contentHash);
    QVERIFY(!document.isAnalysing());
}

void TestStoryDocument::cancelKeepsThePreviousAnalysis()
{
    StoryDocument document;
    QVERIFY(openAnalysedSample(document));
    const auto before = document.analysis();
    QSignalSpy canceled(&document, &StoryDocument::analysisCanceled);
    QSignalSpy finished(&document, &StoryDocument::analysisFinished);
    document.analyse();
    document.cancelAnalysis();
    QVERIFY(canceled.wait(analysisTimeout));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(document.analysis(), before);
    QVERIFY(!document.isAnalysing());
}

void TestStoryDocument::removingArticlesAnalysesTheRest()
{
    StoryDocument document;
    QVERIFY(openAnalysedSample(document));
    const int rows = document.articles()->rowCount();
    const QByteArray kept = document.articles()->article(1).contentHash;
    QSignalSpy finished(&document, &StoryDocument::analysisFinished);
    document.removeArticles({0, 0, rows + 5});
    QVERIFY(!document.analysis());   // the old one no longer matches the articles
    QCOMPARE(document.articles()->rowCount(), rows - 1);
    QVERIFY(finished.wait(analysisTimeout));
    QCOMPARE(document.analysis()->articles.size(), qsizetype(rows - 1));
    QCOMPARE(document.analysis()->articles.first().contentHash, kept);
    QVERIFY(!document.isUntouchedSample());
}

void TestStoryDocument::removalIsUndoneWithWhatItCarried()
{
    StoryDocument document;
    QVERIFY(openAnalysedSample(document));
    const int rows = document.articles()->rowCount();
    const Article removed = document.articles()->article(0);
    document.review()->addAnnotation(anchorOf(removed, 0, 5), HighlightColour::Yellow);
    QSignalSpy finished(&document, &StoryDocument::analysisFinished);
    document.removeArticles({0});
    QCOMPARE(document.articles()->rowCount(), rows - 1);
    QVERIFY(document.review()->annotations().isEmpty());
    QVERIFY(finished.wait(analysisTimeout));

    // One step of the review's undo history brings the article back with its annotation, and
    // the story is analysed again with it.
    document.review()->undoStack()->undo();
    QCOMPARE(document.articles()->rowCount(), rows);
    QCOMPARE(document.articles()->article(0).contentHash, removed.contentHash);
    QCOMPARE(document.review()->annotations().size(), 1);
    QVERIFY(!document.analysis());
    QVERIFY(finished.wait(analysisTimeout));
    QCOMPARE(document.analysis()->articles.size(), qsizetype(rows));
}

void TestStoryDocument::correctionsShapeTheAnalysis()
{
    StoryDocument document;
    QVERIFY(openAnalysedSample(document));
    const std::shared_ptr<const Analysis> engine = document.engineAnalysis();
    QVERIFY(engine);
    QVERIFY(!engine->facts.slots.isEmpty());
    const FactSlot &slot = engine->facts.slots.first();
    QVERIFY(!slot.mentions.isEmpty());
    const Mention &mention = slot.mentions.first();
    const Article &article = engine->articles.at(mention.article.value());

    Correction rename;
    rename.kind = CorrectionKind::RenameSlot;
    rename.target = anchorOf(article, mention.span.start, mention.span.end - mention.span.start);
    rename.label = u"Renamed by hand"_s;
    QSignalSpy changed(&document, &StoryDocument::analysisChanged);
    document.review()->addCorrection(rename);
    QCOMPARE(changed.size(), 1);
    // What the views show carries the correction; what the engine found is unchanged.
    QCOMPARE(document.engineAnalysis(), engine);
    QCOMPARE(document.analysis()->facts.slots.first().label.english(), u"Renamed by hand"_s);
    QVERIFY(document.analysis()->facts.slots.first().corrected);
    QVERIFY(engine->facts.slots.first().label.english() != u"Renamed by hand"_s);

    document.review()->undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(document.analysis()->facts.slots.first().label.english(), engine->facts.slots.first().label.english());
}

QTEST_GUILESS_MAIN(TestStoryDocument)
#include "tst_storydocument.moc"
