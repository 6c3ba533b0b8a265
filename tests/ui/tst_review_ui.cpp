// SPDX-License-Identifier: GPL-3.0-or-later
// The review workflow in the main window, end to end: annotate a selection, make claims from a
// fact slot and a selection, set verdicts and evidence, undo and redo through the actions,
// save, close and reopen, recover after the window went away unsaved, and open a session from
// a newer version read-only. Real files in a temporary folder, real SQLite.
#include "annotationdialog.h"
#include "review/annotationmodel.h"
#include "annotationsdock.h"
#include "core/articlemodel.h"
#include "articlepane.h"
#include "review/claimmodel.h"
#include "claimspanel.h"
#include "factmatrix.h"
#include "facts/factmodel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "recoverydialog.h"
#include "review/review.h"
#include "import/samplestory.h"
#include "review/session.h"
#include "review/sessionjournal.h"
#include "review/sessiontestdata.h"
#include "settings.h"
#include "shortcutlist.h"
#include "verdictsetdialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestReviewUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void annotateClaimSaveAndReopen();
    void undoShortcutReachesReviewFromPane();
    void paneContextMenuMakesPassageClaims();
    void annotationsDockFiltersJumpsAndDeletes();
    void verdictSetIsEditableAndUndoable();
    void cleanedVerdicts_data();
    void cleanedVerdicts();
    void openFilesRoutesSessions();
    void unsavedChangesPromptOnClose();
    void recoversAfterWindowWentAwayUnsaved();
    void newerVersionOpensReadOnly();
    void windowShortcutsAreUnique();
    void factMatrixCorrectionIsUndoable();
    void paneSplitsPassage();
    void removalAsksAndUndoRestores();
    void shortcutListByMenuOncePerAction();

private:
    /// A window with the sample story analysed.
    static std::unique_ptr<MainWindow> sampleWindow();
    /// Selects [start, end) in the pane showing article `row` and gives it focus.
    static void select(MainWindow &window, int row, TextSpan span);
    /// The span of the first `length` characters of the article's first non-boilerplate paragraph.
    static TextSpan textSpan(const Article &article, int paragraph, qsizetype length);
    /// True when the pane of `row` draws a highlight of that shade over exactly `span`.
    static bool paneHighlights(MainWindow &window, int row, TextSpan span, const QColor &shade);
    /// Answers the next modal message box with `button`.
    static void answerNextMessageBox(QMessageBox::StandardButton button);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestReviewUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Everything the window writes (settings, recent lists, recovery journals) stays in here.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_review_ui"_s);
    QVERIFY(MainWindow::recoveryDirectory().startsWith(m_dir.path()));
}

void TestReviewUi::init()
{
    QSettings().clear();
    AppSettings settings;
    settings.reviewerName = u"Test Reviewer"_s;
    settings.write();
    QDir(MainWindow::recoveryDirectory()).removeRecursively();
}

std::unique_ptr<MainWindow> TestReviewUi::sampleWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1600, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
    window->openSampleStory();
    if (!analysed.wait(30000))
        return {};
    return window;
}

void TestReviewUi::select(MainWindow &window, int row, TextSpan span)
{
    ArticlePane *pane = window.readerView()->paneFor(ArticleId(row));
    QVERIFY(pane);
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
    pane->textView()->setTextCursor(cursor);
    pane->textView()->setFocus(Qt::OtherFocusReason);
}

TextSpan TestReviewUi::textSpan(const Article &article, int paragraph, qsizetype length)
{
    int seen = 0;
    for (const Paragraph &p : article.paragraphs) {
        if (p.isBoilerplate() || p.heading || p.span.length() < length)
            continue;
        if (seen++ == paragraph)
            return {p.span.start, p.span.start + length};
    }
    return {};
}

bool TestReviewUi::paneHighlights(MainWindow &window, int row, TextSpan span, const QColor &shade)
{
    ArticlePane *pane = window.readerView()->paneFor(ArticleId(row));
    if (!pane)
        return false;
    const QList<Highlight> &marks = pane->annotations();
    const bool marked = std::any_of(marks.cbegin(), marks.cend(), [&](const Highlight &mark) {
        return mark.span == span && mark.format.background().color().rgb() == shade.rgb();
    });
    // And it reached the document: the text there carries the shade (composited over the
    // analysis marks, so compare the hue family loosely: the shade dominates).
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(int(span.start) + 1);
    const QColor drawn = cursor.charFormat().background().color();
    const bool applied = drawn.isValid() && qAbs(drawn.red() - shade.red()) < 40 && qAbs(drawn.green() - shade.green()) < 40
                         && qAbs(drawn.blue() - shade.blue()) < 40;
    return marked && applied;
}

