// SPDX-License-Identifier: GPL-3.0-or-later
// Sentences, tokens and matching forms: one row per abbreviation and per tricky shape.
#include "core/paragraphs.h"
#include "core/segmentation.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent>

using namespace Crossread;

namespace {

Article articleOf(const QString &text)
{
    Article article;
    article.text = text;
    article.paragraphs = splitParagraphs(text);
    return article;
}

QStringList sentenceTexts(const Article &article, const Segmentation &segmentation)
{
    QStringList texts;
    for (const Sentence &sentence : segmentation.sentences)
        texts.append(sentence.span.in(article.text).toString());
    return texts;
}

QStringList tokenTexts(const QString &text, const QList<Token> &tokens)
{
    QStringList texts;
    for (const Token &token : tokens)
        texts.append(token.span.in(text).toString());
    return texts;
}

QString kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Word: return QStringLiteral("W");
    case TokenKind::Number: return QStringLiteral("N");
    case TokenKind::Currency: return QStringLiteral("C");
    case TokenKind::Percent: return QStringLiteral("P");
    case TokenKind::Quote: return QStringLiteral("Q");
    case TokenKind::Punctuation: return QStringLiteral(".");
    case TokenKind::Symbol: return QStringLiteral("S");
    }
    return {};
}

} // namespace

class TestSegmentation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void abbreviations_data();
    void abbreviations();
    void paragraphsAndFlags();
    void tokens_data();
    void tokens();
    void tokenNormalisation_data();
    void tokenNormalisation();
    void normaliseForMatching_data();
    void normaliseForMatching();
    void surrogatePairs();
    void spansCoverEveryToken_data();
    void spansCoverEveryToken();
    void noParagraphsGiven();
    void concurrentMatchesSequential();
    void pathologicalInput();
};

