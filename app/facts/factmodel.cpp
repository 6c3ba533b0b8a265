// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/factmodel.h"


namespace Crossread {

FactModel::FactModel(QObject *parent) : QAbstractTableModel(parent) {}

void FactModel::setFacts(const FactTable &table, const QStringList &articleNames)
{
    beginResetModel();
    m_table = table;
    m_articleNames = articleNames;
    endResetModel();
}

void FactModel::clear()
{
    setFacts({}, {});
}

int FactModel::rowOfSlot(int slotId) const
{
    // Slot ids are their positions in the table, which are the rows.
    return slotId >= 0 && slotId < m_table.slots.size() ? slotId : -1;
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.slots.size());
}

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articleNames.size());
}

QList<const Mention *> FactModel::cellMentions(int row, int column) const
{
    QList<const Mention *> mentions;
    for (const Mention &mention : m_table.slots.at(row).mentions) {
        if (mention.article.value() == column)
            mentions.append(&mention);
    }
    return mentions;
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FactSlot &slot = m_table.slots.at(index.row());
    switch (role) {
    case StatusRole:
        return int(slot.status);
    case StatusNameRole:
        return slotStatusName(slot.status);
    case LabelRole:
        return slot.label.translated();
    case KindRole:
        return int(slot.kind);
    case KindNameRole:
        return factKindName(slot.kind);
    case TopicRole:
        return slot.topic;
    case TopicLabelRole:
        return slot.topic >= 0 && slot.topic < m_table.topics.size() ? m_table.topics.at(slot.topic).label.translated() : QString();
    case TopicSizeRole:
        return slot.topic >= 0 && slot.topic < m_table.topics.size() ? int(m_table.topics.at(slot.topic).slots.size()) : 1;
    case FirstInTopicRole:
        return index.row() == 0 || m_table.slots.at(index.row() - 1).topic != slot.topic;
    case SlotIdRole:
        return slot.id;
    case QuoteVariantRole:
        return slot.quoteVariant;
    case ArticleIdRole:
        return index.column();
    case ComparableRole:
        return slot.comparable;
    case CorrectedByRole:
        return slot.corrected ? QVariant(slot.correctedBy) : QVariant();
    case NoteRole:
        return slot.note;
    default:
        break;
    }

    const QList<const Mention *> mentions = cellMentions(index.row(), index.column());
    if (mentions.isEmpty())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QStringList surfaces;
        for (const Mention *mention : mentions) {
            if (!surfaces.contains(mention->surface))
                surfaces.append(mention->surface);
        }
        return surfaces.join(QStringLiteral(" / "));
    }
    case Qt::ToolTipRole:
    case ValueRole: {
        QStringList values;
        for (const Mention *mention : mentions)
            values.append(mention->value.toString());
        return role == ValueRole ? QVariant(values) : QVariant(values.join(u'\n'));
    }
    case MentionSpansRole: {
        QList<TextSpan> spans;
        for (const Mention *mention : mentions)
            spans.append(mention->span);
        return QVariant::fromValue(spans);
    }
    case DifferencesRole: {
        QStringList differences;
        for (const Mention *mention : mentions)
            differences.append(translatedTexts(mention->differences));
        return differences;
    }
    case SpeakerRole:
        return mentions.constFirst()->value.speaker;
    default:
        return {};
    }
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_articleNames.size() ? QVariant(m_articleNames.at(section)) : QVariant();
    return section >= 0 && section < m_table.slots.size() ? QVariant(m_table.slots.at(section).label.translated()) : QVariant();
}

Qt::ItemFlags FactModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FactModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(LabelRole, "label");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(TopicRole, "topic");
    names.insert(TopicLabelRole, "topicLabel");
    names.insert(TopicSizeRole, "topicSize");
    names.insert(FirstInTopicRole, "firstInTopic");
    names.insert(SlotIdRole, "slotId");
    names.insert(QuoteVariantRole, "quoteVariant");
    names.insert(ComparableRole, "comparable");
    names.insert(CorrectedByRole, "correctedBy");
    names.insert(NoteRole, "note");
    names.insert(ArticleIdRole, "articleId");
    names.insert(MentionSpansRole, "mentionSpans");
    names.insert(ValueRole, "value");
    names.insert(DifferencesRole, "differences");
    names.insert(SpeakerRole, "speaker");
    return names;
}

} // namespace Crossread