void TestReviewUi::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        // The box is shown from within the action; wait for it to be the modal widget.
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(button)->click();
    });
}

void TestReviewUi::annotateClaimSaveAndReopen()
{
    auto window = sampleWindow();
    QVERIFY(window);
    Review *review = window->review();
    ArticleModel *articles = window->articleModel();
    QVERIFY(articles->rowCount() >= 3);
    QAbstractItemModelTester annotationTester(window->annotationsDock()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester claimTester(window->claimsPanel()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Annotate: select, open the dialog, pick colour, note and tags.
    const TextSpan annotated = textSpan(articles->article(0), 0, 24);
    QVERIFY(!annotated.isEmpty());
    select(*window, 0, annotated);
    window->action(u"annotateSelection"_s)->trigger();
    auto *dialog = window->findChild<AnnotationDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setColour(HighlightColour::Green);
    dialog->noteEdit()->setPlainText(u"Check against the minutes"_s);
    dialog->tagsEdit()->setText(u"budget, council; Budget"_s);
    dialog->accept();
    QCOMPARE(review->annotations().size(), 1);
    const Annotation annotation = review->annotations().first();
    QCOMPARE(annotation.anchor.articleHash, articles->article(0).contentHash);
    QCOMPARE(annotation.anchor.span, annotated);
    QCOMPARE(annotation.anchor.quote, annotated.in(articles->article(0).text).toString());
    QCOMPARE(annotation.tags, (QStringList{u"budget"_s, u"council"_s}));
    QCOMPARE(window->annotationsDock()->view()->model()->rowCount(), 1);
    QVERIFY(paneHighlights(*window, 0, annotated, highlightShade(HighlightColour::Green, window->theme().dark)));

    // A claim from a fact slot: its sources are the slot's mentions.
    const auto &analysis = window->readerView()->analysis();
    QVERIFY(analysis);
    int slotId = -1;
    for (const FactSlot &slot : analysis->facts.slots) {
        if (slot.kind != FactKind::Quote && slot.mentions.size() >= 2 && slotId < 0)
            slotId = slot.id;
    }
    QVERIFY(slotId >= 0);
    const int factClaim = window->createClaimFromSlot(slotId);
    QVERIFY(factClaim >= 0);
    const FactSlot &slot = analysis->facts.slots.at(slotId);
    QCOMPARE(review->claim(factClaim)->origin, ClaimOrigin::FactSlot);
    QCOMPARE(review->claim(factClaim)->sources.size(), slot.mentions.size());
    QCOMPARE(review->claim(factClaim)->sources.first().span, slot.mentions.first().span);
    QVERIFY(review->claim(factClaim)->statement.contains(slot.label.translated()));
    QCOMPARE(window->claimsPanel()->currentClaimId(), factClaim);

    // A claim from a free selection in the second article.
    const TextSpan claimed = textSpan(articles->article(1), 1, 30);
    select(*window, 1, claimed);
    window->action(u"claimFromSelection"_s)->trigger();
    QCOMPARE(review->claims().size(), 2);
    const Claim selectionClaim = review->claims().last();
    QCOMPARE(selectionClaim.origin, ClaimOrigin::Selection);
    QCOMPARE(selectionClaim.sources.first().span, claimed);
    QCOMPARE(selectionClaim.statement, claimed.in(articles->article(1).text).toString().simplified());

    // Verdict, evidence and notes on the fact claim, through the panel.
    ClaimsPanel *panel = window->claimsPanel();
    panel->selectClaim(factClaim);
    const int disputed = panel->verdictBox()->findData(u"Disputed"_s);
    QVERIFY(disputed >= 0);
    Q_EMIT panel->verdictBox()->activated(disputed);
    QCOMPARE(review->claim(factClaim)->verdict, u"Disputed"_s);
    QCOMPARE(review->claim(factClaim)->reviewer, u"Test Reviewer"_s);
    QVERIFY(panel->progress()->text().startsWith(u"1 of 2 claim"_s));
    const TextSpan evidence = textSpan(articles->article(2), 0, 20);
    select(*window, 2, evidence);
    window->action(u"evidence_contradicts"_s)->trigger();
    QCOMPARE(review->claim(factClaim)->evidence.size(), 1);
    QCOMPARE(review->claim(factClaim)->evidence.first().role, EvidenceRole::Contradicts);
    QCOMPARE(review->claim(factClaim)->evidence.first().anchor.span, evidence);
    // Sources first, then the evidence.
    QCOMPARE(panel->evidenceView()->topLevelItemCount(), int(slot.mentions.size()) + 1);
    panel->notesEdit()->setPlainText(u"Minutes say otherwise"_s);
    QCOMPARE(review->claim(factClaim)->notes, u"Minutes say otherwise"_s);

    // Undo and redo through the Edit menu's actions.
    QAction *undo = window->action(u"undo"_s);
    QAction *redo = window->action(u"redo"_s);
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();   // notes
    QCOMPARE(review->claim(factClaim)->notes, QString());
    QCOMPARE(panel->notesEdit()->toPlainText(), QString());
    undo->trigger();   // evidence
    QVERIFY(review->claim(factClaim)->evidence.isEmpty());
    redo->trigger();
    redo->trigger();
    QCOMPARE(review->claim(factClaim)->evidence.size(), 1);
    QCOMPARE(review->claim(factClaim)->notes, u"Minutes say otherwise"_s);

    // View state: hide the third article, collapse boilerplate, put the second pane first.
    QVERIFY(articles->setData(articles->index(2, ArticleModel::OutletColumn), Qt::Unchecked, Qt::CheckStateRole));
    window->action(u"collapseBoilerplate"_s)->trigger();
    window->readerView()->movePane(ArticleId(1), 0);
    const QList<ArticleId> order = window->readerView()->displayOrder();
    QCOMPARE(order.first(), ArticleId(1));

    QVERIFY(window->isWindowModified());
    QVERIFY(window->windowTitle().contains(u"[*]"_s));
    const SessionData before = window->sessionData();

    // Save, and the modified marker goes.
    const QString file = path(u"story.crossread"_s);
    QVERIFY(window->saveSession(file));
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->sessionPath(), QFileInfo(file).absoluteFilePath());
    QVERIFY(window->windowTitle().startsWith(u"story[*]"_s));
    QVERIFY(QSettings().value(u"recentSessions"_s).toStringList().contains(QFileInfo(file).absoluteFilePath()));
    window->closeSession();
    QCOMPARE(articles->rowCount(), 0);
    QVERIFY(review->annotations().isEmpty());
    window.reset();

    // Reopen in a new window: everything is back, and analysed again.
    MainWindow reopened;
    reopened.resize(1600, 900);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QSignalSpy analysed(&reopened, &MainWindow::analysisFinished);
    QVERIFY(reopened.openSession(file));
    QVERIFY(analysed.wait(30000));
    QVERIFY(!reopened.isWindowModified());
    const SessionData after = reopened.sessionData();
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.articles.size(), before.articles.size());
    for (qsizetype i = 0; i < before.articles.size(); ++i) {
        QCOMPARE(after.articles.at(i).contentHash, before.articles.at(i).contentHash);
        QCOMPARE(after.articles.at(i).text, before.articles.at(i).text);
        QCOMPARE(after.articles.at(i).meta.outlet, before.articles.at(i).meta.outlet);
    }
    QCOMPARE(after.review, before.review);
    QCOMPARE(after.view, before.view);
    QCOMPARE(reopened.readerView()->displayOrder(), order);
    QVERIFY(!reopened.readerView()->paneFor(ArticleId(2)));
    QVERIFY(reopened.readerView()->boilerplateCollapsed());
    QVERIFY(reopened.action(u"collapseBoilerplate"_s)->isChecked());
    QCOMPARE(reopened.annotationsDock()->view()->model()->rowCount(), 1);
    QCOMPARE(reopened.claimsPanel()->view()->model()->rowCount(), 2);
    QVERIFY(reopened.claimsPanel()->progress()->text().startsWith(u"1 of 2 claim"_s));
    QCOMPARE(reopened.claimsPanel()->progress()->value(), 1);
    QVERIFY(paneHighlights(reopened, 0, annotated, highlightShade(HighlightColour::Green, reopened.theme().dark)));
    // The scorecard counts the disputed claim for every outlet that carries it.
    QTableWidget *scorecard = reopened.claimsPanel()->scorecard();
    QCOMPARE(scorecard->rowCount(), int(before.articles.size()));
    const int disputedColumn = 2 + int(before.review.verdicts.indexOf(u"Disputed"_s));
    int disputedOutlets = 0;
    for (int row = 0; row < scorecard->rowCount(); ++row)
        disputedOutlets += scorecard->item(row, disputedColumn)->text() == u"1"_s ? 1 : 0;
    QSet<QByteArray> carriers;
    for (const Anchor &source : before.review.claims.first().sources)
        carriers.insert(source.articleHash);
    QCOMPARE(disputedOutlets, int(carriers.size()));
    // Opening restored a saved state: the history starts empty.
    QVERIFY(!reopened.action(u"undo"_s)->isEnabled());
}

