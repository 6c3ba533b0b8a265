// SPDX-License-Identifier: GPL-3.0-or-later
// The story's source on screen: marking and unmarking from the Articles list (undoable), the
// source's pane pinned first, the fact matrix's "Source says" column with each outlet's cell
// marked against it, the legend's marks, and the coverage map's column tooltips. On the
// fictional Eldmoor reservoir story (a press release and three outlets).
#include "common/sourcestory.h"
#include "core/articlemodel.h"
#include "facts/factmodel.h"
#include "factmatrix.h"
#include "legend.h"
#include "readerview.h"
#include "review/review.h"
#include "sourceactions.h"
#include "sourcemarks.h"
#include "articledetailsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QImage>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::Literals::StringLiterals;

class TestSourceUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markFromTheListIsUndoable();
    void sourcePaneIsPinnedFirst();
    void factMatrixSaysWhatTheSourceSays();
    void differsIsNotAConflictAmongOutlets();
    void legendAddsTheSourceMarks();
    void detailsDialogShowsTheRole();

private:
    QList<Article> m_articles;
};

void TestSourceUi::initTestCase()
{
    m_articles = sourceStory(false);
    QCOMPARE(m_articles.size(), 4);
}

void TestSourceUi::markFromTheListIsUndoable()
{
    ArticleModel model;
    model.append(m_articles);
    QTreeView list;
    list.setModel(&model);
    Review review;
    SourceActions actions(&list, &model, &review);
    QAction *mark = actions.markAction();
    QVERIFY(!mark->isEnabled());

    list.setCurrentIndex(model.index(NorthernLedger, 0));
    QVERIFY(mark->isEnabled());
    QVERIFY(!mark->isChecked());
    mark->trigger();
    QCOMPARE(model.sourceRow(), int(NorthernLedger));
    QVERIFY(mark->isChecked());

    // Marking the press release moves the mark.
    list.setCurrentIndex(model.index(PressRelease, 0));
    QVERIFY(!mark->isChecked());
    mark->trigger();
    QCOMPARE(model.sourceRow(), int(PressRelease));
    QVERIFY(mark->isChecked());
    QCOMPARE(review.undoStack()->count(), 2);

    review.undoStack()->undo();
    QCOMPARE(model.sourceRow(), int(NorthernLedger));
    QVERIFY(!mark->isChecked());   // the current row is the press release, no longer the source
    review.undoStack()->redo();

    // Unticking unmarks it.
    mark->trigger();
    QCOMPARE(model.sourceRow(), -1);
    QCOMPARE(review.undoStack()->undoText(), u"Unmark Source"_s);
}

void TestSourceUi::sourcePaneIsPinnedFirst()
{
    ArticleModel model;
    model.append(m_articles);
    ReaderView reader(&model);
    reader.resize(1200, 600);
    QCOMPARE(reader.displayOrder().first().value(), int(PressRelease));
    Review review;
    review.setSource(&model, EldmoorGazette);
    QCOMPARE(reader.displayOrder().first().value(), int(EldmoorGazette));
    QCOMPARE(reader.displayOrder().size(), 4);
    // No pane moves before it, and it does not move.
    reader.movePane(ArticleId(NorthernLedger), 0);
    QCOMPARE(reader.displayOrder().first().value(), int(EldmoorGazette));
    QCOMPARE(reader.displayOrder().at(1).value(), int(NorthernLedger));
    reader.movePane(ArticleId(EldmoorGazette), 3);
    QCOMPARE(reader.displayOrder().first().value(), int(EldmoorGazette));
    review.undoStack()->undo();
    // Without a source the panes may go anywhere again.
    reader.movePane(ArticleId(ValleyCourier), 0);
    QCOMPARE(reader.displayOrder().first().value(), int(ValleyCourier));
}

namespace {

/// The view's cell of `article` in the row whose source cell shows `text`.
QModelIndex cellOf(const QTableView *view, int article, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(FactModel::ArticleIdRole).toInt() == article && index.data().toString().contains(text))
                return index;
        }
    }
    return {};
}

} // namespace

