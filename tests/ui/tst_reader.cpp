// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison reader on the sample story, checked through models and geometry, not pixels.
#include "core/articlemodel.h"
#include "articlepane.h"
#include "connectorband.h"
#include "coveragemap.h"
#include "mainwindow.h"
#include "readerview.h"

#include <QAction>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bandsJoinSharedPassages();
    void syncScrollingBringsPassageToSameHeight();
    void syncCanBeTurnedOff();
    void conflictShortcutsStepInOrder();
    void differencesAndUniquePassagesAreReachable();
    void rewordedTintIsAReaderChoice();
    void coverageMapClickNavigates();
    void findCountsMatchesInAllPanes();
    void panesCanBeReordered();
    void factsAreHighlighted();
    void boilerplateCollapses();
    void analysisKeepsEventLoopTurningAndCancels();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestReader::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_reader"_s);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
}

void TestReader::init()
{
    m_window = new MainWindow;
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy analysed(m_window, &MainWindow::analysisFinished);
    m_window->openSampleStory();
    QVERIFY(analysed.wait(30000));
    QVERIFY(m_window->readerView()->analysis());
    // Let the panes lay out at their final width.
    QTRY_VERIFY(m_window->readerView()->panes().first()->isVisible());
    QTest::qWait(50);
}

void TestReader::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestReader::bandsJoinSharedPassages()
{
    ReaderView *reader = m_window->readerView();
    const QList<ArticlePane *> panes = reader->panes();
    QCOMPARE(reader->bands().size(), panes.size() - 1);
    const auto &passages = reader->analysis()->alignment.passages;
    int linked = 0;
    for (ConnectorBand *band : reader->bands()) {
        for (const ConnectorBand::Link &link : band->links()) {
            const Passage &passage = passages.at(link.passage);
            QVERIFY(passage.member(band->left()->articleId()));
            QVERIFY(passage.member(band->right()->articleId()));
            QVERIFY(passage.status != PassageStatus::Unique);
            QVERIFY(link.leftBottom > link.leftTop);
            QVERIFY(link.rightBottom > link.rightTop);
            ++linked;
        }
        for (const ConnectorBand::Tab &tab : band->tabs()) {
            const ArticlePane *other = tab.onLeft ? band->right() : band->left();
            QVERIFY(!passages.at(tab.passage).member(other->articleId()));
        }
    }
    QVERIFY2(linked > 0, "the visible part of the sample story has aligned passages");
}

// A passage both of the first two panes tell, from the middle of the first, that starts a
// paragraph there (a passage starting mid-line shares its first line with another).
static int sharedMiddlePassage(ReaderView *reader)
{
    const auto &passages = reader->analysis()->alignment.passages;
    ArticlePane *a = reader->panes().at(0);
    ArticlePane *b = reader->panes().at(1);
    int best = -1;
    double bestDistance = 1e9;
    const double middleA = a->textView()->document()->size().height() / 2;
    for (const Passage &passage : passages) {
        const PassageMember *ma = passage.member(a->articleId());
        const PassageMember *mb = passage.member(b->articleId());
        if (!ma || !mb || !ma->primary || !mb->primary)
            continue;
        const auto &paragraphs = a->article().paragraphs;
        if (std::none_of(paragraphs.cbegin(), paragraphs.cend(), [&](const Paragraph &p) { return p.span.start == ma->span.start; }))
            continue;
        const double distance = qAbs(a->documentRange(ma->span).top - middleA);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = passage.id;
        }
    }
    return best;
}