void TestReviewUi::undoShortcutReachesReviewFromPane()
{
    auto window = sampleWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const TextSpan span = textSpan(window->articleModel()->article(0), 0, 12);
    select(*window, 0, span);
    QVERIFY(window->createClaimFromSelection() >= 0);
    QCOMPARE(window->review()->claims().size(), 1);
    // The read-only text view has focus; Ctrl+Z must still reach Edit ▸ Undo.
    QTextEdit *text = window->readerView()->paneFor(ArticleId(0))->textView();
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keySequence(text, QKeySequence::Undo);
    QCOMPARE(window->review()->claims().size(), 0);
    QTest::keySequence(text, QKeySequence::Redo);
    QCOMPARE(window->review()->claims().size(), 1);
}

void TestReviewUi::paneContextMenuMakesPassageClaims()
{
    auto window = sampleWindow();
    QVERIFY(window);
    const auto &analysis = window->readerView()->analysis();
    // A passage the first two articles both tell.
    int passageIndex = -1;
    for (const Passage &passage : analysis->alignment.passages) {
        if (passageIndex < 0 && passage.members.size() >= 2 && passage.member(ArticleId(0)) && passage.member(ArticleId(1)))
            passageIndex = passage.id;
    }
    QVERIFY(passageIndex >= 0);
    const Passage &passage = analysis->alignment.passages.at(passageIndex);
    const PassageMember *mine = passage.member(ArticleId(0));
    ArticlePane *pane = window->readerView()->paneFor(ArticleId(0));
    select(*window, 0, {mine->span.start, mine->span.start + 5});

    QMenu menu;
    Q_EMIT pane->contextMenuAboutToShow(&menu, mine->span.start + 2);
    auto find = [&menu](const QString &text) -> QAction * {
        for (QAction *action : menu.actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
        return nullptr;
    };
    QAction *annotate = find(u"Annotate Selection…"_s);
    QVERIFY(annotate && annotate->isEnabled());
    QAction *fromPassage = find(u"New Claim from This Passage"_s);
    QVERIFY(fromPassage && fromPassage->isEnabled());
    fromPassage->trigger();
    QCOMPARE(window->review()->claims().size(), 1);
    const Claim &claim = window->review()->claims().first();
    QCOMPARE(claim.origin, ClaimOrigin::Passage);
    QCOMPARE(claim.sources.size(), passage.members.size());
    for (qsizetype i = 0; i < passage.members.size(); ++i) {
        QCOMPARE(claim.sources.at(i).span, passage.members.at(i).span);
        QCOMPARE(claim.sources.at(i).articleHash,
                 window->articleModel()->article(passage.members.at(i).article.value()).contentHash);
    }
    QVERIFY(!claim.statement.isEmpty());
}

void TestReviewUi::annotationsDockFiltersJumpsAndDeletes()
{
    auto window = sampleWindow();
    QVERIFY(window);
    Review *review = window->review();
    ArticleModel *articles = window->articleModel();
    auto anchorIn = [&](int row, TextSpan span) {
        return Anchor{articles->article(row).contentHash, span, span.in(articles->article(row).text).toString()};
    };
    const TextSpan first = textSpan(articles->article(0), 0, 15);
    const TextSpan second = textSpan(articles->article(1), 1, 18);
    review->addAnnotation(anchorIn(0, first), HighlightColour::Yellow, u"grant figure"_s, {u"money"_s});
    const int pinkId = review->addAnnotation(anchorIn(1, second), HighlightColour::Pink, u"who said it"_s, {u"quote"_s});
    AnnotationsDock *dock = window->annotationsDock();
    QAbstractItemModel *shown = dock->view()->model();
    QCOMPARE(shown->rowCount(), 2);

    dock->searchField()->setText(u"said"_s);
    QCOMPARE(shown->rowCount(), 1);
    dock->searchField()->clear();
    dock->tagFilter()->setCurrentIndex(dock->tagFilter()->findData(u"money"_s));
    QCOMPARE(shown->rowCount(), 1);
    dock->tagFilter()->setCurrentIndex(0);
    dock->colourFilter()->setCurrentIndex(dock->colourFilter()->findData(int(HighlightColour::Pink)));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(AnnotationModel::IdRole).toInt(), pinkId);
    dock->colourFilter()->setCurrentIndex(0);
    dock->articleFilter()->setCurrentIndex(dock->articleFilter()->findData(articles->article(0).contentHash));
    QCOMPARE(shown->rowCount(), 1);
    dock->articleFilter()->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 2);

    // Recolour and edit the note in the dock: each an undoable edit.
    dock->selectAnnotation(pinkId);
    QCOMPARE(dock->currentAnnotationId(), pinkId);
    dock->colourBox()->setCurrentIndex(dock->colourBox()->findData(int(HighlightColour::Blue)));
    Q_EMIT dock->colourBox()->activated(dock->colourBox()->currentIndex());
    QCOMPARE(review->annotation(pinkId)->colour, HighlightColour::Blue);
    QVERIFY(paneHighlights(*window, 1, second, highlightShade(HighlightColour::Blue, window->theme().dark)));
    dock->noteEdit()->setPlainText(u"the minister said it"_s);
    QCOMPARE(review->annotation(pinkId)->note, u"the minister said it"_s);
    dock->tagsEdit()->setText(u"quote, minister"_s);
    Q_EMIT dock->tagsEdit()->editingFinished();
    QCOMPARE(review->annotation(pinkId)->tags, (QStringList{u"quote"_s, u"minister"_s}));

    // Enter jumps to the span: the pane selects it.
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_Return);
    const QTextCursor cursor = window->readerView()->paneFor(ArticleId(1))->textView()->textCursor();
    QCOMPARE((TextSpan{cursor.selectionStart(), cursor.selectionEnd()}), second);

    // Delete in the list removes it; undo brings it back with its edits.
    dock->selectAnnotation(pinkId);
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_Delete);
    QVERIFY(!review->annotation(pinkId));
    QVERIFY(!paneHighlights(*window, 1, second, highlightShade(HighlightColour::Blue, window->theme().dark)));
    window->action(u"undo"_s)->trigger();
    QVERIFY(review->annotation(pinkId));
    QCOMPARE(review->annotation(pinkId)->note, u"the minister said it"_s);
    QCOMPARE(review->annotation(pinkId)->colour, HighlightColour::Blue);
}