void TestSegmentation::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two plain sentences")
        << QStringLiteral("The council met on Tuesday. It voted to close the bridge.")
        << QStringList{QStringLiteral("The council met on Tuesday."), QStringLiteral("It voted to close the bridge.")};
    QTest::newRow("question and exclamation")
        << QStringLiteral("Was it worth it? Nobody knows! The vote is next week.")
        << QStringList{QStringLiteral("Was it worth it?"), QStringLiteral("Nobody knows!"),
                       QStringLiteral("The vote is next week.")};
    QTest::newRow("decimal")
        << QStringLiteral("Output rose 1.5 percent. Prices fell 0.25 points.")
        << QStringList{QStringLiteral("Output rose 1.5 percent."), QStringLiteral("Prices fell 0.25 points.")};
    QTest::newRow("money with decimals")
        << QStringLiteral("The deal is worth $3.2 billion. Shares rose.")
        << QStringList{QStringLiteral("The deal is worth $3.2 billion."), QStringLiteral("Shares rose.")};
    QTest::newRow("three-dot ellipsis before lowercase")
        << QStringLiteral("We waited... and waited. Then the bus came.")
        << QStringList{QStringLiteral("We waited... and waited."), QStringLiteral("Then the bus came.")};
    QTest::newRow("ellipsis character before lowercase")
        << QStringLiteral("We waited\u2026 and waited. Then the bus came.")
        << QStringList{QStringLiteral("We waited\u2026 and waited."), QStringLiteral("Then the bus came.")};
    QTest::newRow("ellipsis before a capitalised sentence")
        << QStringLiteral("We waited... Then the bus came.")
        << QStringList{QStringLiteral("We waited..."), QStringLiteral("Then the bus came.")};
    QTest::newRow("ends inside curly quotes")
        << QStringLiteral("\u201CWe will rebuild,\u201D she said. \u201CIt starts today.\u201D Next came the vote.")
        << QStringList{QStringLiteral("\u201CWe will rebuild,\u201D she said."),
                       QStringLiteral("\u201CIt starts today.\u201D"), QStringLiteral("Next came the vote.")};
    QTest::newRow("ends inside straight quotes")
        << QStringLiteral("He said: \"It is over.\" Next came the vote.")
        << QStringList{QStringLiteral("He said: \"It is over.\""), QStringLiteral("Next came the vote.")};
    QTest::newRow("said. close-quote Next")
        << QStringLiteral("\u201CWe are done,\u201D he said.\u201D Next came the vote.")
        << QStringList{QStringLiteral("\u201CWe are done,\u201D he said.\u201D"), QStringLiteral("Next came the vote.")};
    QTest::newRow("question inside quote then attribution")
        << QStringLiteral("\u201CWhy now?\u201D she asked. Nobody answered.")
        << QStringList{QStringLiteral("\u201CWhy now?\u201D she asked."), QStringLiteral("Nobody answered.")};
    QTest::newRow("initials")
        << QStringLiteral("The report was written by J. R. Okafor. It runs to 90 pages.")
        << QStringList{QStringLiteral("The report was written by J. R. Okafor."), QStringLiteral("It runs to 90 pages.")};
    QTest::newRow("initial at sentence end before opener")
        << QStringLiteral("They chose Plan B. The other plans were dropped.")
        << QStringList{QStringLiteral("They chose Plan B."), QStringLiteral("The other plans were dropped.")};
    QTest::newRow("U.S. at end before opener")
        << QStringLiteral("She moved to the U.S. The next year she returned.")
        << QStringList{QStringLiteral("She moved to the U.S."), QStringLiteral("The next year she returned.")};
    QTest::newRow("dotted acronym mid-sentence")
        << QStringLiteral("Officials in Washington, D.C. Metro police said nothing.")
        << QStringList{QStringLiteral("Officials in Washington, D.C. Metro police said nothing.")};
    QTest::newRow("a.m. before time zone")
        << QStringLiteral("The polls opened at 7 a.m. Eastern time on Tuesday.")
        << QStringList{QStringLiteral("The polls opened at 7 a.m. Eastern time on Tuesday.")};
    QTest::newRow("p.m. ends sentence")
        << QStringLiteral("The polls closed at 8 p.m. Then the count began.")
        << QStringList{QStringLiteral("The polls closed at 8 p.m."), QStringLiteral("Then the count began.")};
    QTest::newRow("lowercase no. ends sentence")
        << QStringLiteral("The answer was no. Talks ended.")
        << QStringList{QStringLiteral("The answer was no."), QStringLiteral("Talks ended.")};
    QTest::newRow("wrapped lines inside a paragraph")
        << QStringLiteral("The ferry service will\nresume in May. Tickets go on\nsale next week.\n\nEnd.")
        << QStringList{QStringLiteral("The ferry service will\nresume in May."),
                       QStringLiteral("Tickets go on\nsale next week."), QStringLiteral("End.")};
    QTest::newRow("CRLF wrapped lines")
        << QStringLiteral("The ferry service will\r\nresume in May. Tickets go on\r\nsale next week.\r\n\r\nEnd.")
        << QStringList{QStringLiteral("The ferry service will\r\nresume in May."),
                       QStringLiteral("Tickets go on\r\nsale next week."), QStringLiteral("End.")};
    QTest::newRow("no final punctuation")
        << QStringLiteral("Bridge closed until further notice")
        << QStringList{QStringLiteral("Bridge closed until further notice")};
    QTest::newRow("NBSP between sentences")
        << QStringLiteral("The bridge closed.\u00A0The ferry runs.")
        << QStringList{QStringLiteral("The bridge closed."), QStringLiteral("The ferry runs.")};
    QTest::newRow("parenthesised sentence")
        << QStringLiteral("The bridge closed. (It reopens in May.) The ferry runs.")
        << QStringList{QStringLiteral("The bridge closed."), QStringLiteral("(It reopens in May.)"),
                       QStringLiteral("The ferry runs.")};
    QTest::newRow("multi-paragraph never crosses")
        << QStringLiteral("First paragraph has no end\n\nSecond one. Has two.")
        << QStringList{QStringLiteral("First paragraph has no end"), QStringLiteral("Second one."),
                       QStringLiteral("Has two.")};
    QTest::newRow("CRLF paragraphs")
        << QStringLiteral("One.\r\n\r\nTwo. Three.\r\n")
        << QStringList{QStringLiteral("One."), QStringLiteral("Two."), QStringLiteral("Three.")};
    QTest::newRow("period opening a ticker")
        << QStringLiteral("The Harbour Index .HBIX gained 3.1 points. Trading was light.")
        << QStringList{QStringLiteral("The Harbour Index .HBIX gained 3.1 points."), QStringLiteral("Trading was light.")};
    QTest::newRow("period opening a decimal")
        << QStringLiteral("Rates rose by .5 percent. Savers cheered.")
        << QStringList{QStringLiteral("Rates rose by .5 percent."), QStringLiteral("Savers cheered.")};
    QTest::newRow("empty text") << QString() << QStringList{};
    QTest::newRow("only spaces") << QStringLiteral(" \n\t \r\n ") << QStringList{};
}

