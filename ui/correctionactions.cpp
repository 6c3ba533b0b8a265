// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionactions.h"

#include "review/review.h"

#include <QInputDialog>
#include <QMenu>

namespace Crossread {

namespace {

/// Menus list at most this many rows or topics to merge with or move into; a story with more
/// lists the nearest ones (same topic and kind first, then in matrix order).
constexpr int maxChoices = 30;

QString shortText(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + u'…' : simple;
}

/// "price per month: $42,000 / $42K" for a choice in a submenu.
QString slotChoice(const FactSlot &slot)
{
    QStringList values;
    for (const Mention &mention : slot.mentions) {
        const QString value = shortText(mention.surface, 24);
        if (!values.contains(value))
            values.append(value);
        if (values.size() == 3)
            break;
    }
    return CorrectionActions::tr("%1: %2").arg(shortText(slot.label.translated(), 40), values.join(QStringLiteral(" / ")));
}

} // namespace

CorrectionActions::CorrectionActions(Review *review, std::function<QString()> reviewer, QWidget *dialogParent)
    : QObject(dialogParent), m_review(review), m_reviewer(std::move(reviewer)), m_dialogParent(dialogParent)
{
}

Anchor CorrectionActions::mentionAnchor(const Mention &mention) const
{
    const Article &article = m_analysis->articles.at(mention.article.value());
    return Anchor{article.contentHash, mention.span, mention.span.in(article.text).toString()};
}

Anchor CorrectionActions::sentenceAnchor(ArticleId article, qsizetype position) const
{
    if (!m_analysis || article.value() < 0 || article.value() >= m_analysis->segmentations.size())
        return {};
    const Article &text = m_analysis->articles.at(article.value());
    const QList<Sentence> &sentences = m_analysis->segmentations.at(article.value()).sentences;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const TextSpan span = sentences.at(s).span;
        if (span.end <= position)
            continue;
        if (m_analysis->alignment.passageOfSentence(article, s) < 0)
            return {};
        return Anchor{text.contentHash, span, span.in(text.text).toString()};
    }
    return {};
}

void CorrectionActions::record(CorrectionKind kind, const Anchor &target, const Anchor &other)
{
    Correction correction;
    correction.kind = kind;
    correction.target = target;
    correction.other = other;
    record(std::move(correction));
}

void CorrectionActions::record(Correction correction)
{
    correction.reviewer = m_reviewer ? m_reviewer() : QString();
    m_review->addCorrection(std::move(correction));
}

