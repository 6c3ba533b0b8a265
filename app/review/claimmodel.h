// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotationmodel.h"
#include "review/claim.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Crossread {

struct ReviewState;

/// How one outlet's claims fared: the number of claims it carries per verdict.
struct OutletScore {
    QByteArray articleHash;
    QString outlet;                 ///< the article's display name
    QList<int> counts;              ///< parallel to the review's verdict set
    int claims = 0;                 ///< claims this article carries
    friend bool operator==(const OutletScore &, const OutletScore &) = default;
};

/// Per article of the story, in story order: how many of the claims it carries (a claim is
/// carried by every article that one of its sources points into) got each verdict. A claim
/// whose verdict is not in the set counts towards `claims` only.
[[nodiscard]] QList<OutletScore> outletScorecard(const ReviewState &review, const QList<Article> &articles);

/// The review's claims as a table, one row per claim in creation order.
class ClaimModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatementColumn, VerdictColumn, OutletsColumn, EvidenceColumn, ReviewerColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        VerdictRole,        ///< the verdict key as stored
        ReviewerRole,
        ReviewedRole,       ///< bool: verdict is not the set's first
        OriginRole,         ///< int(ClaimOrigin)
        ArticleHashesRole,  ///< QList<QByteArray> of the sources' articles, without duplicates
    };

    explicit ClaimModel(Review *review, QObject *parent = nullptr);

    void setArticles(const QList<Article> &articles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(int id) const;

private:
    Review *m_review;
    StoryIndex m_story;
};

/// Filters for the claims panel: one verdict, one reviewer; empty = any.
class ClaimFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setVerdict(const QString &verdict);
    void setReviewer(const QString &reviewer);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_verdict;
    QString m_reviewer;
};

} // namespace Crossread
