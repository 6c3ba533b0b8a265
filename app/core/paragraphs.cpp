// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paragraphs.h"

namespace Crossread {
namespace {

struct Line {
    TextSpan span;        ///< without the line break
    bool blank = false;
};

QList<Line> splitLines(const QString &text, qsizetype from)
{
    QList<Line> lines;
    qsizetype start = from;
    const qsizetype n = text.size();
    auto push = [&](qsizetype end) {
        const QStringView content = QStringView(text).mid(start, end - start);
        lines.append(Line{{start, end}, content.trimmed().isEmpty()});
    };
    for (qsizetype i = from; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator) {
            push(i);
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        push(n);
    return lines;
}

TextSpan trimmed(const QString &text, TextSpan span)
{
    while (span.start < span.end && text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start && text.at(span.end - 1).isSpace())
        --span.end;
    return span;
}

} // namespace

QList<Paragraph> splitParagraphs(const QString &text, qsizetype from)
{
    const QList<Line> lines = splitLines(text, from);
    const bool hasBlankLines = std::any_of(lines.cbegin(), lines.cend(), [](const Line &l) { return l.blank; });
    QList<Paragraph> paragraphs;
    qsizetype blockStart = -1;
    qsizetype blockEnd = -1;
    auto flush = [&] {
        if (blockStart >= 0) {
            const TextSpan span = trimmed(text, {blockStart, blockEnd});
            if (!span.isEmpty())
                paragraphs.append(Paragraph{span});
        }
        blockStart = -1;
    };
    for (const Line &line : lines) {
        if (line.blank) {
            flush();
            continue;
        }
        if (blockStart < 0)
            blockStart = line.span.start;
        blockEnd = line.span.end;
        if (!hasBlankLines)
            flush();
    }
    flush();
    return paragraphs;
}

} // namespace Crossread
