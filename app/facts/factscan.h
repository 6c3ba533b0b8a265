// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the fact engine: the character and word primitives the grammars are built from.
// Everything works on UTF-16 positions of one article's text and never allocates, so the
// extraction pass can run at tens of megabytes per second.
#pragma once

#include <QChar>
#include <QLatin1StringView>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace Crossread::FactScan {

/// Horizontal white space inside a line: what may separate the words of one figure.
[[nodiscard]] inline bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == 0x00A0 || u == 0x2009 || u == 0x202F || u == 0x2007;
}

[[nodiscard]] inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

[[nodiscard]] inline bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014
        || u == 0x2212;
}

[[nodiscard]] inline bool isApostrophe(QChar c)
{
    return c.unicode() == u'\'' || c.unicode() == 0x2019;
}

/// Letters of a word; an apostrophe or hyphen counts only between letters (see wordEnd).
[[nodiscard]] inline bool isWordLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
    return c.isLetter() || c.isMark();
}

/// The text a grammar works on: one article's text, bounded to one paragraph so that no
/// figure, date or quote runs across a paragraph break.
struct Bounds {
    QStringView text;
    qsizetype begin = 0;
    qsizetype end = 0;

    [[nodiscard]] QChar at(qsizetype i) const { return i >= begin && i < end ? text[i] : QChar(); }
    [[nodiscard]] bool isLetterAt(qsizetype i) const { return i >= begin && i < end && isWordLetter(text[i]); }
    [[nodiscard]] bool isDigitAt(qsizetype i) const { return i >= begin && i < end && isAsciiDigit(text[i]); }

    /// Skips horizontal blanks forward from `pos`.
    [[nodiscard]] qsizetype skipBlanks(qsizetype pos) const
    {
        while (pos < end && isBlank(text[pos]))
            ++pos;
        return pos;
    }
    /// Skips horizontal blanks backward: returns the position just after the last non-blank
    /// character before `pos`.
    [[nodiscard]] qsizetype skipBlanksBack(qsizetype pos) const
    {
        while (pos > begin && isBlank(text[pos - 1]))
            --pos;
        return pos;
    }
    /// End of the word starting at `pos`: letters, with apostrophes and hyphens between letters.
    [[nodiscard]] qsizetype wordEnd(qsizetype pos) const
    {
        while (pos < end) {
            if (isWordLetter(text[pos])) {
                ++pos;
            } else if ((isApostrophe(text[pos]) || text[pos] == u'-') && pos + 1 < end
                       && isWordLetter(text[pos + 1]) && pos > begin && isWordLetter(text[pos - 1])) {
                ++pos;
            } else {
                break;
            }
        }
        return pos;
    }
    /// Start of the word ending at `pos` (which must follow a letter), mirroring wordEnd().
    [[nodiscard]] qsizetype wordStart(qsizetype pos) const
    {
        while (pos > begin) {
            if (isWordLetter(text[pos - 1])) {
                --pos;
            } else if ((isApostrophe(text[pos - 1]) || text[pos - 1] == u'-') && pos - 2 >= begin
                       && isWordLetter(text[pos - 2]) && pos < end && isWordLetter(text[pos])) {
                --pos;
            } else {
                break;
            }
        }
        return pos;
    }
    [[nodiscard]] QStringView slice(qsizetype from, qsizetype to) const { return text.sliced(from, to - from); }

    /// The word starting at `pos` if it equals `lower` ignoring ASCII case; returns its end or -1.
    [[nodiscard]] qsizetype matchWord(qsizetype pos, QLatin1StringView lower) const
    {
        const qsizetype wend = wordEnd(pos);
        if (wend - pos != lower.size() || !equalsIgnoringCase(slice(pos, wend), lower))
            return -1;
        return wend;
    }
    /// Words separated by blanks from `pos`; returns the end of the last or -1.
    [[nodiscard]] qsizetype matchWords(qsizetype pos, std::initializer_list<QLatin1StringView> words) const
    {
        bool first = true;
        for (QLatin1StringView word : words) {
            if (!first) {
                const qsizetype next = skipBlanks(pos);
                if (next == pos)
                    return -1;
                pos = next;
            }
            first = false;
            pos = matchWord(pos, word);
            if (pos < 0)
                return -1;
        }
        return pos;
    }
    /// Words separated by blanks that end (with optional blanks) right before `pos`; returns
    /// the start of the first or -1.
    [[nodiscard]] qsizetype matchWordsBefore(qsizetype pos, const QLatin1StringView *words, qsizetype count) const
    {
        for (qsizetype i = count - 1; i >= 0; --i) {
            const qsizetype wend = skipBlanksBack(pos);
            if (wend == pos && i + 1 != count)
                return -1;
            if (wend <= begin || !isWordLetter(text[wend - 1]))
                return -1;
            const qsizetype wstart = wordStart(wend);
            if (!equalsIgnoringCase(slice(wstart, wend), words[i]))
                return -1;
            pos = wstart;
        }
        return pos;
    }
    [[nodiscard]] qsizetype matchWordsBefore(qsizetype pos, std::initializer_list<QLatin1StringView> words) const
    {
        return matchWordsBefore(pos, words.begin(), qsizetype(words.size()));
    }
    /// The word that ends right before `pos` after at most blanks, as [start, end); {-1, -1}
    /// when something other than blanks comes first.
    [[nodiscard]] std::pair<qsizetype, qsizetype> wordBefore(qsizetype pos) const
    {
        const qsizetype wend = skipBlanksBack(pos);
        if (wend <= begin || !isWordLetter(text[wend - 1]))
            return {-1, -1};
        return {wordStart(wend), wend};
    }
    /// The word starting at `pos` after at most blanks, as [start, end); {-1, -1} when none.
    [[nodiscard]] std::pair<qsizetype, qsizetype> wordAfter(qsizetype pos) const
    {
        const qsizetype wstart = skipBlanks(pos);
        if (!isLetterAt(wstart))
            return {-1, -1};
        return {wstart, wordEnd(wstart)};
    }

    [[nodiscard]] static bool equalsIgnoringCase(QStringView word, QLatin1StringView lower)
    {
        if (word.size() != lower.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            char16_t u = word[i].unicode();
            if (u >= u'A' && u <= u'Z')
                u += 32;
            if (u == 0x2019)
                u = u'\'';
            if (u != lower[i].unicode())
                return false;
        }
        return true;
    }
};

/// Writes the ASCII-lower-cased form of a short word into `buffer`; returns its length, or -1
/// when the word is longer than the buffer or holds a non-ASCII character (no keyword does).
template<qsizetype N>
[[nodiscard]] qsizetype lowerAscii(QStringView word, char (&buffer)[N])
{
    if (word.size() > N)
        return -1;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t u = word[i].unicode();
        if (u == 0x2019)
            u = u'\'';
        if (u >= 0x80)
            return -1;
        if (u >= u'A' && u <= u'Z')
            u += 32;
        buffer[i] = static_cast<char>(u);
    }
    return word.size();
}

} // namespace Crossread::FactScan
