// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestArticleModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columnsAndRoles();
    void onlyAHandfulShownByDefault();
    void removeAndClear();
    void readerCorrections();
};

static Article article(const QString &outlet, const QString &headline, QDate date = {})
{
    Article a;
    a.meta.outlet = outlet;
    a.meta.headline = headline;
    a.meta.sourceFile = (outlet.isEmpty() ? u"no-outlet"_s : outlet) + u".txt"_s;
    if (date.isValid())
        a.meta.published = {date, DatePrecision::Day, {}, date.toString(Qt::ISODate)};
    a.text = headline + u"\n\nBody."_s;
    return a;
}

void TestArticleModel::columnsAndRoles()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({article(u"Gazette"_s, u"Fares rise"_s, QDate(2023, 4, 19)), article(QString(), u"No outlet"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, ArticleModel::OutletColumn)).toString(), u"Gazette"_s);
    // The file name without extension, marked as a missing outlet (#19).
    QCOMPARE(model.data(model.index(1, ArticleModel::OutletColumn)).toString(), u"(no outlet) no-outlet"_s);
    QVERIFY(model.data(model.index(1, ArticleModel::OutletColumn), ArticleModel::OutletMissingRole).toBool());
    QVERIFY(!model.data(model.index(0, ArticleModel::OutletColumn), ArticleModel::OutletMissingRole).toBool());
    QCOMPARE(model.data(model.index(0, ArticleModel::HeadlineColumn)).toString(), u"Fares rise"_s);
    QVERIFY(!model.data(model.index(0, ArticleModel::PublishedColumn)).toString().isEmpty());
    QVERIFY(model.data(model.index(1, ArticleModel::PublishedColumn)).toString().isEmpty());
    QCOMPARE(model.data(model.index(0, 0), ArticleModel::PublishedRole).toDate(), QDate(2023, 4, 19));
    QCOMPARE(model.data(model.index(1, 0), ArticleModel::ArticleIdRole).toInt(), 1);
    QVERIFY(model.flags(model.index(0, ArticleModel::OutletColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, ArticleModel::HeadlineColumn)) & Qt::ItemIsUserCheckable));

    QSignalSpy shown(&model, &ArticleModel::shownChanged);
    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(model.shownRows(), QList<int>{1});
    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(shown.size(), 1);   // no change, no signal
}

void TestArticleModel::onlyAHandfulShownByDefault()
{
    ArticleModel model;
    QList<Article> many;
    for (int i = 0; i < ArticleModel::defaultShownLimit + 5; ++i)
        many.append(article(u"Outlet %1"_s.arg(i), u"Headline"_s));
    model.append(many);
    QCOMPARE(model.shownRows().size(), ArticleModel::defaultShownLimit);
    QCOMPARE(model.shownRows().first(), 0);
    // Hiding one makes room for the next article added.
    model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
    model.append({article(u"Late"_s, u"Late headline"_s)});
    QVERIFY(model.isShown(model.rowCount() - 1));
}

void TestArticleModel::removeAndClear()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({article(u"A"_s, u"a"_s), article(u"B"_s, u"b"_s), article(u"C"_s, u"c"_s)});
    model.remove(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.article(1).meta.outlet, u"C"_s);
    model.remove(7);   // out of range: nothing happens
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestArticleModel::readerCorrections()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Article a = article(u"Gazette"_s, u"Fares rise"_s);
    a.paragraphs = {Paragraph{{0, 10}}, Paragraph{{12, 17}, BoilerplateKind::Advertisement}};
    model.append({a});
    QSignalSpy changed(&model, &ArticleModel::articleChanged);

    ArticleMetadata meta = model.article(0).meta;
    meta.outlet = u"The Gazette"_s;
    meta.published = {QDate(2023, 4, 1), DatePrecision::Month, {}, u"April 2023"_s};
    model.setMetadata(0, meta);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(0, ArticleModel::OutletColumn)).toString(), u"The Gazette"_s);
    model.setMetadata(0, meta);   // unchanged: no signal
    QCOMPARE(changed.size(), 1);

    model.setParagraphBoilerplate(0, 1, BoilerplateKind::None);   // "this ad is article text"
    QCOMPARE(changed.size(), 2);
    QVERIFY(!model.article(0).paragraphs.at(1).isBoilerplate());
    QVERIFY(model.article(0).paragraphs.at(1).userDecided);
    model.setParagraphBoilerplate(0, 0, BoilerplateKind::Other);
    QVERIFY(model.article(0).paragraphs.at(0).isBoilerplate());
    model.setParagraphBoilerplate(0, 9, BoilerplateKind::Other);   // no such paragraph
    QCOMPARE(changed.size(), 3);
}

QTEST_GUILESS_MAIN(TestArticleModel)
#include "tst_articlemodel.moc"