void TestReviewUi::verdictSetIsEditableAndUndoable()
{
    Review review;
    ClaimsPanel panel(&review);
    Claim claim;
    claim.statement = u"The bridge cost $4 million"_s;
    const int id = review.addClaim(claim);
    panel.selectClaim(id);
    panel.editVerdicts();
    auto *dialog = panel.findChild<VerdictSetDialog *>();
    QVERIFY(dialog);
    QListWidget *list = dialog->list();
    QCOMPARE(list->count(), int(defaultVerdicts().size()));
    list->addItem(u"Needs context"_s);
    delete list->takeItem(list->count() - 2);   // "Unverifiable"
    dialog->accept();
    QStringList expected = defaultVerdicts();
    expected.removeAll(u"Unverifiable"_s);
    expected.append(u"Needs context"_s);
    QCOMPARE(review.verdicts(), expected);
    QVERIFY(panel.verdictBox()->findData(u"Needs context"_s) >= 0);
    QVERIFY(panel.verdictFilter()->findData(u"Needs context"_s) >= 0);
    review.undoStack()->undo();
    QCOMPARE(review.verdicts(), defaultVerdicts());
    QCOMPARE(panel.verdictBox()->findData(u"Needs context"_s), -1);
}

void TestReviewUi::cleanedVerdicts_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("unchanged") << QStringList{u"Unreviewed"_s, u"True"_s} << QStringList{u"Unreviewed"_s, u"True"_s};
    QTest::newRow("trimmed") << QStringList{u"  Open "_s, u"Done"_s} << QStringList{u"Open"_s, u"Done"_s};
    QTest::newRow("empty dropped") << QStringList{u"Open"_s, u"  "_s, u"Done"_s} << QStringList{u"Open"_s, u"Done"_s};
    QTest::newRow("duplicates dropped") << QStringList{u"Open"_s, u"done"_s, u"Done"_s} << QStringList{u"Open"_s, u"done"_s};
}

