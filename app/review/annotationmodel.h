// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Crossread {

struct Article;
class Review;

/// Labels for anchors: which article a content hash belongs to in the current story.
/// Annotations and claims name articles by hash; the panels show outlets.
class StoryIndex {
public:
    void setArticles(const QList<Article> &articles);
    /// The article's position in the story, or -1 when it is not (or no longer) in it.
    [[nodiscard]] int indexOf(const QByteArray &hash) const { return m_index.value(hash, -1); }
    /// The article's display name; a translated "(article not in story)" when unknown.
    [[nodiscard]] QString label(const QByteArray &hash) const;
    [[nodiscard]] int size() const { return int(m_labels.size()); }

private:
    QHash<QByteArray, int> m_index;
    QHash<QByteArray, QString> m_labels;
};

/// The review's annotations as a table, one row per annotation in creation order.
class AnnotationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ArticleColumn, QuoteColumn, NoteColumn, TagsColumn, ColourColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ArticleHashRole,    ///< QByteArray
        ArticleIndexRole,   ///< int, -1 when the article is not in the story
        SpanStartRole,      ///< qsizetype as qlonglong
        SpanEndRole,
        ColourRole,         ///< int(HighlightColour)
        TagsRole,           ///< QStringList
        SearchTextRole,     ///< quote, note and tags joined, for the filter
    };

    explicit AnnotationModel(Review *review, QObject *parent = nullptr);

    void setArticles(const QList<Article> &articles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Row of the annotation with that id, or -1.
    [[nodiscard]] int rowOf(int id) const;
    /// Every tag in use, sorted case-insensitively.
    [[nodiscard]] QStringList allTags() const;

private:
    Review *m_review;
    StoryIndex m_story;
};

/// Search and filters for the annotations list: free text over quote, note and tags; one tag;
/// one article; one colour. Unset filters let everything through.
class AnnotationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);
    void setTag(const QString &tag);                  ///< empty = any
    void setArticleHash(const QByteArray &hash);      ///< empty = any
    void setColour(int colour);                       ///< -1 = any, else int(HighlightColour)

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_tag;
    QByteArray m_articleHash;
    int m_colour = -1;
};

} // namespace Crossread
