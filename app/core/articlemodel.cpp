// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlemodel.h"

#include <QFont>
#include <QLocale>

namespace Crossread {

ArticleModel::ArticleModel(QObject *parent) : QAbstractTableModel(parent) {}

int ArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString publishedText(const PublishedDate &published)
{
    if (!published.isValid())
        return {};
    switch (published.precision) {
    case DatePrecision::Decade:
    case DatePrecision::Year:
        return QString::number(published.date.year());
    case DatePrecision::Quarter:
    case DatePrecision::Month:
        return QLocale().toString(published.date, u"MMMM yyyy");
    case DatePrecision::Week:
    case DatePrecision::Day:
    case DatePrecision::Unknown:
        break;
    }
    return QLocale().toString(published.date, QLocale::ShortFormat);
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutletColumn: {
            // An unknown outlet is shown as missing, not disguised as the file name.
            const QString name = article.meta.outlet.isEmpty() ? tr("(no outlet) %1").arg(article.displayName())
                                                               : article.displayName();
            // The mark leads, so an elided column still shows it.
            return article.meta.role == ArticleRole::Source ? tr("§ %1 (source)").arg(name) : name;
        }
        case HeadlineColumn:
            return article.meta.headline;
        case PublishedColumn:
            return publishedText(article.meta.published);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{article.meta.headline};
        if (article.meta.role == ArticleRole::Source)
            lines.append(tr("The story's source: every outlet is compared with it."));
        if (article.meta.outlet.isEmpty())
            lines.append(tr("Nothing in the file names its outlet: name it in Article Details (Alt+Return)."));
        if (!article.meta.author.isEmpty())
            lines.append(tr("By %1").arg(article.meta.author));
        if (!article.meta.sourceFile.isEmpty())
            lines.append(article.meta.sourceFile);
        lines.append(article.notices);
        return lines.join(u'\n');
    }
    case Qt::CheckStateRole:
        if (index.column() == OutletColumn)
            return m_shown.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case ArticleIdRole:
        return index.row();
    case TextRole:
        return article.text;
    case SourceFileRole:
        return article.meta.sourceFile;
    case PublishedRole:
        return article.meta.published.date;
    case Qt::FontRole:
        if (index.column() == OutletColumn && article.meta.outlet.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ShownRole:
        return bool(m_shown.at(index.row()));
    case OutletMissingRole:
        return article.meta.outlet.isEmpty();
    case IsSourceRole:
        return article.meta.role == ArticleRole::Source;
    }
    return {};
}

bool ArticleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if ((role == Qt::CheckStateRole && index.column() == OutletColumn) || role == ShownRole) {
        const bool shown = role == ShownRole ? value.toBool() : value.value<Qt::CheckState>() == Qt::Checked;
        if (m_shown[index.row()] == shown)
            return true;
        m_shown[index.row()] = shown;
        const QModelIndex first = this->index(index.row(), OutletColumn);
        Q_EMIT dataChanged(first, first, {Qt::CheckStateRole, ShownRole});
        Q_EMIT shownChanged();
        return true;
    }
    return false;
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutletColumn:
        return tr("Outlet");
    case HeadlineColumn:
        return tr("Headline");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}

Qt::ItemFlags ArticleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == OutletColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QHash<int, QByteArray> ArticleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(TextRole, "text");
    names.insert(SourceFileRole, "sourceFile");
    names.insert(PublishedRole, "published");
    names.insert(ShownRole, "shown");
    names.insert(OutletMissingRole, "outletMissing");
    names.insert(IsSourceRole, "isSource");
    return names;
}

void ArticleModel::append(const QList<Article> &articles)
{
    if (articles.isEmpty())
        return;
    const int first = int(m_articles.size());
    beginInsertRows({}, first, first + int(articles.size()) - 1);
    m_articles.append(articles);
    qsizetype shown = std::count(m_shown.cbegin(), m_shown.cend(), true);
    for (qsizetype i = 0; i < articles.size(); ++i)
        m_shown.append(shown++ < defaultShownLimit);
    endInsertRows();
    Q_EMIT shownChanged();
}

void ArticleModel::setMetadata(int row, const ArticleMetadata &edited)
{
    if (row < 0 || row >= m_articles.size())
        return;
    // The role moves only through setSourceRow(), so a story never holds two sources.
    ArticleMetadata meta = edited;
    meta.role = m_articles.at(row).meta.role;
    if (m_articles.at(row).meta == meta)
        return;
    m_articles[row].meta = meta;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT articleChanged(row);
}

void ArticleModel::setSourceRow(int row)
{
    for (int r = 0; r < m_articles.size(); ++r) {
        const ArticleRole role = r == row ? ArticleRole::Source : ArticleRole::Coverage;
        if (m_articles.at(r).meta.role == role)
            continue;
        m_articles[r].meta.role = role;
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        Q_EMIT articleChanged(r);
    }
}

void ArticleModel::setParagraphBoilerplate(int row, qsizetype paragraph, BoilerplateKind kind)
{
    if (row < 0 || row >= m_articles.size() || paragraph < 0 || paragraph >= m_articles.at(row).paragraphs.size())
        return;
    Paragraph &target = m_articles[row].paragraphs[paragraph];
    if (target.boilerplate == kind && target.userDecided)
        return;
    target.boilerplate = kind;
    target.userDecided = true;
    Q_EMIT articleChanged(row);
}

void ArticleModel::remove(int row)
{
    if (row < 0 || row >= m_articles.size())
        return;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    m_shown.removeAt(row);
    endRemoveRows();
    Q_EMIT shownChanged();
}

void ArticleModel::insert(int row, const Article &article, bool shown)
{
    row = std::clamp(row, 0, int(m_articles.size()));
    beginInsertRows({}, row, row);
    m_articles.insert(row, article);
    m_shown.insert(row, shown);
    endInsertRows();
    Q_EMIT shownChanged();
}

void ArticleModel::clear()
{
    if (m_articles.isEmpty())
        return;
    beginResetModel();
    m_articles.clear();
    m_shown.clear();
    endResetModel();
    Q_EMIT shownChanged();
}

QList<int> ArticleModel::shownRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row))
            rows.append(row);
    }
    return rows;
}

} // namespace Crossread
