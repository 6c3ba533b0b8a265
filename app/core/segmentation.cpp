// SPDX-License-Identifier: GPL-3.0-or-later
// Sentences: Unicode sentence boundaries (UAX #29, https://unicode.org/reports/tr29/, through
// QTextBoundaryFinder) refined with the newsroom cases UAX #29 leaves open: abbreviations and
// initials ("Mr.", "U.S.", "J. R."), no break before a lowercase word ('"Why?" she asked.',
// "… and"), and no break inside a token.
// Tokens: a single hand-written scanner over UTF-16 (no regular expressions, no per-character
// allocation).
// Stemming: Snowball's English (Porter 2) stemmer from libstemmer,
// https://snowballstem.org/algorithms/english/stemmer.html. Outlets reword tense and number
// ("cuts"/"cut", "reported"/"reports", "charges"/"charging"); conflating them raises the
// aligner's recall on paraphrases, while over-stemming ("university"/"universe") hardly
// matters within one story's vocabulary. Names and figures are what matter most, and stemming
// leaves figures alone and rarely merges two names.
#include "core/segmentation.h"

#include "core/paragraphs.h"

#include <QHash>
#include <QSet>
#include <QTextBoundaryFinder>

#include <libstemmer.h>

#include <algorithm>
#include <array>

namespace Crossread {
namespace {

// ---------------------------------------------------------------------------------------------
// Characters

struct CodePoint {
    char32_t value = 0;
    int length = 0;   ///< UTF-16 units: 1 or 2
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[i + 1]), 2};
    return {c.unicode(), 1};
}

bool isSpace(char32_t c)
{
    // \r counts as space (CRLF files keep their \r in the text); so do NBSP and the other
    // Unicode spaces, and the zero-width characters that pasted web text carries.
    return QChar::isSpace(c) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool isLetter(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c);
}

