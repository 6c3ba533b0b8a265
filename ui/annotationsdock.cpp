// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "annotationdialog.h"
#include "review/annotationmodel.h"
#include "filtercombo.h"
#include "review/review.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crossread {

/// The annotation filter with a colour swatch on each row, so the list shows colours without
/// a column of colour names.
class AnnotationSwatchFilter : public AnnotationFilterModel {
public:
    using AnnotationFilterModel::AnnotationFilterModel;
    bool dark = false;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == AnnotationModel::ArticleColumn)
            return highlightIcon(static_cast<HighlightColour>(index.data(AnnotationModel::ColourRole).toInt()), dark);
        return AnnotationFilterModel::data(index, role);
    }
};

AnnotationsDock::AnnotationsDock(Review *review, QWidget *parent)
    : QWidget(parent)
    , m_review(review)
    , m_model(new AnnotationModel(review, this))
    , m_filter(new AnnotationSwatchFilter(this))
    , m_search(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
    , m_articleFilter(new QComboBox(this))
    , m_colourFilter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_editor(new QWidget(this))
    , m_note(new QPlainTextEdit(m_editor))
    , m_tags(new QLineEdit(m_editor))
    , m_colour(new QComboBox(m_editor))
    , m_delete(new QPushButton(tr("&Delete"), m_editor))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search text, notes and tags"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search annotations"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setSearchText);

    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_articleFilter->setAccessibleName(tr("Filter by article"));
    m_colourFilter->setAccessibleName(tr("Filter by colour"));
    for (QComboBox *box : {m_tagFilter, m_articleFilter, m_colourFilter})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(8);
    m_articleFilter->setMinimumContentsLength(10);
    m_colourFilter->setMinimumContentsLength(6);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tagFilter->currentData().toString()); });
    connect(m_articleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setArticleHash(m_articleFilter->currentData().toByteArray()); });
    connect(m_colourFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setColour(m_colourFilter->currentData().toInt()); });

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setAccessibleDescription(tr("Enter jumps to the annotated text; Delete removes the annotation."));
    m_view->hideColumn(AnnotationModel::ColourColumn);   // the swatch shows it
    m_view->hideColumn(AnnotationModel::UpdatedColumn);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(40);
    m_view->header()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AnnotationModel::ArticleColumn, 110);
    m_view->setColumnWidth(AnnotationModel::NoteColumn, 100);
    m_view->setColumnWidth(AnnotationModel::TagsColumn, 70);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &AnnotationsDock::showContextMenu);
    connect(m_view, &QTreeView::activated, this, &AnnotationsDock::activate);
    connect(m_view, &QTreeView::clicked, this, &AnnotationsDock::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationsDock::showCurrent);
    auto *remove = new QAction(tr("Delete Annotation"), m_view);
    remove->setObjectName(QStringLiteral("deleteAnnotation"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AnnotationsDock::removeCurrent);
    m_view->addAction(remove);

    m_note->setPlaceholderText(tr("Note"));
    m_note->setAccessibleName(tr("Annotation note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        const int id = currentAnnotationId();
        if (!m_showing && id >= 0)
            m_review->setAnnotationNote(id, m_note->toPlainText());
    });
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tags->setAccessibleName(tr("Annotation tags"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        const int id = currentAnnotationId();
        if (!m_showing && id >= 0)
            m_review->setAnnotationTags(id, parseTags(m_tags->text()));
    });
    m_colour->setAccessibleName(tr("Annotation colour"));
    connect(m_colour, &QComboBox::activated, this, [this](int index) {
        const int id = currentAnnotationId();
        if (id >= 0)
            m_review->setAnnotationColour(id, static_cast<HighlightColour>(m_colour->itemData(index).toInt()));
    });
    connect(m_delete, &QPushButton::clicked, this, &AnnotationsDock::removeCurrent);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tagFilter, 1);
    filters->addWidget(m_articleFilter, 1);
    filters->addWidget(m_colourFilter, 1);

    auto *editorLayout = new QFormLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addRow(tr("Note:"), m_note);
    editorLayout->addRow(tr("Tags:"), m_tags);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_delete);
    editorLayout->addRow(tr("Colour:"), colourRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_editor);

    auto refresh = [this] {
        refreshTagFilter();
        m_count->setText(tr("%1 of %n annotation(s) shown", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
        showCurrent();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_filter, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    // A freshly opened session shows its first annotation rather than an empty editor.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, AnnotationModel::QuoteColumn));
    });

    m_colourFilter->addItem(tr("Any colour"), -1);
    setArticles({});
    refreshColours();
    refresh();
}

AnnotationsDock::~AnnotationsDock() = default;

AnnotationFilterModel *AnnotationsDock::filter() const
{
    return m_filter;
}

void AnnotationsDock::setArticles(const QList<Article> &articles)
{
    m_model->setArticles(articles);
    const QByteArray current = m_articleFilter->currentData().toByteArray();
    const QSignalBlocker blocker(m_articleFilter);
    m_articleFilter->clear();
    m_articleFilter->addItem(tr("All articles"), QByteArray());
    for (const Article &article : articles) {
        if (m_articleFilter->findData(article.contentHash) < 0)
            m_articleFilter->addItem(article.displayName(), article.contentHash);
    }
    const int keep = m_articleFilter->findData(current);
    m_articleFilter->setCurrentIndex(qMax(0, keep));
    m_filter->setArticleHash(m_articleFilter->currentData().toByteArray());
}

