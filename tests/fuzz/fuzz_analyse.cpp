// SPDX-License-Identifier: GPL-3.0-or-later
// The whole `crossread analyse` path: up to four sources separated by form feeds are imported
// (the first as HTML, the others as plain text and Markdown), analysed (segmentation, alignment,
// facts) and written as the analyse JSON. Crossread reads no JSON from users (the sample's
// story.json is compiled in), so this is the JSON path there is to fuzz.
#include "fuzzcheck.h"

#include "analysis/analysis.h"
#include "json/analysisjson.h"
#include "import/importer.h"

#include <QJsonDocument>

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> pieces = Fuzz::bytesOf(data, size).split('\f');
    static constexpr FormatHint hints[] = {FormatHint::Html, FormatHint::PlainText, FormatHint::Markdown,
                                           FormatHint::PlainText};
    QList<Article> articles;
    for (qsizetype i = 0; i < pieces.size() && i < 4; ++i) {
        ImportResult result = importSource(ImportSource{pieces.at(i), QStringLiteral("piece%1").arg(i), hints[i]});
        if (result)
            articles.append(std::move(result.value()));
    }
    const Analysis analysis = analyseStory(articles);
    Fuzz::require(analysis.segmentations.size() == articles.size(), "a segmentation per article");
    for (const Passage &passage : analysis.alignment.passages) {
        for (const PassageMember &member : passage.members) {
            Fuzz::require(member.article.isValid() && member.article.value() < articles.size(), "member of no article");
            Fuzz::require(Fuzz::inside(member.span, articles.at(member.article.value()).text.size()),
                          "passage member outside its article");
        }
    }
    (void)QJsonDocument(analysisToJson(analysis, true)).toJson();
    return 0;
}
