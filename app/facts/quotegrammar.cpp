// SPDX-License-Identifier: GPL-3.0-or-later
// Quotations: every quotation mark of a paragraph is classified once as a possible opening
// and/or closing mark of its family (double, single, guillemet) from the characters around it;
// an opening mark pairs with the first closing mark of its family after it, so marks of the other
// family inside are nested quotes and stay part of the text. Closing marks are found by binary
// search over each family's sorted candidates: an article full of unmatched marks costs
// O(n log n), and no quotation is longer than Limits::maxQuoteChars.
#include "facts/quotegrammar.h"

#include "core/segmentation.h"

#include "facts/factlexicon.h"
#include "core/inputlimits.h"

#include <algorithm>
#include <array>

namespace Crossread::FactGrammar {
namespace {

using FactScan::Bounds;
using FactScan::isBlank;
using L = QLatin1StringView;

enum class Family : quint8 { Double, Single, Guillemet };
constexpr int familyCount = 3;
enum Role : quint8 { Open = 1, Close = 2 };

struct Mark {
    qsizetype pos = 0;
    Family family = Family::Double;
    quint8 roles = 0;
};

bool isOpeningContext(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == QChar(0x2014)
        || c == QChar(0x2013) || c == u'-' || c == QChar(0x201C) || c == QChar(0x2018)
        || c == QChar(0x00AB) || c == u':';
}

bool isClosingContext(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isNull();
}

/// The roles a character can play as a quotation mark, from its neighbours.
quint8 rolesOf(const Bounds &b, qsizetype i, Family *family)
{
    const QChar c = b.text[i];
    const QChar prev = i > b.begin ? b.text[i - 1] : QChar(u' ');
    const QChar next = i + 1 < b.end ? b.text[i + 1] : QChar(u' ');
    const bool openBefore = isOpeningContext(prev);
    const bool closeAfter = isClosingContext(next);
    switch (c.unicode()) {
    case u'"': {
        *family = Family::Double;
        quint8 roles = 0;
        if (openBefore && !next.isSpace())
            roles |= Open;
        if (!prev.isSpace() && closeAfter)
            roles |= Close;
        return roles;
    }
    case 0x201C:   // “ opens; in German „…“ it closes
        *family = Family::Double;
        return quint8(Open | (!prev.isSpace() && closeAfter && !openBefore ? Close : 0));
    case 0x201D:   // ” closes; in Swedish ”…” it also opens
        *family = Family::Double;
        return quint8(Close | (openBefore && !next.isSpace() ? Open : 0));
    case 0x201E:   // „
        *family = Family::Double;
        return Open;
    case 0x2018:   // ‘
    case 0x201A:   // ‚
        *family = Family::Single;
        return Open;
    case 0x2019:   // ’ closes, or is an apostrophe between letters ("anyone’s")
    case u'\'': {
        *family = Family::Single;
        if (prev.isLetterOrNumber() && next.isLetter())
            return 0;
        quint8 roles = 0;
        if (c == u'\'' && openBefore && next.isLetterOrNumber())
            roles |= Open;
        if (!prev.isSpace() && !next.isLetterOrNumber() && i > b.begin)
            roles |= Close;
        return roles;
    }
    case 0x2039:   // ‹
        *family = Family::Single;
        return Open;
    case 0x203A:   // ›
        *family = Family::Single;
        return Close;
    case 0x00AB:   // «
        *family = Family::Guillemet;
        return Open;
    case 0x00BB:   // »
        *family = Family::Guillemet;
        return Close;
    default:
        return 0;
    }
}

bool isQuoteChar(char16_t u)
{
    switch (u) {
    case u'"': case u'\'': case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x2019:
    case 0x201A: case 0x2039: case 0x203A: case 0x00AB: case 0x00BB:
        return true;
    default:
        return false;
    }
}

bool isPronoun(QStringView word)
{
    for (L pronoun : {L("he"), L("she"), L("they"), L("it"), L("we"), L("i")}) {
        if (Bounds::equalsIgnoringCase(word, pronoun))
            return true;
    }
    return false;
}

/// Verbs that attribute a quote, the reporting verbs of the lexicon plus those that introduce a
/// partial quote ("called the plan 'a toll booth'").
bool isQuotingVerb(QStringView word)
{
    if (FactLexicon::isAttributionVerb(word))
        return true;
    for (L verb : {L("called"), L("calls"), L("described"), L("dubbed"), L("branded"), L("labelled"),
                   L("labeled"), L("termed")}) {
        if (Bounds::equalsIgnoringCase(word, verb))
            return true;
    }
    return false;
}

/// A word that may be part of a name: capitalised ("Tenney", "Dr", "J") and not a function
/// word ("The", "But").
bool isNameWord(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper() && !FactLexicon::isStopWord(word);
}

/// The capitalised words starting at `pos`: "Dr. Elias Brandvold", "J. R. Halloran".
QString nameAfter(const Bounds &b, qsizetype pos)
{
    qsizetype p = b.skipBlanks(pos);
    const qsizetype start = p;
    qsizetype end = -1;
    while (b.isLetterAt(p)) {
        const qsizetype we = b.wordEnd(p);
        if (!isNameWord(b.slice(p, we)))
            break;
        end = we;
        p = we;
        if (b.at(p) == u'.' && we - b.wordStart(we) <= 3)   // "Dr.", "J.", "Mr."
            end = ++p;
        const qsizetype next = b.skipBlanks(p);
        if (next == p)
            break;
        p = next;
    }
    if (end < 0)
        return {};
    return b.slice(start, end).toString().simplified().replace(QChar(0x00A0), u' ');
}

/// The capitalised words ending at `pos`, skipping back over an apposition set off by commas
/// ("Marisol Tenney, Lumenfold's chief executive, said") and a trailing "of the X".
QString nameBefore(const Bounds &b, qsizetype pos)
{
    qsizetype p = b.skipBlanksBack(pos);
    // Auxiliaries between the name and the verb: "have called", "has said".
    for (int i = 0; i < 2; ++i) {
        auto [ws, we] = b.wordBefore(p);
        if (ws < 0)
            break;
        const QStringView word = b.slice(ws, we);
        if (!(Bounds::equalsIgnoringCase(word, L("has")) || Bounds::equalsIgnoringCase(word, L("have"))
              || Bounds::equalsIgnoringCase(word, L("had")) || Bounds::equalsIgnoringCase(word, L("also"))))
            break;
        p = b.skipBlanksBack(ws);
    }
    // "said Ines Okafor, who added": the relative pronoun stands for the name before it.
    bool relative = false;
    if (auto [ws, we] = b.wordBefore(p); ws >= 0 && Bounds::equalsIgnoringCase(b.slice(ws, we), L("who"))) {
        p = b.skipBlanksBack(ws);
        if (p > b.begin && b.text[p - 1] == u',')
            p = b.skipBlanksBack(p - 1);
        relative = true;
    }
    if (!relative && p > b.begin && b.text[p - 1] == u',') {
        qsizetype comma = p - 1;
        const qsizetype floor = std::max(b.begin, comma - 120);
        while (comma > floor && b.text[comma - 1] != u',' && b.text[comma - 1] != u'.')
            --comma;
        if (comma > floor && b.text[comma - 1] == u',') {
            // "Critics, including J. R. Halloran of the ..., have called": the name is inside.
            const Bounds apposition{b.text, comma, p - 1};
            for (L introducer : {L("including"), L("notably"), L("among them")}) {
                const qsizetype after = apposition.matchWord(apposition.skipBlanks(comma), introducer);
                if (after >= 0) {
                    const QString name = nameAfter(apposition, after);
                    if (!name.isEmpty())
                        return name;
                }
            }
            p = b.skipBlanksBack(comma - 1);
        }
    }
    auto collect = [&](qsizetype from, qsizetype *startOut) {
        qsizetype start = -1;
        qsizetype q = from;
        while (true) {
            qsizetype wordEndPos = q;
            if (q > b.begin && b.text[q - 1] == u'.' && q - 1 > b.begin && b.isLetterAt(q - 2))
                wordEndPos = q - 1;   // "Dr." or an initial
            if (wordEndPos <= b.begin || !b.isLetterAt(wordEndPos - 1))
                break;
            const qsizetype ws = b.wordStart(wordEndPos);
            if (wordEndPos < q && wordEndPos - ws > 3)
                break;                // a full stop after a long word ends a sentence
            if (!isNameWord(b.slice(ws, wordEndPos)))
                break;
            start = ws;
            const qsizetype before = b.skipBlanksBack(ws);
            if (before == ws)
                break;
            q = before;
        }
        *startOut = start;
        return start;
    };
    qsizetype start = -1;
    if (collect(p, &start) < 0)
        return {};
    // "J. R. Halloran of the Calloway Digital Rights Project": the person comes before "of".
    qsizetype ofStart = b.matchWordsBefore(start, {L("of"), L("the")});
    if (ofStart < 0)
        ofStart = b.matchWordsBefore(start, {L("of")});
    if (ofStart >= 0) {
        qsizetype personStart = -1;
        const qsizetype personEnd = b.skipBlanksBack(ofStart);
        if (collect(personEnd, &personStart) >= 0)
            return b.slice(personStart, personEnd).toString().simplified().replace(QChar(0x00A0), u' ');
    }
    return b.slice(start, p).toString().simplified().replace(QChar(0x00A0), u' ');
}

/// The speaker named right after a closing mark: ', she said', ' said Marisol Tenney',
/// ' Brandvold said', ', according to the minutes'.
QString speakerAfter(const Bounds &b, qsizetype pos, qsizetype limit)
{
    const Bounds window{b.text, b.begin, std::min(b.end, limit)};
    qsizetype p = window.skipBlanks(pos);
    if (window.at(p) == u',')
        p = window.skipBlanks(p + 1);
    auto [ws, we] = window.wordAfter(p);
    if (ws < 0)
        return {};
    const QStringView first = window.slice(ws, we);
    if (isQuotingVerb(first)) {
        qsizetype after = we;
        if (Bounds::equalsIgnoringCase(first, L("according")))
            after = window.matchWords(window.skipBlanks(we), {L("to")});
        if (after < 0)
            return {};
        auto [ns, ne] = window.wordAfter(after);
        if (ns >= 0 && isPronoun(window.slice(ns, ne)))
            return window.slice(ns, ne).toString().toLower();
        return nameAfter(window, after);
    }
    if (isPronoun(first)) {
        auto [vs, ve] = window.wordAfter(we);
        if (vs >= 0 && isQuotingVerb(window.slice(vs, ve)))
            return first.toString().toLower();
        return {};
    }
    // "Brandvold said", "Mr. Pilcher said", "union leader Ingrid Solvang said": a short
    // lower-case description may come before the name.
    qsizetype nameStart = ws;
    for (int skipped = 0; skipped < 3 && window.isLetterAt(nameStart) && window.text[nameStart].isLower(); ++skipped) {
        const auto [ns, ne] = window.wordAfter(window.wordEnd(nameStart));
        if (ns < 0 || isQuotingVerb(window.slice(nameStart, window.wordEnd(nameStart))))
            return {};
        nameStart = ns;
    }
    const QString name = nameAfter(window, nameStart);
    if (name.isEmpty())
        return {};
    qsizetype q = nameStart;
    for (int i = 0; i < 6; ++i) {
        auto [xs, xe] = window.wordAfter(q);
        if (xs < 0)
            break;
        if (isQuotingVerb(window.slice(xs, xe)))
            return name;
        q = xe;
        if (window.at(q) == u'.')
            ++q;
    }
    return {};
}

/// The speaker named before an opening mark in the same paragraph: 'Tenney said: "…"',
/// 'Marisol Tenney, the chief executive, told reporters that "…"', 'called the plan "…"'.
QString speakerBefore(const Bounds &b, qsizetype open)
{
    // The last quoting verb before the mark, within this sentence and the one before.
    qsizetype p = open;
    int sentenceEnds = 0;
    const qsizetype floor = std::max(b.begin, open - 400);
    while (p > floor) {
        const QChar c = b.text[p - 1];
        if ((c == u'.' || c == u'!' || c == u'?') && ++sentenceEnds > 2)
            return {};
        if (isQuoteChar(c.unicode()) && p < open)
            return {};   // another quotation in between
        if (b.isLetterAt(p - 1)) {
            const qsizetype ws = b.wordStart(p);
            if (isQuotingVerb(b.slice(ws, p))) {
                const QString name = nameBefore(b, ws);
                if (!name.isEmpty())
                    return name;
                auto [ns, ne] = b.wordBefore(ws);
                if (ns >= 0 && isPronoun(b.slice(ns, ne)))
                    return b.slice(ns, ne).toString().toLower();
                return nameAfter(b, p);
            }
            p = ws;
            continue;
        }
        --p;
    }
    return {};
}

/// True when [from, to) is one attribution and nothing else: ' she said. ', ' said Dr. X, '.
/// A sentence that ends inside the gap means the next quotation is a new statement.
bool isAttributionOnly(const Bounds &b, qsizetype from, qsizetype to)
{
    const qsizetype end = b.skipBlanksBack(to);
    for (qsizetype i = from; i < end - 1; ++i) {
        const QChar c = b.text[i];
        if (c == u'!' || c == u'?' || c == u';')
            return false;
        if (c == u'.') {
            // "Dr.", "J.": an abbreviation, not the end of a sentence.
            const qsizetype ws = b.isLetterAt(i - 1) ? b.wordStart(i) : i;
            if (i - ws == 0 || i - ws > 3 || !b.text[ws].isUpper())
                return false;
        }
    }
    return true;
}

bool isTitle(QStringView word)
{
    for (L title : {L("dr"), L("mr"), L("mrs"), L("ms"), L("prof"), L("mayor"), L("sen"), L("rep"), L("gov")}) {
        if (Bounds::equalsIgnoringCase(word, title))
            return true;
    }
    return false;
}

/// The person a paragraph is about before `pos`, for resolving "she said": the last name
/// written with a title ("Ms. Tenney") or of two or more words starting a sentence or clause
/// ("Marisol Tenney, Lumenfold's chief executive, defended the price").
QString subjectBefore(const Bounds &b, qsizetype pos)
{
    // The nearest stretch before the quotation only: a paragraph of thousands of quotations
    // would otherwise be read from its start for each of them (quadratic).
    constexpr qsizetype window = 4 * Limits::maxFactContextChars;
    qsizetype from = std::max(b.begin, pos - window);
    while (from > b.begin && from < pos && b.isLetterAt(from - 1) && b.isLetterAt(from))
        ++from;   // start at a word
    QString subject;
    for (qsizetype p = from; p < pos;) {
        if (!b.isLetterAt(p) || !b.text[p].isUpper()) {
            ++p;
            continue;
        }
        const qsizetype we = b.wordEnd(p);
        const bool titled = isTitle(b.slice(p, we));
        const qsizetype before = b.skipBlanksBack(p);
        const bool clauseStart = before == b.begin || b.text[before - 1] == u'.' || b.text[before - 1] == u','
            || b.text[before - 1] == u'"' || b.text[before - 1] == QChar(0x201D);
        if (titled || clauseStart) {
            const QString name = nameAfter(Bounds{b.text, b.begin, pos}, p);
            const qsizetype words = name.count(u' ') + 1;
            if (!name.isEmpty() && words >= 2 && !FactLexicon::isStopWord(QStringView(name).first(we - p))) {
                subject = withoutTitle(name);
                p += name.size();
                continue;
            }
        }
        p = we;
    }
    return subject;
}

} // namespace

QString withoutTitle(QStringView name)
{
    static constexpr std::array titles = {
        L("dr"), L("mr"), L("mrs"), L("ms"), L("miss"), L("prof"), L("professor"), L("sir"),
        L("dame"), L("mayor"), L("president"), L("senator"), L("sen"), L("rep"), L("gov"),
        L("governor"), L("judge"), L("rev"), L("gen"), L("col"), L("capt"), L("sgt"), L("ceo"),
    };
    QStringView rest = name.trimmed();
    while (true) {
        qsizetype end = 0;
        while (end < rest.size() && rest[end].isLetter())
            ++end;
        const QStringView word = rest.first(end);
        if (end == rest.size()
            || std::none_of(titles.begin(), titles.end(), [&](L t) { return Bounds::equalsIgnoringCase(word, t); }))
            break;
        if (rest[end] == u'.')
            ++end;
        rest = rest.sliced(end).trimmed();
    }
    return rest.toString();
}

namespace {

/// A quoted stretch between an opening mark and its closing mark, within one paragraph.
struct Piece {
    qsizetype open = 0;
    qsizetype close = 0;
    Family family = Family::Double;
};

/// The pieces of one paragraph, and an opening mark whose quotation runs past its end.
struct ParagraphScan {
    QList<Piece> pieces;
    qsizetype dangling = -1;        ///< an opening mark with no closing mark after it, or -1
    Family danglingFamily = Family::Double;
};

/// A word set in quotation marks on its own ("misleading", "stop"): lower-case, not a function
/// word; a name or a title ("City", "Today") is not quoted speech. groupQuotes() keeps it only
/// when another article quotes the same word.
bool isQuotedWord(QStringView inner)
{
    QStringView word = inner.trimmed();
    while (!word.isEmpty() && (word.back() == u'.' || word.back() == u','))
        word.chop(1);
    if (word.size() < 3 || !word.front().isLower() || FactLexicon::isStopWord(word))
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() || c == u'-' || FactScan::isApostrophe(c); });
}

