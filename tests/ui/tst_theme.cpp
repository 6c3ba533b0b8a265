// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in themes are the fallback when KSyntaxHighlighting is missing (Debian 12), and
// "System" follows the desktop's palette. Every theme the build offers keeps the status
// colours apart by CIEDE2000 (ui/cielab.h), which is checked against Sharma et al.'s test data.
#include "annotationdialog.h"
#include "cielab.h"
#include "theme.h"

#include <QPalette>
#include <QTest>

#include <cmath>
#include <tuple>
#include <numbers>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names();
    void systemFollowsPalette_data();
    void systemFollowsPalette();
    void deltaE2000MatchesPublishedData_data();
    void deltaE2000MatchesPublishedData();
    void labRoundTrips_data();
    void labRoundTrips();
    void statusColoursAreDistinct_data();
    void statusColoursAreDistinct();
    void annotationColoursStandApart_data();
    void annotationColoursStandApart();
};

namespace {

// Two status colours closer than this are hard to tell apart at a glance (CIEDE2000; about 1
// is just noticeable side by side, the built-in themes' closest pair is 13.0). Drawn over the
// background at the fact matrix's opacity (150 of 255) the colours come closer; there the
// bound is lower, and still well above noticing.
constexpr double minimumSolidDistance = 12.0;
constexpr double minimumDistanceOverBackground = 8.0;
constexpr int factMatrixAlpha = 150;
// Below this chroma a tint reads as grey, which is what "same words" became in Breeze Light.
constexpr double minimumChroma = 15.0;

QColor over(const QColor &colour, int alpha, const QColor &background)
{
    const double a = alpha / 255.0;
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace

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

// Sharma, Wu, Dalal (2005), table 1: pairs 1, 2, 3, 7, 17-20, 25 and the hue-wrap pairs 9, 13.
void TestTheme::deltaE2000MatchesPublishedData_data()
{
    QTest::addColumn<double>("l1");
    QTest::addColumn<double>("a1");
    QTest::addColumn<double>("b1");
    QTest::addColumn<double>("l2");
    QTest::addColumn<double>("a2");
    QTest::addColumn<double>("b2");
    QTest::addColumn<double>("expected");
    QTest::newRow("1") << 50.0 << 2.6772 << -79.7751 << 50.0 << 0.0 << -82.7485 << 2.0425;
    QTest::newRow("2") << 50.0 << 3.1571 << -77.2803 << 50.0 << 0.0 << -82.7485 << 2.8615;
    QTest::newRow("3") << 50.0 << 2.8361 << -74.0200 << 50.0 << 0.0 << -82.7485 << 3.4412;
    QTest::newRow("7") << 50.0 << 0.0 << 0.0 << 50.0 << -1.0 << 2.0 << 2.3669;
    QTest::newRow("9") << 50.0 << 2.49 << -0.001 << 50.0 << -2.49 << 0.0009 << 7.1792;
    QTest::newRow("13") << 50.0 << -0.001 << 2.49 << 50.0 << 0.0009 << -2.49 << 4.8045;
    QTest::newRow("17") << 50.0 << 2.5 << 0.0 << 73.0 << 25.0 << -18.0 << 27.1492;
    QTest::newRow("18") << 50.0 << 2.5 << 0.0 << 61.0 << -5.0 << 29.0 << 22.8977;
    QTest::newRow("19") << 50.0 << 2.5 << 0.0 << 56.0 << -27.0 << -3.0 << 31.9030;
    QTest::newRow("20") << 50.0 << 2.5 << 0.0 << 58.0 << 24.0 << 15.0 << 19.4535;
    QTest::newRow("25") << 60.2574 << -34.0099 << 36.2677 << 60.4626 << -34.1751 << 39.4387 << 1.2644;
}

void TestTheme::deltaE2000MatchesPublishedData()
{
    QFETCH(double, l1);
    QFETCH(double, a1);
    QFETCH(double, b1);
    QFETCH(double, l2);
    QFETCH(double, a2);
    QFETCH(double, b2);
    QFETCH(double, expected);
    const Lab first{l1, a1, b1}, second{l2, a2, b2};
    QVERIFY2(qAbs(deltaE2000(first, second) - expected) < 0.0001, qPrintable(QString::number(deltaE2000(first, second), 'f', 4)));
    QVERIFY(qAbs(deltaE2000(second, first) - expected) < 0.0001);
}

void TestTheme::labRoundTrips_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<double>("lightness");
    QTest::newRow("white") << QColor(Qt::white) << 100.0;
    QTest::newRow("black") << QColor(Qt::black) << 0.0;
    QTest::newRow("middle grey") << QColor(0x77, 0x77, 0x77) << 50.0;
    QTest::newRow("Breeze red") << QColor(0xbf, 0x03, 0x03) << -1.0;
    QTest::newRow("amber") << QColor(0xf5, 0xd0, 0x8a) << -1.0;
}

void TestTheme::labRoundTrips()
{
    QFETCH(QColor, colour);
    QFETCH(double, lightness);
    const Lab lab = toLab(colour);
    if (lightness >= 0)
        QVERIFY2(qAbs(lab.lightness - lightness) < 0.5, qPrintable(QString::number(lab.lightness)));
    const double chroma = std::hypot(lab.a, lab.b);
    const double hue = std::atan2(lab.b, lab.a) * 180.0 / std::numbers::pi;
    const QColor back = fromLch(lab.lightness, chroma, hue);
    QVERIFY2(qAbs(back.red() - colour.red()) <= 1 && qAbs(back.green() - colour.green()) <= 1
                 && qAbs(back.blue() - colour.blue()) <= 1,
             qPrintable(back.name()));
    // Out of sRGB, chroma is reduced and lightness kept.
    const QColor clipped = fromLch(lab.lightness, 400.0, hue);
    QVERIFY(clipped.isValid());
    QVERIFY2(qAbs(toLab(clipped).lightness - lab.lightness) < 1.0, qPrintable(clipped.name()));
}

// Every theme the build offers (with KSyntaxHighlighting, each of its themes too) and "System"
// on a light and a dark desktop: the six status colours stay apart from each other and from
// the background, solid (legend, bands) and over the background (fact matrix, highlights).
void TestTheme::statusColoursAreDistinct_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("darkDesktop");
    for (const QString &name : availableThemeNames()) {
        if (name == u"System") {
            QTest::newRow("System, light desktop") << name << false;
            QTest::newRow("System, dark desktop") << name << true;
        } else {
            QTest::newRow(qPrintable(name)) << name << false;
        }
    }
}

