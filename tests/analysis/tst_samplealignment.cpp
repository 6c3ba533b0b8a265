// SPDX-License-Identifier: GPL-3.0-or-later
// Golden alignment of the sample story (resources/sample): the shared passages and unique
// sentences listed by hand in findings.json, checked against the aligner's output. The pairs
// the aligner is known to miss are marked as expected failures with the reason, found by
// reading the output sentence by sentence; if the aligner improves, the test says so.
#include "analysis/analysis.h"
#include "import/importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Crossread;

namespace {

struct Listed {
    QString file;
    QString text;
};

class SampleStory {
public:
    bool load()
    {
        QFile storyFile(QStringLiteral(CROSSREAD_SAMPLE_DIR "/story.json"));
        QFile findingsFile(QStringLiteral(CROSSREAD_SAMPLE_DIR "/findings.json"));
        if (!storyFile.open(QIODevice::ReadOnly) || !findingsFile.open(QIODevice::ReadOnly))
            return false;
        findings = QJsonDocument::fromJson(findingsFile.readAll()).object();
        QList<Article> articles;
        for (const QJsonValue &name : QJsonDocument::fromJson(storyFile.readAll()).object().value(QStringLiteral("articles")).toArray()) {
            ImportResult result = importFile(QStringLiteral(CROSSREAD_SAMPLE_DIR "/") + name.toString());
            if (!result)
                return false;
            files.append(name.toString());
            articles.append(std::move(result).value());
        }
        analysis = analyseStory(articles);
        return !analysis.alignment.isEmpty();
    }

    /// The passages (primary or secondary) whose member spans overlap the mention; empty when
    /// the text is not in the article.
    QSet<int> passagesOf(const Listed &mention) const
    {
        const int article = int(files.indexOf(mention.file));
        if (article < 0)
            return {};
        const qsizetype at = analysis.articles.at(article).text.indexOf(mention.text);
        if (at < 0)
            return {};
        const TextSpan span{at, at + mention.text.size()};
        QSet<int> passages;
        for (const Passage &passage : analysis.alignment.passages) {
            const PassageMember *member = passage.member(ArticleId(article));
            if (member && member->span.intersects(span))
                passages.insert(passage.id);
        }
        return passages;
    }

    bool together(const Listed &a, const Listed &b) const { return passagesOf(a).intersects(passagesOf(b)); }

    static QList<Listed> mentionsOf(const QJsonObject &object)
    {
        QList<Listed> mentions;
        for (const QJsonValue &value : object.value(QStringLiteral("mentions")).toArray()) {
            const QJsonObject mention = value.toObject();
            mentions.append({mention.value(QStringLiteral("file")).toString(), mention.value(QStringLiteral("text")).toString()});
        }
        return mentions;
    }

    QStringList files;
    QJsonObject findings;
    Analysis analysis;
};

/// Why the aligner misses some of the hand-listed pairs, from reading its output.
const QHash<QString, const char *> knownMisses = {
    {QStringLiteral("lead"),
     "The four leads share almost no content words: 'sell a live feed of its bus locations through Lumenfold' "
     "against 'start selling real-time bus locations through a waterfront start-up' and 'tap the live bus feed "
     "through its new Transit API'. Word overlap stays under the join threshold; the Gazette's lead pairs only "
     "with the Wire's sentence on the announcement date."},
    {QStringLiteral("fleet-coverage"),
     "The Courier's sentence packs coverage, interval and grant into one; it joins the grant passage, while the "
     "Wire tells coverage inside its price sentence, which joins the price passage."},
    {QStringLiteral("public-comments"),
     "The public radio's only mention is its lead, which is about opposition and the hearing; it pairs with no "
     "single sentence of the others."},
    {QStringLiteral("hearing"),
     "The public radio's hearing sentence ('The public gets its say at a hearing on May 10') shares only "
     "'hearing' and 'City Hall' with the others, and gives another date."},
    {QStringLiteral("revenue-share"),
     "The Gazette and the Courier align ('receive 30 percent' / 'get 30% of the subscription revenue'); the "
     "Wire's 'keep 35 per cent of subscription income' differs in verb, noun and figure and stays under the "
     "threshold."},
};

} // namespace

class TestSampleAlignment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mentionsAreInTheText();
    void sharedPassages_data();
    void sharedPassages();
    void uniqueSentences_data();
    void uniqueSentences();
    void handCheckedPassages();
    void overallRecall();

private:
    SampleStory m_story;
};

void TestSampleAlignment::initTestCase()
{
    QVERIFY2(m_story.load(), "the sample story could not be imported and analysed");
    QCOMPARE(m_story.analysis.articles.size(), 5);
}

void TestSampleAlignment::mentionsAreInTheText()
{
    // The golden data is only as good as its match with what the importers extract.
    for (const QJsonValue &passage : m_story.findings.value(QStringLiteral("shared_passages")).toArray()) {
        for (const Listed &mention : SampleStory::mentionsOf(passage.toObject())) {
            const int article = int(m_story.files.indexOf(mention.file));
            QVERIFY(article >= 0);
            const qsizetype at = m_story.analysis.articles.at(article).text.indexOf(mention.text);
            QVERIFY2(at >= 0, qPrintable(mention.file + u": " + mention.text));
            if (m_story.passagesOf(mention).isEmpty()) {
                // Text the importer marked as page furniture takes no part in the alignment.
                qWarning("in boilerplate, so in no passage: %s: %s", qPrintable(mention.file), qPrintable(mention.text));
            }
        }
    }
}

