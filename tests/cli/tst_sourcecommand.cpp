// SPDX-License-Identifier: GPL-3.0-or-later
// `crossread analyse --source FILE|URL` and `crossread info` naming the source, on the fictional
// Eldmoor reservoir story (a press release and three outlets).
#include "common/clirun.h"
#include "common/sourcestory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Run = CliRun;

Run run(const QStringList &arguments)
{
    return runCli(arguments);
}

/// The mention of `article` in the fact whose mentions include `text`, or an empty object.
QJsonObject mentionOf(const QJsonObject &json, int article, const QString &text)
{
    for (const QJsonValue &fact : json.value(u"facts").toArray()) {
        for (const QJsonValue &value : fact.toObject().value(u"mentions").toArray()) {
            const QJsonObject mention = value.toObject();
            if (mention.value(u"article").toInt() == article && mention.value(u"text").toString().contains(text))
                return mention;
        }
    }
    return {};
}

} // namespace

class TestSourceCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void analyseMarksTheSource();
    void sourceAnywhereInTheList();
    void withoutSourceNoSourceFields();
    void unreadableSourceIsNamed();
    void sessionAndInfoNameTheSource();
};

void TestSourceCommand::analyseMarksTheSource()
{
    const QStringList files = sourceStoryFiles();
    QCOMPARE(files.size(), 4);
    const Run result = run({u"analyse"_s, u"--source"_s, files.at(PressRelease), files.at(ValleyCourier),
                            files.at(EldmoorGazette), files.at(NorthernLedger)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray articles = json.value(u"articles").toArray();
    QCOMPARE(articles.size(), 4);
    QCOMPARE(articles.at(0).toObject().value(u"role").toString(), u"source"_s);
    QVERIFY(!articles.at(0).toObject().contains(u"source_coverage"));
    for (int a = 1; a < 4; ++a) {
        QVERIFY(!articles.at(a).toObject().contains(u"role"));
        QVERIFY(articles.at(a).toObject().contains(u"source_coverage"));
    }
    const QJsonObject gazette = articles.at(EldmoorGazette).toObject().value(u"source_coverage").toObject();
    QCOMPARE(gazette.value(u"figures_differ").toInt(), 1);
    QCOMPARE(gazette.value(u"quotes_altered").toInt(), 1);
    QCOMPARE(gazette.value(u"passages_left_out").toInt(), 0);
    const QJsonObject courier = articles.at(ValleyCourier).toObject().value(u"source_coverage").toObject();
    QCOMPARE(courier.value(u"passages_left_out").toInt(), 1);
    QCOMPARE(courier.value(u"left_out").toArray().size(), 1);
    QVERIFY(courier.value(u"passages_carried").toInt() >= 4);

    QCOMPARE(mentionOf(json, EldmoorGazette, u"$168 million"_s).value(u"source").toString(), u"differs"_s);
    QCOMPARE(mentionOf(json, ValleyCourier, u"$186 million"_s).value(u"source").toString(), u"matches"_s);
    QCOMPARE(mentionOf(json, EldmoorGazette, u"2,600"_s).value(u"source").toString(), u"absent"_s);
    QVERIFY(!mentionOf(json, PressRelease, u"$186 million"_s).contains(u"source"));
    const QJsonObject quote = mentionOf(json, EldmoorGazette, u"guarantee"_s);
    QCOMPARE(quote.value(u"source").toString(), u"differs"_s);
    const QString changes = quote.value(u"source_changes").toVariant().toStringList().join(u' ');
    QVERIFY2(changes.contains(u"guarantee") && changes.contains(u"secure"), qPrintable(changes));
    QCOMPARE(quote.value(u"source_changes_phrases").toArray().size(), quote.value(u"source_changes").toArray().size());
}

void TestSourceCommand::sourceAnywhereInTheList()
{
    // The source given after the outlets, and also among them: it is read once, first.
    const QStringList files = sourceStoryFiles();
    const Run result = run({u"analyse"_s, files.at(ValleyCourier), files.at(PressRelease), u"--source"_s,
                            files.at(PressRelease), files.at(EldmoorGazette)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(u"not added twice"), qPrintable(result.err));
    const QJsonArray articles = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"articles").toArray();
    QCOMPARE(articles.size(), 3);
    QCOMPARE(articles.at(0).toObject().value(u"file").toString(), files.at(PressRelease));
    QCOMPARE(articles.at(0).toObject().value(u"role").toString(), u"source"_s);
}

void TestSourceCommand::withoutSourceNoSourceFields()
{
    const Run result = run({u"analyse"_s, sourceStoryFiles().at(PressRelease), sourceStoryFiles().at(EldmoorGazette)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!result.out.contains(u"\"role\""));
    QVERIFY(!result.out.contains(u"source_coverage"));
    QVERIFY(!result.out.contains(u"\"source\""));
}

void TestSourceCommand::unreadableSourceIsNamed()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"release.pdf"_s);
    const Run result = run({u"analyse"_s, u"--source"_s, missing, sourceStoryFiles().at(ValleyCourier),
                            sourceStoryFiles().at(EldmoorGazette)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(missing) && result.err.contains(u"the source could not be read"), qPrintable(result.err));
    const QJsonArray articles = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"articles").toArray();
    QCOMPARE(articles.size(), 2);
    QVERIFY(!result.out.contains(u"source_coverage"));

    const Run empty = run({u"analyse"_s, u"--source"_s, u""_s, sourceStoryFiles().at(ValleyCourier)});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(u"--source needs"), qPrintable(empty.err));
}

void TestSourceCommand::sessionAndInfoNameTheSource()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(u"eldmoor.crossread"_s);
    const QStringList files = sourceStoryFiles();
    const Run analyse = run({u"analyse"_s, u"--session"_s, session, u"--json"_s, dir.filePath(u"out.json"_s),
                             u"--source"_s, files.at(PressRelease), files.at(ValleyCourier), files.at(NorthernLedger)});
    QVERIFY2(analyse.exitCode == 0, qPrintable(analyse.err));

    const Run text = run({u"info"_s, session});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"Source: 1. Marrow Valley Water Authority"), qPrintable(text.out));
    QCOMPARE(text.out.count(u"the story's source"), 1);

    const Run json = run({u"info"_s, u"--json"_s, session});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(u"source").toInt(-1), 0);
    const QJsonArray articles = object.value(u"articles").toArray();
    QCOMPARE(articles.at(0).toObject().value(u"role").toString(), u"source"_s);
    QCOMPARE(articles.at(1).toObject().value(u"role").toString(), u"coverage"_s);

    // A session without a source says so with null.
    const QString plain = dir.filePath(u"plain.crossread"_s);
    QCOMPARE(run({u"analyse"_s, u"--session"_s, plain, u"--json"_s, dir.filePath(u"plain.json"_s), files.at(ValleyCourier)}).exitCode, 0);
    const Run plainJson = run({u"info"_s, u"--json"_s, plain});
    QVERIFY(QJsonDocument::fromJson(plainJson.out.toUtf8()).object().value(u"source").isNull());
    QVERIFY(!run({u"info"_s, plain}).out.contains(u"Source:"));
}

QTEST_GUILESS_MAIN(TestSourceCommand)
#include "tst_sourcecommand.moc"