void TestSegmentation::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Article article = articleOf(text);
    QCOMPARE(sentenceTexts(article, segment(article)), expected);
}

void TestSegmentation::abbreviations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sentences");

    // Each abbreviation mid-sentence, before a capitalised name or a number: one sentence.
    const struct { const char *name; const char16_t *text; } rows[] = {
        {"Mr.", u"Mr. Okafor declined to comment."},
        {"Mrs.", u"Mrs. Lindqvist chaired the panel."},
        {"Ms.", u"Ms. Varga wrote the report."},
        {"Dr.", u"Dr. Amadi led the study."},
        {"Prof.", u"Prof. Haldane disagreed."},
        {"St.", u"The fire started on St. Anselm Street."},
        {"Sen.", u"Sen. Marlowe voted against."},
        {"Rep.", u"Rep. Castell voted for it."},
        {"Gov.", u"Gov. Ruiz signed the bill."},
        {"Gen.", u"Gen. Ostrova inspected the troops."},
        {"Lt.", u"Lt. Brandt gave the order."},
        {"Col.", u"Col. Vance retired in May."},
        {"Capt.", u"Capt. Idris steered the ship."},
        {"Sgt.", u"Sgt. Kowal found the car."},
        {"Jr.", u"Amos Reed Jr. Owens was his middle name."},
        {"Sr.", u"Amos Reed Sr. Owens founded the firm."},
        {"U.S.", u"The U.S. Senate voted on Tuesday."},
        {"U.K.", u"The U.K. Treasury disagreed."},
        {"U.N.", u"The U.N. Security Council met."},
        {"E.U.", u"The E.U. Commission replied."},
        {"Inc.", u"Harbour Labs Inc. Chief Executive Mira Sol spoke."},
        {"Corp.", u"Northwind Corp. Chairman Eli Park resigned."},
        {"Co.", u"Lantern Co. Managing Director Ana Ruiz spoke."},
        {"Ltd.", u"Quayside Ltd. Directors met on Monday."},
        {"No.", u"The bill, No. 42, passed."},
        {"vs.", u"It was Harbour vs. Northwind in court."},
        {"etc. mid-sentence", u"Buses, trams, etc. were all late."},
        {"e.g.", u"Some towns, e.g. Marston, kept their ferries."},
        {"i.e.", u"Both towns, i.e. Marston and Holt, kept ferries."},
        {"Jan.", u"The law takes effect Jan. 1 next year."},
        {"Feb.", u"Talks resume Feb. 3 in Geneva."},
        {"Aug.", u"The hearing is set for Aug. 14 at noon."},
        {"Sept.", u"The vote was on Sept. 9 last year."},
        {"Oct.", u"The results came Oct. 30 after a recount."},
        {"Nov.", u"Ballots are due Nov. 5 by noon."},
        {"Dec.", u"The port closes Dec. 24 for two days."},
        {"initials J. R.", u"The author J. R. Okafor lives in Lagos."},
        {"single initial", u"President Harriet K. Mbeki spoke first."},
    };
    for (const auto &row : rows)
        QTest::newRow(row.name) << QString::fromUtf16(row.text) << 1;
}

void TestSegmentation::abbreviations()
{
    QFETCH(QString, text);
    QFETCH(int, sentences);
    const Article article = articleOf(text);
    const Segmentation segmentation = segment(article);
    QCOMPARE(sentenceTexts(article, segmentation).size(), sentences);
}

