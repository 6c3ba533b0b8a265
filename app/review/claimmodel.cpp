// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/claimmodel.h"

#include "core/article.h"
#include "review/review.h"

#include <QLocale>
#include <QSet>

namespace Crossread {

namespace {

QList<QByteArray> sourceArticles(const Claim &claim)
{
    QList<QByteArray> hashes;
    for (const Anchor &source : claim.sources) {
        if (!hashes.contains(source.articleHash))
            hashes.append(source.articleHash);
    }
    return hashes;
}

} // namespace

QList<OutletScore> outletScorecard(const ReviewState &review, const QList<Article> &articles)
{
    QList<OutletScore> scores;
    QSet<QByteArray> seen;
    for (const Article &article : articles) {
        if (seen.contains(article.contentHash))
            continue;
        seen.insert(article.contentHash);
        OutletScore score;
        score.articleHash = article.contentHash;
        score.outlet = article.displayName();
        score.counts.fill(0, review.verdicts.size());
        for (const Claim &claim : review.claims) {
            if (!sourceArticles(claim).contains(article.contentHash))
                continue;
            ++score.claims;
            const qsizetype verdict = review.verdicts.indexOf(claim.verdict);
            if (verdict >= 0)
                ++score.counts[verdict];
        }
        scores.append(score);
    }
    return scores;
}

ClaimModel::ClaimModel(Review *review, QObject *parent)
    : QAbstractTableModel(parent), m_review(review)
{
    connect(review, &Review::claimAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(review, &Review::claimAdded, this, [this] { endInsertRows(); });
    connect(review, &Review::claimAboutToBeRemoved, this, [this](int id) {
        const int row = rowOf(id);
        beginRemoveRows({}, row, row);
    });
    connect(review, &Review::claimRemoved, this, [this] { endRemoveRows(); });
    connect(review, &Review::claimChanged, this, [this](int id) {
        const int row = rowOf(id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(review, &Review::verdictsChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn));
    });
    connect(review, &Review::aboutToReset, this, [this] { beginResetModel(); });
    connect(review, &Review::modelReset, this, [this] { endResetModel(); });
}

void ClaimModel::setArticles(const QList<Article> &articles)
{
    m_story.setArticles(articles);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, OutletsColumn), index(rowCount() - 1, OutletsColumn));
}

int ClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review->claims().size());
}

int ClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_review->claims().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatementColumn: return claim.statement.simplified();
        case VerdictColumn: return verdictLabel(claim.verdict);
        case OutletsColumn: {
            QStringList outlets;
            for (const QByteArray &hash : sourceArticles(claim))
                outlets.append(m_story.label(hash));
            return outlets.join(QStringLiteral(", "));
        }
        case EvidenceColumn: return int(claim.evidence.size());
        case ReviewerColumn: return claim.reviewer;
        case UpdatedColumn: return QLocale().toString(claim.updated.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatementColumn)
            return claim.statement;
        return {};
    case IdRole: return claim.id;
    case VerdictRole: return claim.verdict;
    case ReviewerRole: return claim.reviewer;
    case ReviewedRole: return claim.verdict != m_review->verdicts().value(0);
    case OriginRole: return int(claim.origin);
    case ArticleHashesRole: return QVariant::fromValue(sourceArticles(claim));
    }
    return {};
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatementColumn: return tr("Claim");
    case VerdictColumn: return tr("Verdict");
    case OutletsColumn: return tr("Outlets");
    case EvidenceColumn: return tr("Evidence");
    case ReviewerColumn: return tr("Reviewer");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> ClaimModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "claimId");
    names.insert(VerdictRole, "verdict");
    names.insert(ReviewerRole, "reviewer");
    names.insert(ReviewedRole, "reviewed");
    names.insert(OriginRole, "origin");
    names.insert(ArticleHashesRole, "articleHashes");
    return names;
}

int ClaimModel::rowOf(int id) const
{
    return int(m_review->claimIndex(id));
}

void ClaimFilterModel::setVerdict(const QString &verdict)
{
    m_verdict = verdict;
    invalidateRowsFilter();
}

void ClaimFilterModel::setReviewer(const QString &reviewer)
{
    m_reviewer = reviewer;
    invalidateRowsFilter();
}

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_verdict.isEmpty() && index.data(ClaimModel::VerdictRole).toString() != m_verdict)
        return false;
    if (!m_reviewer.isEmpty() && index.data(ClaimModel::ReviewerRole).toString() != m_reviewer)
        return false;
    return true;
}

} // namespace Crossread
