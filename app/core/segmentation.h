// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

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
/// Sentences never cross paragraphs; every token belongs to exactly one sentence, and a
/// sentence's span runs from its first token's start to its last token's end. When the article
/// has no paragraphs, splitParagraphs(text) supplies them and `Sentence::paragraph` indexes those.
[[nodiscard]] Segmentation segment(const Article &article);

/// The tokens inside `span` of `text` (clamped to the text), as segment() makes them.
/// Numbers are digits with "," groups of three and "." decimals ("3,200,000", "1.5"); letters
/// glued to a number are a separate, adjacent Word token ("42K" is "42" + "K", "19th" is
/// "19" + "th"): compare `tokens[i].span.end == tokens[i + 1].span.start` to see them joined.
[[nodiscard]] QList<Token> tokenise(const QString &text, TextSpan span);

/// The trimmed sentence spans inside one paragraph span of `text`, as segment() finds them.
[[nodiscard]] QList<TextSpan> splitSentences(const QString &text, TextSpan paragraph);

/// The matching form of one token as segment() stores it in Token::normalised: foldText plus,
/// for words, the Snowball English stem ("reported" -> "report"); for numbers, without group
/// separators ("42,000" -> "42000"); quotes become '"' or '\''.
[[nodiscard]] QString normaliseToken(QStringView text, TokenKind kind);

/// The number of words: runs of letters and digits.
[[nodiscard]] int countWords(QStringView text);

/// The matching form of a piece of text: NFKC, case-folded, curly quotes and dash variants made
/// ASCII, NBSP and other spaces made ' ', runs of whitespace collapsed to one space and trimmed.
/// Not stemmed. Used for comparison only, never for display.
[[nodiscard]] QString normaliseForMatching(QStringView text);

} // namespace Crossread
