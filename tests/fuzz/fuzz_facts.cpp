// SPDX-License-Identifier: GPL-3.0-or-later
// The fact extractor and comparison: the input is two articles separated by a form feed
// (or the same text twice when there is none), one with a publication date to resolve relative
// dates against. Each is segmented, its facts extracted, and the two grouped and compared.
#include "fuzzcheck.h"
#include "json/factjson.h"

#include "align/alignment.h"
#include "core/codepointmap.h"
#include "facts/facts.h"
#include "core/paragraphs.h"

#include <QJsonDocument>

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf(u'\f');
    QList<Article> articles(2);
    articles[0].text = split < 0 ? input : input.left(split);
    articles[1].text = split < 0 ? input : input.mid(split + 1);
    articles[0].meta.published = PublishedDate{QDate(2023, 4, 19), DatePrecision::Day, {}, QStringLiteral("2023-04-19")};

    QList<Segmentation> segmentations;
    QList<QList<Mention>> mentions;
    QList<CodePointMap> maps;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article &article = articles[i];
        article.paragraphs = splitParagraphs(article.text);
        segmentations.append(segment(article));
        const QList<Mention> found = extractFacts(article, ArticleId(int(i)), segmentations.last());
        for (const Mention &mention : found) {
            Fuzz::require(Fuzz::inside(mention.span, article.text.size()), "mention outside the text");
            Fuzz::require(mention.surface == mention.span.in(article.text), "mention surface is not its span's text");
            for (TextSpan part : mention.parts)
                Fuzz::require(mention.span.contains(part), "quote part outside its mention");
        }
        mentions.append(found);
        maps.append(CodePointMap(article.text));
    }

    const FactTable grouped = groupFacts(articles, segmentations, {}, mentions);
    for (qsizetype i = 0; i < grouped.slots.size(); ++i) {
        Fuzz::require(grouped.slots.at(i).id == i, "slot id differs from its index");
        Fuzz::require(!grouped.slots.at(i).mentions.isEmpty(), "empty slot");
    }
    const FactTable compared = compareFacts(articles, segmentations, {});
    Fuzz::require(compared.slots.size() == grouped.slots.size(), "compareFacts differs from groupFacts");
    (void)QJsonDocument(factsToJson(compared, maps)).toJson();
    return 0;
}
