// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemarks.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace Crossread {

QString sourceMatchSymbol(SourceMatch match)
{
    switch (match) {
    case SourceMatch::Matches: return QStringLiteral("=");
    case SourceMatch::Differs: return QStringLiteral("✗");
    case SourceMatch::Absent: return QStringLiteral("∅");
    case SourceMatch::NotComparable: return QStringLiteral("≟");
    case SourceMatch::None: break;
    }
    return {};
}

QString sourceMatchText(SourceMatch match)
{
    return sourceMatchPhrase(match).translated();
}

QBrush sourceMatchBrush(SourceMatch match, const ReaderTheme &theme)
{
    const auto tint = [](QColor colour) {
        colour.setAlpha(150);
        return colour;
    };
    switch (match) {
    case SourceMatch::Matches:
        return tint(theme.agree);
    case SourceMatch::Absent:
    case SourceMatch::NotComparable:
        return tint(theme.unique);
    case SourceMatch::Differs: {
        // A tile of the tint crossed by darker diagonal stripes, both ways: the pattern tells
        // "differs from the source" from a conflict among outlets in any theme and in greys.
        QPixmap tile(8, 8);
        tile.fill(tint(theme.sourceDiffers));
        QPainter painter(&tile);
        QColor stripe = theme.text;
        stripe.setAlphaF(0.35);
        painter.setPen(QPen(stripe, 1));
        painter.drawLine(0, 8, 8, 0);
        painter.drawLine(0, 0, 8, 8);
        return QBrush(tile);
    }
    case SourceMatch::None:
        break;
    }
    return {};
}

QString sourceMentionText(const Analysis &analysis, int slot, qsizetype mention)
{
    const SlotAgainstSource *against = analysis.source.slot(slot);
    if (!against || mention < 0 || mention >= against->matches.size())
        return {};
    const SourceMatch match = against->matches.at(mention);
    if (match == SourceMatch::None)
        return QCoreApplication::translate("Crossread::SourceMarks", "§ the source");
    QString text = sourceMatchSymbol(match) + u' ' + sourceMatchText(match);
    const QStringList changes = translatedTexts(against->changes.at(mention));
    if (!changes.isEmpty())
        text += QStringLiteral(": ") + changes.join(QStringLiteral("; "));
    return text;
}

QString sourceMentionHtml(const Analysis &analysis, int slot, qsizetype mention)
{
    const QString text = sourceMentionText(analysis, slot, mention);
    return text.isEmpty() ? QString() : QStringLiteral("<tr><td></td><td><i>%1</i></td></tr>").arg(text.toHtmlEscaped());
}

} // namespace Crossread
