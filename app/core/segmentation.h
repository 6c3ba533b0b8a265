// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Crossread {

enum class TokenKind : quint8 {
    Word,          ///< letters, with inner apostrophes and hyphens ("don't", "state-run")
    Number,        ///< digits with separators and decimals ("42,000", "1.5", "2023-04-19" is three)
    Currency,      ///< "$", "£", "€", "¥"
    Percent,       ///< "%"
    Quote,         ///< any quotation mark, straight, curly or guillemet
    Punctuation,
    Symbol,
};

/// One token with its span in the article's text and a normalised form for matching
/// (NFKC, case-folded, straight quotes, ASCII dashes, stemmed for words). The display text is
/// never changed: the span always points at what the reader sees.
struct Token {
    TextSpan span;
    TokenKind kind = TokenKind::Word;
    QString normalised;
};

struct Sentence {
    TextSpan span;                  ///< trimmed of surrounding whitespace
    qsizetype paragraph = -1;       ///< index into Article::paragraphs
    qsizetype firstToken = 0;       ///< index into Segmentation::tokens
    qsizetype tokenCount = 0;
    bool boilerplate = false;       ///< the sentence lies in a boilerplate paragraph
};

/// The segments of one article; every span points into Article::text.
struct Segmentation {
    QList<Sentence> sentences;
    QList<Token> tokens;
};

/// Splits an article into sentences and tokens. Pure and thread-safe.
[[nodiscard]] Segmentation segment(const Article &article);

/// The matching form of a piece of text: NFKC, case-folded, curly quotes and dash variants made
/// ASCII. Used for comparison only, never for display.
[[nodiscard]] QString normaliseForMatching(QStringView text);

} // namespace Crossread