void TestReviewUi::cleanedVerdicts()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    QCOMPARE(VerdictSetDialog::cleaned(input), expected);
}

void TestReviewUi::openFilesRoutesSessions()
{
    QString file;
    QByteArray hash;
    {
        auto window = sampleWindow();
        QVERIFY(window);
        hash = window->articleModel()->article(0).contentHash;
        window->review()->addAnnotation(Anchor{hash, {0, 4}, window->articleModel()->article(0).text.left(4)},
                                        HighlightColour::Purple);
        file = path(u"routed.crossread"_s);
        QVERIFY(window->saveSession(file));
    }
    // The command line and drops go through openFiles(): a .crossread opens as a session.
    MainWindow window;
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    window.openFiles({file});
    QCOMPARE(window.sessionPath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(window.review()->annotations().size(), 1);
    QCOMPARE(window.articleModel()->article(0).contentHash, hash);
    QVERIFY(!window.isLoading());   // restored, not imported again
    QVERIFY(analysed.wait(30000));
}

void TestReviewUi::unsavedChangesPromptOnClose()
{
    auto window = sampleWindow();
    QVERIFY(window);
    // The untouched sample closes without asking; a claim makes it the reader's work.
    select(*window, 0, textSpan(window->articleModel()->article(0), 0, 20));
    window->createClaimFromSelection();
    QTRY_VERIFY(!window->journalPath().isEmpty());
    const QString journal = window->journalPath();
    QVERIFY(window->hasUnsavedChanges());

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY(QFileInfo::exists(journal));

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window->close());
    QVERIFY(!QFileInfo::exists(journal));
    QVERIFY(SessionJournal::recoverableJournals(MainWindow::recoveryDirectory()).isEmpty());
}

