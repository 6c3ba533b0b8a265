// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "cielab.h"

#include <QCoreApplication>
#include <QPalette>

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Crossread {
namespace {

ReaderTheme builtinLight()
{
    ReaderTheme theme;
    theme.name = QStringLiteral("Light");
    theme.text = QColor(0x1f, 0x23, 0x28);
    theme.background = QColor(0xff, 0xff, 0xff);
    theme.boilerplateText = QColor(0x8c, 0x95, 0x9f);
    theme.headerText = QColor(0x24, 0x29, 0x2f);
    theme.identical = QColor(0x9a, 0xc8, 0xf0);
    theme.reworded = QColor(0xf5, 0xd0, 0x8a);
    theme.unique = QColor(0xd6, 0xb4, 0xf0);
    theme.agree = QColor(0xb4, 0xe5, 0xbc);
    theme.conflict = QColor(0xf7, 0xa8, 0xa0);
    theme.quoteVariant = QColor(0x8e, 0xd9, 0xd2);
    theme.sourceDiffers = QColor(0xf5, 0x8f, 0xb8);
    return theme;
}

ReaderTheme builtinDark()
{
    ReaderTheme theme;
    theme.name = QStringLiteral("Dark");
    theme.dark = true;
    theme.text = QColor(0xe6, 0xed, 0xf3);
    theme.background = QColor(0x1e, 0x22, 0x27);
    theme.boilerplateText = QColor(0x6e, 0x76, 0x81);
    theme.headerText = QColor(0xf0, 0xf6, 0xfc);
    theme.identical = QColor(0x2f, 0x5d, 0x8a);
    theme.reworded = QColor(0x7a, 0x5c, 0x1e);
    theme.unique = QColor(0x5b, 0x3b, 0x7a);
    theme.agree = QColor(0x2b, 0x61, 0x3a);
    theme.conflict = QColor(0x8e, 0x2f, 0x2a);
    theme.quoteVariant = QColor(0x1f, 0x6b, 0x66);
    theme.sourceDiffers = QColor(0xa0, 0x30, 0x6a);
    return theme;
}

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

// A status is told by its hue, the same in every theme, so that the legend, the README and the
// reader's memory agree: red conflict, amber reworded, green agree, teal quote variant, blue
// same words, purple one outlet, spread at least 54 degrees apart round CIE LCh's hue circle.
// A KSyntaxHighlighting theme gives the background, the text and the dimmed comment colour;
// the tints take their lightness from the background (below a light one, above a dark one)
// at a chroma that reads as a tint behind text. Taking the tints from the theme's text
// styles instead drew agree and conflict in one red in Breeze Light (its strings and errors
// are both #bf0303) and "same words" in grey (its keywords are the text colour).
constexpr double conflictHue = 28, rewordedHue = 82, agreeHue = 138, quoteVariantHue = 198, identicalHue = 255,
                 uniqueHue = 312;
// "Differs from the source" sits between purple and red, 38 and 40 degrees from each: too close
// for hue alone at the tints' lightness (dE2000 10.6 to purple), so it is also 8 units further
// from the background and more saturated. Over every grey background the nearest status is then
// dE2000 13.7 away. It is never told by colour alone (its cells are striped, its symbol is ✗).
constexpr double sourceDiffersHue = 350, sourceDiffersChroma = 40, sourceDiffersLightnessStep = 8;

ReaderTheme fromKsh(const KSyntaxHighlighting::Theme &ksh)
{
    using KSyntaxHighlighting::Theme;
    const QColor background = QColor::fromRgba(ksh.editorColor(Theme::BackgroundColor));
    ReaderTheme theme = background.lightnessF() < 0.5 ? builtinDark() : builtinLight();
    theme.name = ksh.name();
    theme.background = background;
    theme.text = QColor::fromRgba(ksh.textColor(Theme::Normal));
    theme.headerText = theme.text;
    theme.boilerplateText = QColor::fromRgba(ksh.textColor(Theme::Comment));
    const double backgroundLightness = toLab(background).lightness;
    const double lightness = theme.dark ? qMax(backgroundLightness + 22.0, 34.0) : qMin(backgroundLightness - 15.0, 86.0);
    const double chroma = theme.dark ? 32.0 : 34.0;
    theme.identical = fromLch(lightness, chroma, identicalHue);
    theme.reworded = fromLch(lightness, chroma, rewordedHue);
    theme.unique = fromLch(lightness, chroma, uniqueHue);
    theme.agree = fromLch(lightness, chroma, agreeHue);
    theme.conflict = fromLch(lightness, chroma, conflictHue);
    theme.quoteVariant = fromLch(lightness, chroma, quoteVariantHue);
    theme.sourceDiffers = fromLch(theme.dark ? lightness + sourceDiffersLightnessStep : lightness - sourceDiffersLightnessStep,
                                  sourceDiffersChroma, sourceDiffersHue);
    return theme;
}
#endif

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QPalette paletteFor(const ReaderTheme &theme, const QPalette &base)
{
    QPalette palette = base;
    const QColor window = theme.dark ? theme.background.lighter(125) : theme.background.darker(106);
    const QColor button = theme.dark ? theme.background.lighter(140) : theme.background.darker(110);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, theme.text);
        palette.setColor(group, QPalette::Base, theme.background);
        palette.setColor(group, QPalette::AlternateBase, theme.dark ? theme.background.lighter(115) : theme.background.darker(103));
        palette.setColor(group, QPalette::Text, theme.text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, theme.text);
        palette.setColor(group, QPalette::ToolTipBase, window);
        palette.setColor(group, QPalette::ToolTipText, theme.text);
        palette.setColor(group, QPalette::PlaceholderText, theme.boilerplateText);
        palette.setColor(group, QPalette::Highlight, theme.dark ? QColor(0x3d, 0x6f, 0xb4) : QColor(0x30, 0x8c, 0xc6));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, theme.boilerplateText);
    palette.setColor(QPalette::Disabled, QPalette::Text, theme.boilerplateText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, theme.boilerplateText);
    return palette;
}

bool haveSyntaxHighlighting()
{
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QStringList availableThemeNames()
{
    QStringList names{QStringLiteral("System"), QStringLiteral("Light"), QStringLiteral("Dark")};
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    for (const KSyntaxHighlighting::Theme &theme : repository().themes())
        names.append(theme.name());
#endif
    return names;
}

ReaderTheme themeNamed(const QString &name, const QPalette &systemPalette)
{
    if (name == u"Light")
        return builtinLight();
    if (name == u"Dark")
        return builtinDark();
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    if (name != u"System") {
        const KSyntaxHighlighting::Theme theme = repository().theme(name);
        if (theme.isValid())
            return fromKsh(theme);
    }
    const bool dark = isDarkPalette(systemPalette);
    ReaderTheme theme = fromKsh(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                                : KSyntaxHighlighting::Repository::LightTheme));
    theme.name = QStringLiteral("System");
    return theme;
#else
    ReaderTheme theme = isDarkPalette(systemPalette) ? builtinDark() : builtinLight();
    theme.name = QStringLiteral("System");
    return theme;
#endif
}

} // namespace Crossread
