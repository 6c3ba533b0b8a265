// SPDX-License-Identifier: GPL-3.0-or-later
// The sentence segmenter and tokeniser on any text: paragraphs, sentences, tokens, the matching
// forms, word counts.
#include "fuzzcheck.h"

#include "core/paragraphs.h"
#include "core/segmentation.h"

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Article article;
    article.text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    article.paragraphs = splitParagraphs(article.text);
    Fuzz::checkArticle(article);
    // Mark every third paragraph as boilerplate, as the importers do for page furniture.
    for (qsizetype i = 2; i < article.paragraphs.size(); i += 3)
        article.paragraphs[i].boilerplate = BoilerplateKind::Advertisement;

    const Segmentation segmentation = segment(article);
    Fuzz::checkSegmentation(article, article.paragraphs, segmentation);
    for (const Sentence &sentence : segmentation.sentences)
        Fuzz::require(sentence.boilerplate == article.paragraphs.at(sentence.paragraph).isBoilerplate(),
                      "sentence's boilerplate flag differs from its paragraph's");
    for (const Paragraph &paragraph : std::as_const(article.paragraphs)) {
        for (TextSpan sentence : splitSentences(article.text, paragraph.span))
            Fuzz::require(paragraph.span.contains(sentence), "splitSentences left its paragraph");
    }

    // Without paragraphs, segment() splits them itself.
    Article bare;
    bare.text = article.text;
    const Segmentation bareSegmentation = segment(bare);
    Fuzz::checkSegmentation(bare, splitParagraphs(bare.text), bareSegmentation);

    (void)normaliseForMatching(article.text);
    Fuzz::require(countWords(article.text) >= 0, "negative word count");
    return 0;
}