bool isDigit(char32_t c)
{
    return QChar::category(c) == QChar::Number_DecimalDigit;
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

bool isInnerHyphen(char32_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

/// Double quotation marks of any script in common news use, mapped to '"' for matching.
bool isDoubleQuote(char32_t c)
{
    switch (c) {
    case u'"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
        return true;
    default:
        return false;
    }
}

/// Single quotation marks (and the apostrophes that double as them), mapped to '\''.
bool isSingleQuote(char32_t c)
{
    switch (c) {
    case u'\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case 0x2032: case 0x02BC: case 0xFF07:
        return true;
    default:
        return false;
    }
}

/// Hyphens, dashes and minus signs, all compared as '-'.
bool isDash(char32_t c)
{
    switch (c) {
    case u'-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: case 0x2E3A: case 0x2E3B:
        return true;
    default:
        return false;
    }
}

bool isPercent(char32_t c)
{
    return c == u'%' || c == 0x2030 || c == 0x2031 || c == 0x066A || c == 0xFE6A || c == 0xFF05;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/// Appends the matching form of one code point, after NFKC and case folding were applied.
void appendFolded(QString &out, char32_t c)
{
    if (isDoubleQuote(c))
        out.append(u'"');
    else if (isSingleQuote(c))
        out.append(u'\'');
    else if (isDash(c))
        out.append(u'-');
    else if (isSpace(c))
        out.append(u' ');
    else if (c == 0x00DF)
        out.append(u"ss");   // full case folding; QString::toCaseFolded() folds simply
    else if (isDigit(c) && c > 0x7F)
        out.append(QChar(u'0' + QChar::digitValue(c)));
    else
        out.append(QStringView(QChar::fromUcs4(c)));
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// NFKC, then case folding, then the ASCII mapping of quotes, dashes, spaces and digits.
QString foldText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    if (isAscii(text)) {
        // The common case needs neither NFKC nor full case folding.
        for (QChar c : text) {
            const char16_t u = c.unicode();
            out.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : (u == u'\r' || u == u'\t' || u == u'\n') ? QChar(u' ') : c);
        }
        return out;
    }
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (qsizetype i = 0; i < folded.size();) {
        const CodePoint cp = codePointAt(folded, i);
        appendFolded(out, cp.value);
        i += cp.length;
    }
    return out;
}

/// Longer "words" are URLs, hashes or garbage; stemming them helps nothing.
constexpr qsizetype maxStemmedWordLength = 40;
/// Longest word the ASCII fast path folds into its stack buffer.
constexpr qsizetype maxFastWordLength = 64;

/// The matching forms of words, per thread: a Snowball stemmer (sb_stemmer objects keep state
/// between calls and are not thread-safe) and a cache from the folded UTF-8 word to its
/// stemmed form. News text repeats its words, so most lookups hit, and a hit hands out an
/// implicitly shared QString: no allocation, no UTF-8 round trip, no Snowball rules.
class WordForms {
public:
    WordForms() : m_stemmer(sb_stemmer_new("english", "UTF_8")) {}
    ~WordForms() { sb_stemmer_delete(m_stemmer); }
    WordForms(const WordForms &) = delete;
    WordForms &operator=(const WordForms &) = delete;

    /// `folded` is the case-folded word in UTF-8; it may be raw data (QByteArray::fromRawData)
    /// over a caller's buffer, and is copied only when it enters the cache.
    QString stemmed(const QByteArray &folded)
    {
        if (folded.size() > maxStemmedWordLength)
            return QString::fromUtf8(folded);   // neither stemmed nor cached: bounded memory
        const auto hit = m_cache.constFind(folded);
        if (hit != m_cache.cend())
            return hit.value();
        QString result;
        const sb_symbol *stem = nullptr;
        if (m_stemmer && folded.size() >= 3)
            stem = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(folded.constData()), int(folded.size()));
        if (stem)
            result = QString::fromUtf8(reinterpret_cast<const char *>(stem), sb_stemmer_length(m_stemmer));
        else
            result = QString::fromUtf8(folded);
        if (m_cache.size() >= maxCacheEntries)
            m_cache.clear();   // bounded memory for pathological inputs (every word different)
        m_cache.insert(QByteArray(folded.constData(), folded.size()), result);
        return result;
    }

private:
    static constexpr qsizetype maxCacheEntries = 200000;
    sb_stemmer *m_stemmer = nullptr;
    QHash<QByteArray, QString> m_cache;
};

WordForms &wordForms()
{
    thread_local WordForms forms;
    return forms;
}

QString wordForm(QStringView text)
{
    // ASCII words (nearly all of English news) fold by hand into a stack buffer.
    if (text.size() <= maxFastWordLength && isAscii(text)) {
        std::array<char, maxFastWordLength> buffer;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = char(text[i].unicode());
            buffer[i] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
        }
        return wordForms().stemmed(QByteArray::fromRawData(buffer.data(), text.size()));
    }
    return wordForms().stemmed(foldText(text).toUtf8());
}

/// Single ASCII characters (punctuation, "$", "%") are their own matching form: share one
/// string per character instead of allocating one per token.
QString asciiCharForm(char16_t c)
{
    static const std::array<QString, 128> forms = [] {
        std::array<QString, 128> table;
        for (char16_t u = 0x21; u < 0x7F; ++u)
            table[u] = QString(QChar(u >= u'A' && u <= u'Z' ? u + 32 : u));
        return table;
    }();
    return forms[c];
}

} // namespace

QString normaliseToken(QStringView text, TokenKind kind)
{
    if (text.isEmpty())
        return {};
    switch (kind) {
    case TokenKind::Word:
        return wordForm(text);
    case TokenKind::Number: {
        // Group separators carry no value: "42,000" matches "42000".
        QString folded = foldText(text);
        folded.remove(u',');
        return folded;
    }
    case TokenKind::Quote:
        return isSingleQuote(codePointAt(text, 0).value) ? QStringLiteral("'") : QStringLiteral("\"");
    case TokenKind::Currency:
    case TokenKind::Percent:
    case TokenKind::Punctuation:
    case TokenKind::Symbol:
        break;
    }
    if (text.size() == 1 && text[0].unicode() > 0x20 && text[0].unicode() < 0x7F)
        return asciiCharForm(text[0].unicode());
    return foldText(text);
}

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens

