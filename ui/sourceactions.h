// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QAction;

namespace Crossread {

class ArticleModel;
class Review;

/// The story's source in the Articles list: a checkable "Story's Source" action for the list's
/// context menu and the Edit menu that marks the current article as the source (or unmarks
/// it), each time as one undoable step of the review. Follows the current row and the model.
class SourceActions : public QObject {
    Q_OBJECT
public:
    SourceActions(QAbstractItemView *list, ArticleModel *model, Review *review, QObject *parent = nullptr);

    [[nodiscard]] QAction *markAction() const { return m_mark; }
    /// Marks (`source` true) or unmarks article `row` as the source; what Article Details' Role
    /// box does when accepted. Nothing happens when the role is already so.
    void setSource(int row, bool source);

private:
    void update();

    QAbstractItemView *m_list;
    ArticleModel *m_model;
    Review *m_review;
    QAction *m_mark;
};

} // namespace Crossread
