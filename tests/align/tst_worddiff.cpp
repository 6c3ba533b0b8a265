// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/worddiff.h"

#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

using Kind = DiffOp::Kind;

/// Keys for a sequence of one-letter "words", so rows read like the diffs they test.
QList<quint64> keys(const char *letters)
{
    QList<quint64> out;
    for (const char *c = letters; *c; ++c)
        out.append(quint64(*c));
    return out;
}

/// A compact picture of runs: "=ab -c +d" lists each run's kind and its elements.
QString picture(const QList<DiffRun> &runs, const char *a, const char *b)
{
    QStringList parts;
    for (const DiffRun &run : runs) {
        QString part;
        switch (run.kind) {
        case Kind::Equal:
            part = QStringLiteral("=") + QString::fromLatin1(a + run.aStart, run.aEnd - run.aStart);
            break;
        case Kind::Delete:
            part = QStringLiteral("-") + QString::fromLatin1(a + run.aStart, run.aEnd - run.aStart);
            break;
        case Kind::Insert:
            part = QStringLiteral("+") + QString::fromLatin1(b + run.bStart, run.bEnd - run.bStart);
            break;
        }
        parts.append(part);
    }
    return parts.join(u' ');
}

/// Applies the runs to a and checks that the result is b; checks that ranges tile both sides.
bool consistent(const QList<DiffRun> &runs, const QList<quint64> &a, const QList<quint64> &b)
{
    QList<quint64> rebuilt;
    qsizetype aPos = 0;
    qsizetype bPos = 0;
    for (const DiffRun &run : runs) {
        if (run.aStart != aPos || run.bStart != bPos)
            return false;
        if (run.kind == Kind::Equal) {
            if (run.aEnd - run.aStart != run.bEnd - run.bStart)
                return false;
            for (qsizetype i = 0; i < run.aEnd - run.aStart; ++i) {
                if (a.at(run.aStart + i) != b.at(run.bStart + i))
                    return false;
            }
        }
        if (run.kind != Kind::Delete)
            rebuilt.append(b.mid(run.bStart, run.bEnd - run.bStart));
        aPos = run.aEnd;
        bPos = run.bEnd;
    }
    return aPos == a.size() && bPos == b.size() && rebuilt == b;
}

Article articleOf(const QString &text)
{
    Article article;
    article.text = text;
    article.paragraphs.append({{0, text.size()}, BoilerplateKind::None, false, false});
    return article;
}

} // namespace

class TestWordDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void myers_data();
    void myers();
    void editLimit();
    void semanticCleanup_data();
    void semanticCleanup();
    void spans();
    void sameWordsIgnoresPunctuation();
    void carriesContent_data();
    void carriesContent();
};

void TestWordDiff::myers_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("edits");

    QTest::newRow("equal") << "abc" << "abc" << "=abc" << 0;
    QTest::newRow("both empty") << "" << "" << "" << 0;
    QTest::newRow("insert into empty") << "" << "ab" << "+ab" << 2;
    QTest::newRow("delete all") << "ab" << "" << "-ab" << 2;
    QTest::newRow("insert middle") << "ac" << "abc" << "=a +b =c" << 1;
    QTest::newRow("delete middle") << "abc" << "ac" << "=a -b =c" << 1;
    QTest::newRow("replace middle") << "axc" << "ayc" << "=a -x +y =c" << 2;
    QTest::newRow("myers paper") << "abcabba" << "cbabac" << "" << 5;
    QTest::newRow("disjoint") << "abc" << "xyz" << "-abc +xyz" << 6;
}

void TestWordDiff::myers()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QFETCH(int, edits);
    const QByteArray aBytes = a.toLatin1();
    const QByteArray bBytes = b.toLatin1();
    const QList<quint64> aKeys = keys(aBytes.constData());
    const QList<quint64> bKeys = keys(bBytes.constData());
    const QList<DiffRun> runs = diffSequences(aKeys, bKeys);
    QVERIFY(consistent(runs, aKeys, bKeys));
    if (!expected.isEmpty())
        QCOMPARE(picture(runs, aBytes.constData(), bBytes.constData()), expected);
    qsizetype editCount = 0;
    for (const DiffRun &run : runs) {
        if (run.kind != Kind::Equal)
            editCount += (run.aEnd - run.aStart) + (run.bEnd - run.bStart);
    }
    // Myers gives a shortest edit script: the paper's example needs exactly five edits.
    QCOMPARE(editCount, edits);
}

void TestWordDiff::editLimit()
{
    // Beyond the edit limit the middle is replaced whole, still a correct script.
    QList<quint64> a;
    QList<quint64> b;
    for (int i = 0; i < 3000; ++i) {
        a.append(quint64(i));
        b.append(quint64(i + 100000));
    }
    a.prepend(7);
    b.prepend(7);
    const QList<DiffRun> runs = diffSequences(a, b, 100);
    QVERIFY(consistent(runs, a, b));
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0).kind, Kind::Equal);
}

