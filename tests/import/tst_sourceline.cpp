// SPDX-License-Identifier: GPL-3.0-or-later
// The outlet of a text or Markdown article from a line of its own text: copyright, staff
// credit, dateline, link. Fictional outlets; no site list is involved.
#include "import/importer.h"
#include "import/sourceline.h"

#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

class TestSourceLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void line_data();
    void line();
    void importedText_data();
    void importedText();
};

void TestSourceLine::line_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("firstBody");
    QTest::addColumn<QString>("outlet");

    QTest::newRow("copyright sign") << u"© 2026 Harbour Post"_s << false << u"Harbour Post"_s;
    QTest::newRow("copyright rights") << u"Copyright (c) 2025-2026 Valley Courier Ltd. All rights reserved."_s << false
                                      << u"Valley Courier"_s;
    QTest::newRow("copyright no year") << u"© The Elmsford Standard"_s << false << u"The Elmsford Standard"_s;
    QTest::newRow("staff") << u"Harbour Post staff"_s << false << u"Harbour Post"_s;
    QTest::newRow("by staff") << u"By Daily Ledger Staff"_s << false << u"Daily Ledger"_s;
    QTest::newRow("staff reporters") << u"Valley Courier staff reporters"_s << false << u"Valley Courier"_s;
    QTest::newRow("dateline") << u"ELMSFORD (Valley Courier) — The council approved the plan."_s << true
                              << u"Valley Courier"_s;
    QTest::newRow("dateline with region") << u"PORT ALDER, Maine (Coastline Wire) - Ferries resumed."_s << true
                                          << u"Coastline Wire"_s;
    QTest::newRow("dateline only opens the body") << u"ELMSFORD (Valley Courier) — The council approved the plan."_s
                                                  << false << QString();
    QTest::newRow("a sentence about staff") << u"The council said its staff were told on Monday that the bridge would close."_s
                                            << false << QString();
    QTest::newRow("lower-case name") << u"© 2026 all the news that fits"_s << false << QString();
    QTest::newRow("plain sentence") << u"The repair will cost $3.2 million."_s << true << QString();
    QTest::newRow("parenthesis in a sentence") << u"The Mayor (who was re-elected) - said little."_s << true << QString();
}

void TestSourceLine::line()
{
    QFETCH(QString, line);
    QFETCH(bool, firstBody);
    QFETCH(QString, outlet);
    QCOMPARE(outletFromSourceLine(line, firstBody), outlet);
}

void TestSourceLine::importedText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("outlet");

    const QString body = u"Elmsford bridge to close for repairs\n\n"
                         "The repair of the river bridge will cost $3.2 million, the council said.\n\n"
                         "Work starts in spring.\n"_s;
    QTest::newRow("copyright at the end") << u"000_acf8.txt"_s << QString(body + u"\n© 2026 Harbour Post\n"_s)
                                          << u"Harbour Post"_s;
    QTest::newRow("link at the top") << u"000_b1c2.txt"_s
                                     << QString(u"Source: https://www.harbourpost.example/news/elmsford-bridge\n\n"_s + body)
                                     << u"harbourpost.example"_s;
    QTest::newRow("dateline") << u"000_d3e4.txt"_s
                              << u"Elmsford bridge to close\n\nELMSFORD (Valley Courier) — The repair of the river bridge "
                                 "will cost $3.2 million, the council said.\n\nWork starts in spring.\n"_s
                              << u"Valley Courier"_s;
    QTest::newRow("markdown staff credit") << u"000_f5a6.md"_s << QString(u"# Elmsford bridge to close\n\n*Daily Ledger staff*\n\n"_s
                                                                         + body.mid(body.indexOf(u"The repair"_s)))
                                           << u"Daily Ledger"_s;
    QTest::newRow("nothing says") << u"000_a7b8.txt"_s << body << QString();
}

void TestSourceLine::importedText()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QString, outlet);
    const ImportResult result = importSource(ImportSource{text.toUtf8(), name});
    QVERIFY(result);
    QCOMPARE(result->meta.outlet, outlet);
}

QTEST_GUILESS_MAIN(TestSourceLine)
#include "tst_sourceline.moc"
