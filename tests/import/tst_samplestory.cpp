// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample story is the first fixture: every article imports, in every format, and
// the sentences its findings.json plants are found verbatim in the imported text.
#include "import/importer.h"
#include "import/samplestory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestSampleStory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compiledIn();
    void articles_data();
    void articles();
    void plantedTextIsImported_data();
    void plantedTextIsImported();
    void filesOnDiskMatchResources();

private:
    static QJsonObject findings();
};

QJsonObject TestSampleStory::findings()
{
    QFile file(QStringLiteral(CROSSREAD_SAMPLE_DIR "/findings.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestSampleStory::compiledIn()
{
    const auto sample = sampleStory();
    QVERIFY2(sample.hasValue(), sample.hasValue() ? "" : qPrintable(sample.error()));
    QVERIFY(!sample->title.isEmpty());
    QVERIFY2(sample->sources.size() >= 4 && sample->sources.size() <= 5, "4-5 articles");
    QSet<SourceFormat> formats;
    for (const ImportSource &source : sample->sources)
        formats.insert(detectFormat(source));
    QVERIFY(formats.contains(SourceFormat::PlainText));
    QVERIFY(formats.contains(SourceFormat::Markdown));
    QVERIFY(formats.contains(SourceFormat::Html));
}

void TestSampleStory::articles_data()
{
    QTest::addColumn<ImportSource>("source");
    const auto sample = sampleStory();
    if (!sample) {
        QTest::newRow("sample story missing") << ImportSource{};   // fails in the test, with a message
        return;
    }
    for (const ImportSource &source : sample->sources)
        QTest::newRow(qPrintable(source.name)) << source;
}

void TestSampleStory::articles()
{
    QFETCH(ImportSource, source);
    const ImportResult result = importSource(source);
    QVERIFY2(result.hasValue(), result.hasValue() ? "" : qPrintable(result.error().message()));
    const Article &article = result.value();
    QVERIFY(!article.meta.headline.isEmpty());
    QVERIFY2(article.text.size() > 1500, "a full article, not a fragment");
    QVERIFY(!article.paragraphs.isEmpty());
    QCOMPARE(article.contentHash.size(), 64);
    QCOMPARE(article.meta.sourceFile, source.name);
    for (const Paragraph &paragraph : article.paragraphs) {
        QVERIFY(paragraph.span.start >= 0 && paragraph.span.end <= article.text.size());
        QVERIFY(!paragraph.span.isEmpty());
    }
    // Extracted text is text: no markup survives import.
    static const QRegularExpression tag(u"<(p|div|a|span|script|style|article|h1|br)\\b"_s);
    QVERIFY2(!tag.match(article.text).hasMatch(), qPrintable(tag.match(article.text).captured()));
}

void TestSampleStory::plantedTextIsImported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    const QJsonObject planted = findings();
    if (planted.isEmpty()) {
        QTest::newRow("findings.json unreadable") << u"findings.json"_s << u"(unreadable)"_s;
        return;
    }
    int row = 0;
    for (const QString &group : {u"shared_passages"_s, u"unique_sentences"_s, u"conflicts"_s}) {
        for (const QJsonValue &entry : planted.value(group).toArray()) {
            const QJsonObject object = entry.toObject();
            const QJsonArray mentions = object.contains(u"mentions") ? object.value(u"mentions").toArray()
                                                                      : QJsonArray{object};
            for (const QJsonValue &mention : mentions) {
                const QString file = mention.toObject().value(u"file").toString();
                const QString text = mention.toObject().value(u"text").toString();
                QTest::addRow("%s %d %s", qPrintable(group), ++row, qPrintable(file)) << file << text;
            }
        }
    }
}

void TestSampleStory::plantedTextIsImported()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const ImportResult result = importFile(QStringLiteral(CROSSREAD_SAMPLE_DIR "/") + file);
    QVERIFY2(result.hasValue(), result.hasValue() ? "" : qPrintable(result.error().message()));
    // Whitespace runs may wrap differently in the source file than in the extracted text.
    const QString haystack = result->text.simplified();
    QVERIFY2(haystack.contains(text.simplified()), qPrintable(u"not found in "_s + file + u": "_s + text));
}

void TestSampleStory::filesOnDiskMatchResources()
{
    const auto sample = sampleStory();
    QVERIFY(sample.hasValue());
    for (const ImportSource &source : sample->sources) {
        QFile file(QStringLiteral(CROSSREAD_SAMPLE_DIR "/") + source.name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source.name));
        QCOMPARE(file.readAll(), source.bytes);
    }
}

QTEST_GUILESS_MAIN(TestSampleStory)
#include "tst_samplestory.moc"