void TestWordDiff::semanticCleanup_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    // A lone shared element between two changes reads better as one replacement.
    QTest::newRow("chaff between edits") << "xaby" << "pamq" << "-xaby +pamq";
    // A long equality stays.
    QTest::newRow("real equality kept") << "xabcdy" << "pabcdq" << "-x +p =abcd -y +q";
    // An equality at the edge is never chaff.
    QTest::newRow("edge equality kept") << "abx" << "aby" << "=ab -x +y";
    QTest::newRow("nothing to clean") << "abc" << "abc" << "=abc";
}

void TestWordDiff::semanticCleanup()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const QByteArray aBytes = a.toLatin1();
    const QByteArray bBytes = b.toLatin1();
    const QList<quint64> aKeys = keys(aBytes.constData());
    const QList<quint64> bKeys = keys(bBytes.constData());
    const QList<int> aWeights(aKeys.size(), 1);
    const QList<int> bWeights(bKeys.size(), 1);
    const QList<DiffRun> runs = cleanupSemantic(diffSequences(aKeys, bKeys), aWeights, bWeights);
    QVERIFY(consistent(runs, aKeys, bKeys));
    QCOMPARE(picture(runs, aBytes.constData(), bBytes.constData()), expected);
}

void TestWordDiff::spans()
{
    const Article reference = articleOf(QStringLiteral("The council approved the new bridge on Tuesday."));
    const Article member = articleOf(QStringLiteral("On Tuesday, the council backed the new bridge."));
    const Segmentation a = segment(reference);
    const Segmentation b = segment(member);
    const QList<DiffOp> ops = diffSpans(a, a.sentences.at(0).span, b, b.sentences.at(0).span);

    // Every op's spans hold what its kind says: equal text on both sides for Equal.
    QString rebuiltMember;
    for (const DiffOp &op : ops) {
        if (op.kind == Kind::Equal)
            QCOMPARE(op.referenceSpan.in(reference.text).toString().toLower(),
                     op.memberSpan.in(member.text).toString().toLower());
        if (op.kind == Kind::Insert)
            QVERIFY(op.referenceSpan.isEmpty());
        if (op.kind == Kind::Delete)
            QVERIFY(op.memberSpan.isEmpty());
    }
    const auto has = [&](Kind kind, const char *referenceText, const char *memberText) {
        return std::any_of(ops.cbegin(), ops.cend(), [&](const DiffOp &op) {
            return op.kind == kind && op.referenceSpan.in(reference.text) == QLatin1StringView(referenceText)
                && op.memberSpan.in(member.text) == QLatin1StringView(memberText);
        });
    };
    QVERIFY(has(Kind::Delete, "approved", ""));
    QVERIFY(has(Kind::Insert, "", "backed"));
    QVERIFY(has(Kind::Equal, "the new bridge", "the new bridge"));
}

void TestWordDiff::sameWordsIgnoresPunctuation()
{
    const Article a = articleOf(QStringLiteral("\u201CWe will build it,\u201D she said."));
    const Article b = articleOf(QStringLiteral("\"We will build it\" she said!"));
    const Article c = articleOf(QStringLiteral("\"We will build them,\" she said."));
    const Segmentation sa = segment(a);
    const Segmentation sb = segment(b);
    const Segmentation sc = segment(c);
    QVERIFY(sameWords(sa, {0, a.text.size()}, sb, {0, b.text.size()}));
    QVERIFY(!sameWords(sa, {0, a.text.size()}, sc, {0, c.text.size()}));
    const QList<DiffOp> ops = diffSpans(sa, {0, a.text.size()}, sb, {0, b.text.size()});
    QVERIFY(std::all_of(ops.cbegin(), ops.cend(), [](const DiffOp &op) { return op.kind == Kind::Equal; }));
}

void TestWordDiff::carriesContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("content");
    QTest::newRow("function words") << u"the, of it"_s << false;
    QTest::newRow("reporting verb") << u"she said"_s << false;
    QTest::newRow("punctuation and quotes") << u"— “ ” ,"_s << false;
    QTest::newRow("a content word") << u"the mayor"_s << true;
    QTest::newRow("a number") << u"of 12"_s << true;
    QTest::newRow("a currency sign") << u"$"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestWordDiff::carriesContent()
{
    QFETCH(QString, text);
    QFETCH(bool, content);
    const Article article = articleOf(text);
    QCOMPARE(Crossread::carriesContent(segment(article), TextSpan{0, text.size()}), content);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