void TestSegmentation::paragraphsAndFlags()
{
    Article article;
    article.text = QStringLiteral("Headline here\n\nSign up for our newsletter.\n\nBody one. Body two.");
    article.paragraphs = splitParagraphs(article.text);
    QCOMPARE(article.paragraphs.size(), 3);
    article.paragraphs[1].boilerplate = BoilerplateKind::SignUp;
    const Segmentation segmentation = segment(article);
    QCOMPARE(segmentation.sentences.size(), 4);
    QCOMPARE(segmentation.sentences.at(0).paragraph, 0);
    QCOMPARE(segmentation.sentences.at(1).paragraph, 1);
    QVERIFY(segmentation.sentences.at(1).boilerplate);
    QVERIFY(!segmentation.sentences.at(0).boilerplate);
    QCOMPARE(segmentation.sentences.at(2).paragraph, 2);
    QCOMPARE(segmentation.sentences.at(3).paragraph, 2);
    QVERIFY(!segmentation.sentences.at(3).boilerplate);
    for (const Sentence &sentence : segmentation.sentences)
        QVERIFY(article.paragraphs.at(sentence.paragraph).span.contains(sentence.span));
}

void TestSegmentation::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("kinds");

    QTest::newRow("words and period") << QStringLiteral("The bridge closed.")
                                      << QStringList{QStringLiteral("The"), QStringLiteral("bridge"),
                                                     QStringLiteral("closed"), QStringLiteral(".")}
                                      << QStringLiteral("WWW.");
    QTest::newRow("straight apostrophe") << QStringLiteral("don't")
                                         << QStringList{QStringLiteral("don't")} << QStringLiteral("W");
    QTest::newRow("curly apostrophe") << QStringLiteral("don\u2019t")
                                      << QStringList{QStringLiteral("don\u2019t")} << QStringLiteral("W");
    QTest::newRow("inner hyphen") << QStringLiteral("state-run")
                                  << QStringList{QStringLiteral("state-run")} << QStringLiteral("W");
    QTest::newRow("word with digits") << QStringLiteral("COVID-19 G7")
                                      << QStringList{QStringLiteral("COVID-19"), QStringLiteral("G7")}
                                      << QStringLiteral("WW");
    QTest::newRow("accented word") << QStringLiteral("Café Müller")
                                   << QStringList{QStringLiteral("Café"), QStringLiteral("Müller")}
                                   << QStringLiteral("WW");
    QTest::newRow("decomposed accent") << QStringLiteral("Cafe\u0301")
                                       << QStringList{QStringLiteral("Cafe\u0301")} << QStringLiteral("W");
    QTest::newRow("thousands") << QStringLiteral("42,000")
                               << QStringList{QStringLiteral("42,000")} << QStringLiteral("N");
    QTest::newRow("millions") << QStringLiteral("3,200,000")
                              << QStringList{QStringLiteral("3,200,000")} << QStringLiteral("N");
    QTest::newRow("decimal") << QStringLiteral("1.5") << QStringList{QStringLiteral("1.5")} << QStringLiteral("N");
    QTest::newRow("number then sentence period") << QStringLiteral("in 2023.")
                                                 << QStringList{QStringLiteral("in"), QStringLiteral("2023"),
                                                                QStringLiteral(".")}
                                                 << QStringLiteral("WN.");
    QTest::newRow("list comma is not a group") << QStringLiteral("1,2 and 12,34")
                                               << QStringList{QStringLiteral("1"), QStringLiteral(","),
                                                              QStringLiteral("2"), QStringLiteral("and"),
                                                              QStringLiteral("12"), QStringLiteral(","),
                                                              QStringLiteral("34")}
                                               << QStringLiteral("N.NWN.N");
    QTest::newRow("comma after number") << QStringLiteral("42, then")
                                        << QStringList{QStringLiteral("42"), QStringLiteral(","), QStringLiteral("then")}
                                        << QStringLiteral("N.W");
    QTest::newRow("42K") << QStringLiteral("$42K")
                         << QStringList{QStringLiteral("$"), QStringLiteral("42"), QStringLiteral("K")}
                         << QStringLiteral("CNW");
    QTest::newRow("ordinal") << QStringLiteral("19th") << QStringList{QStringLiteral("19"), QStringLiteral("th")}
                             << QStringLiteral("NW");
    QTest::newRow("ISO date") << QStringLiteral("2023-04-19")
                              << QStringList{QStringLiteral("2023"), QStringLiteral("-"), QStringLiteral("04"),
                                             QStringLiteral("-"), QStringLiteral("19")}
                              << QStringLiteral("N.N.N");
    QTest::newRow("currencies") << QStringLiteral("$5 £6 €7 ¥8")
                                << QStringList{QStringLiteral("$"), QStringLiteral("5"), QStringLiteral("£"),
                                               QStringLiteral("6"), QStringLiteral("€"), QStringLiteral("7"),
                                               QStringLiteral("¥"), QStringLiteral("8")}
                                << QStringLiteral("CNCNCNCN");
    QTest::newRow("US$") << QStringLiteral("US$10")
                         << QStringList{QStringLiteral("US"), QStringLiteral("$"), QStringLiteral("10")}
                         << QStringLiteral("WCN");
    QTest::newRow("percent") << QStringLiteral("80%") << QStringList{QStringLiteral("80"), QStringLiteral("%")}
                             << QStringLiteral("NP");
    QTest::newRow("all quote kinds")
        << QStringLiteral("\" ' \u201C \u201D \u2018 \u2019 \u00AB \u00BB \u201E \u2039 \u203A")
        << QStringList{QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("\u201C"), QStringLiteral("\u201D"),
                       QStringLiteral("\u2018"), QStringLiteral("\u2019"), QStringLiteral("\u00AB"),
                       QStringLiteral("\u00BB"), QStringLiteral("\u201E"), QStringLiteral("\u2039"),
                       QStringLiteral("\u203A")}
        << QStringLiteral("QQQQQQQQQQQ");
    QTest::newRow("quoted word") << QStringLiteral("\u201CNo\u201D")
                                 << QStringList{QStringLiteral("\u201C"), QStringLiteral("No"), QStringLiteral("\u201D")}
                                 << QStringLiteral("QWQ");
    QTest::newRow("plural possessive") << QStringLiteral("players' union")
                                       << QStringList{QStringLiteral("players"), QStringLiteral("'"),
                                                      QStringLiteral("union")}
                                       << QStringLiteral("WQW");
    QTest::newRow("dashes") << QStringLiteral("yes \u2014 no \u2013 maybe")
                            << QStringList{QStringLiteral("yes"), QStringLiteral("\u2014"), QStringLiteral("no"),
                                           QStringLiteral("\u2013"), QStringLiteral("maybe")}
                            << QStringLiteral("W.W.W");
    QTest::newRow("ellipsis dots are one token") << QStringLiteral("wait...")
                                                 << QStringList{QStringLiteral("wait"), QStringLiteral("...")}
                                                 << QStringLiteral("W.");
    QTest::newRow("emoji is a symbol") << QStringLiteral("go \U0001F680 now")
                                       << QStringList{QStringLiteral("go"), QStringLiteral("\U0001F680"),
                                                      QStringLiteral("now")}
                                       << QStringLiteral("WSW");
    QTest::newRow("CR and NBSP are spaces") << QStringLiteral("a\r\nb\u00A0c")
                                            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                            << QStringLiteral("WWW");
}

