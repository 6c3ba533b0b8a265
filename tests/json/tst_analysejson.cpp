// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON of `crossread analyse`: the builder directly, then the real executable.
#include "json/analysisjson.h"
#include "common/testarticles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

Article makeArticle(const QStringList &paragraphs, const QString &file)
{
    Article article = Test::articleFromParagraphs(paragraphs, QStringLiteral("Outlet ") + file);
    article.meta.sourceFile = file;
    return article;
}

/// Characters [start, end) of `text` counted in code points.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> points = text.toUcs4();
    if (start < 0 || end > points.size() || start > end)
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + start), end - start);
}

/// Checks every member's offsets against its text, and the articles' boilerplate spans.
void checkOffsets(const QJsonObject &root, const QList<QString> &texts)
{
    for (const QJsonValue &passage : root.value(QStringLiteral("passages")).toArray()) {
        for (const QJsonValue &value : passage.toObject().value(QStringLiteral("members")).toArray()) {
            const QJsonObject member = value.toObject();
            const int article = member.value(QStringLiteral("article")).toInt();
            const qint64 start = member.value(QStringLiteral("start")).toInteger();
            const qint64 end = member.value(QStringLiteral("end")).toInteger();
            QCOMPARE(codePointSlice(texts.at(article), start, end), member.value(QStringLiteral("text")).toString());
        }
    }
}

const QStringList english = {
    QStringLiteral("\U0001F68C The Velmora Transit Authority will spend $42 million on a tidal depot in Drelsby, officials said."),
    QStringLiteral("[ad] Sign up for our newsletter \U0001F4E8 today."),
    QStringLiteral("Marta Quenby said the depot would create 1,200 jobs \u2014 most of them in Drelsby."),
};
const QStringList rewrite = {
    QStringLiteral("Marta Quenby, the chief executive, said the tidal depot would bring 1,200 jobs to Drelsby."),
    QStringLiteral("The \U0001F68C Velmora Transit Authority is to spend $42 million on the depot in Drelsby, officials said."),
    QStringLiteral("Ferries will not be affected."),
};

} // namespace

class TestAnalyseJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void schema();
    void codePointOffsets();
    void oneArticle();
    void commandLine();
    void commandLineErrors();
    void sameBytesInEveryLanguage();
};

void TestAnalyseJson::schema()
{
    QList<Article> articles = {makeArticle(english, QStringLiteral("a.txt")), makeArticle(rewrite, QStringLiteral("dir/b.txt"))};
    articles[0].meta.published = {QDate(2023, 4, 19), DatePrecision::Day, {}, QStringLiteral("Apr 19th, 2023")};
    articles[1].meta.published = {QDate(2023, 4, 1), DatePrecision::Month, {}, QStringLiteral("April 2023")};
    articles[0].meta.author = QStringLiteral("Mira Solberg");
    articles[0].meta.url = QStringLiteral("https://example.org/a");
    const Analysis analysis = analyseStory(articles);
    const QJsonObject root = analysisToJson(analysis);

    QCOMPARE(root.value(QStringLiteral("crossread")).toInt(), 1);
    QVERIFY(root.value(QStringLiteral("facts")).isArray());
    const QJsonArray jsonArticles = root.value(QStringLiteral("articles")).toArray();
    QCOMPARE(jsonArticles.size(), 2);
    const QJsonObject first = jsonArticles.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("a.txt"));
    QCOMPARE(first.value(QStringLiteral("outlet")).toString(), QStringLiteral("Outlet a.txt"));
    QCOMPARE(first.value(QStringLiteral("published")).toString(), QStringLiteral("2023-04-19"));
    QCOMPARE(jsonArticles.at(1).toObject().value(QStringLiteral("published")).toString(), QStringLiteral("2023-04"));
    QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Mira Solberg"));
    QCOMPARE(first.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.org/a"));
    QCOMPARE(jsonArticles.at(1).toObject().value(QStringLiteral("url")), QJsonValue(QString()));
    QVERIFY(!first.contains(QStringLiteral("text")));
    QCOMPARE(first.value(QStringLiteral("boilerplate")).toArray().size(), 1);

    const QJsonArray passages = root.value(QStringLiteral("passages")).toArray();
    QVERIFY(!passages.isEmpty());
    int shared = 0;
    for (qsizetype p = 0; p < passages.size(); ++p) {
        const QJsonObject passage = passages.at(p).toObject();
        QCOMPARE(passage.value(QStringLiteral("id")).toInt(), int(p));
        const QString status = passage.value(QStringLiteral("status")).toString();
        QVERIFY(status == u"identical" || status == u"reworded" || status == u"unique");
        const QJsonArray members = passage.value(QStringLiteral("members")).toArray();
        if (members.size() > 1)
            ++shared;
        for (const QJsonValue &member : members) {
            const QJsonObject object = member.toObject();
            for (const char *key : {"article", "start", "end", "confidence", "text", "primary"})
                QVERIFY2(object.contains(QLatin1StringView(key)), key);
            const double confidence = object.value(QStringLiteral("confidence")).toDouble();
            QVERIFY(confidence >= 0 && confidence <= 1);
        }
    }
    QCOMPARE(shared, 2);   // the depot sentence and the jobs sentence

    const QJsonObject withText = analysisToJson(analysis, true);
    QCOMPARE(withText.value(QStringLiteral("articles")).toArray().at(1).toObject().value(QStringLiteral("text")).toString(),
             analysis.articles.at(1).text);
}

