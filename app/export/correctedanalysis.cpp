// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/correctedanalysis.h"

#include "align/worddiff.h"
#include "facts/factcompare.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Crossread {

namespace {

using namespace Qt::Literals::StringLiterals;

// lupdate files the tr() call below under the namespace around it, Crossread: the context
// here must be the same, or its translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Crossread", text);
}

/// A phrase of this file's translation context; mark `source` with
/// QT_TRANSLATE_NOOP("Crossread", ...) so lupdate finds it. Descriptions and reasons are
/// phrases: the export JSON writes them in English beside their key and arguments, the report
/// and the views translate them (core/phrase.h).
Phrase phrase(const char *source, QList<Phrase> arguments = {})
{
    return Phrase("Crossread", source, std::move(arguments));
}

Phrase literal(const QString &text)
{
    return Phrase::literal(text);
}

/// Why a correction could not be applied; empty means it was.
using Outcome = Phrase;

int articleOfHash(const Analysis &analysis, const QByteArray &hash)
{
    for (qsizetype i = 0; i < analysis.articles.size(); ++i) {
        if (analysis.articles.at(i).contentHash == hash)
            return int(i);
    }
    return -1;
}

QString outletOf(const Analysis &analysis, const Anchor &anchor)
{
    const int article = articleOfHash(analysis, anchor.articleHash);
    return article < 0 ? QString() : analysis.articles.at(article).displayName();
}

QString quoted(const Anchor &anchor)
{
    QString text = anchor.quote.simplified();
    if (text.size() > 60)
        text = text.left(59) + u'…';
    return u'“' + text + u'”';
}

/// "“$210,000” (Daily Ledger)", or the quote alone when the article is not in the story.
Phrase named(const Analysis &analysis, const Anchor &anchor)
{
    const QString outlet = outletOf(analysis, anchor);
    return outlet.isEmpty() ? literal(quoted(anchor))
                            : phrase(QT_TRANSLATE_NOOP("Crossread", "%1 (%2)"), {literal(quoted(anchor)), literal(outlet)});
}

// ---- fact slots --------------------------------------------------------------------------

struct MentionRef {
    int slot = -1;
    qsizetype mention = -1;
};

/// The mention an anchor names: same article, span and text; else the nearest mention of that
/// article with the same text (re-analysis may have widened or narrowed a neighbour, but the
/// text of an imported article never changes); else none.
std::optional<MentionRef> findMention(const Analysis &analysis, const FactTable &table, const Anchor &anchor)
{
    const int article = articleOfHash(analysis, anchor.articleHash);
    if (article < 0)
        return std::nullopt;
    std::optional<MentionRef> nearest;
    qsizetype nearestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype s = 0; s < table.slots.size(); ++s) {
        const QList<Mention> &mentions = table.slots.at(s).mentions;
        for (qsizetype m = 0; m < mentions.size(); ++m) {
            const Mention &mention = mentions.at(m);
            if (mention.article.value() != article)
                continue;
            if (mention.span == anchor.span && mention.surface == anchor.quote)
                return MentionRef{int(s), m};
            const bool sameText = mention.surface.simplified() == anchor.quote.simplified();
            const bool overlaps = mention.span.start < anchor.span.end && anchor.span.start < mention.span.end;
            if (sameText || overlaps) {
                const qsizetype distance = std::abs(mention.span.start - anchor.span.start) + (sameText ? 0 : 1);
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = MentionRef{int(s), m};
                }
            }
        }
    }
    return nearest;
}

SlotStatus statusOf(const FactSlot &slot)
{
    QSet<int> articles;
    for (const Mention &mention : slot.mentions)
        articles.insert(mention.article.value());
    if (articles.size() < 2)
        return SlotStatus::Unique;
    if (slot.kind == FactKind::Quote)
        return SlotStatus::Agree;
    for (qsizetype i = 0; i < slot.mentions.size(); ++i) {
        for (qsizetype j = i + 1; j < slot.mentions.size(); ++j) {
            const Mention &a = slot.mentions.at(i);
            const Mention &b = slot.mentions.at(j);
            if (a.article != b.article && FactCompare::relate(a.value, b.value) == FactCompare::Relation::Conflict)
                return SlotStatus::Conflict;
        }
    }
    return SlotStatus::Agree;
}

