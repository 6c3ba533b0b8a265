// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/facts.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Crossread {

/// A story's facts as a table, the fact-checker's spreadsheet: one row per fact slot, rows of
/// one topic next to each other (in FactTable order), one column per article. A cell is the
/// value as that article writes it, or empty when the article does not mention the slot.
/// QtCore only, so views and tests use it alike.
class FactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Roles. The slot's roles (StatusRole to QuoteVariantRole, ComparableRole to NoteRole) answer for every cell of the
    /// row; the mention roles of an empty cell are invalid QVariants.
    enum Role {
        StatusRole = Qt::UserRole + 1,   ///< int: the slot's SlotStatus
        StatusNameRole,                  ///< QString: "agree", "conflict", "unique"
        LabelRole,                       ///< QString: the slot's label ("price per month")
        KindRole,                        ///< int: the slot's FactKind
        KindNameRole,                    ///< QString: "money", "number", "percent", "date", "quote"
        TopicRole,                       ///< int: the slot's topic id
        TopicLabelRole,                  ///< QString: the topic's label
        TopicSizeRole,                   ///< int: number of slots in the topic
        FirstInTopicRole,                ///< bool: the row starts its topic (draw a separator)
        SlotIdRole,                      ///< int: FactSlot::id
        QuoteVariantRole,                ///< bool: quotes whose wording differs between articles
        ArticleIdRole,                   ///< int: the column's ArticleId value
        /// QList<TextSpan> (QVariant::fromValue): UTF-16 spans of the cell's mentions in the
        /// column's Article::text, in text order.
        MentionSpansRole,
        ValueRole,                       ///< QStringList: the normalised values of the cell's mentions
        DifferencesRole,                 ///< QStringList: quote cells, how the wording differs
        SpeakerRole,                     ///< QString: quote cells, the speaker when known
        ComparableRole,                  ///< bool: false when a reader marked the slot not comparable
        /// QStringList: the reviewers whose corrections changed the slot (FactSlot::correctedBy);
        /// invalid when nobody corrected it
        CorrectedByRole,
        NoteRole,                        ///< QString: a reviewer's note on a status set by hand
    };
    Q_ENUM(Role)

    explicit FactModel(QObject *parent = nullptr);

    /// Replaces the shown facts; `articleNames[i]` heads column i (Article::displayName()).
    void setFacts(const FactTable &table, const QStringList &articleNames);
    void clear();

    [[nodiscard]] const FactTable &facts() const { return m_table; }
    /// The row showing slot `slotId`, or -1.
    [[nodiscard]] int rowOfSlot(int slotId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /// The mentions of one cell, in text order.
    [[nodiscard]] QList<const Mention *> cellMentions(int row, int column) const;

    FactTable m_table;
    QStringList m_articleNames;
};

} // namespace Crossread