void CorrectionActions::addSlotActions(QMenu *menu, int slotId, ArticleId article)
{
    if (!m_analysis || m_readOnly || slotId < 0 || slotId >= m_analysis->facts.slots.size())
        return;
    const FactTable &facts = m_analysis->facts;
    const FactSlot &slot = facts.slots.at(slotId);
    if (slot.mentions.isEmpty())
        return;
    const Mention *own = &slot.mentions.constFirst();
    for (const Mention &mention : slot.mentions) {
        if (mention.article == article) {
            own = &mention;
            break;
        }
    }
    const Anchor target = mentionAnchor(*own);
    QMenu *correct = menu->addMenu(tr("C&orrect the Analysis"));
    correct->setObjectName(QStringLiteral("correctMenu"));

    // Merge with another row of the same kind: same topic first, then the rest in order.
    QMenu *merge = correct->addMenu(tr("&Merge with Row"));
    QList<int> candidates;
    for (const FactSlot &other : facts.slots) {
        if (other.id != slotId && other.kind == slot.kind && other.topic == slot.topic)
            candidates.append(other.id);
    }
    for (const FactSlot &other : facts.slots) {
        if (other.id != slotId && other.kind == slot.kind && other.topic != slot.topic)
            candidates.append(other.id);
    }
    for (int id : candidates.mid(0, maxChoices)) {
        const FactSlot &other = facts.slots.at(id);
        const Anchor second = mentionAnchor(other.mentions.constFirst());
        merge->addAction(slotChoice(other), this, [this, target, second] { record(CorrectionKind::MergeSlots, target, second); });
    }
    merge->setEnabled(!candidates.isEmpty());

    if (slot.mentions.size() > 1) {
        QAction *split = correct->addAction(tr("&Split “%1” (%2) into Its Own Row")
                                                .arg(shortText(own->surface, 30),
                                                     m_analysis->articles.at(own->article.value()).displayName()),
                                            this, [this, target] { record(CorrectionKind::SplitMention, target); });
        split->setObjectName(QStringLiteral("splitMention"));
    }

    QMenu *intoTopic = correct->addMenu(tr("Move into &Topic"));
    int topics = 0;
    for (const Topic &topic : facts.topics) {
        if (topic.id == slot.topic || topic.slots.isEmpty() || topics == maxChoices)
            continue;
        ++topics;
        const Anchor member = mentionAnchor(facts.slots.at(topic.slots.constFirst()).mentions.constFirst());
        intoTopic->addAction(shortText(topic.label.translated(), 50), this, [this, target, member] { record(CorrectionKind::JoinTopic, target, member); });
    }
    intoTopic->setEnabled(topics > 0);
    if (facts.topics.value(slot.topic).slots.size() > 1) {
        correct->addAction(tr("Move &out of Topic"), this, [this, target] { record(CorrectionKind::LeaveTopic, target); });
    }

    correct->addAction(tr("&Rename Row…"), this, [this, target, label = slot.label.translated()] {
        bool ok = false;
        const QString renamed = QInputDialog::getText(m_dialogParent, tr("Rename Row"), tr("What the figures are about:"),
                                                      QLineEdit::Normal, label, &ok);
        if (!ok || renamed.simplified().isEmpty() || renamed.simplified() == label)
            return;
        Correction c;
        c.kind = CorrectionKind::RenameSlot;
        c.target = target;
        c.label = renamed.simplified();
        record(c);
    });
    if (slot.comparable) {
        QAction *notComparable = correct->addAction(tr("Mark Not &Comparable"), this, [this, target] { record(CorrectionKind::NotComparable, target); });
        notComparable->setObjectName(QStringLiteral("markNotComparable"));
    }
    QMenu *status = correct->addMenu(tr("Set Status &by Hand"));
    const std::pair<CorrectionStatus, QString> statuses[] = {
        {CorrectionStatus::Agree, tr("&Agree")},
        {CorrectionStatus::Conflict, tr("&Conflict")},
        {CorrectionStatus::Unique, tr("&Only One Outlet")},
    };
    for (const auto &[value, name] : statuses) {
        status->addAction(name, this, [this, target, value = value] {
            bool ok = false;
            const QString note = QInputDialog::getText(m_dialogParent, tr("Set Status"),
                                                       tr("Why (shown in the matrix and the report):"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
            Correction c;
            c.kind = CorrectionKind::SetStatus;
            c.target = target;
            c.status = value;
            c.note = note.simplified();
            record(c);
        });
    }
}

void CorrectionActions::addPassageActions(QMenu *menu, ArticleId article, qsizetype position)
{
    if (!m_analysis || m_readOnly)
        return;
    const Anchor sentence = sentenceAnchor(article, position);
    if (!sentence.isValid())
        return;
    QMenu *passages = menu->addMenu(tr("Correct &Passages"));
    passages->setObjectName(QStringLiteral("correctPassages"));
    QAction *split = passages->addAction(tr("&Split Passage at This Sentence"), this, [this, sentence] { record(CorrectionKind::SplitPassage, sentence); });
    split->setObjectName(QStringLiteral("splitPassage"));
    passages->addAction(tr("&Mark Passage for Joining"), this, [this, sentence] { m_marked = sentence; });
    QAction *join = passages->addAction(tr("&Join with Marked Passage"), this, [this, sentence] {
        Correction c;
        c.kind = CorrectionKind::JoinPassages;
        c.target = m_marked;
        c.other = sentence;
        m_marked = {};
        record(c);
    });
    join->setObjectName(QStringLiteral("joinPassages"));
    join->setEnabled(m_marked.isValid() && m_marked != sentence);
}

} // namespace Crossread