/// Scans one token starting at `i` (not a space); returns its end and kind.
qsizetype scanToken(QStringView text, qsizetype i, qsizetype end, TokenKind &kind)
{
    const CodePoint first = codePointAt(text, i);
    qsizetype pos = i + first.length;
    auto peek = [&](qsizetype at) { return at < end ? codePointAt(text, at) : CodePoint{}; };

    if (isLetter(first.value)) {
        kind = TokenKind::Word;
        // Letters, marks and digits ("G7", "COVID"), joined across an inner apostrophe
        // ("don't", "don’t") or an inner hyphen ("state-run", "COVID-19").
        while (pos < end) {
            const CodePoint cp = peek(pos);
            if (isLetter(cp.value) || isDigit(cp.value)) {
                pos += cp.length;
                continue;
            }
            const CodePoint next = peek(pos + cp.length);
            if (isApostrophe(cp.value) && isLetter(next.value)) {
                pos += cp.length;
                continue;
            }
            if (isInnerHyphen(cp.value) && (isLetter(next.value) || isDigit(next.value))) {
                pos += cp.length;
                continue;
            }
            break;
        }
        return pos;
    }
    if (isDigit(first.value)) {
        kind = TokenKind::Number;
        // Digits with group separators (a comma before exactly three digits: "3,200,000") and
        // decimal points ("1.5"; repeated points keep "19.04.2023" or "2.4.1" whole). Letters
        // glued to the digits are a separate word token ("42K" is "42" + "K", "19th" is
        // "19" + "th"), adjacent by span, so the fact engine reads magnitudes and suffixes.
        while (pos < end) {
            const CodePoint cp = peek(pos);
            if (isDigit(cp.value)) {
                pos += cp.length;
                continue;
            }
            if (cp.value == u',') {
                int digits = 0;
                qsizetype at = pos + 1;
                while (at < end && digits < 4 && isDigit(peek(at).value)) {
                    at += peek(at).length;
                    ++digits;
                }
                if (digits == 3) {
                    pos = at;
                    continue;
                }
                break;
            }
            if (cp.value == u'.' && isDigit(peek(pos + 1).value)) {
                pos += 1;
                continue;
            }
            break;
        }
        return pos;
    }
    if (QChar::category(first.value) == QChar::Symbol_Currency) {
        kind = TokenKind::Currency;
        return pos;
    }
    if (isPercent(first.value)) {
        kind = TokenKind::Percent;
        return pos;
    }
    if (isDoubleQuote(first.value) || isSingleQuote(first.value)) {
        kind = TokenKind::Quote;
        return pos;
    }
    if (first.value == u'.' && peek(pos).value == u'.' && peek(pos + 1).value == u'.') {
        kind = TokenKind::Punctuation;   // "..." is one ellipsis, like "…"
        return pos + 2;
    }
    kind = QChar::isPunct(first.value) ? TokenKind::Punctuation : TokenKind::Symbol;
    return pos;
}

/// Normalised spellings already made for one article, so that each token of a repeated word
/// shares its string ("the" once, not 60 times). A 2,000-article story keeps every token for
/// its whole analysis, and the copies were some 70 MB of it.
using Spellings = QSet<QString>;