ParagraphScan scanParagraph(const Bounds &b)
{
    QList<Mark> marks;
    std::array<QList<qsizetype>, familyCount> closes;
    for (qsizetype i = b.begin; i < b.end; ++i) {
        if (!isQuoteChar(b.text[i].unicode()))
            continue;
        Family family = Family::Double;
        const quint8 roles = rolesOf(b, i, &family);
        if (roles == 0)
            continue;
        marks.append({i, family, roles});
        if (roles & Close)
            closes[int(family)].append(i);
    }

    ParagraphScan scan;
    for (qsizetype m = 0; m < marks.size();) {
        const Mark &mark = marks.at(m);
        if (!(mark.roles & Open)) {
            ++m;
            continue;
        }
        const QList<qsizetype> &candidates = closes[int(mark.family)];
        const auto it = std::upper_bound(candidates.cbegin(), candidates.cend(), mark.pos);
        if (it == candidates.cend() || *it - mark.pos > Limits::maxQuoteChars) {
            // Unmatched: not an opening after all, unless the quotation goes on in the next
            // paragraph (see findQuotes() over paragraphs). Single marks are too often
            // apostrophes to be trusted that far.
            if (it == candidates.cend() && scan.dangling < 0 && mark.family != Family::Single
                && countWords(b.slice(mark.pos + 1, b.end)) >= 2) {
                scan.dangling = mark.pos;
                scan.danglingFamily = mark.family;
            }
            ++m;
            continue;
        }
        const qsizetype close = *it;
        const QStringView inner = b.slice(mark.pos + 1, close);
        if (countWords(inner) >= 2 || isQuotedWord(inner))
            scan.pieces.append({mark.pos, close, mark.family});
        while (m < marks.size() && marks.at(m).pos <= close)
            ++m;
    }
    return scan;
}