void TestReviewUi::recoversAfterWindowWentAwayUnsaved()
{
    SessionData expected;
    {
        auto window = sampleWindow();
        QVERIFY(window);
        ArticleModel *articles = window->articleModel();
        const TextSpan span = textSpan(articles->article(0), 0, 20);
        select(*window, 0, span);
        window->action(u"annotateSelection"_s)->trigger();
        auto *dialog = window->findChild<AnnotationDialog *>();
        QVERIFY(dialog);
        dialog->setColour(HighlightColour::Pink);
        dialog->noteEdit()->setPlainText(u"recover me"_s);
        dialog->accept();
        select(*window, 1, textSpan(articles->article(1), 0, 25));
        const int claim = window->createClaimFromSelection();
        window->claimsPanel()->setCurrentVerdict(u"False"_s);
        window->claimsPanel()->notesEdit()->setPlainText(u"typed just before the crash"_s);
        QVERIFY(articles->setData(articles->index(1, ArticleModel::OutletColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(window->review()->claim(claim)->verdict, u"False"_s);
        // Committed within the event-loop turn.
        QCoreApplication::processEvents();
        QVERIFY(!window->journalPath().isEmpty());
        expected = window->sessionData();
        // The window goes away without closing, as in a crash: no save, no prompt.
    }
    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(MainWindow::recoveryDirectory());
    QCOMPARE(journals.size(), 1);
    QCOMPARE(journals.first().title, expected.title);
    QCOMPARE(journals.first().annotationCount, 1);
    QCOMPARE(journals.first().claimCount, 1);
    QCOMPARE(journals.first().articleCount, int(expected.articles.size()));

    // The start-up offer lists it.
    {
        MainWindow window;
        window.offerRecovery();
        auto *dialog = window.findChild<RecoveryDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QCOMPARE(dialog->currentJournal(), journals.first().path);
        dialog->reject();   // later: it stays
    }
    QCOMPARE(SessionJournal::recoverableJournals(MainWindow::recoveryDirectory()).size(), 1);

    MainWindow window;
    window.resize(1600, 900);
    window.show();
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    QVERIFY(window.recoverJournal(journals.first().path));
    QVERIFY(analysed.wait(30000));
    const SessionData recovered = window.sessionData();
    QCOMPARE(recovered.title, expected.title);
    QCOMPARE(recovered.articles.size(), expected.articles.size());
    for (qsizetype i = 0; i < expected.articles.size(); ++i)
        QCOMPARE(recovered.articles.at(i).contentHash, expected.articles.at(i).contentHash);
    QCOMPARE(recovered.review, expected.review);
    QCOMPARE(recovered.view, expected.view);
    QVERIFY(window.hasUnsavedChanges());
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.annotationsDock()->view()->model()->rowCount(), 1);
    // The old journal is gone; the recovered work lives in the window's own journal.
    QVERIFY(!QFileInfo::exists(journals.first().path));
    QVERIFY(QFileInfo::exists(window.journalPath()));
}

void TestReviewUi::newerVersionOpensReadOnly()
{
    const QString file = path(u"newer.crossread"_s);
    {
        auto window = sampleWindow();
        QVERIFY(window);
        const Article &article = window->articleModel()->article(0);
        window->review()->addAnnotation(Anchor{article.contentHash, {0, 5}, article.text.left(5)}, HighlightColour::Yellow);
        QVERIFY(window->saveSession(file));
    }
    // A later Crossread wrote it: same tables, a higher format version.
    QVERIFY(SessionTest::markAsNewerVersion(file));

    MainWindow window;
    window.show();
    QVERIFY(window.openSession(file));
    QVERIFY(window.isSessionReadOnly());
    auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"newer version"_s));
    QVERIFY(window.windowTitle().contains(u"read-only"_s));
    QCOMPARE(window.review()->annotations().size(), 1);
    QVERIFY(!window.action(u"saveSession"_s)->isEnabled());
    QVERIFY(window.action(u"saveSessionAs"_s)->isEnabled());
    for (const QString &name : {u"annotateSelection"_s, u"claimFromSelection"_s, u"removeArticle"_s, u"editVerdicts"_s})
        QVERIFY2(!window.action(name)->isEnabled(), qPrintable(name));
    QVERIFY(!window.annotationsDock()->noteEdit()->isEnabled());
    QCOMPARE(window.createClaimFromSelection(), -1);

    // Save As writes this version's format, and the copy can be edited.
    const QString copy = path(u"copy.crossread"_s);
    QVERIFY(window.saveSession(copy));
    QVERIFY(!window.isSessionReadOnly());
    QVERIFY(!banner->isVisible());
    QVERIFY(window.action(u"saveSession"_s)->isEnabled());
    const auto reread = readSession(copy);
    QVERIFY2(reread.hasValue(), qPrintable(reread.hasValue() ? QString() : reread.error().message()));
    QVERIFY(!reread->readOnly);
    QCOMPARE(reread->data.review.annotations.size(), 1);
}