void TestSampleAlignment::sharedPassages_data()
{
    QTest::addColumn<QJsonObject>("passage");
    for (const QJsonValue &value : m_story.findings.value(QStringLiteral("shared_passages")).toArray()) {
        const QJsonObject passage = value.toObject();
        QTest::newRow(qPrintable(passage.value(QStringLiteral("id")).toString())) << passage;
    }
}

void TestSampleAlignment::sharedPassages()
{
    QFETCH(QJsonObject, passage);
    const QList<Listed> mentions = SampleStory::mentionsOf(passage);
    QStringList missed;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        for (qsizetype j = i + 1; j < mentions.size(); ++j) {
            if (!m_story.together(mentions.at(i), mentions.at(j)))
                missed.append(mentions.at(i).file.left(2) + u'-' + mentions.at(j).file.left(2));
        }
    }
    const QString id = passage.value(QStringLiteral("id")).toString();
    if (knownMisses.contains(id))
        QEXPECT_FAIL("", knownMisses.value(id), Abort);
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("pairs not aligned: ") + missed.join(u' ')));
}

void TestSampleAlignment::uniqueSentences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    for (const QJsonValue &value : m_story.findings.value(QStringLiteral("unique_sentences")).toArray()) {
        const QJsonObject sentence = value.toObject();
        const QString text = sentence.value(QStringLiteral("text")).toString();
        QTest::newRow(qPrintable(text.left(40))) << sentence.value(QStringLiteral("file")).toString() << text;
    }
}

void TestSampleAlignment::uniqueSentences()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const QSet<int> passages = m_story.passagesOf({file, text});
    QVERIFY(!passages.isEmpty());
    if (text.startsWith(QLatin1StringView("Under the contract, Lumenfold must delete raw position data"))) {
        QEXPECT_FAIL("", "Pairs weakly (confidence 0.33) with two sentences on a 90-day price notice: "
                         "'90 days' and 'contract' carry it over the threshold.", Abort);
    }
    for (int p : passages)
        QCOMPARE(m_story.analysis.alignment.passages.at(p).members.size(), 1);
}

void TestSampleAlignment::handCheckedPassages()
{
    // Passages read and confirmed by hand in the aligner's output, beyond findings.json.
    const auto mention = [](const char *file, const char *text) { return Listed{QString::fromUtf8(file), QString::fromUtf8(text)}; };
    // The three headlines that say the city sells its bus data align with each other.
    QVERIFY(m_story.together(mention("01-harbourline-gazette.txt", "Port Calloway transit authority to sell live bus data"),
                             mention("02-calloway-tech-dispatch.md", "Lumenfold puts a price on Port Calloway")));
    // A quote split by its attribution in one outlet and whole in another.
    QVERIFY(m_story.together(mention("02-calloway-tech-dispatch.md", "Anyone can still see where their bus is for free; what we charge for is the firehose."),
                             mention("05-calloway-bay-public-radio.txt", "Anyone can still see where their bus is for free")));
    // The Gazette's two sentences (founding, staff; traffic forecasts) are one span matched by
    // the Dispatch's two and the Courier's one.
    const Listed gazette = mention("01-harbourline-gazette.txt", "Lumenfold, founded in 2019, employs 23 people");
    QVERIFY(m_story.together(gazette, mention("03-port-calloway-courier.html", "The company, which has 23 employees")));
    // Boilerplate never takes part: no page furniture of any outlet is in a passage.
    int furniture = 0;
    for (qsizetype a = 0; a < m_story.analysis.articles.size(); ++a) {
        for (const TextSpan &span : m_story.analysis.articles.at(a).boilerplateSpans()) {
            ++furniture;
            QCOMPARE(m_story.analysis.alignment.passageAt(ArticleId(int(a)), m_story.analysis.segmentations.at(a), span.start), -1);
        }
    }
    QVERIFY(furniture > 0);
    // A pairing that is wrong and known: two quotes that share 'company' and 'know'.
    QEXPECT_FAIL("", "Short quotes sharing 'company' and 'know' reach 0.32; known false pair.", Continue);
    QVERIFY(!m_story.together(mention("01-harbourline-gazette.txt", "If a delivery company wants to know when the Route 14 bus"),
                              mention("05-calloway-bay-public-radio.txt", "But I don\u2019t want some company knowing my commute")));
}

void TestSampleAlignment::overallRecall()
{
    int found = 0;
    int total = 0;
    for (const QJsonValue &passage : m_story.findings.value(QStringLiteral("shared_passages")).toArray()) {
        const QList<Listed> mentions = SampleStory::mentionsOf(passage.toObject());
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            for (qsizetype j = i + 1; j < mentions.size(); ++j) {
                ++total;
                found += m_story.together(mentions.at(i), mentions.at(j)) ? 1 : 0;
            }
        }
    }
    const double recall = double(found) / std::max(total, 1);
    qInfo("sample story: %d of %d hand-listed passage pairs aligned (recall %.3f)", found, total, recall);
    QVERIFY(recall >= 0.75);
}

QTEST_GUILESS_MAIN(TestSampleAlignment)
#include "tst_samplealignment.moc"
