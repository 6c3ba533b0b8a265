// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery journals without crashes: what each commit stores, when a journal is offered for
// recovery and when it is not. tst_sessioncrash kills processes that write them.
#include "review/sessionjournal.h"
#include "sessiontestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Crossread::SessionTest;

namespace {

enum class Edit { None, Review, AddArticle, RemoveArticle, FlipParagraph, View, Title, Everything };

QString loadDifference(const QString &journalPath, const SessionData &expected)
{
    const auto loaded = SessionJournal::loadJournal(journalPath);
    if (!loaded)
        return loaded.error().message();
    return sessionDifference(loaded.value(), expected);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestSessionJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commits_data();
    void commits();
    void keptJournalIsOffered();
    void savedJournalIsNotOffered();
    void discardRemovesEverything();
    void unusableJournals();
    void cannotCreate();

private:
    SessionData m_sample;
};

void TestSessionJournal::initTestCase()
{
    m_sample = sampleSession();
    QCOMPARE(m_sample.articles.size(), 5);
}

void TestSessionJournal::commits_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("as created") << Edit::None;
    QTest::newRow("review") << Edit::Review;
    QTest::newRow("article added") << Edit::AddArticle;
    QTest::newRow("article removed") << Edit::RemoveArticle;
    QTest::newRow("boilerplate flipped") << Edit::FlipParagraph;
    QTest::newRow("view") << Edit::View;
    QTest::newRow("title") << Edit::Title;
    QTest::newRow("everything in turn") << Edit::Everything;
}