void TestAnalyseJson::codePointOffsets()
{
    const QList<Article> articles = {makeArticle(english, QStringLiteral("a.txt")), makeArticle(rewrite, QStringLiteral("b.txt"))};
    const Analysis analysis = analyseStory(articles);
    const QJsonObject root = analysisToJson(analysis);
    checkOffsets(root, {articles.at(0).text, articles.at(1).text});

    // The bus emoji is one code point but two UTF-16 units: offsets after it differ by one.
    const QJsonArray boilerplate = root.value(QStringLiteral("articles")).toArray().at(0).toObject()
                                       .value(QStringLiteral("boilerplate")).toArray();
    const qint64 start = boilerplate.at(0).toArray().at(0).toInteger();
    const qint64 end = boilerplate.at(0).toArray().at(1).toInteger();
    QCOMPARE(start, articles.at(0).paragraphs.at(1).span.start - 1);
    QCOMPARE(codePointSlice(articles.at(0).text, start, end), QStringLiteral("Sign up for our newsletter \U0001F4E8 today."));
}

void TestAnalyseJson::oneArticle()
{
    const Analysis analysis = analyseStory({makeArticle(english, QStringLiteral("alone.txt"))});
    const QJsonObject root = analysisToJson(analysis);
    QCOMPARE(root.value(QStringLiteral("articles")).toArray().size(), 1);
    const QJsonArray passages = root.value(QStringLiteral("passages")).toArray();
    QVERIFY(!passages.isEmpty());
    for (const QJsonValue &passage : passages)
        QCOMPARE(passage.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unique"));
    QVERIFY(!root.value(QStringLiteral("messages")).toArray().isEmpty());
}

void TestAnalyseJson::commandLine()
{
    QVERIFY2(QFile::exists(QStringLiteral(CROSSREAD_BINARY)), "the crossread executable was not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A .txt with a BOM: offsets count from after it, and the emoji counts once.
    const auto write = [&](const QString &name, const QStringList &paragraphs, bool bom) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (bom)
            file.write("\xEF\xBB\xBF");
        QStringList plain;
        for (const QString &paragraph : paragraphs)
            plain.append(paragraph.startsWith(QLatin1StringView("[ad] ")) ? paragraph.mid(5) : paragraph);
        file.write(plain.join(QLatin1StringView("\n\n")).toUtf8());
    };
    write(QStringLiteral("first.txt"), english, true);
    write(QStringLiteral("second.txt"), rewrite, false);

    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(CROSSREAD_BINARY),
                  {QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("out.json"), QStringLiteral("--with-text"),
                   QStringLiteral("first.txt"), QStringLiteral("second.txt")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QFile out(dir.filePath(QStringLiteral("out.json")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).toObject().value(QStringLiteral("file")).toString(), QStringLiteral("first.txt"));
    const QString firstText = articles.at(0).toObject().value(QStringLiteral("text")).toString();
    QVERIFY(firstText.startsWith(QStringLiteral("\U0001F68C The Velmora")));   // BOM removed, nothing else
    checkOffsets(root, {firstText, articles.at(1).toObject().value(QStringLiteral("text")).toString()});

    // The alias writes the same passages to standard output.
    QProcess alias;
    alias.setWorkingDirectory(dir.path());
    alias.start(QStringLiteral(CROSSREAD_BINARY), {QStringLiteral("analyze"), QStringLiteral("first.txt"), QStringLiteral("second.txt")});
    QVERIFY(alias.waitForFinished(60000));
    QCOMPARE(alias.exitCode(), 0);
    const QJsonObject fromStdout = QJsonDocument::fromJson(alias.readAllStandardOutput()).object();
    QCOMPARE(fromStdout.value(QStringLiteral("passages")), root.value(QStringLiteral("passages")));
}

void TestAnalyseJson::commandLineErrors()
{
    QVERIFY2(QFile::exists(QStringLiteral(CROSSREAD_BINARY)), "the crossread executable was not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("only.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("The Velmora Transit Authority will spend $42 million on a tidal depot in Drelsby.\n");
    file.close();

    // A missing file is named on stderr; the other is still analysed; exit status 1.
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(CROSSREAD_BINARY), {QStringLiteral("analyse"), QStringLiteral("missing.txt"), QStringLiteral("only.txt")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1StringView("missing.txt")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1StringView("Only one article")), qPrintable(err));
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    QCOMPARE(document.object().value(QStringLiteral("articles")).toArray().size(), 1);
    QCOMPARE(document.object().value(QStringLiteral("articles")).toArray().at(0).toObject()
                 .value(QStringLiteral("file")).toString(), QStringLiteral("only.txt"));

    // No files, and an unwritable output: usage errors, status 2.
    QProcess noFiles;
    noFiles.start(QStringLiteral(CROSSREAD_BINARY), {QStringLiteral("analyse")});
    QVERIFY(noFiles.waitForFinished(60000));
    QCOMPARE(noFiles.exitCode(), 2);
    QProcess unwritable;
    unwritable.setWorkingDirectory(dir.path());
    unwritable.start(QStringLiteral(CROSSREAD_BINARY), {QStringLiteral("analyse"), QStringLiteral("--json"),
                                                        dir.filePath(QStringLiteral("no/such/dir/out.json")), QStringLiteral("only.txt")});
    QVERIFY(unwritable.waitForFinished(60000));
    QCOMPARE(unwritable.exitCode(), 2);
    QVERIFY(QString::fromUtf8(unwritable.readAllStandardError()).contains(QLatin1StringView("cannot write")));
}

/// The JSON is a contract scripts read: a German desktop must not write German labels into it.
/// The same story gives the same bytes under C and German locales, while the human-readable
/// notes on standard error do follow the locale (so the German run did load its translations).
void TestAnalyseJson::sameBytesInEveryLanguage()
{
    QVERIFY2(QFile::exists(QStringLiteral(CROSSREAD_BINARY)), "the crossread executable was not built");
    const QDir sample(QStringLiteral(CROSSREAD_SAMPLE_DIR));
    const QStringList files = sample.entryList({QStringLiteral("0*")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);

    const auto run = [&](const QString &locale, const QStringList &arguments, QByteArray *errors) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(sample.path());
        process.start(QStringLiteral(CROSSREAD_BINARY), QStringList{QStringLiteral("analyse")} + arguments);
        if (!process.waitForFinished(120000))
            return QByteArray();
        if (errors)
            *errors = process.readAllStandardError();
        return process.readAllStandardOutput();
    };
    const QByteArray inC = run(QStringLiteral("C.UTF-8"), files, nullptr);
    const QByteArray inGerman = run(QStringLiteral("de_DE.UTF-8"), files, nullptr);
    QVERIFY(inC.size() > 10000);
    QVERIFY2(inC == inGerman, "the analyse JSON differs between the C and the German locale");
    const QJsonArray facts = QJsonDocument::fromJson(inC).object().value(u"facts"_s).toArray();
    QVERIFY(!facts.isEmpty());
    bool keyed = false;
    for (const QJsonValue &fact : facts)
        keyed = keyed || !fact.toObject().value(u"label_key"_s).toString().isEmpty();
    QVERIFY2(keyed, "no fact label carries a label_key");

    // One article: the note goes to stderr translated, the JSON keeps it in English.
    QByteArray germanNote;
    const QByteArray single = run(QStringLiteral("de_DE.UTF-8"), {files.constFirst()}, &germanNote);
    QVERIFY2(QString::fromUtf8(germanNote).contains(u"Nur ein Artikel"_s), germanNote.constData());
    const QJsonArray messages = QJsonDocument::fromJson(single).object().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toString(), u"Only one article: there is nothing to compare it with."_s);
    const QJsonObject phrase = QJsonDocument::fromJson(single).object().value(u"message_phrases"_s).toArray().at(0).toObject();
    QCOMPARE(phrase.value(u"key"_s).toString(), messages.at(0).toString());
}

QTEST_GUILESS_MAIN(TestAnalyseJson)
#include "tst_analysejson.moc"
