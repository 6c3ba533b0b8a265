// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import through QTextDocument::setMarkdown: structure, headline, metadata, furniture.
#include "import/importer.h"
#include "core/segmentation.h"

#include <QTest>

using namespace Crossread;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CROSSREAD_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

Article importMarkdown(const QString &markdown)
{
    ImportResult result = importSource(ImportSource{markdown.toUtf8(), QStringLiteral("note.md"), FormatHint::Auto});
    if (!result)
        qWarning("import failed: %s", qPrintable(result.error().message()));
    return result ? result.value() : Article{};
}

QStringList paragraphTexts(const Article &article)
{
    QStringList texts;
    for (const Paragraph &paragraph : article.paragraphs)
        texts.append(paragraph.span.in(article.text).toString());
    return texts;
}

} // namespace

class TestMarkdownImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void headline_data();
    void headline();
    void quayLightsFixture();
    void frontMatterFixture();
    void emptyDocument();
};

void TestMarkdownImport::structure_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("paragraphs separated by a blank line")
        << QStringLiteral("First paragraph\nwraps here.\n\nSecond one.")
        << QStringLiteral("First paragraph wraps here.\n\nSecond one.")
        << QStringList{QStringLiteral("First paragraph wraps here."), QStringLiteral("Second one.")};
    QTest::newRow("emphasis and links keep their text")
        << QStringLiteral("A *quiet* **vote** on the [harbour fund](https://example.org/fund).")
        << QStringLiteral("A quiet vote on the harbour fund.")
        << QStringList{QStringLiteral("A quiet vote on the harbour fund.")};
    QTest::newRow("images dropped")
        << QStringLiteral("Before ![a lamp](https://example.org/lamp.jpg) after.\n\n![alone](x.png)\n\nEnd.")
        << QStringLiteral("Before  after.\n\nEnd.")
        << QStringList{QStringLiteral("Before  after."), QStringLiteral("End.")};
    QTest::newRow("list items each a paragraph on their own line")
        << QStringLiteral("Intro.\n\n- one\n- two\n- three\n\nOutro.")
        << QStringLiteral("Intro.\n\none\ntwo\nthree\n\nOutro.")
        << QStringList{QStringLiteral("Intro."), QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                       QStringLiteral("Outro.")};
    QTest::newRow("two lists") << QStringLiteral("- a\n- b\n\ntext\n\n1. c\n2. d")
                               << QStringLiteral("a\nb\n\ntext\n\nc\nd")
                               << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("text"),
                                              QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("block quote and code") << QStringLiteral("> Quoted words.\n\n```\nline one\nline two\n```")
                                          << QStringLiteral("Quoted words.\n\nline one\n\nline two")
                                          << QStringList{QStringLiteral("Quoted words."), QStringLiteral("line one"),
                                                         QStringLiteral("line two")};
    QTest::newRow("raw HTML is not interpreted, tags dropped")
        << QStringLiteral("Lamps <b>now</b> on. <img src=\"https://example.org/x.png\">\n\n<div class=\"ad\">Advertisement</div>")
        << QStringLiteral("Lamps now on.\n\nAdvertisement")
        << QStringList{QStringLiteral("Lamps now on."), QStringLiteral("Advertisement")};
    QTest::newRow("style block hidden")
        << QStringLiteral("Lamps on.\n\n<style>\n.ad { display: none }\nbody { color: red }\n</style>\n\nOutro.")
        << QStringLiteral("Lamps on.\n\nOutro.")
        << QStringList{QStringLiteral("Lamps on."), QStringLiteral("Outro.")};
    QTest::newRow("script block across blank lines hidden")
        << QStringLiteral("Lamps on.\n\n<script type=\"text/javascript\">\nvar a = 1;\n\n# not a heading\n\n    indented();\n\n- not a list\n</SCRIPT >\n\nOutro.")
        << QStringLiteral("Lamps on.\n\nOutro.")
        << QStringList{QStringLiteral("Lamps on."), QStringLiteral("Outro.")};
    QTest::newRow("inline script hidden, the rest of the line kept")
        << QStringLiteral("Lamps <script>track(1)</script>now on. <style>p{}</style>Cost $4.")
        << QStringLiteral("Lamps now on. Cost $4.")
        << QStringList{QStringLiteral("Lamps now on. Cost $4.")};
    QTest::newRow("two elements, text between kept")
        << QStringLiteral("<style>a{}</style>\n\nMiddle.\n\n<script>b()</script>\n\nEnd.")
        << QStringLiteral("Middle.\n\nEnd.")
        << QStringList{QStringLiteral("Middle."), QStringLiteral("End.")};
    QTest::newRow("unclosed script hides only its tag")
        << QStringLiteral("The page loads a <script> tag.\n\nEnd.")
        << QStringLiteral("The page loads a  tag.\n\nEnd.")
        << QStringList{QStringLiteral("The page loads a  tag."), QStringLiteral("End.")};
    QTest::newRow("markup quoted in code stays")
        << QStringLiteral("Use `<style>` here.\n\n```\n<script>go()</script>\n```\n\n    <b>indented</b>\n\nEnd.")
        << QStringLiteral("Use <style> here.\n\n<script>go()</script>\n\n<b>indented</b>\n\nEnd.")
        << QStringList{QStringLiteral("Use <style> here."), QStringLiteral("<script>go()</script>"),
                       QStringLiteral("<b>indented</b>"), QStringLiteral("End.")};
    QTest::newRow("scripts and stylesheets are not script")
        << QStringLiteral("<scripts>kept</scripts> and <stylesheet>kept</stylesheet>")
        << QStringLiteral("kept and kept")
        << QStringList{QStringLiteral("kept and kept")};
    QTest::newRow("entities decoded") << QStringLiteral("Fish &amp; chips &copy; 2024")
                                      << QStringLiteral("Fish & chips \u00A9 2024")
                                      << QStringList{QStringLiteral("Fish & chips \u00A9 2024")};
    QTest::newRow("thematic break dropped") << QStringLiteral("Above.\n\n---\n\nBelow.")
                                            << QStringLiteral("Above.\n\nBelow.")
                                            << QStringList{QStringLiteral("Above."), QStringLiteral("Below.")};
    QTest::newRow("CRLF source") << QStringLiteral("# Title\r\n\r\nBody line.\r\n")
                                 << QStringLiteral("Title\n\nBody line.")
                                 << QStringList{QStringLiteral("Title"), QStringLiteral("Body line.")};
}

