// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/annotationmodel.h"

#include "core/article.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QLocale>

namespace Crossread {

void StoryIndex::setArticles(const QList<Article> &articles)
{
    m_index.clear();
    m_labels.clear();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        // The first of two identical articles wins; both carry the same text anyway.
        if (!m_index.contains(article.contentHash)) {
            m_index.insert(article.contentHash, int(i));
            m_labels.insert(article.contentHash, article.displayName());
        }
    }
}

QString StoryIndex::label(const QByteArray &hash) const
{
    const auto it = m_labels.constFind(hash);
    if (it != m_labels.cend())
        return *it;
    return QCoreApplication::translate("Crossread::Review", "(article not in story)");
}

AnnotationModel::AnnotationModel(Review *review, QObject *parent)
    : QAbstractTableModel(parent), m_review(review)
{
    connect(review, &Review::annotationAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(review, &Review::annotationAdded, this, [this] { endInsertRows(); });
    // Rows are removed between aboutToBeRemoved (row still there) and removed.
    connect(review, &Review::annotationAboutToBeRemoved, this, [this](int id) {
        const int row = rowOf(id);
        beginRemoveRows({}, row, row);
    });
    connect(review, &Review::annotationRemoved, this, [this] { endRemoveRows(); });
    connect(review, &Review::annotationChanged, this, [this](int id) {
        const int row = rowOf(id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(review, &Review::aboutToReset, this, [this] { beginResetModel(); });
    connect(review, &Review::modelReset, this, [this] { endResetModel(); });
}

void AnnotationModel::setArticles(const QList<Article> &articles)
{
    m_story.setArticles(articles);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ArticleColumn), index(rowCount() - 1, ArticleColumn));
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review->annotations().size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_review->annotations().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn: return m_story.label(a.anchor.articleHash);
        case QuoteColumn: return a.anchor.quote.simplified();
        case NoteColumn: return a.note.simplified();
        case TagsColumn: return a.tags.join(QStringLiteral(", "));
        case ColourColumn: return highlightColourName(a.colour);
        case UpdatedColumn: return QLocale().toString(a.updated.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return a.anchor.quote;
        if (index.column() == NoteColumn)
            return a.note;
        return {};
    case IdRole: return a.id;
    case ArticleHashRole: return a.anchor.articleHash;
    case ArticleIndexRole: return m_story.indexOf(a.anchor.articleHash);
    case SpanStartRole: return qlonglong(a.anchor.span.start);
    case SpanEndRole: return qlonglong(a.anchor.span.end);
    case ColourRole: return int(a.colour);
    case TagsRole: return a.tags;
    case SearchTextRole: return QString(a.anchor.quote + u'\n' + a.note + u'\n' + a.tags.join(u'\n'));
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn: return tr("Article");
    case QuoteColumn: return tr("Passage");
    case NoteColumn: return tr("Note");
    case TagsColumn: return tr("Tags");
    case ColourColumn: return tr("Colour");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(ArticleHashRole, "articleHash");
    names.insert(ArticleIndexRole, "articleIndex");
    names.insert(SpanStartRole, "spanStart");
    names.insert(SpanEndRole, "spanEnd");
    names.insert(ColourRole, "colour");
    names.insert(TagsRole, "tags");
    names.insert(SearchTextRole, "searchText");
    return names;
}

int AnnotationModel::rowOf(int id) const
{
    return int(m_review->annotationIndex(id));
}

QStringList AnnotationModel::allTags() const
{
    QStringList tags;
    for (const Annotation &a : m_review->annotations()) {
        for (const QString &tag : a.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags.append(tag);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

void AnnotationFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setArticleHash(const QByteArray &hash)
{
    m_articleHash = hash;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setColour(int colour)
{
    m_colour = colour;
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_colour >= 0 && index.data(AnnotationModel::ColourRole).toInt() != m_colour)
        return false;
    if (!m_articleHash.isEmpty() && index.data(AnnotationModel::ArticleHashRole).toByteArray() != m_articleHash)
        return false;
    if (!m_tag.isEmpty() && !index.data(AnnotationModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_search.isEmpty()) {
        const QString haystack = index.data(AnnotationModel::SearchTextRole).toString();
        const auto words = QStringView(m_search).split(u' ', Qt::SkipEmptyParts);
        for (QStringView word : words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace Crossread