void sortMentions(QList<Mention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return a.article != b.article ? a.article < b.article : a.span.start < b.span.start;
    });
}

void markCorrected(FactSlot &slot, const QString &reviewer)
{
    slot.corrected = true;
    if (!slot.correctedBy.contains(reviewer))
        slot.correctedBy.append(reviewer);
}

/// A new, empty topic right after `topic`, so a slot taken out of it stays near it.
int insertTopicAfter(FactTable &table, int topic, const Phrase &label)
{
    const int index = topic + 1;
    for (FactSlot &slot : table.slots) {
        if (slot.topic >= index)
            ++slot.topic;
    }
    Topic created;
    created.label = label;
    table.topics.insert(index, created);
    return index;
}

/// Restores FactTable's guarantees after an edit: no empty slot or topic, slots ordered by
/// topic, ids equal to positions, topic slot lists matching the slots.
void renumber(FactTable &table)
{
    QList<QList<qsizetype>> byTopic(table.topics.size());
    for (qsizetype i = 0; i < table.slots.size(); ++i) {
        const FactSlot &slot = table.slots.at(i);
        if (!slot.mentions.isEmpty() && slot.topic >= 0 && slot.topic < byTopic.size())
            byTopic[slot.topic].append(i);
    }
    FactTable result;
    for (qsizetype t = 0; t < table.topics.size(); ++t) {
        if (byTopic.at(t).isEmpty())
            continue;
        Topic topic = table.topics.at(t);
        topic.id = int(result.topics.size());
        topic.slots.clear();
        for (qsizetype old : byTopic.at(t)) {
            FactSlot slot = table.slots.at(old);
            slot.id = int(result.slots.size());
            slot.topic = topic.id;
            topic.slots.append(slot.id);
            result.slots.append(std::move(slot));
        }
        result.topics.append(std::move(topic));
    }
    table = std::move(result);
}

Outcome applyToFacts(const Analysis &analysis, FactTable &table, const Correction &c)
{
    const std::optional<MentionRef> target = findMention(analysis, table, c.target);
    if (!target)
        return phrase(QT_TRANSLATE_NOOP("Crossread", "%1 is no longer found among the figures and quotes"), {named(analysis, c.target)});
    FactSlot &slot = table.slots[target->slot];
    switch (c.kind) {
    case CorrectionKind::MergeSlots:
    case CorrectionKind::JoinTopic: {
        const std::optional<MentionRef> other = findMention(analysis, table, c.other);
        if (!other)
            return phrase(QT_TRANSLATE_NOOP("Crossread", "%1 is no longer found among the figures and quotes"), {named(analysis, c.other)});
        FactSlot &second = table.slots[other->slot];
        if (c.kind == CorrectionKind::JoinTopic) {
            if (second.topic == slot.topic)
                return phrase(QT_TRANSLATE_NOOP("Crossread", "the rows are already in one topic"));
            slot.topic = second.topic;
            markCorrected(slot, c.reviewer);
            return {};
        }
        if (other->slot == target->slot)
            return phrase(QT_TRANSLATE_NOOP("Crossread", "the two are already in one row"));
        if (second.kind != slot.kind)
            return phrase(QT_TRANSLATE_NOOP("Crossread", "a %1 and a %2 cannot be one row"), {literal(factKindName(slot.kind)), literal(factKindName(second.kind))});
        slot.mentions.append(second.mentions);
        second.mentions.clear();
        sortMentions(slot.mentions);
        slot.status = statusOf(slot);
        slot.quoteExcerpt = slot.quoteExcerpt || second.quoteExcerpt;
        slot.quoteVariant = slot.quoteVariant || second.quoteVariant;
        for (const QString &reviewer : std::as_const(second.correctedBy)) {
            if (!slot.correctedBy.contains(reviewer))
                slot.correctedBy.append(reviewer);
        }
        markCorrected(slot, c.reviewer);
        return {};
    }
    case CorrectionKind::SplitMention: {
        if (slot.mentions.size() < 2)
            return phrase(QT_TRANSLATE_NOOP("Crossread", "%1 is already in a row of its own"), {named(analysis, c.target)});
        FactSlot split;
        split.kind = slot.kind;
        split.label = slot.label;
        split.mentions.append(slot.mentions.takeAt(target->mention));
        split.mentions.first().differences.clear();
        split.status = SlotStatus::Unique;
        slot.status = statusOf(slot);
        if (slot.status == SlotStatus::Unique)
            slot.quoteVariant = slot.quoteExcerpt = false;
        markCorrected(slot, c.reviewer);
        markCorrected(split, c.reviewer);
        const Phrase topicLabel = table.topics.value(slot.topic).label;
        split.topic = insertTopicAfter(table, table.slots.at(target->slot).topic, split.label.isEmpty() ? topicLabel : split.label);
        table.slots.append(std::move(split));
        return {};
    }
    case CorrectionKind::LeaveTopic: {
        const Topic &topic = table.topics.value(slot.topic);
        if (topic.slots.size() < 2)
            return phrase(QT_TRANSLATE_NOOP("Crossread", "the row is already alone in its topic"));
        const int created = insertTopicAfter(table, slot.topic, slot.label);
        FactSlot &moved = table.slots[target->slot];
        moved.topic = created;
        markCorrected(moved, c.reviewer);
        return {};
    }
    case CorrectionKind::RenameSlot: {
        const QString label = c.label.simplified();
        if (label.isEmpty())
            return phrase(QT_TRANSLATE_NOOP("Crossread", "the new label is empty"));
        // The reader's words, shown as they are in every language.
        slot.label = Phrase::literal(label);
        Topic &topic = table.topics[slot.topic];
        if (topic.slots.size() <= 1)
            topic.label = slot.label;
        markCorrected(slot, c.reviewer);
        return {};
    }
    case CorrectionKind::NotComparable:
        slot.comparable = false;
        markCorrected(slot, c.reviewer);
        return {};
    case CorrectionKind::SetStatus:
        slot.status = slotStatusOf(c.status);
        slot.comparable = true;
        slot.note = c.note;
        markCorrected(slot, c.reviewer);
        return {};
    case CorrectionKind::JoinPassages:
    case CorrectionKind::SplitPassage:
        break;
    }
    return {};
}

