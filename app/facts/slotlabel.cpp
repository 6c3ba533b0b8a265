// SPDX-License-Identifier: GPL-3.0-or-later
// A slot's label: what its figures measure, from the words that name it in the sentences, else
// the first words of the sentence that states it.
#include "facts/slotitems_p.h"

#include "facts/factsphrase_p.h"

#include <QMap>

namespace Crossread::FactSlots {
namespace {

Phrase periodLabel(Period period)
{
    switch (period) {
    case Period::None: return {};
    case Period::Hour: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per hour"));
    case Period::Day: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per day"));
    case Period::Week: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per week"));
    case Period::Month: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per month"));
    case Period::Year: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per year"));
    }
    return {};
}

QString mostCommon(const QStringList &values)
{
    QMap<QString, int> counts;
    for (const QString &value : values) {
        if (!value.isEmpty())
            ++counts[value];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}


} // namespace

SlotLabel labelOf(const FactSlot &slot, const QList<const Item *> &items)
{
    QStringList subjects;
    QStringList tiers;
    QList<Period> periods;
    for (const Item *item : items) {
        subjects.append(item->subject);
        tiers.append(item->tier);
        if (item->mention->value.period != Period::None)
            periods.append(item->mention->value.period);
    }
    // What the sentences name ("grant", "hearing"). A word that merely stands near the figure
    // would mislead an editor reading the label ("date of close"): without a known subject the
    // label quotes where the figure is said.
    const QString head = mostCommon(subjects);
    QString where;
    for (const Item *item : items) {
        if (!item->opening.isEmpty()) {
            where = item->opening + QChar(0x2026);
            break;
        }
    }
    QString tier = mostCommon(tiers);
    if (tier == head)
        tier.clear();
    Phrase label;
    const bool quoted = head.isEmpty() && !where.isEmpty();
    switch (slot.kind) {
    case FactKind::Percent:
        label = quoted           ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "share in '%1'"), {Phrase::literal(where)})
                : head.isEmpty() ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "share"))
                                 : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "share of %1"), {Phrase::literal(head)});
        break;
    case FactKind::Date:
        label = quoted           ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date in '%1'"), {Phrase::literal(where)})
                : head.isEmpty() ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date"))
                                 : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date of %1"), {Phrase::literal(head)});
        break;
    case FactKind::Money:
        label = quoted           ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "amount in '%1'"), {Phrase::literal(where)})
                : head.isEmpty() ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "amount"))
                                 : Phrase::literal(head);
        break;
    case FactKind::Number: {
        // A span of time measured "of" something: "years of tax returns".
        const QString unit = items.constFirst()->mention->value.unit;
        label = quoted                            ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "count in '%1'"), {Phrase::literal(where)})
                : head.isEmpty()                  ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "count"))
                : unit.isEmpty() || unit == head  ? Phrase::literal(head)
                                                  : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "%1 of %2"), {Phrase::literal(unit), Phrase::literal(head)});
        break;
    }
    case FactKind::Quote:
        break;
    }
    if (!periods.isEmpty())
        label = Phrase::concatenation({label, Phrase::literal(QStringLiteral(" ")), periodLabel(periods.constFirst())});
    if (tier.isEmpty())
        return {label, label};
    return {Phrase::concatenation({label, factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", ", %1 tier"), {Phrase::literal(tier)})}),
            label};
}


} // namespace Crossread::FactSlots