void TestSessionJournal::commits()
{
    QFETCH(Edit, edit);
    QTemporaryDir dir;
    SessionData data = m_sample;
    auto journal = SessionJournal::create(dir.path(), data, QStringLiteral("/home/reporter/harbour.crossread"));
    QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message()));
    SessionJournal &j = *journal.value();

    const auto check = [](const Expected<std::monostate, SessionError> &result) {
        return result ? QString() : result.error().message();
    };
    if (edit == Edit::Review || edit == Edit::Everything) {
        data.review.annotations.removeAt(3);
        data.review.claims[0].verdict = QStringLiteral("False");
        data.review.claims[0].evidence.clear();
        data.review.reviewers.append(QStringLiteral("Cy Editor"));
        QCOMPARE(check(j.commitReview(data.review)), QString());
    }
    if (edit == Edit::AddArticle || edit == Edit::Everything) {
        data.articles.insert(2, syntheticArticles(1).first());
        QCOMPARE(check(j.commitArticles(data.articles)), QString());
    }
    if (edit == Edit::RemoveArticle || edit == Edit::Everything) {
        data.articles.removeFirst();
        QCOMPARE(check(j.commitArticles(data.articles)), QString());
        // The view still names the removed article's index; reading drops it.
        data.view.paneOrder.removeAll(int(data.articles.size()));
    }
    if (edit == Edit::FlipParagraph || edit == Edit::Everything) {
        Paragraph &paragraph = data.articles[1].paragraphs[0];
        paragraph.boilerplate = paragraph.isBoilerplate() ? BoilerplateKind::None : BoilerplateKind::Promo;
        paragraph.userDecided = true;
        QCOMPARE(check(j.commitArticles(data.articles)), QString());
    }
    if (edit == Edit::View || edit == Edit::Everything) {
        data.view.paneOrder = {1, 0};
        data.view.theme = QStringLiteral("light");
        QCOMPARE(check(j.commitView(data.view)), QString());
    }
    if (edit == Edit::Title || edit == Edit::Everything) {
        data.title = QStringLiteral("Renamed story");
        QCOMPARE(check(j.commitTitle(data.title)), QString());
    }
    const QString path = j.path();
    journal.value().reset();   // as if the process ended without saving

    // The journal is a private copy on this machine: source paths stay as they were.
    const QString difference = loadDifference(path, data);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSessionJournal::keptJournalIsOffered()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = SessionJournal::create(dir.path(), m_sample, QStringLiteral("/stories/harbour.crossread"), true);
        QVERIFY(journal);
        QVERIFY(journal.value()->commitTitle(QStringLiteral("Changed after opening")));
        path = journal.value()->path();
    }
    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(dir.path());
    QCOMPARE(journals.size(), 1);
    const RecoverableJournal &found = journals.first();
    QCOMPARE(found.path, path);
    QCOMPARE(found.title, QStringLiteral("Changed after opening"));
    QCOMPARE(found.sessionPath, QStringLiteral("/stories/harbour.crossread"));
    QCOMPARE(found.processId, QCoreApplication::applicationPid());
    QCOMPARE(found.articleCount, 5);
    QCOMPARE(found.annotationCount, int(m_sample.review.annotations.size()));
    QCOMPARE(found.claimCount, int(m_sample.review.claims.size()));
    QVERIFY(qAbs(found.lastChange.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(found.problem.isEmpty());
    QVERIFY(SessionJournal::removeJournal(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestSessionJournal::savedJournalIsNotOffered()
{
    QTemporaryDir dir;
    {
        // Opened from a file and never changed: nothing to recover.
        auto opened = SessionJournal::create(dir.path(), m_sample, QStringLiteral("/stories/a.crossread"), true);
        QVERIFY(opened);
        // Changed, then saved under a new name.
        auto saved = SessionJournal::create(dir.path(), m_sample);
        QVERIFY(saved);
        QVERIFY(saved.value()->commitTitle(QStringLiteral("b")));
        QVERIFY(saved.value()->markSaved(QStringLiteral("/stories/b.crossread")));
        QCOMPARE(saved.value()->sessionPath(), QStringLiteral("/stories/b.crossread"));
        // Saved, then changed again: offered.
        auto changed = SessionJournal::create(dir.path(), m_sample, QStringLiteral("/stories/c.crossread"), true);
        QVERIFY(changed);
        QVERIFY(changed.value()->markSaved(QStringLiteral("/stories/c.crossread")));
        QVERIFY(changed.value()->commitView(ViewState{}));
    }
    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(dir.path());
    QCOMPARE(journals.size(), 1);
    QCOMPARE(journals.first().sessionPath, QStringLiteral("/stories/c.crossread"));
    // The journals with nothing to recover were removed on the way.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.crossread-journal")}, QDir::Files).size(), 1);
}

void TestSessionJournal::discardRemovesEverything()
{
    QTemporaryDir dir;
    auto journal = SessionJournal::create(dir.path(), m_sample);
    QVERIFY(journal);
    QVERIFY(journal.value()->commitReview(m_sample.review));
    QVERIFY(!QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    journal.value()->discard();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    const auto late = journal.value()->commitReview(m_sample.review);
    QVERIFY(!late);
    QVERIFY(late.error().message().contains(u"discarded"));
    QVERIFY(SessionJournal::recoverableJournals(dir.path()).isEmpty());
}

void TestSessionJournal::unusableJournals()
{
    QTemporaryDir dir;
    // Garbage under a journal's name, and a journal created but killed before its first commit
    // (an empty database).
    const QString garbage = dir.filePath(QStringLiteral("garbage.crossread-journal"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'x'));
    file.close();
    const QString empty = dir.filePath(QStringLiteral("empty.crossread-journal"));
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));

    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(dir.path());
    QCOMPARE(journals.size(), 1);
    QCOMPARE(journals.first().path, garbage);
    QVERIFY2(journals.first().problem.contains(garbage), qPrintable(journals.first().problem));
    QVERIFY(!QFile::exists(empty));
    const auto loaded = SessionJournal::loadJournal(garbage);
    QVERIFY(!loaded);
    QVERIFY(loaded.error().message().contains(garbage));
    QVERIFY(SessionJournal::removeJournal(garbage));
    QVERIFY(!QFile::exists(garbage));
}

void TestSessionJournal::cannotCreate()
{
    const auto journal = SessionJournal::create(QStringLiteral("/proc/crossread-recovery"), m_sample);
    QVERIFY(!journal);
    QCOMPARE(journal.error().kind, SessionError::Kind::CannotWrite);
    QVERIFY2(journal.error().message().contains(u"/proc/crossread-recovery"), qPrintable(journal.error().message()));
}

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "tst_sessionjournal.moc"
