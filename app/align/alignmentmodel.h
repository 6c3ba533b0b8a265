// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alignment.h"
#include "article.h"

#include <QAbstractTableModel>
#include <QList>

namespace Crossread {

/// A story's alignment as a table: one row per passage (in the alignment's reading order),
/// one column per article. A cell is that article's rendering of the passage, or empty when
/// the article does not tell it. QtCore only, so views and tests use it alike.
class AlignmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Roles of a cell. Values of an empty cell (the article lacks the passage) are invalid
    /// QVariants, except PassageIdRole, StatusRole, MemberCountRole and ArticleIdRole.
    enum Role {
        TextRole = Qt::UserRole + 1,   ///< QString: exactly the member's span of the article's text
        SpanStartRole,                 ///< qlonglong: UTF-16 start of the span in Article::text
        SpanEndRole,                   ///< qlonglong: UTF-16 end (exclusive)
        ConfidenceRole,                ///< double in [0, 1]: PassageMember::confidence
        StatusRole,                    ///< int: the passage's PassageStatus
        StatusNameRole,                ///< QString: "identical", "reworded", "unique"
        /// QVariantList of QVariantMap {"kind": "equal"|"insert"|"delete", "referenceStart",
        /// "referenceEnd", "memberStart", "memberEnd"} (UTF-16), the word diff against the
        /// reference member; empty for the reference itself.
        DiffRole,
        IsReferenceRole,               ///< bool: this member is the one the others are diffed against
        PrimaryRole,                   ///< bool: PassageMember::primary
        PassageIdRole,                 ///< int: Passage::id (equals the row)
        ArticleIdRole,                 ///< int: the column's ArticleId value
        FirstSentenceRole,             ///< qlonglong: index into the article's sentences
        SentenceCountRole,             ///< qlonglong
        MemberCountRole,               ///< int: how many articles tell the passage
    };
    Q_ENUM(Role)

    explicit AlignmentModel(QObject *parent = nullptr);

    /// Replaces the shown story: `alignment` must have been computed for `articles`.
    void setAlignment(const QList<Article> &articles, const Alignment &alignment);
    void clear();

    [[nodiscard]] const Alignment &alignment() const { return m_alignment; }
    [[nodiscard]] const QList<Article> &articles() const { return m_articles; }
    /// The row of the passage holding `sentence` of `article` as a primary member, or -1.
    [[nodiscard]] int rowOfSentence(ArticleId article, qsizetype sentence) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Article> m_articles;
    Alignment m_alignment;
};

} // namespace Crossread