void AnnotationsDock::setDark(bool dark)
{
    m_dark = dark;
    m_filter->dark = dark;
    refreshColours();
    if (m_filter->rowCount() > 0)
        Q_EMIT m_filter->dataChanged(m_filter->index(0, 0), m_filter->index(m_filter->rowCount() - 1, 0));
}

void AnnotationsDock::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *action : m_view->actions())
        action->setEnabled(!readOnly);
    showCurrent();
}

void AnnotationsDock::refreshColours()
{
    for (QComboBox *box : {m_colourFilter, m_colour}) {
        const int keep = box->currentIndex();
        const QSignalBlocker blocker(box);
        // The filter keeps its "any colour" entry at the top.
        const int first = box == m_colourFilter ? 1 : 0;
        while (box->count() > first)
            box->removeItem(first);
        for (int i = 0; i < highlightColourCount; ++i) {
            const auto colour = static_cast<HighlightColour>(i);
            box->addItem(highlightIcon(colour, m_dark), highlightColourName(colour), i);
        }
        box->setCurrentIndex(qMax(0, keep));
    }
}

void AnnotationsDock::refreshTagFilter()
{
    refillFilterCombo(m_tagFilter, tr("Any tag"), m_model->allTags(), [](const QString &tag) { return tag; });
    // A tag that no annotation carries any more filters nothing.
    m_filter->setTag(m_tagFilter->currentData().toString());
}

int AnnotationsDock::currentAnnotationId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AnnotationModel::IdRole).toInt() : -1;
}

void AnnotationsDock::selectAnnotation(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, AnnotationModel::QuoteColumn));
    if (!index.isValid()) {
        m_search->clear();
        m_tagFilter->setCurrentIndex(0);
        m_articleFilter->setCurrentIndex(0);
        m_colourFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, AnnotationModel::QuoteColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void AnnotationsDock::showCurrent()
{
    const QScopedValueRollback guard(m_showing, true);
    const Annotation *annotation = m_review->annotation(currentAnnotationId());
    m_editor->setEnabled(annotation && !m_readOnly);
    if (!annotation) {
        m_note->clear();
        m_tags->clear();
        return;
    }
    if (m_note->toPlainText() != annotation->note)
        m_note->setPlainText(annotation->note);
    if (!m_tags->hasFocus() || parseTags(m_tags->text()) != annotation->tags)
        m_tags->setText(annotation->tags.join(QStringLiteral(", ")));
    m_colour->setCurrentIndex(m_colour->findData(int(annotation->colour)));
}

void AnnotationsDock::activate(const QModelIndex &index)
{
    if (const Annotation *annotation = m_review->annotation(index.data(AnnotationModel::IdRole).toInt()))
        Q_EMIT anchorActivated(annotation->anchor);
}

void AnnotationsDock::removeCurrent()
{
    const int id = currentAnnotationId();
    if (id >= 0 && !m_readOnly)
        m_review->removeAnnotation(id);
}

void AnnotationsDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const Annotation *annotation = m_review->annotation(index.data(AnnotationModel::IdRole).toInt());
    if (!annotation)
        return;
    const int id = annotation->id;
    QMenu menu(this);
    menu.addAction(tr("&Go to Text"), this, [this, index] { activate(index); });
    QAction *edit = menu.addAction(tr("&Edit…"), this, [this, id] {
        const Annotation *current = m_review->annotation(id);
        if (!current)
            return;
        auto *dialog = new AnnotationDialog(current->anchor.quote, m_model->allTags(), m_dark, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setColour(current->colour);
        dialog->setNote(current->note);
        dialog->setTags(current->tags);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
            const Annotation *before = m_review->annotation(id);
            if (!before
                || (before->colour == dialog->colour() && before->note == dialog->note() && before->tags == dialog->tags()))
                return;
            // One undo step for the whole dialog.
            m_review->undoStack()->beginMacro(tr("Edit Annotation"));
            m_review->setAnnotationColour(id, dialog->colour());
            m_review->setAnnotationNote(id, dialog->note());
            m_review->setAnnotationTags(id, dialog->tags());
            m_review->undoStack()->endMacro();
        });
        dialog->open();
    });
    QMenu *recolour = menu.addMenu(tr("&Colour"));
    for (int i = 0; i < highlightColourCount; ++i) {
        const auto colour = static_cast<HighlightColour>(i);
        QAction *action = recolour->addAction(highlightIcon(colour, m_dark), highlightColourName(colour), this,
                                              [this, id, colour] { m_review->setAnnotationColour(id, colour); });
        action->setCheckable(true);
        action->setChecked(annotation->colour == colour);
    }
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("&Delete"), this, [this, id] { m_review->removeAnnotation(id); });
    for (QAction *action : {edit, remove})
        action->setEnabled(!m_readOnly);
    recolour->setEnabled(!m_readOnly);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Crossread