void TestReviewUi::factMatrixCorrectionIsUndoable()
{
    auto window = sampleWindow();
    QVERIFY(window);
    // A row two outlets fill, marked "not comparable" from the matrix's context menu.
    const auto engine = window->readerView()->analysis();
    int slotId = -1;
    for (const FactSlot &slot : engine->facts.slots) {
        if (slotId < 0 && slot.mentions.size() >= 2 && slot.kind != FactKind::Quote)
            slotId = slot.id;
    }
    QVERIFY(slotId >= 0);
    const Mention mention = engine->facts.slots.at(slotId).mentions.first();
    FactModel *model = window->factMatrix()->model();
    const auto rowOf = [&] {
        const auto &analysis = window->readerView()->analysis();
        for (const FactSlot &slot : analysis->facts.slots) {
            for (const Mention &m : slot.mentions) {
                if (m.article == mention.article && m.span == mention.span)
                    return model->rowOfSlot(slot.id);
            }
        }
        return -1;
    };
    QVERIFY(!model->index(rowOf(), 0).data(FactModel::CorrectedByRole).isValid());

    QMenu menu;
    Q_EMIT window->factMatrix()->slotContextMenu(&menu, slotId, mention.article);
    auto *notComparable = menu.findChild<QAction *>(u"markNotComparable"_s);
    QVERIFY(notComparable);
    notComparable->trigger();
    QCOMPARE(window->review()->corrections().size(), 1);
    QCOMPARE(window->review()->corrections().first().reviewer, u"Test Reviewer"_s);
    QModelIndex row = model->index(rowOf(), 0);
    QCOMPARE(row.data(FactModel::ComparableRole).toBool(), false);
    QCOMPARE(row.data(FactModel::CorrectedByRole).toStringList(), QStringList{u"Test Reviewer"_s});
    QTableView *view = window->factMatrix()->view();
    bool marked = false;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        marked = marked || view->model()->headerData(r, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"corrected by Test Reviewer"_s);
    QVERIFY(marked);

    // Ctrl+Z takes it back; the row is the engine's again.
    window->review()->undoStack()->undo();
    QVERIFY(window->review()->corrections().isEmpty());
    row = model->index(rowOf(), 0);
    QCOMPARE(row.data(FactModel::ComparableRole).toBool(), true);
    QVERIFY(!row.data(FactModel::CorrectedByRole).isValid());
}

void TestReviewUi::paneSplitsPassage()
{
    auto window = sampleWindow();
    QVERIFY(window);
    const auto engine = window->readerView()->analysis();
    // A passage of two or more sentences in the first article: split at its second sentence.
    const PassageMember *member = nullptr;
    for (const Passage &passage : engine->alignment.passages) {
        const PassageMember *mine = passage.member(ArticleId(0));
        if (!member && mine && mine->primary && mine->sentenceCount >= 2)
            member = mine;
    }
    QVERIFY(member);
    const qsizetype second = engine->segmentations.at(0).sentences.at(member->firstSentence + 1).span.start;
    const qsizetype passages = engine->alignment.passages.size();
    ArticlePane *pane = window->readerView()->paneFor(ArticleId(0));
    QMenu menu;
    Q_EMIT pane->contextMenuAboutToShow(&menu, second);
    auto *split = menu.findChild<QAction *>(u"splitPassage"_s);
    QVERIFY(split);
    split->trigger();
    QCOMPARE(window->readerView()->analysis()->alignment.passages.size(), passages + 1);
    QVERIFY(window->readerView()->analysis()->corrections.first().applied);
    window->review()->undoStack()->undo();
    QCOMPARE(window->readerView()->analysis()->alignment.passages.size(), passages);
}

