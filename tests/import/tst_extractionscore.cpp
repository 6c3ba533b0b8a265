// SPDX-License-Identifier: GPL-3.0-or-later
// The extraction benchmark's scorer (tests/benchmarks/extraction/extractionscore.h) on
// hand-made strings whose shingle counts are worked out in the comments.
#include "extractionscore.h"

#include <QtTest>

using namespace Crossread::Bench;

class TestExtractionScore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void pages_data();
    void pages();
    void summary();
};

void TestExtractionScore::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("punctuation splits") << "Don't stop, 1.5%!" << QStringList{"Don", "t", "stop", "1", "5"};
    QTest::newRow("Unicode letters") << QString::fromUtf8("Grüße aus Köln, naïve café")
                                     << QStringList{QString::fromUtf8("Grüße"), "aus", QString::fromUtf8("Köln"),
                                                    QString::fromUtf8("naïve"), QString::fromUtf8("café")};
    QTest::newRow("underscore is a word character") << "snake_case word" << QStringList{"snake_case", "word"};
    QTest::newRow("case is kept") << "Ferry FERRY" << QStringList{"Ferry", "FERRY"};
    QTest::newRow("letters outside the BMP") << QString::fromUtf8("a \U0001D400b c") << QStringList{"a", QString::fromUtf8("\U0001D400b"), "c"};
    QTest::newRow("nothing") << " ,.; " << QStringList{};
}

void TestExtractionScore::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(wordTokens(text), tokens);
}

void TestExtractionScore::pages_data()
{
    QTest::addColumn<QString>("truth");
    QTest::addColumn<QString>("extracted");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");

    // "a b c d e": shingles abcd, bcde.
    QTest::newRow("identical") << "a b c d e" << "a b c d e" << 1.0 << 1.0;
    QTest::newRow("punctuation and spacing do not matter") << "a b c d e" << "a, b\n\nc (d) e." << 1.0 << 1.0;
    // Extra words: abcd bcde cdef defg → 2 shared of 4 extracted.
    QTest::newRow("extra text") << "a b c d e" << "a b c d e f g" << 0.5 << 1.0;
    // Missing words: truth abcd bcde cdef defg, extracted abcd bcde.
    QTest::newRow("missing text") << "a b c d e f g" << "a b c d e" << 1.0 << 0.5;
    QTest::newRow("nothing extracted") << "a b c d e" << "" << 0.0 << 0.0;
    QTest::newRow("nothing to extract, nothing extracted") << "" << "" << 1.0 << 1.0;
    QTest::newRow("something extracted from nothing") << "" << "a b c d" << 0.0 << 0.0;
    // Multisets: truth has abcd twice (a b c d a b c d: abcd bcda cdab dabc abcd); extracted once.
    QTest::newRow("repeated shingles count") << "a b c d a b c d" << "a b c d" << 1.0 << 0.2;
    // Fewer than four words make one shingle.
    QTest::newRow("short texts equal") << "a b" << "a b" << 1.0 << 1.0;
    QTest::newRow("short texts differ") << "a b" << "a c" << 0.0 << 0.0;
    // Case matters: ABCD vs abcd share nothing.
    QTest::newRow("case sensitive") << "A b c d" << "a b c d" << 0.0 << 0.0;
    // truth abcd bcde cdef; extracted abcd bcde cdex: TP 2, FP 1, FN 1.
    QTest::newRow("partial overlap") << "a b c d e f" << "a b c d e x" << 2.0 / 3.0 << 2.0 / 3.0;
}

void TestExtractionScore::pages()
{
    QFETCH(QString, truth);
    QFETCH(QString, extracted);
    QFETCH(double, precision);
    QFETCH(double, recall);
    const PageScore score = scorePage(truth, extracted);
    QCOMPARE(score.precision, precision);
    QCOMPARE(score.recall, recall);
    if (score.truePositive + score.falsePositive + score.falseNegative > 0)
        QCOMPARE(score.truePositive + score.falsePositive + score.falseNegative, 1.0);
}

void TestExtractionScore::summary()
{
    // Means of precision and recall over pages, F1 from the two means (not a mean of F1s).
    PageScore a;
    a.precision = 1.0;
    a.recall = 0.5;
    PageScore b;
    b.precision = 0.5;
    b.recall = 1.0;
    const Summary s = summarise({a, b});
    QCOMPARE(s.precision, 0.75);
    QCOMPARE(s.recall, 0.75);
    QCOMPARE(s.f1, 0.75);
    QCOMPARE(summarise({}).f1, 0.0);
}

QTEST_GUILESS_MAIN(TestExtractionScore)
#include "tst_extractionscore.moc"
