// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignmentmodel.h"
#include "storygenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crossread;

class TestAlignmentModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void cellsMatchTheAlignment();
    void emptyCells();
    void headers();
    void resetOnNewStory();

private:
    QList<Article> m_articles;
    Alignment m_alignment;
};

void TestAlignmentModel::initTestCase()
{
    Synth::GeneratorOptions options;
    options.articles = 4;
    options.baseSentences = 12;
    options.seed = 3;
    m_articles = Synth::generateStory(options).articleList();
    QList<Segmentation> segmentations;
    for (const Article &article : std::as_const(m_articles))
        segmentations.append(segment(article));
    m_alignment = alignStory(m_articles, segmentations);
    QVERIFY(!m_alignment.isEmpty());
}

void TestAlignmentModel::passesModelTester()
{
    AlignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlignment(m_articles, m_alignment);
    model.clear();
    model.setAlignment(m_articles, m_alignment);
    QCOMPARE(model.rowCount(), m_alignment.passages.size());
    QCOMPARE(model.columnCount(), m_articles.size());
}

void TestAlignmentModel::cellsMatchTheAlignment()
{
    AlignmentModel model;
    model.setAlignment(m_articles, m_alignment);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Passage &passage = m_alignment.passages.at(row);
        for (const PassageMember &member : passage.members) {
            const QModelIndex index = model.index(row, member.article.value());
            const QString text = member.span.in(m_articles.at(member.article.value()).text).toString();
            QCOMPARE(index.data(AlignmentModel::TextRole).toString(), text);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
            QCOMPARE(index.data(AlignmentModel::SpanStartRole).toLongLong(), member.span.start);
            QCOMPARE(index.data(AlignmentModel::SpanEndRole).toLongLong(), member.span.end);
            QCOMPARE(index.data(AlignmentModel::ConfidenceRole).toDouble(), member.confidence);
            QCOMPARE(index.data(AlignmentModel::StatusRole).toInt(), int(passage.status));
            QCOMPARE(index.data(AlignmentModel::StatusNameRole).toString(), passageStatusName(passage.status));
            QCOMPARE(index.data(AlignmentModel::PrimaryRole).toBool(), member.primary);
            QCOMPARE(index.data(AlignmentModel::PassageIdRole).toInt(), passage.id);
            QCOMPARE(index.data(AlignmentModel::ArticleIdRole).toInt(), member.article.value());
            QCOMPARE(index.data(AlignmentModel::FirstSentenceRole).toLongLong(), member.firstSentence);
            QCOMPARE(index.data(AlignmentModel::SentenceCountRole).toLongLong(), member.sentenceCount);
            QCOMPARE(index.data(AlignmentModel::MemberCountRole).toInt(), passage.members.size());
            QCOMPARE(index.data(AlignmentModel::IsReferenceRole).toBool(), &member == &passage.referenceMember());
            const QVariantList diff = index.data(AlignmentModel::DiffRole).toList();
            QCOMPARE(diff.size(), member.diff.size());
            for (qsizetype i = 0; i < diff.size(); ++i) {
                const QVariantMap op = diff.at(i).toMap();
                QCOMPARE(op.value(QStringLiteral("memberStart")).toLongLong(), member.diff.at(i).memberSpan.start);
                QCOMPARE(op.value(QStringLiteral("referenceEnd")).toLongLong(), member.diff.at(i).referenceSpan.end);
                const QString kind = op.value(QStringLiteral("kind")).toString();
                QVERIFY(kind == u"equal" || kind == u"insert" || kind == u"delete");
            }
            QVERIFY(model.flags(index) & Qt::ItemIsSelectable);
            ++checked;
        }
    }
    QVERIFY(checked > model.rowCount());
}

void TestAlignmentModel::emptyCells()
{
    AlignmentModel model;
    model.setAlignment(m_articles, m_alignment);
    bool foundEmpty = false;
    for (int row = 0; row < model.rowCount() && !foundEmpty; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (m_alignment.passages.at(row).member(ArticleId(column)))
                continue;
            const QModelIndex index = model.index(row, column);
            QVERIFY(!index.data(AlignmentModel::TextRole).isValid());
            QVERIFY(!index.data(AlignmentModel::ConfidenceRole).isValid());
            QCOMPARE(index.data(AlignmentModel::PassageIdRole).toInt(), row);
            QVERIFY(!(model.flags(index) & Qt::ItemIsSelectable));
            foundEmpty = true;
            break;
        }
    }
    QVERIFY(foundEmpty);
}

void TestAlignmentModel::headers()
{
    AlignmentModel model;
    model.setAlignment(m_articles, m_alignment);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), m_articles.at(0).displayName());
    QVERIFY(model.headerData(0, Qt::Vertical).toString().startsWith(u'1'));
    QVERIFY(!model.headerData(model.columnCount(), Qt::Horizontal).isValid());
    QVERIFY(model.roleNames().value(AlignmentModel::DiffRole) == "diff");
}

void TestAlignmentModel::resetOnNewStory()
{
    AlignmentModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setAlignment(m_articles, m_alignment);
    QCOMPARE(reset.size(), 1);
    model.clear();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestAlignmentModel)
#include "tst_alignmentmodel.moc"