void TestReader::syncScrollingBringsPassageToSameHeight()
{
    ReaderView *reader = m_window->readerView();
    QVERIFY(reader->syncScrolling());
    ArticlePane *a = reader->panes().at(0);
    ArticlePane *b = reader->panes().at(1);
    const int passageId = sharedMiddlePassage(reader);
    QVERIFY(passageId >= 0);
    const Passage &passage = reader->analysis()->alignment.passages.at(passageId);
    const double anchorY = a->textView()->viewport()->height() / 3.0;
    a->scrollDocumentYTo(a->documentRange(passage.member(a->articleId())->span).top, anchorY);

    QCOMPARE(reader->passageAtAnchor(a), passageId);
    const VerticalRange inB = b->viewportRange(passage.member(b->articleId())->span);
    QScrollBar *barB = b->textView()->verticalScrollBar();
    if (barB->value() > barB->minimum() && barB->value() < barB->maximum()) {
        QVERIFY2(qAbs(inB.top - anchorY) <= 2.0, qPrintable(u"passage top at %1, anchor %2"_s.arg(inB.top).arg(anchorY)));
    } else {
        // Pane B could not scroll far enough; the passage must still be in view.
        QVERIFY(inB.bottom > 0 && inB.top < b->textView()->viewport()->height());
    }
    // No feedback loop: the synced pane does not move the source back.
    const int valueA = a->textView()->verticalScrollBar()->value();
    QCoreApplication::processEvents();
    QCOMPARE(a->textView()->verticalScrollBar()->value(), valueA);
}

void TestReader::syncCanBeTurnedOff()
{
    ReaderView *reader = m_window->readerView();
    QAction *sync = m_window->action(u"syncScrolling"_s);
    QVERIFY(sync);
    sync->trigger();
    QVERIFY(!reader->syncScrolling());
    ArticlePane *a = reader->panes().at(0);
    ArticlePane *b = reader->panes().at(1);
    const int before = b->textView()->verticalScrollBar()->value();
    a->textView()->verticalScrollBar()->setValue(a->textView()->verticalScrollBar()->maximum() / 2);
    QCOMPARE(b->textView()->verticalScrollBar()->value(), before);
    sync->trigger();
    QVERIFY(reader->syncScrolling());
}

void TestReader::conflictShortcutsStepInOrder()
{
    ReaderView *reader = m_window->readerView();
    const QList<int> conflicts = reader->conflictPassages();
    QVERIFY2(!conflicts.isEmpty(), "the sample story plants conflicts");
    QSignalSpy moved(reader, &ReaderView::currentPassageChanged);
    reader->revealPassage(0);
    if (conflicts.first() == 0)
        moved.clear();
    QList<int> visited = conflicts.first() == 0 ? QList<int>{0} : QList<int>{};
    m_window->activateWindow();
    for (int i = visited.size(); i < conflicts.size(); ++i) {
        moved.clear();
        QTest::keyClick(m_window, Qt::Key_F8);
        QTRY_VERIFY(!moved.isEmpty());
        visited.append(moved.last().first().toInt());
    }
    QCOMPARE(visited, conflicts);
    // Past the last one nothing moves; Shift+F8 walks back.
    moved.clear();
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(moved.size(), 0);
    if (conflicts.size() > 1) {
        QTest::keyClick(m_window, Qt::Key_F8, Qt::ShiftModifier);
        QTRY_COMPARE(moved.last().first().toInt(), conflicts.at(conflicts.size() - 2));
    }
}

void TestReader::differencesAndUniquePassagesAreReachable()
{
    ReaderView *reader = m_window->readerView();
    const auto &passages = reader->analysis()->alignment.passages;
    QSignalSpy moved(reader, &ReaderView::currentPassageChanged);
    reader->revealPassage(0);
    int previous = 0;
    int steps = 0;
    while (reader->goToDifference(ReaderView::Step::Next)) {
        const int passage = moved.last().first().toInt();
        QVERIFY(passage > previous);
        QVERIFY(passages.at(passage).status != PassageStatus::Identical);
        previous = passage;
        QVERIFY(++steps <= passages.size());
    }
    QVERIFY2(steps > 0, "the sample story's outlets reword each other");

    reader->revealPassage(0);
    previous = 0;
    steps = 0;
    while (reader->goToUnique(ReaderView::Step::Next)) {
        const int passage = moved.last().first().toInt();
        QVERIFY(passage > previous);
        QCOMPARE(passages.at(passage).status, PassageStatus::Unique);
        previous = passage;
        ++steps;
    }
    QVERIFY2(steps > 0, "the sample story has sentences only one outlet reports");
}