// ---- passages ----------------------------------------------------------------------------

struct SentenceRef {
    int article = -1;
    qsizetype sentence = -1;
    int passage = -1;
};

/// The sentence an anchor names (the one holding the anchor's start) and its primary passage.
std::optional<SentenceRef> findSentence(const Analysis &analysis, const Anchor &anchor, Phrase *why)
{
    const int article = articleOfHash(analysis, anchor.articleHash);
    if (article < 0 || article >= analysis.segmentations.size()) {
        *why = phrase(QT_TRANSLATE_NOOP("Crossread", "the article of %1 is no longer in the story"), {literal(quoted(anchor))});
        return std::nullopt;
    }
    const QString &text = analysis.articles.at(article).text;
    if (anchor.span.end > text.size() || anchor.span.in(text) != anchor.quote) {
        *why = phrase(QT_TRANSLATE_NOOP("Crossread", "%1 is no longer in the article's text"), {named(analysis, anchor)});
        return std::nullopt;
    }
    const QList<Sentence> &sentences = analysis.segmentations.at(article).sentences;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (sentences.at(s).span.end > anchor.span.start) {
            const int passage = analysis.alignment.passageOfSentence(ArticleId(article), s);
            if (passage < 0)
                break;
            return SentenceRef{article, s, passage};
        }
    }
    *why = phrase(QT_TRANSLATE_NOOP("Crossread", "%1 is in no passage (page furniture)"), {named(analysis, anchor)});
    return std::nullopt;
}

void markCorrected(Passage &passage, const QString &reviewer)
{
    passage.corrected = true;
    if (!passage.correctedBy.contains(reviewer))
        passage.correctedBy.append(reviewer);
}

/// Picks the reference member again and recomputes the diffs and the status, as the aligner
/// defines them (alignment.h), after members were added or taken away.
void refresh(Passage &passage, const Analysis &analysis)
{
    passage.reference = passage.bestReference();
    const PassageMember &reference = passage.members.at(passage.reference);
    const Segmentation &referenceSegments = analysis.segmentations.at(reference.article.value());
    bool identical = true;
    for (qsizetype i = 0; i < passage.members.size(); ++i) {
        PassageMember &member = passage.members[i];
        if (i == passage.reference) {
            member.diff.clear();
            continue;
        }
        const Segmentation &own = analysis.segmentations.at(member.article.value());
        member.diff = diffSpans(referenceSegments, reference.span, own, member.span);
        identical = identical && sameWords(referenceSegments, reference.span, own, member.span);
    }
    if (passage.members.size() < 2)
        passage.status = PassageStatus::Unique;
    else
        passage.status = identical ? PassageStatus::Identical : PassageStatus::Reworded;
}

