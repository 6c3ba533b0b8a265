// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceactions.h"

#include "core/articlemodel.h"
#include "review/review.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

namespace Crossread {

SourceActions::SourceActions(QAbstractItemView *list, ArticleModel *model, Review *review, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_model(model)
    , m_review(review)
    , m_mark(new QAction(tr("Story's &Source"), this))
{
    m_mark->setObjectName(QStringLiteral("markSource"));
    m_mark->setCheckable(true);
    m_mark->setToolTip(tr("Mark the article as the story's source (the press release, filing or report the coverage "
                          "reports on): every outlet is compared with it"));
    connect(m_mark, &QAction::triggered, this, [this](bool checked) {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            setSource(current.row(), checked);
        update();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SourceActions::update);
    connect(m_model, &ArticleModel::articleChanged, this, &SourceActions::update);
    connect(m_model, &ArticleModel::rowsRemoved, this, &SourceActions::update);
    connect(m_model, &ArticleModel::rowsInserted, this, &SourceActions::update);
    connect(m_model, &ArticleModel::modelReset, this, &SourceActions::update);
    update();
}

void SourceActions::setSource(int row, bool source)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const bool isSource = m_model->sourceRow() == row;
    if (source && !isSource)
        m_review->setSource(m_model, row);
    else if (!source && isSource)
        m_review->setSource(m_model, -1);
}

void SourceActions::update()
{
    const QModelIndex current = m_list->currentIndex();
    m_mark->setEnabled(current.isValid());
    m_mark->setChecked(current.isValid() && m_model->sourceRow() == current.row());
}

} // namespace Crossread
