// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/annotation.h"

#include <QCoreApplication>

#include <array>

namespace Crossread {

namespace {

struct ColourName {
    HighlightColour colour;
    const char16_t *key;
    const char *label;
};

constexpr std::array<ColourName, highlightColourCount> colourNames{{
    {HighlightColour::Yellow, u"yellow", QT_TRANSLATE_NOOP("Crossread::Review", "Yellow")},
    {HighlightColour::Green, u"green", QT_TRANSLATE_NOOP("Crossread::Review", "Green")},
    {HighlightColour::Blue, u"blue", QT_TRANSLATE_NOOP("Crossread::Review", "Blue")},
    {HighlightColour::Pink, u"pink", QT_TRANSLATE_NOOP("Crossread::Review", "Pink")},
    {HighlightColour::Purple, u"purple", QT_TRANSLATE_NOOP("Crossread::Review", "Purple")},
}};

} // namespace

QString highlightColourKey(HighlightColour colour)
{
    return QString::fromUtf16(colourNames.at(static_cast<size_t>(colour)).key);
}

QString highlightColourName(HighlightColour colour)
{
    return QCoreApplication::translate("Crossread::Review", colourNames.at(static_cast<size_t>(colour)).label);
}

HighlightColour highlightColourFromKey(QStringView key)
{
    for (const ColourName &name : colourNames) {
        if (key.compare(QStringView(name.key), Qt::CaseInsensitive) == 0)
            return name.colour;
    }
    return HighlightColour::Yellow;
}

QStringList parseTags(QStringView text)
{
    QStringList tags;
    for (QStringView piece : text.tokenize(u',')) {
        for (QStringView tag : piece.tokenize(u';')) {
            const QString trimmed = tag.trimmed().toString();
            if (!trimmed.isEmpty() && !tags.contains(trimmed, Qt::CaseInsensitive))
                tags.append(trimmed);
        }
    }
    return tags;
}

} // namespace Crossread