/// True when the words between two pieces give the second one a clause of its own: a second
/// reporting verb or a "that" ('"…," said Bloomberg, who added that "…"') starts a new
/// quotation rather than resuming the first.
bool introducesOwnClause(const Bounds &b, qsizetype from, qsizetype to)
{
    int verbs = 0;
    for (qsizetype p = from; p < to;) {
        if (!b.isLetterAt(p)) {
            ++p;
            continue;
        }
        const qsizetype we = std::min(b.wordEnd(p), to);
        const QStringView word = b.slice(p, we);
        if ((isQuotingVerb(word) && ++verbs > 1) || Bounds::equalsIgnoringCase(word, L("that")))
            return true;
        p = we;
    }
    return false;
}

/// Who said a quotation: the speaker of a split quote's attribution, else a name after it when
/// it runs on into its sentence, else one before it, else one after it; "she" becomes the
/// person the paragraph is about when it names one.
QString speakerOf(const Bounds &first, const Bounds &last, const QuoteFound &quote, const Piece *split)
{
    const QStringView lastPart = first.text.sliced(quote.parts.constLast().start, quote.parts.constLast().length()).trimmed();
    const bool endsSentence = lastPart.endsWith(u'.') || lastPart.endsWith(u'?') || lastPart.endsWith(u'!');
    QString speaker;
    if (split)
        speaker = speakerAfter(first, split[0].close + 1, split[1].open);
    if (speaker.isEmpty() && !endsSentence)
        speaker = speakerAfter(last, quote.span.end, last.end);
    if (speaker.isEmpty())
        speaker = speakerBefore(first, quote.span.start);
    if (speaker.isEmpty() && endsSentence)
        speaker = speakerAfter(last, quote.span.end, last.end);
    if (!speaker.isEmpty() && speaker.front().isLower()) {
        if (const QString subject = subjectBefore(first, quote.span.start); !subject.isEmpty())
            speaker = subject;
    }
    if (!speaker.isEmpty() && speaker.front().isUpper())
        speaker = withoutTitle(speaker);
    return speaker;
}