void TestReader::rewordedTintIsAReaderChoice()
{
    using Marks = ReaderView::WordingMarks;
    ReaderView *reader = m_window->readerView();
    const auto tinted = [reader] {
        int differences = 0;
        for (const ArticlePane *pane : reader->panes())
            differences += pane->markCounts().differences;
        return differences;
    };
    // Automatic: tinted while at most half of the shared passages are reworded.
    qsizetype shared = 0;
    qsizetype reworded = 0;
    for (const Passage &passage : reader->analysis()->alignment.passages) {
        shared += passage.status != PassageStatus::Unique ? 1 : 0;
        reworded += passage.status == PassageStatus::Reworded ? 1 : 0;
    }
    QCOMPARE(reader->wordingMarks(), Marks::Automatic);
    QCOMPARE(reader->wordingMarked(), reworded * 2 <= shared);

    QSignalSpy changed(reader, &ReaderView::wordingMarkedChanged);
    QAction *always = m_window->action(u"wordingMarks_always"_s);
    QAction *never = m_window->action(u"wordingMarks_never"_s);
    QVERIFY(always && never);
    always->trigger();
    QVERIFY(reader->wordingMarked());
    QVERIFY2(tinted() > 0, "the sample's outlets change words that carry content");
    never->trigger();
    QVERIFY(!reader->wordingMarked());
    QCOMPARE(tinted(), 0);
    QVERIFY(!changed.isEmpty());
    // The choice is a preference: a new window starts with it.
    {
        MainWindow other;
        QCOMPARE(other.readerView()->wordingMarks(), Marks::Hidden);
    }
    m_window->action(u"wordingMarks_automatic"_s)->trigger();
    QCOMPARE(reader->wordingMarked(), reworded * 2 <= shared);
}

void TestReader::coverageMapClickNavigates()
{
    ReaderView *reader = m_window->readerView();
    CoverageMap *map = reader->coverageMap();
    const int target = int(reader->analysis()->alignment.passages.size()) / 2;
    const QRectF row = map->rowRect(target);
    QVERIFY(row.isValid());
    QCOMPARE(map->passageAtY(int(row.center().y())), target);
    QSignalSpy moved(reader, &ReaderView::currentPassageChanged);
    QTest::mouseClick(map, Qt::LeftButton, {}, row.center().toPoint());
    QVERIFY(!moved.isEmpty());
    QCOMPARE(moved.last().first().toInt(), target);
    // Every pane that tells the passage shows it.
    const Passage &passage = reader->analysis()->alignment.passages.at(target);
    for (ArticlePane *pane : reader->panes()) {
        if (const PassageMember *member = passage.member(pane->articleId())) {
            const VerticalRange range = pane->viewportRange(member->span);
            QVERIFY(range.bottom > 0 && range.top < pane->textView()->viewport()->height());
        }
    }
}

void TestReader::findCountsMatchesInAllPanes()
{
    ReaderView *reader = m_window->readerView();
    int expected = 0;
    for (ArticlePane *pane : reader->panes())
        expected += int(pane->displayedText().count(u"lumenfold"_s, Qt::CaseInsensitive));
    QVERIFY(expected > 5);
    QCOMPARE(reader->find(u"Lumenfold"_s), expected);
    QVERIFY(reader->findNext(ReaderView::Step::Next));
    QVERIFY(reader->panes().first()->textView()->textCursor().selectedText().compare(u"lumenfold"_s, Qt::CaseInsensitive) == 0);
    QCOMPARE(reader->find(QString()), 0);
}

void TestReader::panesCanBeReordered()
{
    ReaderView *reader = m_window->readerView();
    const QList<ArticleId> before = reader->displayOrder();
    reader->movePane(before.first(), int(before.size()) - 1);
    const QList<ArticleId> after = reader->displayOrder();
    QCOMPARE(after.last(), before.first());
    QCOMPARE(after.first(), before.at(1));
    QCOMPARE(reader->bands().first()->left()->articleId(), after.first());
}

void TestReader::factsAreHighlighted()
{
    ReaderView *reader = m_window->readerView();
    const FactTable &facts = reader->analysis()->facts;
    QVERIFY(!facts.slots.isEmpty());
    int conflicts = 0, agreements = 0;
    for (ArticlePane *pane : reader->panes()) {
        conflicts += pane->markCounts().conflict;
        agreements += pane->markCounts().agree;
        // Every mention of this article is found under its first character.
        for (const FactSlot &slot : facts.slots) {
            for (const Mention &mention : slot.mentions) {
                if (mention.article == pane->articleId())
                    QVERIFY(pane->slotAt(mention.span.start) >= 0);
            }
        }
    }
    QVERIFY2(conflicts > 0, "conflicting figures are marked");
    QVERIFY2(agreements > 0, "agreeing figures are marked");
}