void TestMarkdownImport::structure()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    const Article article = importMarkdown(markdown);
    QCOMPARE(article.format, SourceFormat::Markdown);
    QCOMPARE(article.text, text);
    QCOMPARE(paragraphTexts(article), paragraphs);
}

void TestMarkdownImport::headline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("headline");

    QTest::newRow("first heading") << QStringLiteral("# Lamps replaced\n\nBody.") << QStringLiteral("Lamps replaced");
    QTest::newRow("level-two heading first") << QStringLiteral("## Lamps replaced\n\nBody.") << QStringLiteral("Lamps replaced");
    QTest::newRow("setext heading") << QStringLiteral("Lamps replaced\n==============\n\nBody.")
                                    << QStringLiteral("Lamps replaced");
    QTest::newRow("byline above the heading") << QStringLiteral("By Jane Doe\n\n# Lamps replaced\n\nBody.")
                                              << QStringLiteral("Lamps replaced");
    QTest::newRow("level-one heading after a lede") << QStringLiteral("A short lede.\n\n# Lamps replaced\n\nBody.")
                                                    << QStringLiteral("Lamps replaced");
    QTest::newRow("no heading: short first paragraph") << QStringLiteral("Lamps replaced\n\nThe council voted on Monday.")
                                                       << QStringLiteral("Lamps replaced");
    QTest::newRow("no heading, long first paragraph") << QStringLiteral("%1\n\nMore.").arg(QString(300, u'x'))
                                                      << QString();
    QTest::newRow("formatting inside heading") << QStringLiteral("# Lamps *finally* replaced\n\nBody.")
                                               << QStringLiteral("Lamps finally replaced");
}

void TestMarkdownImport::headline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, headline);
    QCOMPARE(importMarkdown(markdown).meta.headline, headline);
}

void TestMarkdownImport::quayLightsFixture()
{
    const ImportResult result = importFile(fixture("quay-lights.md"));
    QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().message()));
    const Article &article = result.value();
    QCOMPARE(article.meta.headline, QStringLiteral("Holt quay lights to be replaced with LEDs"));
    QCOMPARE(article.meta.author, QStringLiteral("Priya Anand-Kessler"));
    QCOMPARE(article.meta.published.isoString(), QStringLiteral("2024-03-12"));
    QVERIFY(!article.text.contains(QLatin1String("images.example.org")));
    QVERIFY(!article.text.contains(QLatin1String("https://")));
    QVERIFY(article.text.contains(QLatin1String("harbour maintenance fund, which")));

    QStringList furniture;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.isBoilerplate())
            furniture.append(paragraph.span.in(article.text).toString());
    }
    QCOMPARE(furniture, (QStringList{QStringLiteral("By Priya Anand-Kessler"), QStringLiteral("Published: 12 March 2024"),
                                     QStringLiteral("Advertisement"), QStringLiteral("Related"),
                                     QStringLiteral("Marston ferry to resume after winter repairs"),
                                     QStringLiteral("Holt council approves harbour wall budget")}));
    // The list of facts under "What changes" is content, figures and all.
    QVERIFY(paragraphTexts(article).contains(QStringLiteral("Lower running costs, about \u00A39,000 a year")));

    // Every sentence lies inside one paragraph, and byline sentences are marked.
    const Segmentation segmentation = segment(article);
    for (const Sentence &sentence : segmentation.sentences) {
        const Paragraph &paragraph = article.paragraphs.at(sentence.paragraph);
        QVERIFY(paragraph.span.contains(sentence.span));
        QCOMPARE(sentence.boilerplate, paragraph.isBoilerplate());
    }
}

void TestMarkdownImport::frontMatterFixture()
{
    const ImportResult result = importFile(fixture("front-matter.md"));
    QVERIFY(result.hasValue());
    const Article &article = result.value();
    QCOMPARE(article.meta.headline, QStringLiteral("Crake Hill quarry plan returns in smaller form"));
    QCOMPARE(article.meta.author, QStringLiteral("Ines Varga"));
    QCOMPARE(article.meta.outlet, QStringLiteral("The Fenmoor Chronicle"));
    QCOMPARE(article.meta.url, QStringLiteral("https://fenmoor.example.org/quarry"));
    QCOMPARE(article.meta.published.isoString(), QStringLiteral("2024-09-02"));
    QVERIFY(!article.text.contains(QLatin1String("title:")));
    QVERIFY(article.text.startsWith(QLatin1String("Fenmoor Aggregates has filed")));
}

void TestMarkdownImport::emptyDocument()
{
    const ImportResult result =
        importSource(ImportSource{QByteArray("![only an image](x.png)\n\n---\n"), QStringLiteral("empty.md"), FormatHint::Auto});
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().message().contains(QLatin1String("empty.md")));
}

QTEST_GUILESS_MAIN(TestMarkdownImport)
#include "tst_markdownimport.moc"