void tokeniseInto(const QString &text, TextSpan span, QList<Token> &tokens, Spellings *spellings = nullptr)
{
    const QStringView view(text);
    qsizetype i = span.start;
    while (i < span.end) {
        const CodePoint cp = codePointAt(view, i);
        if (isSpace(cp.value) || cp.value < 0x20) {
            i += cp.length;
            continue;
        }
        TokenKind kind = TokenKind::Symbol;
        const qsizetype end = scanToken(view, i, span.end, kind);
        QString normalised = normaliseToken(view.mid(i, end - i), kind);
        // A word's form comes from the stemming cache and already shares its data with every
        // other token of that word; numbers and symbols are made anew for each token.
        if (spellings && kind != TokenKind::Word)
            normalised = *spellings->insert(std::move(normalised));   // an equal one if there was
        tokens.append(Token{{i, end}, kind, std::move(normalised)});
        i = end;
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences

/// How an abbreviation followed by a period behaves at a UAX #29 sentence break.
enum class AbbreviationRule : quint8 {
    NeverEnds,        ///< titles and Latin abbreviations: "Dr. Okafor", "e.g. Paris"
    BeforeNumber,     ///< "No. 5", "Jan. 12": joined only when a digit follows
    MayEnd,           ///< "U.S.", "Inc.", "etc.": ends the sentence only before a sentence opener
};

struct Abbreviation {
    QStringView text;            ///< without the final period, case as written
    AbbreviationRule rule;
};

// Case matters: "No." before a number is an abbreviation, "no." ends a sentence.
constexpr std::array abbreviations = {
    Abbreviation{u"Mr", AbbreviationRule::NeverEnds},   Abbreviation{u"Mrs", AbbreviationRule::NeverEnds},
    Abbreviation{u"Ms", AbbreviationRule::NeverEnds},   Abbreviation{u"Dr", AbbreviationRule::NeverEnds},
    Abbreviation{u"Prof", AbbreviationRule::NeverEnds}, Abbreviation{u"Sen", AbbreviationRule::NeverEnds},
    Abbreviation{u"Rep", AbbreviationRule::NeverEnds},  Abbreviation{u"Gov", AbbreviationRule::NeverEnds},
    Abbreviation{u"Gen", AbbreviationRule::NeverEnds},  Abbreviation{u"Lt", AbbreviationRule::NeverEnds},
    Abbreviation{u"Col", AbbreviationRule::NeverEnds},  Abbreviation{u"Capt", AbbreviationRule::NeverEnds},
    Abbreviation{u"Sgt", AbbreviationRule::NeverEnds},  Abbreviation{u"Cpl", AbbreviationRule::NeverEnds},
    Abbreviation{u"Maj", AbbreviationRule::NeverEnds},  Abbreviation{u"Adm", AbbreviationRule::NeverEnds},
    Abbreviation{u"Cmdr", AbbreviationRule::NeverEnds}, Abbreviation{u"Det", AbbreviationRule::NeverEnds},
    Abbreviation{u"Insp", AbbreviationRule::NeverEnds}, Abbreviation{u"Supt", AbbreviationRule::NeverEnds},
    Abbreviation{u"Rev", AbbreviationRule::NeverEnds},  Abbreviation{u"Hon", AbbreviationRule::NeverEnds},
    Abbreviation{u"Pres", AbbreviationRule::NeverEnds}, Abbreviation{u"Atty", AbbreviationRule::NeverEnds},
    Abbreviation{u"Mt", AbbreviationRule::NeverEnds},   Abbreviation{u"Ft", AbbreviationRule::NeverEnds},
    Abbreviation{u"vs", AbbreviationRule::NeverEnds},   Abbreviation{u"v", AbbreviationRule::NeverEnds},
    Abbreviation{u"e.g", AbbreviationRule::NeverEnds},  Abbreviation{u"i.e", AbbreviationRule::NeverEnds},
    Abbreviation{u"cf", AbbreviationRule::NeverEnds},   Abbreviation{u"approx", AbbreviationRule::NeverEnds},
    Abbreviation{u"No", AbbreviationRule::BeforeNumber},  Abbreviation{u"Nos", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Vol", AbbreviationRule::BeforeNumber}, Abbreviation{u"Fig", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Art", AbbreviationRule::BeforeNumber}, Abbreviation{u"pp", AbbreviationRule::BeforeNumber},
    Abbreviation{u"p", AbbreviationRule::BeforeNumber},   Abbreviation{u"Jan", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Feb", AbbreviationRule::BeforeNumber}, Abbreviation{u"Mar", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Apr", AbbreviationRule::BeforeNumber}, Abbreviation{u"Jun", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Jul", AbbreviationRule::BeforeNumber}, Abbreviation{u"Aug", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Sep", AbbreviationRule::BeforeNumber}, Abbreviation{u"Sept", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Oct", AbbreviationRule::BeforeNumber}, Abbreviation{u"Nov", AbbreviationRule::BeforeNumber},
    Abbreviation{u"Dec", AbbreviationRule::BeforeNumber}, Abbreviation{u"U.S", AbbreviationRule::MayEnd},
    Abbreviation{u"U.K", AbbreviationRule::MayEnd},     Abbreviation{u"U.N", AbbreviationRule::MayEnd},
    Abbreviation{u"E.U", AbbreviationRule::MayEnd},     Abbreviation{u"Inc", AbbreviationRule::MayEnd},
    Abbreviation{u"Corp", AbbreviationRule::MayEnd},    Abbreviation{u"Co", AbbreviationRule::MayEnd},
    Abbreviation{u"Ltd", AbbreviationRule::MayEnd},     Abbreviation{u"Bros", AbbreviationRule::MayEnd},
    Abbreviation{u"Jr", AbbreviationRule::MayEnd},      Abbreviation{u"Sr", AbbreviationRule::MayEnd},
    Abbreviation{u"St", AbbreviationRule::MayEnd},      Abbreviation{u"Ave", AbbreviationRule::MayEnd},
    Abbreviation{u"Rd", AbbreviationRule::MayEnd},      Abbreviation{u"etc", AbbreviationRule::MayEnd},
    Abbreviation{u"a.m", AbbreviationRule::MayEnd},     Abbreviation{u"p.m", AbbreviationRule::MayEnd},
};

/// Words that open sentences far more often than they continue a name or an abbreviation:
/// "in the U.S. The next day" ends a sentence, "the U.S. Senate" does not.
constexpr std::array sentenceOpeners = {
    QStringView(u"A"), QStringView(u"An"), QStringView(u"The"), QStringView(u"He"), QStringView(u"She"),
    QStringView(u"It"), QStringView(u"They"), QStringView(u"We"), QStringView(u"I"), QStringView(u"You"),
    QStringView(u"His"), QStringView(u"Her"), QStringView(u"Its"), QStringView(u"Their"), QStringView(u"Our"),
    QStringView(u"This"), QStringView(u"That"), QStringView(u"These"), QStringView(u"Those"),
    QStringView(u"There"), QStringView(u"Here"), QStringView(u"But"), QStringView(u"And"), QStringView(u"Or"),
    QStringView(u"So"), QStringView(u"Yet"), QStringView(u"In"), QStringView(u"On"), QStringView(u"At"),
    QStringView(u"For"), QStringView(u"From"), QStringView(u"With"), QStringView(u"By"), QStringView(u"As"),
    QStringView(u"After"), QStringView(u"Before"), QStringView(u"When"), QStringView(u"While"),
    QStringView(u"If"), QStringView(u"However"), QStringView(u"Meanwhile"), QStringView(u"Still"),
    QStringView(u"Then"), QStringView(u"Now"), QStringView(u"Also"), QStringView(u"Some"),
    QStringView(u"Many"), QStringView(u"Most"), QStringView(u"All"),
    QStringView(u"What"), QStringView(u"Why"), QStringView(u"How"), QStringView(u"Who"),
    QStringView(u"Officials"), QStringView(u"According"),
};

/// The abbreviation ending just before `dot` (the index of its period), or nullptr. Initials
/// ("J." in "J. R. Okafor") and dotted acronyms ("D.C.") count as MayEnd abbreviations.
const Abbreviation *abbreviationBefore(QStringView text, qsizetype from, qsizetype dot)
{
    qsizetype start = dot;
    while (start > from && (text[start - 1].isLetter() || (text[start - 1] == u'.' && start - 1 > from
                                                                && text[start - 2].isLetter())))
        --start;
    const QStringView word = text.mid(start, dot - start);
    if (word.isEmpty())
        return nullptr;
    for (const Abbreviation &a : abbreviations) {
        if (word == a.text)
            return &a;
    }
    static constexpr Abbreviation initial{u"", AbbreviationRule::MayEnd};
    const bool singleCapital = word.size() == 1 && word[0].isUpper();
    // "D.C", "U.S.A": single letters joined by periods.
    bool dotted = word.size() >= 3;
    for (qsizetype k = 0; dotted && k < word.size(); ++k)
        dotted = (k % 2 == 0) ? word[k].isLetter() : word[k] == u'.';
    return singleCapital || dotted ? &initial : nullptr;
}

/// The word starting at `pos` (letters only), for the sentence-opener test.
QStringView wordAt(QStringView text, qsizetype pos, qsizetype end)
{
    qsizetype stop = pos;
    while (stop < end && text[stop].isLetter())
        ++stop;
    return text.mid(pos, stop - pos);
}

bool isAllLowercaseWord(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
}

/// Whether a UAX #29 break at `next` (start of the following sentence, after its spaces) is a
/// real sentence end, given the previous sentence's last non-space character at `last`.
bool keepBreak(QStringView text, qsizetype from, qsizetype last, qsizetype next, qsizetype end)
{
    // A sentence never starts with a lowercase word: '"Why?" she asked.', "… and then".
    // ("iPhone" is not all-lowercase, so a sentence may still start with it.)
    if (isAllLowercaseWord(wordAt(text, next, end)))
        return false;
    if (text[last] != u'.' || (last > from && text[last - 1] == u'.'))
        return true;   // "?", "!", a closing quote or bracket, or an ellipsis "...": a real end
    // A period with a space before it and a letter or digit right after it opens a word (the
    // ticker ".IXIC", ".NET", ".5 percent"); a sentence's period follows the sentence's last word.
    if (next == last + 1 && (last == from || isSpace(text[last - 1].unicode())) && text[next].isLetterOrNumber())
        return false;
    const Abbreviation *abbreviation = abbreviationBefore(text, from, last);
    if (!abbreviation)
        return true;
    switch (abbreviation->rule) {
    case AbbreviationRule::NeverEnds:
        return false;
    case AbbreviationRule::BeforeNumber:
        if (text[next].isDigit())
            return false;
        // Month abbreviations may also end a sentence before a name: treat them like "Inc.".
        [[fallthrough]];
    case AbbreviationRule::MayEnd: {
        const QChar c = text[next];
        if (isDoubleQuote(c.unicode()) || isSingleQuote(c.unicode()) || c == u'(')
            return true;
        const QStringView word = wordAt(text, next, end);
        return std::find(sentenceOpeners.begin(), sentenceOpeners.end(), word) != sentenceOpeners.end();
    }
    }
    return true;
}

/// Sentence spans (trimmed, non-empty) inside one paragraph span.
QList<TextSpan> sentencesIn(const QString &text, TextSpan paragraph)
{
    QList<TextSpan> result;
    if (paragraph.isEmpty())
        return result;
    // Line breaks inside a paragraph (hard-wrapped text, CRLF files) are mandatory breaks for
    // UAX #29; here they are only wrapping, so the finder sees spaces. Same length, same offsets.
    QStringView view = paragraph.in(text);
    QString flattened;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view[i];
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            if (flattened.isEmpty())
                flattened = view.toString();
            flattened[i] = u' ';
        }
    }
    if (!flattened.isEmpty())
        view = flattened;

    auto trimmedSpan = [&](qsizetype start, qsizetype stop) {
        while (start < stop && isSpace(view[start].unicode()))
            ++start;
        while (stop > start && isSpace(view[stop - 1].unicode()))
            --stop;
        return TextSpan{start, stop};
    };

    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, view.data(), view.size());
    qsizetype sentenceStart = 0;
    const qsizetype n = view.size();
    for (qsizetype boundary = finder.toNextBoundary(); boundary > 0 && boundary < n;
         boundary = finder.toNextBoundary()) {
        const TextSpan candidate = trimmedSpan(sentenceStart, boundary);
        if (candidate.isEmpty())
            continue;
        qsizetype next = boundary;
        while (next < n && isSpace(view[next].unicode()))
            ++next;
        if (next >= n)
            break;
        // A break inside a word ("said.Next" has one; "e.g.Paris" should not) is kept only
        // when the finder put it after sentence punctuation.
        if (!keepBreak(view, 0, candidate.end - 1, next, n))
            continue;
        result.append(candidate);
        sentenceStart = boundary;
    }
    const TextSpan last = trimmedSpan(sentenceStart, n);
    if (!last.isEmpty())
        result.append(last);
    for (TextSpan &span : result) {
        span.start += paragraph.start;
        span.end += paragraph.start;
    }
    return result;
}

} // namespace

