// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/factmodel.h"

#include <QCoreApplication>

namespace Crossread {

FactModel::FactModel(QObject *parent) : QAbstractTableModel(parent) {}

void FactModel::setFacts(const FactTable &table, const QStringList &articleNames)
{
    beginResetModel();
    m_table = table;
    m_articleNames = articleNames;
    m_source = -1;
    m_matches.clear();
    m_changes.clear();
    endResetModel();
}

void FactModel::setSource(int source, const QList<QList<SourceMatch>> &matches, const QList<QList<QStringList>> &changes)
{
    beginResetModel();
    const bool valid = source >= 0 && source < m_articleNames.size();
    m_source = valid ? source : -1;
    m_matches = valid ? matches : QList<QList<SourceMatch>>{};
    m_changes = valid ? changes : QList<QList<QStringList>>{};
    endResetModel();
}

int FactModel::articleOfColumn(int column) const
{
    if (column < 0 || column >= m_articleNames.size())
        return -1;
    // The source's column comes first; the others keep their order around it.
    if (m_source < 0)
        return column;
    if (column == 0)
        return m_source;
    return column <= m_source ? column - 1 : column;
}

int FactModel::columnOfArticle(int article) const
{
    if (article < 0 || article >= m_articleNames.size())
        return -1;
    if (m_source < 0)
        return article;
    if (article == m_source)
        return 0;
    return article < m_source ? article + 1 : article;
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
    const int article = articleOfColumn(column);
    QList<const Mention *> mentions;
    for (const Mention &mention : m_table.slots.at(row).mentions) {
        if (mention.article.value() == article)
            mentions.append(&mention);
    }
    return mentions;
}

namespace {

/// Which of two standings a cell of several mentions shows: what a checker must look at first.
int severity(SourceMatch match)
{
    switch (match) {
    case SourceMatch::Differs: return 4;
    case SourceMatch::Absent: return 3;
    case SourceMatch::NotComparable: return 2;
    case SourceMatch::Matches: return 1;
    case SourceMatch::None: break;
    }
    return 0;
}

} // namespace

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
        return articleOfColumn(index.column());
    case SourceColumnRole:
        return m_source >= 0 && index.column() == 0;
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
    case SourceMatchRole:
    case SourceChangesRole: {
        const QList<Mention> &all = m_table.slots.at(index.row()).mentions;
        const qsizetype slot = m_table.slots.at(index.row()).id;
        SourceMatch worst = SourceMatch::None;
        QStringList changes;
        for (const Mention *mention : mentions) {
            const qsizetype m = mention - all.constData();
            if (slot < 0 || slot >= m_matches.size() || m < 0 || m >= m_matches.at(slot).size())
                continue;
            const SourceMatch match = m_matches.at(slot).at(m);
            if (severity(match) > severity(worst))
                worst = match;
            if (slot < m_changes.size() && m < m_changes.at(slot).size())
                changes.append(m_changes.at(slot).at(m));
        }
        return role == SourceMatchRole ? QVariant(int(worst)) : QVariant(changes);
    }
    default:
        return {};
    }
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        const int article = articleOfColumn(section);
        if (article < 0)
            return {};
        if (article == m_source)
            return QCoreApplication::translate("Crossread::FactModel", "Source says\n%1").arg(m_articleNames.at(article));
        return m_articleNames.at(article);
    }
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
    names.insert(SourceMatchRole, "sourceMatch");
    names.insert(SourceChangesRole, "sourceChanges");
    names.insert(SourceColumnRole, "sourceColumn");
    return names;
}

} // namespace Crossread
