// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QAbstractTableModel>
#include <QList>

namespace Crossread {

/// The story's articles as a table: outlet, headline, published date. Each row is checkable:
/// the check state says whether the article is shown in a pane.
class ArticleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OutletColumn, HeadlineColumn, PublishedColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,   ///< int: the row's ArticleId value
        TextRole,                           ///< QString: the article's full text
        SourceFileRole,                     ///< QString: the path the article came from
        PublishedRole,                      ///< QDate: publication date (invalid when unknown)
        ShownRole,                          ///< bool: shown in a pane (same as the check state)
        OutletMissingRole,                  ///< bool: no outlet is known (the list says so)
        IsSourceRole,                       ///< bool: the article is the story's source
    };

    explicit ArticleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Side-by-side reading stops being useful beyond a handful of panes: new articles are
    /// shown while fewer than this many are, the rest are listed unticked.
    static constexpr int defaultShownLimit = 8;

    /// Appends articles; they are shown while fewer than defaultShownLimit articles are.
    void append(const QList<Article> &articles);
    /// Replaces an article's metadata (the reader corrected it) except its role, which only
    /// setSourceRow() changes; emits articleChanged().
    void setMetadata(int row, const ArticleMetadata &meta);
    /// Makes `row` the story's source and every other article coverage; -1 makes every article
    /// coverage. Emits articleChanged() for each row whose role changed.
    void setSourceRow(int row);
    /// The row of the story's source, or -1.
    [[nodiscard]] int sourceRow() const { return sourceIndex(m_articles); }
    /// Marks a paragraph as boilerplate (kind != None) or article text, as the reader decided:
    /// the paragraph is flagged userDecided so no later classification overrides it.
    void setParagraphBoilerplate(int row, qsizetype paragraph, BoilerplateKind kind);
    /// Removes one article; rows after it move up by one.
    void remove(int row);
    /// Puts an article back at `row` (clamped), shown or not: what undoing a removal needs.
    void insert(int row, const Article &article, bool shown);
    void clear();

    [[nodiscard]] const QList<Article> &articles() const { return m_articles; }
    [[nodiscard]] const Article &article(int row) const { return m_articles.at(row); }
    [[nodiscard]] bool isShown(int row) const { return m_shown.at(row); }
    /// Rows shown in panes, in row order.
    [[nodiscard]] QList<int> shownRows() const;

Q_SIGNALS:
    void shownChanged();
    /// An article's metadata or boilerplate marks changed; its analysis is out of date.
    void articleChanged(int row);

private:
    QList<Article> m_articles;
    QList<bool> m_shown;
};

} // namespace Crossread