QList<Token> tokenise(const QString &text, TextSpan span)
{
    QList<Token> tokens;
    span.start = std::clamp<qsizetype>(span.start, 0, text.size());
    span.end = std::clamp<qsizetype>(span.end, span.start, text.size());
    tokeniseInto(text, span, tokens);
    return tokens;
}

QList<TextSpan> splitSentences(const QString &text, TextSpan paragraph)
{
    paragraph.start = std::clamp<qsizetype>(paragraph.start, 0, text.size());
    paragraph.end = std::clamp<qsizetype>(paragraph.end, paragraph.start, text.size());
    return sentencesIn(text, paragraph);
}

Segmentation segment(const Article &article)
{
    Segmentation result;
    const QString &text = article.text;
    const QList<Paragraph> paragraphs = article.paragraphs.isEmpty() ? splitParagraphs(text) : article.paragraphs;
    // News text averages about six UTF-16 units per token and 150 per sentence.
    result.tokens.reserve(text.size() / 6 + 16);
    result.sentences.reserve(text.size() / 150 + 4);
    Spellings spellings;

    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const Paragraph &paragraph = paragraphs.at(p);
        TextSpan span = paragraph.span;
        span.start = std::clamp<qsizetype>(span.start, 0, text.size());
        span.end = std::clamp<qsizetype>(span.end, span.start, text.size());
        const qsizetype firstToken = result.tokens.size();
        tokeniseInto(text, span, result.tokens, &spellings);
        const qsizetype endToken = result.tokens.size();

        // Each token belongs to exactly one sentence; a sentence break that falls inside a
        // token is moved to the token's end.
        qsizetype t = firstToken;
        for (const TextSpan &sentenceSpan : sentencesIn(text, span)) {
            if (t >= endToken)
                break;
            Sentence sentence;
            sentence.paragraph = p;
            sentence.boilerplate = paragraph.isBoilerplate();
            sentence.firstToken = t;
            while (t < endToken && result.tokens.at(t).span.start < sentenceSpan.end)
                ++t;
            sentence.tokenCount = t - sentence.firstToken;
            if (sentence.tokenCount == 0)
                continue;
            sentence.span = {result.tokens.at(t - sentence.tokenCount).span.start, result.tokens.at(t - 1).span.end};
            result.sentences.append(sentence);
        }
        if (t < endToken && !result.sentences.isEmpty() && result.sentences.last().paragraph == p) {
            Sentence &last = result.sentences.last();
            last.tokenCount = endToken - last.firstToken;
            last.span.end = result.tokens.at(endToken - 1).span.end;
        }
    }
    // The reservations above are estimates; a story of thousands of articles keeps every
    // token list for its whole analysis, so give back what was not used.
    result.tokens.squeeze();
    result.sentences.squeeze();
    return result;
}

QString normaliseForMatching(QStringView text)
{
    const QString folded = foldText(text);
    // Whitespace runs compare as one space, and outer whitespace not at all.
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (QChar c : folded) {
        if (c == u' ') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

} // namespace Crossread
