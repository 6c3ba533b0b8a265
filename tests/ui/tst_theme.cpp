// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in themes are the fallback when KSyntaxHighlighting is missing (Debian 12), and
// "System" follows the desktop's palette.
#include "theme.h"

#include <QPalette>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names();
    void systemFollowsPalette_data();
    void systemFollowsPalette();
    void statusColoursAreDistinct_data();
    void statusColoursAreDistinct();
};

void TestTheme::names()
{
    const QStringList names = availableThemeNames();
    QCOMPARE(names.mid(0, 3), (QStringList{u"System"_s, u"Light"_s, u"Dark"_s}));
    if (!haveSyntaxHighlighting())
        QCOMPARE(names.size(), 3);
    else
        QVERIFY(names.size() > 3);
}

void TestTheme::systemFollowsPalette_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light desktop") << QColor(Qt::white) << QColor(Qt::black) << false;
    QTest::newRow("dark desktop") << QColor(0x20, 0x20, 0x20) << QColor(0xee, 0xee, 0xee) << true;
}

void TestTheme::systemFollowsPalette()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(bool, dark);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    QCOMPARE(isDarkPalette(palette), dark);
    const ReaderTheme theme = themeNamed(u"System"_s, palette);
    QCOMPARE(theme.dark, dark);
    QCOMPARE(theme.background.lightnessF() < 0.5, dark);
    QVERIFY(qAbs(theme.text.lightnessF() - theme.background.lightnessF()) > 0.5);
}

void TestTheme::statusColoursAreDistinct_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("light") << u"Light"_s;
    QTest::newRow("dark") << u"Dark"_s;
}

void TestTheme::statusColoursAreDistinct()
{
    QFETCH(QString, name);
    const ReaderTheme theme = themeNamed(name, QPalette());
    QCOMPARE(theme.name, name);
    const QList<QColor> colours{theme.identical, theme.reworded, theme.unique,
                                theme.agree, theme.conflict, theme.quoteVariant, theme.background};
    for (qsizetype i = 0; i < colours.size(); ++i) {
        QVERIFY(colours.at(i).isValid());
        for (qsizetype j = i + 1; j < colours.size(); ++j)
            QVERIFY2(colours.at(i) != colours.at(j), qPrintable(u"%1 and %2"_s.arg(i).arg(j)));
    }
    // Dimmed boilerplate is still readable but quieter than the text.
    QVERIFY(qAbs(theme.boilerplateText.lightnessF() - theme.background.lightnessF())
            < qAbs(theme.text.lightnessF() - theme.background.lightnessF()));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
