// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: invariants every imported article and segmentation must keep,
// checked on each input so the fuzzer finds wrong results, not only crashes.
#pragma once

#include "core/article.h"
#include "core/segmentation.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace Crossread::Fuzz {

/// Aborts with a message: libFuzzer records the input as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

inline void require(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

inline bool inside(TextSpan span, qsizetype length)
{
    return span.start >= 0 && span.start <= span.end && span.end <= length;
}

/// Paragraph spans lie in the text, in order, without overlap.
inline void checkArticle(const Article &article)
{
    const qsizetype length = article.text.size();
    qsizetype previousEnd = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        require(inside(paragraph.span, length), "paragraph span outside the text");
        require(paragraph.span.start >= previousEnd, "paragraphs overlap or are out of order");
        previousEnd = paragraph.span.end;
    }
    // A paged source's pages are contiguous and cover the text (article.h).
    qsizetype nextPage = 0;
    for (const TextSpan &page : article.pages) {
        require(page.start == nextPage && page.end >= page.start && page.end <= length, "pages not contiguous");
        nextPage = page.end;
    }
    require(article.pages.isEmpty() || nextPage == length, "pages do not cover the text");
}

/// Every token in its sentence, every sentence in its paragraph, in text order (segment()'s
/// documented guarantees).
inline void checkSegmentation(const Article &article, const QList<Paragraph> &paragraphs,
                              const Segmentation &segmentation)
{
    const qsizetype length = article.text.size();
    qsizetype previousEnd = 0;
    qsizetype nextToken = 0;
    for (const Sentence &sentence : segmentation.sentences) {
        require(inside(sentence.span, length), "sentence span outside the text");
        require(sentence.span.start >= previousEnd, "sentences overlap or are out of order");
        previousEnd = sentence.span.end;
        require(sentence.paragraph >= 0 && sentence.paragraph < paragraphs.size(), "sentence without paragraph");
        const TextSpan paragraph = paragraphs.at(sentence.paragraph).span;
        require(sentence.span.start >= paragraph.start && sentence.span.end <= paragraph.end,
                "sentence crosses its paragraph");
        require(sentence.firstToken == nextToken, "tokens skipped between sentences");
        require(sentence.tokenCount > 0, "empty sentence");
        nextToken = sentence.firstToken + sentence.tokenCount;
        require(nextToken <= segmentation.tokens.size(), "sentence tokens beyond the token list");
        require(segmentation.tokens.at(sentence.firstToken).span.start == sentence.span.start,
                "sentence does not start at its first token");
        require(segmentation.tokens.at(nextToken - 1).span.end == sentence.span.end,
                "sentence does not end at its last token");
    }
    require(nextToken == segmentation.tokens.size(), "token outside every sentence");
    for (const Token &token : segmentation.tokens)
        require(inside(token.span, length) && token.span.length() > 0, "empty token or token outside the text");
}

/// The libFuzzer input as a QByteArray (deep copy: the importers may keep it).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Crossread::Fuzz