void rebuildSentenceIndex(Alignment &alignment)
{
    for (QList<int> &sentences : alignment.passageBySentence)
        std::fill(sentences.begin(), sentences.end(), -1);
    for (qsizetype p = 0; p < alignment.passages.size(); ++p) {
        Passage &passage = alignment.passages[p];
        passage.id = int(p);
        for (const PassageMember &member : std::as_const(passage.members)) {
            if (!member.primary || member.article.value() >= alignment.passageBySentence.size())
                continue;
            QList<int> &sentences = alignment.passageBySentence[member.article.value()];
            for (qsizetype s = member.firstSentence; s < member.firstSentence + member.sentenceCount && s < sentences.size(); ++s)
                sentences[s] = int(p);
        }
    }
}

Outcome joinPassages(Analysis &analysis, const Correction &c)
{
    Phrase why;
    const std::optional<SentenceRef> first = findSentence(analysis, c.target, &why);
    if (!first)
        return why;
    const std::optional<SentenceRef> second = findSentence(analysis, c.other, &why);
    if (!second)
        return why;
    if (first->passage == second->passage)
        return phrase(QT_TRANSLATE_NOOP("Crossread", "the two sentences are already in one passage"));
    const int keep = std::min(first->passage, second->passage);
    const int drop = std::max(first->passage, second->passage);
    Passage joined = analysis.alignment.passages.at(keep);
    for (const PassageMember &incoming : analysis.alignment.passages.at(drop).members) {
        const auto existing = std::find_if(joined.members.begin(), joined.members.end(),
                                           [&](const PassageMember &m) { return m.article == incoming.article; });
        if (existing == joined.members.end()) {
            const auto at = std::find_if(joined.members.begin(), joined.members.end(),
                                         [&](const PassageMember &m) { return m.article > incoming.article; });
            joined.members.insert(at, incoming);
            continue;
        }
        if (!incoming.primary)
            continue;   // its sentences belong to a third passage; the joined one keeps its own
        if (!existing->primary) {
            *existing = incoming;
            continue;
        }
        PassageMember &member = *existing;
        const qsizetype memberEnd = member.firstSentence + member.sentenceCount;
        const qsizetype incomingEnd = incoming.firstSentence + incoming.sentenceCount;
        if (memberEnd != incoming.firstSentence && incomingEnd != member.firstSentence) {
            return phrase(QT_TRANSLATE_NOOP("Crossread", "in %1 the two passages are not next to each other"), {literal(analysis.articles.at(member.article.value()).displayName())});
        }
        member.firstSentence = std::min(member.firstSentence, incoming.firstSentence);
        member.sentenceCount += incoming.sentenceCount;
        member.span = TextSpan{std::min(member.span.start, incoming.span.start), std::max(member.span.end, incoming.span.end)};
        member.confidence = std::min(member.confidence, incoming.confidence);
    }
    for (const QString &reviewer : analysis.alignment.passages.at(drop).correctedBy)
        markCorrected(joined, reviewer);
    refresh(joined, analysis);
    markCorrected(joined, c.reviewer);
    analysis.alignment.passages[keep] = std::move(joined);
    analysis.alignment.passages.removeAt(drop);
    rebuildSentenceIndex(analysis.alignment);
    return {};
}