void TestSegmentation::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QFETCH(QString, kinds);
    const QList<Token> found = tokenise(text, {0, text.size()});
    QCOMPARE(tokenTexts(text, found), tokens);
    QString foundKinds;
    for (const Token &token : found)
        foundKinds.append(kindName(token.kind));
    QCOMPARE(foundKinds, kinds);
}

void TestSegmentation::tokenNormalisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("normalised");

    QTest::newRow("case fold") << QStringLiteral("BRIDGE Bridge") << QStringList{QStringLiteral("bridg"), QStringLiteral("bridg")};
    QTest::newRow("stems inflections") << QStringLiteral("reported reports reporting")
                                       << QStringList{QStringLiteral("report"), QStringLiteral("report"),
                                                      QStringLiteral("report")};
    QTest::newRow("curly apostrophe matches straight") << QStringLiteral("don\u2019t don't")
                                                       << QStringList{QStringLiteral("don't"), QStringLiteral("don't")};
    QTest::newRow("group separators dropped") << QStringLiteral("42,000 42000")
                                              << QStringList{QStringLiteral("42000"), QStringLiteral("42000")};
    QTest::newRow("decimal kept") << QStringLiteral("1.5") << QStringList{QStringLiteral("1.5")};
    QTest::newRow("quotes straightened")
        << QStringLiteral("\u201C \u00BB \u2018")
        << QStringList{QStringLiteral("\""), QStringLiteral("\""), QStringLiteral("'")};
    QTest::newRow("dashes to hyphen") << QStringLiteral("\u2014 \u2013 \u2212")
                                      << QStringList{QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")};
    QTest::newRow("NFKC ligature") << QStringLiteral("\uFB01nal") << QStringList{QStringLiteral("final")};
    QTest::newRow("full-width digits") << QStringLiteral("\uFF14\uFF12") << QStringList{QStringLiteral("42")};
    QTest::newRow("german sharp s folds") << QStringLiteral("STRASSE Straße")
                                          << QStringList{QStringLiteral("strass"), QStringLiteral("strass")};
    QTest::newRow("short words unstemmed") << QStringLiteral("is as") << QStringList{QStringLiteral("is"), QStringLiteral("as")};
}

