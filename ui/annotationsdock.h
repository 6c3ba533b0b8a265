// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotation.h"
#include "core/article.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Crossread {

class AnnotationModel;
class AnnotationFilterModel;
class AnnotationSwatchFilter;
class Review;

/// The reader's annotations as a searchable list: search over quote, note and tags; filters by
/// tag, article and colour; a click or Enter jumps to the annotated span. Below the list the
/// current annotation's note, tags and colour can be edited, and Delete removes it. Every edit
/// goes through Review, so each is one undo step (repeated note edits merge into one).
class AnnotationsDock : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationsDock(Review *review, QWidget *parent = nullptr);
    ~AnnotationsDock() override;

    /// The story's articles, for the article filter and the list's outlet column.
    void setArticles(const QList<Article> &articles);
    /// Swatches in the shades of a dark or light theme.
    void setDark(bool dark);
    /// A session opened read-only: the list still filters and jumps, nothing can be edited.
    void setReadOnly(bool readOnly);

    /// Makes the annotation current in the list (clears filters that hide it).
    void selectAnnotation(int id);
    /// The id of the annotation current in the list, or -1.
    [[nodiscard]] int currentAnnotationId() const;

    [[nodiscard]] AnnotationModel *model() const { return m_model; }
    [[nodiscard]] AnnotationFilterModel *filter() const;
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *tagFilter() const { return m_tagFilter; }
    [[nodiscard]] QComboBox *articleFilter() const { return m_articleFilter; }
    [[nodiscard]] QComboBox *colourFilter() const { return m_colourFilter; }
    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QLineEdit *tagsEdit() const { return m_tags; }
    [[nodiscard]] QComboBox *colourBox() const { return m_colour; }

    /// Removes the current annotation (the Delete key in the list).
    void removeCurrent();

Q_SIGNALS:
    /// The reader asked to see an annotation's span.
    void anchorActivated(const Crossread::Anchor &anchor);

private:
    void showCurrent();
    void refreshTagFilter();
    void refreshColours();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    Review *m_review;
    AnnotationModel *m_model = nullptr;
    AnnotationSwatchFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_articleFilter = nullptr;
    QComboBox *m_colourFilter = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_editor = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_colour = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_dark = false;
    bool m_readOnly = false;
    bool m_showing = false;   ///< re-entry guard: filling the editor is not an edit
};

} // namespace Crossread
