// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testarticles.h"

#include "core/paragraphs.h"

#include <QCryptographicHash>

namespace Crossread::Test {

Article articleFromText(const QString &text, QDate published)
{
    Article article;
    article.text = text;
    article.paragraphs = splitParagraphs(text);
    if (published.isValid()) {
        article.meta.published.date = published;
        article.meta.published.precision = DatePrecision::Day;
    }
    return article;
}

Article articleFromParagraphs(const QStringList &paragraphs, const QString &outlet)
{
    Article article;
    article.meta.outlet = outlet;
    for (QString text : paragraphs) {
        BoilerplateKind kind = BoilerplateKind::None;
        if (text.startsWith(QLatin1StringView("[ad] "))) {
            kind = BoilerplateKind::Advertisement;
            text = text.mid(5);
        }
        if (!article.text.isEmpty())
            article.text += QLatin1StringView("\n\n");
        article.paragraphs.append({{article.text.size(), article.text.size() + text.size()}, kind, false, false});
        article.text += text;
    }
    return article;
}

Article hashedArticle(const QString &outlet, const QString &text)
{
    Article article;
    article.text = text;
    article.originalBytes = text.toUtf8();
    article.contentHash = QCryptographicHash::hash(article.originalBytes, QCryptographicHash::Sha256).toHex();
    article.paragraphs = splitParagraphs(text);
    article.meta.outlet = outlet;
    return article;
}

} // namespace Crossread::Test