void TestSegmentation::tokenNormalisation()
{
    QFETCH(QString, text);
    QFETCH(QStringList, normalised);
    QStringList found;
    for (const Token &token : tokenise(text, {0, text.size()}))
        found.append(token.normalised);
    QCOMPARE(found, normalised);
}

void TestSegmentation::normaliseForMatching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("curly quotes and case") << QStringLiteral("\u201CWe Won\u2019t\u201D") << QStringLiteral("\"we won't\"");
    QTest::newRow("dashes") << QStringLiteral("2019\u20132023 \u2014 done") << QStringLiteral("2019-2023 - done");
    QTest::newRow("NBSP and runs of spaces") << QStringLiteral("  a\u00A0\u00A0b \r\n c  ") << QStringLiteral("a b c");
    QTest::newRow("NFKC") << QStringLiteral("\uFB01le \u2460") << QStringLiteral("file 1");
    QTest::newRow("guillemets") << QStringLiteral("\u00ABOui\u00BB") << QStringLiteral("\"oui\"");
    QTest::newRow("not stemmed") << QStringLiteral("Reported") << QStringLiteral("reported");
    QTest::newRow("empty") << QString() << QString();
}

void TestSegmentation::normaliseForMatching()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Crossread::normaliseForMatching(text), expected);
}

void TestSegmentation::surrogatePairs()
{
    // U+1F680 and U+1D400 take two UTF-16 units each; spans must not split them.
    const QString text = QStringLiteral("Launch \U0001F680 done. \U0001D400bc rises.");
    const Article article = articleOf(text);
    const Segmentation segmentation = segment(article);
    QCOMPARE(sentenceTexts(article, segmentation),
             (QStringList{QStringLiteral("Launch \U0001F680 done."), QStringLiteral("\U0001D400bc rises.")}));
    const QStringList tokens = tokenTexts(text, segmentation.tokens);
    QCOMPARE(tokens, (QStringList{QStringLiteral("Launch"), QStringLiteral("\U0001F680"), QStringLiteral("done"),
                                  QStringLiteral("."), QStringLiteral("\U0001D400bc"), QStringLiteral("rises"),
                                  QStringLiteral(".")}));
    QCOMPARE(segmentation.tokens.at(1).span, (TextSpan{7, 9}));
    QCOMPARE(segmentation.tokens.at(4).kind, TokenKind::Word);
    QCOMPARE(segmentation.tokens.at(4).normalised, QStringLiteral("abc"));
}

void TestSegmentation::spansCoverEveryToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("news paragraphs")
        << QStringLiteral("Harbour Labs Inc. said on Tuesday it would raise prices by 12.5%.\n\n"
                          "\u201CWe had no choice,\u201D said Dr. Ines Okafor. \u201CCosts rose.\u201D\n\n"
                          "The U.S. Senate will hold hearings... and then vote. Done!");
    QTest::newRow("glued break") << QStringLiteral("It ended.Next it began.e.g.Paris");
    QTest::newRow("stray punctuation") << QStringLiteral(". . ! ? \u201D \u201C , ;");
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + QStringLiteral("a. b") + QChar(0xDC00);
}