void TestTheme::statusColoursAreDistinct()
{
    QFETCH(QString, name);
    QFETCH(bool, darkDesktop);
    QPalette palette;
    palette.setColor(QPalette::Window, darkDesktop ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    palette.setColor(QPalette::WindowText, darkDesktop ? QColor(0xee, 0xee, 0xee) : QColor(Qt::black));
    const ReaderTheme theme = themeNamed(name, palette);
    QCOMPARE(theme.name, name);
    QCOMPARE(theme.dark, theme.background.lightnessF() < 0.5);
    const QList<std::pair<QString, QColor>> statuses{
        {u"same words"_s, theme.identical}, {u"reworded"_s, theme.reworded},
        {u"one outlet"_s, theme.unique},     {u"figures agree"_s, theme.agree},
        {u"figures conflict"_s, theme.conflict}, {u"quote variant"_s, theme.quoteVariant},
        {u"differs from the source"_s, theme.sourceDiffers}};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const auto &[label, colour] = statuses.at(i);
        QVERIFY(colour.isValid());
        const Lab lab = toLab(colour);
        QVERIFY2(std::hypot(lab.a, lab.b) >= minimumChroma,
                 qPrintable(u"%1 %2 is grey: chroma %3"_s.arg(label, colour.name()).arg(std::hypot(lab.a, lab.b), 0, 'f', 1)));
        const double fromBackground = deltaE2000(colour, theme.background);
        QVERIFY2(fromBackground >= minimumSolidDistance,
                 qPrintable(u"%1 %2 on background %3: dE2000 %4"_s.arg(label, colour.name(), theme.background.name())
                                .arg(fromBackground, 0, 'f', 1)));
        for (qsizetype j = i + 1; j < statuses.size(); ++j) {
            const auto &[otherLabel, other] = statuses.at(j);
            const double solid = deltaE2000(colour, other);
            QVERIFY2(solid >= minimumSolidDistance,
                     qPrintable(u"%1 %2 and %3 %4: dE2000 %5"_s.arg(label, colour.name(), otherLabel, other.name())
                                    .arg(solid, 0, 'f', 1)));
            const double drawn = deltaE2000(over(colour, factMatrixAlpha, theme.background),
                                            over(other, factMatrixAlpha, theme.background));
            QVERIFY2(drawn >= minimumDistanceOverBackground,
                     qPrintable(u"%1 and %2 over the background: dE2000 %3"_s.arg(label, otherLabel).arg(drawn, 0, 'f', 1)));
        }
    }
    // Dimmed boilerplate is still readable but quieter than the text.
    QVERIFY(qAbs(theme.boilerplateText.lightnessF() - theme.background.lightnessF())
            < qAbs(theme.text.lightnessF() - theme.background.lightnessF()));
}

void TestTheme::annotationColoursStandApart_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Light") << u"Light"_s;
    QTest::newRow("Dark") << u"Dark"_s;
}

void TestTheme::annotationColoursStandApart()
{
    // A reader's highlight must never be read as an analysis mark: each annotation colour, as
    // drawn, stands apart from every analysis colour at the strongest opacity the panes or the
    // matrix draw it with, and from the other annotation colours; text stays readable on it.
    QFETCH(QString, name);
    const ReaderTheme theme = themeNamed(name, QPalette());
    const QList<std::tuple<QString, QColor, int>> analysis{
        {u"same words"_s, theme.identical, factMatrixAlpha}, {u"reworded"_s, theme.reworded, 110},
        {u"one outlet"_s, theme.unique, factMatrixAlpha},     {u"figures agree"_s, theme.agree, 170},
        {u"figures conflict"_s, theme.conflict, 190},         {u"quote variant"_s, theme.quoteVariant, factMatrixAlpha}};
    constexpr double minimumFromAnalysis = 12.0;
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    QList<QColor> drawn;
    for (int i = 0; i < highlightColourCount; ++i) {
        const auto colour = HighlightColour(i);
        const QColor shade = over(highlightShade(colour, theme.dark), highlightAlpha, theme.background);
        for (const auto &[label, tint, alpha] : analysis) {
            const double distance = deltaE2000(shade, over(tint, alpha, theme.background));
            QVERIFY2(distance >= minimumFromAnalysis,
                     qPrintable(u"%1 highlight %2 and %3 %4: dE2000 %5"_s.arg(highlightColourKey(colour), shade.name(), label,
                                                                              tint.name())
                                    .arg(distance, 0, 'f', 1)));
        }
        for (const QColor &other : std::as_const(drawn))
            QVERIFY(deltaE2000(shade, other) >= minimumFromAnalysis);
        drawn.append(shade);
        // WCAG contrast of the text on the highlight: at least 4.5:1.
        const double a = luminance(shade) + 0.05;
        const double b = luminance(theme.text) + 0.05;
        QVERIFY2(std::max(a, b) / std::min(a, b) >= 4.5, qPrintable(highlightColourKey(colour)));
    }
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