void TestReader::boilerplateCollapses()
{
    ReaderView *reader = m_window->readerView();
    // The HTML articles carry adverts, sign-up boxes and captions inside the article.
    ArticlePane *pane = nullptr;
    for (ArticlePane *candidate : reader->panes()) {
        if (candidate->markCounts().boilerplate > 0 && candidate->article().format == SourceFormat::Html)
            pane = candidate;
    }
    QVERIFY(pane);
    const QString text = pane->displayedText();
    const double height = pane->textView()->document()->size().height();
    const Paragraph boilerplate = *std::find_if(pane->article().paragraphs.cbegin(), pane->article().paragraphs.cend(),
                                                [](const Paragraph &p) { return p.isBoilerplate(); });
    m_window->action(u"collapseBoilerplate"_s)->trigger();
    QVERIFY(pane->boilerplateCollapsed());
    QVERIFY(!pane->textView()->document()->findBlock(int(boilerplate.span.start)).isVisible());
    QVERIFY(pane->textView()->document()->size().height() < height);
    QCOMPARE(pane->displayedText(), text);   // hidden, not removed: offsets hold
    m_window->action(u"collapseBoilerplate"_s)->trigger();
    QVERIFY(pane->textView()->document()->findBlock(int(boilerplate.span.start)).isVisible());
    QCOMPARE(pane->textView()->document()->size().height(), height);
}

// A large story of fictional wire rewrites, written into files.
static QStringList writeLargeStory(const QString &dir, int articles)
{
    static const char *const subjects[] = {"The council", "The port authority", "A union spokesperson", "The ferry operator",
                                           "Residents", "The mayor", "Inspectors", "The harbour master"};
    static const char *const verbs[] = {"said", "confirmed", "warned", "announced", "denied", "estimated"};
    static const char *const objects[] = {"that repairs would take six weeks", "a budget of $4.5 million",
                                          "that 320 berths were affected", "a hearing on May 3",
                                          "that the quay reopens in June", "80 percent of services resumed"};
    QStringList paths;
    QRandomGenerator random(42);
    for (int a = 0; a < articles; ++a) {
        QString text = u"Wire report %1\n\n"_s.arg(a);
        for (int s = 0; s < 60; ++s) {
            text += QString::fromLatin1(subjects[random.bounded(8)]) + u' ' + QString::fromLatin1(verbs[random.bounded(6)]) + u' '
                    + QString::fromLatin1(objects[random.bounded(6)]) + u" on day %1."_s.arg(random.bounded(400));
            text += s % 4 == 3 ? u"\n\n"_s : u" "_s;
        }
        const QString path = dir + u"/wire%1.txt"_s.arg(a, 3, 10, QChar(u'0'));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        paths.append(path);
    }
    return paths;
}

void TestReader::analysisKeepsEventLoopTurningAndCancels()
{
    QTemporaryDir dir;
    const QStringList paths = writeLargeStory(dir.path(), 300);
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    m_window->openFiles(paths);
    QVERIFY(loaded.wait(60000));
    QVERIFY(m_window->isAnalysing());

    // The event loop keeps turning while the 300-article story is analysed: the longest
    // gap between two turns of a 10 ms timer stays short.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, sinceTick.restart());
        ++ticks;
    });
    timer.start(10);
    QTest::qWait(1000);
    qInfo("%d event-loop turns in 1 s of analysis, longest gap %lld ms", ticks, longestGap);
    QVERIFY2(ticks >= 20, qPrintable(u"only %1 turns of the event loop in 1 s"_s.arg(ticks)));
    QVERIFY2(longestGap < 500, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longestGap)));

    if (m_window->isAnalysing()) {
        QSignalSpy analysed(m_window, &MainWindow::analysisFinished);
        QElapsedTimer clock;
        clock.start();
        m_window->cancelAnalysis();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAnalysing(), 2000);
        qInfo("analysis stopped %lld ms after cancel", qint64(clock.elapsed()));
        QCOMPARE(analysed.size(), 0);
    }
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