void TestSegmentation::spansCoverEveryToken()
{
    QFETCH(QString, text);
    const Article article = articleOf(text);
    const Segmentation segmentation = segment(article);
    qsizetype expectedFirst = 0;
    qsizetype previousEnd = -1;
    for (const Sentence &sentence : segmentation.sentences) {
        QCOMPARE(sentence.firstToken, expectedFirst);
        QVERIFY(sentence.tokenCount > 0);
        expectedFirst += sentence.tokenCount;
        QVERIFY(sentence.span.start >= previousEnd);
        previousEnd = sentence.span.end;
        QCOMPARE(sentence.span.start, segmentation.tokens.at(sentence.firstToken).span.start);
        QCOMPARE(sentence.span.end, segmentation.tokens.at(sentence.firstToken + sentence.tokenCount - 1).span.end);
    }
    QCOMPARE(expectedFirst, segmentation.tokens.size());
    for (const Token &token : segmentation.tokens) {
        QVERIFY(!token.span.isEmpty());
        QVERIFY(!token.span.in(text).trimmed().isEmpty());
    }
}

void TestSegmentation::noParagraphsGiven()
{
    Article article;
    article.text = QStringLiteral("One. Two.\n\nThree.");
    const Segmentation segmentation = segment(article);
    QCOMPARE(sentenceTexts(article, segmentation),
             (QStringList{QStringLiteral("One."), QStringLiteral("Two."), QStringLiteral("Three.")}));
    QCOMPARE(segmentation.sentences.at(2).paragraph, 1);
}

void TestSegmentation::concurrentMatchesSequential()
{
    // Stemmers and caches are per thread; results must not depend on which thread ran.
    QList<Article> articles;
    for (int i = 0; i < 16; ++i) {
        articles.append(articleOf(QStringLiteral("Article %1 reported rising costs. Reports say costs rose %2%. "
                                                 "Officials were reporting the \u201Cfigures\u201D on Tuesday.\n\n"
                                                 "The U.S. Senate and Dr. Okafor responded.")
                                      .arg(i)
                                      .arg(i * 3)));
    }
    QList<Segmentation> sequential;
    for (const Article &article : std::as_const(articles))
        sequential.append(segment(article));
    const QList<Segmentation> concurrent =
        QtConcurrent::blockingMapped(articles, [](const Article &article) { return segment(article); });
    QCOMPARE(concurrent.size(), sequential.size());
    for (qsizetype i = 0; i < sequential.size(); ++i) {
        QCOMPARE(concurrent.at(i).sentences.size(), sequential.at(i).sentences.size());
        QCOMPARE(concurrent.at(i).tokens.size(), sequential.at(i).tokens.size());
        for (qsizetype t = 0; t < sequential.at(i).tokens.size(); ++t) {
            QCOMPARE(concurrent.at(i).tokens.at(t).span, sequential.at(i).tokens.at(t).span);
            QCOMPARE(concurrent.at(i).tokens.at(t).normalised, sequential.at(i).tokens.at(t).normalised);
        }
    }
}

void TestSegmentation::pathologicalInput()
{
    // 100,000 digits, a 200,000-letter word, 10,000 one-word sentences: linear, no crash.
    const QString digits(100000, u'7');
    const QString word(200000, u'x');
    QString oneWordSentences;
    for (int i = 0; i < 10000; ++i)
        oneWordSentences.append(QStringLiteral("Yes. "));
    const Article article = articleOf(digits + QStringLiteral("\n\n") + word + QStringLiteral("\n\n") + oneWordSentences);
    QElapsedTimer timer;
    timer.start();
    const Segmentation segmentation = segment(article);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(segmentation.tokens.at(0).span.length(), digits.size());
    QCOMPARE(segmentation.tokens.at(0).kind, TokenKind::Number);
    QCOMPARE(segmentation.tokens.at(1).span.length(), word.size());
    QCOMPARE(segmentation.tokens.at(1).normalised, word);
    QCOMPARE(segmentation.sentences.size(), 2 + 10000);
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