void TestReviewUi::removalAsksAndUndoRestores()
{
    auto window = sampleWindow();
    QVERIFY(window);
    Review *review = window->review();
    ArticleModel *articles = window->articleModel();
    const int count = articles->rowCount();
    const Article second = articles->article(1);
    // Work on the second article: an annotation and a claim sourced there only, and a claim
    // that also cites the first article (it stays).
    review->addAnnotation(Anchor{second.contentHash, {0, 5}, second.text.left(5)}, HighlightColour::Green, u"check"_s);
    Claim own;
    own.statement = u"The second outlet's figure"_s;
    own.sources = {Anchor{second.contentHash, {0, 5}, second.text.left(5)}};
    review->addClaim(own);
    Claim shared = own;
    shared.statement = u"Both outlets"_s;
    const Article first = articles->article(0);
    shared.sources.append(Anchor{first.contentHash, {0, 5}, first.text.left(5)});
    review->addClaim(shared);
    QCOMPARE(review->carriedBy({second.contentHash}).annotations, 1);
    QCOMPARE(review->carriedBy({second.contentHash}).claims, 1);

    auto *list = window->findChild<QTreeView *>(u"articleList"_s);
    QVERIFY(list);
    list->selectionModel()->select(articles->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *remove = window->findChild<QAction *>(u"removeArticle"_s);
    QVERIFY(remove);

    // Cancel keeps everything.
    const auto answer = [](const QString &button) {
        QTimer::singleShot(0, qApp, [button] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box->text().contains(u"1 annotation"_s));
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text().remove(u'&') == button)
                    candidate->click();
            }
        });
    };
    answer(u"Cancel"_s);
    remove->trigger();
    QCOMPARE(articles->rowCount(), count);

    QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
    answer(u"Remove"_s);
    remove->trigger();
    QCOMPARE(articles->rowCount(), count - 1);
    QCOMPARE(review->annotations().size(), 0);
    QCOMPARE(review->claims().size(), 1);
    QVERIFY(analysed.wait(30000));
    QCOMPARE(window->readerView()->analysis()->articles.size(), count - 1);

    // Ctrl+Z: the article is back in its place with its annotation and claim, and analysed.
    review->undoStack()->undo();
    QCOMPARE(articles->rowCount(), count);
    QCOMPARE(articles->article(1).contentHash, second.contentHash);
    QCOMPARE(review->annotations().size(), 1);
    QCOMPARE(review->claims().size(), 2);
    QCOMPARE(review->claims().first().statement, own.statement);
    QVERIFY(analysed.wait(30000));
    QCOMPARE(window->readerView()->analysis()->articles.size(), count);
}

void TestReviewUi::shortcutListByMenuOncePerAction()
{
    MainWindow window;
    const QList<ShortcutEntry> entries = shortcutEntries(window.menuBar(), window.findChildren<QAction *>());
    QVERIFY(entries.size() > 10);
    // Grouped: once a menu's entries end, that menu does not come back.
    QStringList menus;
    QSet<QString> lines;
    for (const ShortcutEntry &entry : entries) {
        if (menus.isEmpty() || menus.last() != entry.menu) {
            QVERIFY2(!menus.contains(entry.menu), qPrintable(entry.menu));
            menus.append(entry.menu);
        }
        const QString line = entry.action + u'|' + entry.keys;
        QVERIFY2(!lines.contains(line), qPrintable(line));
        lines.insert(line);
        QVERIFY(!entry.keys.isEmpty());
    }
    // The menus come in menu-bar order, the panels' own actions last.
    QCOMPARE(menus.first(), window.menuBar()->actions().first()->text().remove(u'&'));
    QCOMPARE(menus.last(), u"Panels and lists"_s);
    // Del appears once under the Edit menu, with the command's name.
    const auto del = std::count_if(entries.begin(), entries.end(), [](const ShortcutEntry &e) {
        return e.keys == QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText) && !e.menu.startsWith(u"Panels"_s);
    });
    QCOMPARE(del, 1);
}

void TestReviewUi::windowShortcutsAreUnique()
{
    MainWindow window;
    QHash<QKeySequence, QString> seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
            continue;
        // Actions that are only in a list widget's context (Delete) are not window-wide.
        const auto widgets = action->associatedObjects();
        const bool windowWide = std::any_of(widgets.cbegin(), widgets.cend(), [](QObject *object) {
            return qobject_cast<QMenu *>(object) || qobject_cast<QMainWindow *>(object);
        });
        if (!windowWide)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key), qPrintable(u"%1 is used by both “%2” and “%3”"_s.arg(
                                              key.toString(), seen.value(key), action->text())));
            seen.insert(key, action->text());
        }
    }
    QVERIFY(seen.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)));
    QVERIFY(seen.contains(QKeySequence::Save));
}

QTEST_MAIN(TestReviewUi)
#include "tst_review_ui.moc"
