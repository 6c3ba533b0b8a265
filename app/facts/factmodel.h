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
        /// int: the cell's SourceMatch against the story's source (the worst of its mentions:
        /// differs, then not in the source, then not comparable, then matches); None in the
        /// source's own column, in empty cells and when the story has no source
        SourceMatchRole,
        /// QStringList: quote cells, the word changes against the source's wording (translated)
        SourceChangesRole,
        SourceColumnRole,                ///< bool: the column is the source's ("Source says")
    };
    Q_ENUM(Role)

    explicit FactModel(QObject *parent = nullptr);

    /// Replaces the shown facts; `articleNames[i]` heads column i (Article::displayName()).
    void setFacts(const FactTable &table, const QStringList &articleNames);
    /// Marks article `source` as the story's source: its column comes first, headed "Source
    /// says", and each other cell tells how it stands against it. `matches[slot id][mention]`
    /// and `changes[slot id][mention]` follow the slots' mentions (see SourceComparison).
    /// `source` -1 (or calling setFacts() again) shows the articles in story order, no source.
    void setSource(int source, const QList<QList<SourceMatch>> &matches, const QList<QList<QStringList>> &changes);
    /// The article shown in `column`, or -1.
    [[nodiscard]] int articleOfColumn(int column) const;
    /// The column showing `article`, or -1.
    [[nodiscard]] int columnOfArticle(int article) const;
    [[nodiscard]] int sourceArticle() const { return m_source; }
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
    int m_source = -1;
    QList<QList<SourceMatch>> m_matches;     ///< [slot id][mention]
    QList<QList<QStringList>> m_changes;     ///< [slot id][mention]
};

} // namespace Crossread