void joinText(const QString &separator, QuoteFound &quote, QStringView part)
{
    if (!quote.text.isEmpty())
        quote.text += separator;
    quote.text += part.trimmed();
}

/// The quotations of one paragraph from its pieces, a piece joined to the next across an
/// attribution that splits it.
QList<QuoteFound> joinPieces(const Bounds &b, const QList<Piece> &pieces)
{
    QList<QuoteFound> quotes;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        QuoteFound quote;
        const Piece &first = pieces.at(i);
        quote.span = {first.open, first.close + 1};
        quote.parts.append({first.open + 1, first.close});
        // `"A," she said. "B."`: a piece that ends with a comma, then an attribution, then
        // another piece of the same family continues the same quotation.
        qsizetype last = i;
        while (last + 1 < pieces.size()) {
            const Piece &current = pieces.at(last);
            const Piece &next = pieces.at(last + 1);
            // A word quoted on its own ('called it "unfair," and said "…"') is no piece of a
            // sentence split by its attribution.
            if (next.family != current.family || countWords(b.slice(current.open + 1, current.close)) < 2
                || countWords(b.slice(next.open + 1, next.close)) < 2)
                break;
            const QStringView inner = b.slice(current.open + 1, current.close).trimmed();
            const QStringView gap = b.slice(current.close + 1, next.open);
            // A question or exclamation goes on the same way when the attribution after it
            // is lower-case ('"What is this? A circus?" he said. "America is …"').
            const QStringView attribution = gap.trimmed();
            const bool continues = inner.endsWith(u',') || inner.endsWith(QChar(0x2014)) || attribution.startsWith(u',')
                || ((inner.endsWith(u'?') || inner.endsWith(u'!')) && !attribution.isEmpty() && attribution.front().isLower());
            if (!continues || countWords(gap) > 12 || !isAttributionOnly(b, current.close + 1, next.open)
                || introducesOwnClause(b, current.close + 1, next.open)
                || speakerAfter(b, current.close + 1, next.open).isEmpty())
                break;
            ++last;
            quote.parts.append({next.open + 1, next.close});
            quote.span.end = next.close + 1;
        }
        for (const TextSpan &part : std::as_const(quote.parts))
            joinText(QStringLiteral(" "), quote, b.slice(part.start, part.end));
        quote.speaker = speakerOf(b, b, quote, quote.parts.size() > 1 ? &pieces.at(i) : nullptr);
        quotes.append(quote);
        i = last;
    }
    return quotes;
}