Outcome splitPassage(Analysis &analysis, const Correction &c)
{
    Phrase why;
    const std::optional<SentenceRef> at = findSentence(analysis, c.target, &why);
    if (!at)
        return why;
    Passage &passage = analysis.alignment.passages[at->passage];
    const auto found = std::find_if(passage.members.begin(), passage.members.end(),
                                    [&](const PassageMember &m) { return m.article.value() == at->article; });
    if (found == passage.members.end() || !found->primary)
        return phrase(QT_TRANSLATE_NOOP("Crossread", "%1 is in no passage of its own"), {named(analysis, c.target)});
    const QList<Sentence> &sentences = analysis.segmentations.at(at->article).sentences;
    PassageMember taken;
    if (at->sentence == found->firstSentence) {
        if (passage.members.size() < 2)
            return phrase(QT_TRANSLATE_NOOP("Crossread", "the passage at %1 cannot be split there: it starts there and no other outlet tells it"), {named(analysis, c.target)});
        taken = *found;
        passage.members.erase(found);
    } else {
        taken = *found;
        taken.firstSentence = at->sentence;
        taken.sentenceCount = found->firstSentence + found->sentenceCount - at->sentence;
        taken.span.start = sentences.at(at->sentence).span.start;
        found->sentenceCount = at->sentence - found->firstSentence;
        found->span.end = sentences.at(at->sentence - 1).span.end;
    }
    taken.confidence = 1.0;
    taken.diff.clear();
    Passage split;
    split.members.append(taken);
    markCorrected(split, c.reviewer);
    refresh(split, analysis);
    refresh(passage, analysis);
    markCorrected(passage, c.reviewer);
    analysis.alignment.passages.insert(at->passage + 1, std::move(split));
    rebuildSentenceIndex(analysis.alignment);
    return {};
}

} // namespace

Phrase describeCorrection(const Correction &c, const Analysis &analysis)
{
    switch (c.kind) {
    case CorrectionKind::MergeSlots:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Merge %1 with %2"), {named(analysis, c.target), named(analysis, c.other)});
    case CorrectionKind::SplitMention:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Split %1 into a row of its own"), {named(analysis, c.target)});
    case CorrectionKind::JoinTopic:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Move the row of %1 into the topic of %2"), {named(analysis, c.target), named(analysis, c.other)});
    case CorrectionKind::LeaveTopic:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Move the row of %1 out of its topic"), {named(analysis, c.target)});
    case CorrectionKind::RenameSlot:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Rename the row of %1 to “%2”"), {named(analysis, c.target), literal(c.label)});
    case CorrectionKind::NotComparable:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Mark the row of %1 not comparable"), {named(analysis, c.target)});
    case CorrectionKind::SetStatus:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Set the status of the row of %1 to %2"), {named(analysis, c.target), literal(correctionStatusKey(c.status))});
    case CorrectionKind::JoinPassages:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Join the passage of %1 with the passage of %2"), {named(analysis, c.target), named(analysis, c.other)});
    case CorrectionKind::SplitPassage:
        return phrase(QT_TRANSLATE_NOOP("Crossread", "Split the passage at %1"), {named(analysis, c.target)});
    }
    return {};
}

SlotStatus slotStatusOf(CorrectionStatus status)
{
    switch (status) {
    case CorrectionStatus::Agree: return SlotStatus::Agree;
    case CorrectionStatus::Conflict: return SlotStatus::Conflict;
    case CorrectionStatus::Unique: return SlotStatus::Unique;
    }
    return SlotStatus::Agree;
}

QString correctedByText(const QStringList &reviewers)
{
    QStringList named;
    for (const QString &reviewer : reviewers) {
        if (!reviewer.trimmed().isEmpty())
            named.append(reviewer.trimmed());
    }
    if (named.isEmpty())
        return tr("corrected by hand");
    return tr("corrected by %1").arg(named.join(QStringLiteral(", ")));
}

Analysis applyCorrections(Analysis analysis, const QList<Correction> &corrections)
{
    analysis.corrections.clear();
    for (const Correction &correction : corrections) {
        AppliedCorrection applied;
        applied.id = correction.id;
        applied.kind = correctionKindKey(correction.kind);
        applied.description = describeCorrection(correction, analysis);
        applied.reviewer = correction.reviewer;
        applied.note = correction.note;
        Outcome outcome;
        switch (correction.kind) {
        case CorrectionKind::JoinPassages:
            outcome = joinPassages(analysis, correction);
            break;
        case CorrectionKind::SplitPassage:
            outcome = splitPassage(analysis, correction);
            break;
        default:
            outcome = applyToFacts(analysis, analysis.facts, correction);
            renumber(analysis.facts);
            break;
        }
        applied.applied = outcome.isEmpty();
        applied.reason = outcome;
        analysis.corrections.append(std::move(applied));
    }
    // Slots and passages were renumbered, merged or split: the comparison with the source
    // follows them.
    if (!corrections.isEmpty())
        analysis.source = compareWithSource(analysis);
    return analysis;
}

} // namespace Crossread