void TestSourceUi::factMatrixSaysWhatTheSourceSays()
{
    QList<Article> articles = m_articles;
    articles[PressRelease].meta.role = ArticleRole::Source;
    const Analysis analysis = analyseStory(articles);
    QStringList names;
    for (const Article &article : analysis.articles)
        names.append(article.displayName());
    FactMatrix matrix;
    matrix.setFacts(analysis.facts, names);
    matrix.setSource(analysis.source);
    const QAbstractItemModel *model = matrix.view()->model();
    QCOMPARE(model->columnCount(), 4);
    QVERIFY2(model->headerData(0, Qt::Horizontal).toString().startsWith(u"Source says"),
             qPrintable(model->headerData(0, Qt::Horizontal).toString()));
    QVERIFY(model->headerData(0, Qt::Horizontal).toString().contains(u"Marrow Valley Water Authority"));

    const QModelIndex sourceCell = cellOf(matrix.view(), PressRelease, u"$186 million"_s);
    QVERIFY(sourceCell.isValid());
    QCOMPARE(sourceCell.column(), 0);
    QCOMPARE(sourceCell.data().toString(), u"§ $186 million"_s);

    const QModelIndex differs = cellOf(matrix.view(), EldmoorGazette, u"$168 million"_s);
    QVERIFY(differs.isValid());
    QCOMPARE(differs.data().toString(), u"✗ $168 million"_s);
    const QString tip = differs.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"differs from the source") && tip.contains(u"The source says: $186 million"), qPrintable(tip));
    QVERIFY2(tip.contains(u"Figures conflict"), "the comparison among outlets stays in the tooltip");
    QCOMPARE(differs.data(Qt::AccessibleDescriptionRole).toString().section(u';', 0, 0), u"differs from the source"_s);

    const QModelIndex matches = cellOf(matrix.view(), ValleyCourier, u"$186 million"_s);
    QCOMPARE(matches.data().toString(), u"= $186 million"_s);
    const QModelIndex absent = cellOf(matrix.view(), EldmoorGazette, u"2,600"_s);
    QVERIFY2(absent.data().toString().startsWith(u"∅ 2,600"), qPrintable(absent.data().toString()));

    const QModelIndex quote = cellOf(matrix.view(), EldmoorGazette, u"guarantee"_s);
    QVERIFY(quote.data().toString().startsWith(u"✗ "));
    QVERIFY2(quote.data(Qt::ToolTipRole).toString().contains(u"secure"), qPrintable(quote.data(Qt::ToolTipRole).toString()));

    // Without a source, the matrix is as before: story order, among-outlets marks.
    matrix.setFacts(analysis.facts, names);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Marrow Valley Water Authority"_s);
    QVERIFY(cellOf(matrix.view(), EldmoorGazette, u"$168 million"_s).data().toString().startsWith(u"≠ "));
}

void TestSourceUi::differsIsNotAConflictAmongOutlets()
{
    // In both themes a "differs from the source" cell is a patterned brush, never the plain
    // colour of a conflict among outlets.
    for (const QString &name : {u"Light"_s, u"Dark"_s}) {
        const ReaderTheme theme = themeNamed(name, QPalette());
        const QBrush differs = sourceMatchBrush(SourceMatch::Differs, theme);
        QVERIFY(!differs.texture().isNull());
        const QImage tile = differs.texture().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < tile.height(); ++y)
            for (int x = 0; x < tile.width(); ++x)
                colours.insert(tile.pixel(x, y));
        QVERIFY2(colours.size() >= 2, "striped, not plain");
        QVERIFY(theme.sourceDiffers != theme.conflict);
        QCOMPARE(sourceMatchBrush(SourceMatch::None, theme).style(), Qt::NoBrush);
    }
}

void TestSourceUi::legendAddsTheSourceMarks()
{
    QList<Article> articles = m_articles;
    ArticleModel model;
    model.append(articles);
    ReaderView reader(&model);
    Legend legend(&reader);
    legend.resize(1366, 40);
    QVERIFY(!legend.labels().join(u'|').contains(u"source"));
    articles[PressRelease].meta.role = ArticleRole::Source;
    reader.setAnalysis(std::make_shared<const Analysis>(analyseStory(articles)));
    const QStringList labels = legend.labels();
    QVERIFY2(labels.contains(u"= matches the source"_s) && labels.contains(u"✗ differs from the source"_s)
                 && labels.contains(u"∅ not in the source"_s),
             qPrintable(labels.join(u'|')));
    QVERIFY(legend.accessibleDescription().contains(u"differs from the source"));
}

void TestSourceUi::detailsDialogShowsTheRole()
{
    Article article = m_articles.at(PressRelease);
    ArticleDetailsDialog plain(article);
    QVERIFY(!plain.isSource());
    article.meta.role = ArticleRole::Source;
    ArticleDetailsDialog source(article);
    QVERIFY(source.isSource());
    // The role goes through its own undoable step, not the metadata edit.
    auto *box = source.findChild<QAbstractButton *>(u"isSource"_s);
    QVERIFY(box);
    box->click();
    QVERIFY(!source.isSource());
    QCOMPARE(source.metadata().role, ArticleRole::Source);
}

QTEST_MAIN(TestSourceUi)
#include "tst_source_ui.moc"