/// The first quotation mark of `family` in a paragraph, with its roles.
std::pair<qsizetype, quint8> firstMark(const Bounds &b, Family family)
{
    for (qsizetype i = b.begin; i < b.end; ++i) {
        if (!isQuoteChar(b.text[i].unicode()))
            continue;
        Family f = Family::Double;
        const quint8 roles = rolesOf(b, i, &f);
        if (roles != 0 && f == family)
            return {i, roles};
    }
    return {-1, 0};
}

/// The most paragraphs one quotation may run over (a letter or statement quoted at length).
constexpr qsizetype maxQuoteParagraphs = 8;

} // namespace

QList<QuoteFound> findQuotes(const Bounds &b)
{
    return joinPieces(b, scanParagraph(b).pieces);
}

QList<QuoteFound> findQuotes(const QString &text, const QList<TextSpan> &paragraphs)
{
    QList<ParagraphScan> scans;
    QList<QList<QuoteFound>> found;
    scans.reserve(paragraphs.size());
    found.reserve(paragraphs.size());
    for (const TextSpan &paragraph : paragraphs) {
        const Bounds b{text, paragraph.start, paragraph.end};
        scans.append(scanParagraph(b));
        found.append(joinPieces(b, scans.constLast().pieces));
    }
    auto adjacent = [&](qsizetype k) {   // only blank lines between paragraphs k and k + 1
        const QStringView between = QStringView(text).sliced(paragraphs.at(k).end, paragraphs.at(k + 1).start - paragraphs.at(k).end);
        return std::all_of(between.begin(), between.end(), [](QChar c) { return c.isSpace(); });
    };

    // A quotation over several paragraphs: by convention each paragraph opens with a mark and
    // only the last one closes (“A… / “B… / “C.”); saved pages also drop the inner openings
    // (“A… / B… / C.”). Either way the first paragraph leaves an opening mark unmatched.
    QList<QuoteFound> quotes;
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        const qsizetype open = scans.at(k).dangling;
        const Family family = scans.at(k).danglingFamily;
        QuoteFound quote;
        if (open >= 0) {
            const Bounds first{text, paragraphs.at(k).start, paragraphs.at(k).end};
            quote.span = {open, -1};
            quote.parts.append({open + 1, first.skipBlanksBack(first.end)});
            qsizetype j = k + 1;
            bool unmarked = false;   // a paragraph without marks was taken: only a closing mark ends it
            for (; j < paragraphs.size() && j - k < maxQuoteParagraphs && adjacent(j - 1); ++j) {
                const Bounds next{text, paragraphs.at(j).start, paragraphs.at(j).end};
                if (next.end - open > Limits::maxQuoteChars)
                    break;
                const auto [mark, roles] = firstMark(next, family);
                if (mark < 0) {   // a paragraph of the quotation with no marks of its own
                    quote.parts.append({next.begin, next.skipBlanksBack(next.end)});
                    unmarked = true;
                    continue;
                }
                // A paragraph that opens with a mark after one without is narration between
                // two quotations, one of them left unclosed by the page.
                if (mark == next.skipBlanks(next.begin) && (roles & Open) && !unmarked) {
                    if (!found.at(j).isEmpty() && found.at(j).constFirst().span.start == mark
                        && found.at(j).constFirst().parts.size() == 1) {
                        // “C.” closes the quotation in its paragraph.
                        quote.parts.append(found.at(j).constFirst().parts.constFirst());
                        quote.span.end = found.at(j).constFirst().span.end;
                        found[j].removeFirst();
                        break;
                    }
                    if (scans.at(j).dangling == mark) {   // “B… runs on
                        quote.parts.append({mark + 1, next.skipBlanksBack(next.end)});
                        scans[j].dangling = -1;
                        continue;
                    }
                    break;
                }
                if ((roles & Close) && !(roles & Open)) {   // C.” closes what an earlier paragraph opened
                    quote.parts.append({next.begin, mark});
                    quote.span.end = mark + 1;
                }
                break;
            }
            if (quote.span.end > 0) {
                for (const TextSpan &part : std::as_const(quote.parts))
                    joinText(QStringLiteral(" "), quote, part.in(text));
                const Bounds last{text, paragraphs.at(j).start, paragraphs.at(j).end};
                quote.speaker = speakerOf(first, last, quote, nullptr);
            }
        }
        // In text order: the paragraph's own quotations before the one that runs on from it.
        quotes.append(found.at(k));
        if (quote.span.end > 0)
            quotes.append(quote);
    }
    // Quotes nested in one that runs on (a ‘single’ inside) start after it.
    std::stable_sort(quotes.begin(), quotes.end(), [](const QuoteFound &a, const QuoteFound &b) { return a.span.start < b.span.start; });
    return quotes;
}

} // namespace Crossread::FactGrammar
