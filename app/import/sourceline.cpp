// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sourceline.h"

#include <QRegularExpression>
#include <QUrl>

namespace Crossread {

namespace {

/// A name as outlets write theirs: one to seven words, each capitalised or a linking word,
/// at most 60 characters. "Harbour Post", "The Valley Courier", "Daily Ledger & Review".
bool looksLikeName(QStringView name)
{
    if (name.isEmpty() || name.size() > 60 || !(name.front().isUpper() || name.front().isDigit()))
        return false;
    const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 7)
        return false;
    static const QStringList linking{QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("&"),
                                     QStringLiteral("for"), QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("on")};
    for (QStringView word : words) {
        if (!word.front().isUpper() && !word.front().isDigit() && !linking.contains(word.toString()))
            return false;
    }
    return true;
}

/// "Harbour Post Ltd." -> "Harbour Post": company suffixes say nothing about the outlet.
QString withoutCompanySuffix(QString name)
{
    static const QRegularExpression suffix(QStringLiteral("[,\\s]+(?:Ltd|Limited|Inc|LLC|plc|GmbH|AG|S\\.A|Corp|Co)\\.?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    name.remove(suffix);
    while (name.endsWith(u'.') || name.endsWith(u','))
        name.chop(1);
    return name.trimmed();
}

} // namespace

QString urlFromSourceLine(QStringView line)
{
    const QString text = line.trimmed().toString();
    if (text.size() > 300)
        return {};
    // The link alone, or after a short label: "Source: ...", "Originally published at ...".
    static const QRegularExpression link(QStringLiteral("^(?:[\\p{L} ]{0,40}[:\\-–—]?\\s*)?(https?://\\S+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = link.match(text);
    if (!match.hasMatch())
        return {};
    const QUrl url(match.captured(1), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() ? match.captured(1) : QString();
}

QString outletFromSourceLine(QStringView line, bool firstBodyLine)
{
    const QString text = line.trimmed().toString();
    if (text.isEmpty() || text.size() > 200)
        return {};

    // © 2026 Harbour Post. All rights reserved. / Copyright (c) 2025-2026 Valley Courier Ltd.
    static const QRegularExpression copyright(
        QStringLiteral("^(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
                       "(.+?)(?:[.,;]?\\s*all rights reserved.*)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = copyright.match(text); match.hasMatch()) {
        const QString name = withoutCompanySuffix(match.captured(1).trimmed());
        return looksLikeName(name) ? name : QString();
    }

    // Harbour Post staff / By Daily Ledger Staff / Valley Courier staff reporters
    static const QRegularExpression staff(
        QStringLiteral("^(?:by\\s+)?(.+?)\\s+(?:staff|newsroom|news desk)(?:\\s+(?:writers?|reporters?|reports?))?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = staff.match(text); match.hasMatch()) {
        QString name = match.captured(1).trimmed();
        if (name.startsWith(u"the ", Qt::CaseInsensitive) && name.size() > 4 && name.at(4).isLower())
            name = name.mid(4);
        return looksLikeName(name) ? name : QString();
    }

    // ELMSFORD (Valley Courier) — / PORT ALDER, Maine (Coastline Wire) -
    if (firstBodyLine) {
        static const QRegularExpression dateline(
            QStringLiteral("^[A-Z][A-Z .'\\-]{1,40}(?:,\\s*[A-Z][A-Za-z. ]{1,30})?\\s*\\(([^()]{2,60})\\)\\s*(?:—|–|-{1,2}|:)\\s"));
        if (const QRegularExpressionMatch match = dateline.match(text); match.hasMatch()) {
            const QString name = match.captured(1).trimmed();
            return looksLikeName(name) ? name : QString();
        }
    }
    return {};
}

QString outletFromSourceLines(const Article &article)
{
    // Lines of the first and last paragraphs, where credits stand; the first body paragraph may
    // open with a dateline.
    QList<std::pair<QStringView, bool>> lines;
    constexpr qsizetype edge = 8;
    const qsizetype count = article.paragraphs.size();
    bool bodySeen = false;
    for (qsizetype p = 0; p < count; ++p) {
        if (p >= edge && p < count - edge)
            continue;
        const Paragraph &paragraph = article.paragraphs.at(p);
        const QStringView text = paragraph.span.in(article.text);
        // The headline is the first paragraph that is not furniture; the dateline opens the next.
        const bool body = !paragraph.isBoilerplate() && !paragraph.heading && p > 0;
        const bool firstBody = body && !bodySeen;
        bodySeen = bodySeen || body;
        bool firstLine = true;
        for (QStringView line : text.split(u'\n')) {
            lines.append({line, firstBody && firstLine});
            firstLine = false;
        }
    }
    for (const auto &[line, firstBody] : std::as_const(lines)) {
        if (const QString name = outletFromSourceLine(line, firstBody); !name.isEmpty())
            return name;
    }
    for (const auto &[line, firstBody] : std::as_const(lines)) {
        Q_UNUSED(firstBody)
        const QString url = urlFromSourceLine(line);
        if (url.isEmpty())
            continue;
        QString host = QUrl(url).host().toLower();
        for (const QString &prefix : {QStringLiteral("www."), QStringLiteral("m."), QStringLiteral("amp.")}) {
            if (host.startsWith(prefix))
                host = host.mid(prefix.size());
        }
        return host;
    }
    return {};
}

} // namespace Crossread
