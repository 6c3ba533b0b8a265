// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "document/storydocument.h"

#include "core/articlemodel.h"
#include "articlepane.h"
#include "connectorband.h"
#include "coveragemap.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextEdit>

namespace Crossread {
namespace {

constexpr double anchorFraction = 1.0 / 3.0;
const QString paneMimeType = QStringLiteral("application/x-crossread-pane");

} // namespace

ReaderView::ReaderView(ArticleModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget(m_scroll))
    , m_map(new CoverageMap(this, this))
{
    setAccessibleName(tr("Comparison reader"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_strip);
    m_strip->setAcceptDrops(true);
    m_strip->installEventFilter(this);
    auto *stripLayout = new QHBoxLayout(m_strip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->setSpacing(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_map);

    connect(m_model, &ArticleModel::shownChanged, this, &ReaderView::rebuild);
    connect(m_model, &ArticleModel::modelReset, this, &ReaderView::rebuild);
    connect(m_model, &ArticleModel::articleChanged, this, [this](int row) {
        if (ArticlePane *pane = paneFor(ArticleId(row)))
            pane->updateArticle(m_model->article(row));
        // The source's pane is pinned first: a role that moved moves the panes.
        const int source = m_model->sourceRow();
        const QList<ArticleId> order = displayOrder();
        if (source >= 0 && m_model->isShown(source) && (order.isEmpty() || order.constFirst().value() != source))
            rebuild();
    });
    rebuild();
}

ReaderView::~ReaderView() = default;

void ReaderView::setDocument(const StoryDocument *document)
{
    connect(document, &StoryDocument::analysisChanged, this, &ReaderView::setAnalysis);
    setAnalysis(document->analysis());
}

void ReaderView::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    m_conflictPassages.clear();
    if (m_analysis) {
        QList<bool> conflict(m_analysis->alignment.passages.size(), false);
        for (const FactSlot &slot : m_analysis->facts.slots) {
            if (!slot.isConflict())
                continue;
            for (const Mention &mention : slot.mentions) {
                const int passage = m_analysis->alignment.passageOfSentence(mention.article, mention.sentence);
                if (passage >= 0)
                    conflict[passage] = true;
            }
        }
        for (int i = 0; i < conflict.size(); ++i) {
            if (conflict.at(i))
                m_conflictPassages.append(i);
        }
    }
    applyWordingMarks();
    updateNeighbours();
    m_map->update();
    Q_EMIT analysisChanged();
}

void ReaderView::setWordingMarks(WordingMarks marks)
{
    m_wordingMarks = marks;
    applyWordingMarks();
}

void ReaderView::applyWordingMarks()
{
    bool marked = m_wordingMarks != WordingMarks::Hidden;
    if (m_wordingMarks == WordingMarks::Automatic && m_analysis) {
        qsizetype shared = 0;
        qsizetype reworded = 0;
        for (const Passage &passage : m_analysis->alignment.passages) {
            shared += passage.status != PassageStatus::Unique ? 1 : 0;
            reworded += passage.status == PassageStatus::Reworded ? 1 : 0;
        }
        marked = reworded * 2 <= shared;
    }
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setWordingMarked(marked);
    if (marked != std::exchange(m_wordingMarked, marked))
        Q_EMIT wordingMarkedChanged(marked);
}

void ReaderView::setTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setTheme(theme);
    repaintDecorations();
}

void ReaderView::setBoilerplateCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setBoilerplateCollapsed(collapsed);
    repaintDecorations();
}

void ReaderView::setSyncScrolling(bool on)
{
    m_sync = on;
    if (on && !m_panes.isEmpty())
        syncFrom(m_panes.first());
}

void ReaderView::setPassageFilter(PassageFilter filter)
{
    m_filter = filter;
    m_map->update();
}

bool ReaderView::passageMatchesFilter(int passageIndex) const
{
    if (!m_analysis || passageIndex < 0 || passageIndex >= m_analysis->alignment.passages.size())
        return false;
    if (m_filter == PassageFilter::All)
        return true;
    const Passage &passage = m_analysis->alignment.passages.at(passageIndex);
    int told = 0;
    for (const ArticlePane *pane : m_panes) {
        if (passage.member(pane->articleId()))
            ++told;
    }
    if (m_filter == PassageFilter::UniqueToOne)
        return told == 1;
    return m_panes.size() > 2 && told == m_panes.size() - 1;
}

QScrollBar *ReaderView::horizontalScrollBar() const
{
    return m_scroll->horizontalScrollBar();
}

ArticlePane *ReaderView::paneFor(ArticleId article) const
{
    for (ArticlePane *pane : m_panes) {
        if (pane->articleId() == article)
            return pane;
    }
    return nullptr;
}

QList<ArticleId> ReaderView::displayOrder() const
{
    QList<ArticleId> order;
    for (const ArticlePane *pane : m_panes)
        order.append(pane->articleId());
    return order;
}

void ReaderView::movePane(ArticleId article, int toIndex)
{
    const qsizetype from = m_order.indexOf(article.value());
    if (from < 0)
        return;
    // Nothing moves before the source's pinned pane, and the source's pane stays first.
    const bool pinned = m_model->sourceRow() >= 0;
    if (pinned && article.value() == m_model->sourceRow())
        return;
    const qsizetype to = qBound(qsizetype(pinned ? 1 : 0), qsizetype(toIndex), m_order.size() - 1);
    if (from == to)
        return;
    m_order.move(from, to);
    rebuild();
    if (to != from)
        Q_EMIT paneOrderChanged();
}

void ReaderView::setAnnotations(const QHash<QByteArray, QList<Highlight>> &annotations)
{
    m_annotations = annotations;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setAnnotations(m_annotations.value(pane->article().contentHash));
}

void ReaderView::rebuild()
{
    auto *layout = static_cast<QHBoxLayout *>(m_strip->layout());
    // The user's order covers every article, shown or hidden, so that an article shown again
    // returns to its place; new articles go at the end.
    QList<int> order;
    for (int row : std::as_const(m_order)) {
        if (row < m_model->rowCount() && !order.contains(row))
            order.append(row);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!order.contains(row))
            order.append(row);
    }
    // The story's source is read first: every other pane is compared with it.
    if (const int source = m_model->sourceRow(); source >= 0) {
        order.removeOne(source);
        order.prepend(source);
    }
    const QList<int> shown = m_model->shownRows();
    // A model reset renumbers rows: forget panes whose article changed.
    QList<ArticlePane *> kept;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        const int row = pane->articleId().value();
        const bool same = row < m_model->rowCount() && shown.contains(row)
                          && m_model->article(row).contentHash == pane->article().contentHash
                          && m_model->article(row).meta.sourceFile == pane->article().meta.sourceFile;
        if (same) {
            kept.append(pane);
        } else {
            layout->removeWidget(pane);
            pane->deleteLater();
        }
    }
    for (ConnectorBand *band : std::as_const(m_bands)) {
        layout->removeWidget(band);
        band->deleteLater();
    }
    m_bands.clear();
    m_panes.clear();
    m_order = order;

    for (int row : std::as_const(m_order)) {
        if (!shown.contains(row))
            continue;
        auto existing = std::find_if(kept.cbegin(), kept.cend(),
                                     [row](ArticlePane *pane) { return pane->articleId().value() == row; });
        ArticlePane *pane = existing != kept.cend() ? *existing : nullptr;
        if (!pane) {
            pane = new ArticlePane(m_strip);
            pane->setTheme(m_theme);
            pane->setBoilerplateCollapsed(m_collapsed);
            pane->setWordingMarked(m_wordingMarked);
            pane->setArticle(m_model->article(row), ArticleId(row));
            pane->setAnnotations(m_annotations.value(m_model->article(row).contentHash));
            connect(pane, &ArticlePane::scrolled, this, [this, pane] {
                syncFrom(pane);
                repaintDecorations();
            });
            connect(pane, &ArticlePane::layoutChanged, this, &ReaderView::repaintDecorations);
            connect(pane, &ArticlePane::factClicked, this, &ReaderView::factClicked);
            connect(pane, &ArticlePane::contextMenuAboutToShow, this, [this, pane](QMenu *menu, qsizetype position) {
                Q_EMIT paneContextMenu(menu, pane->articleId(), position);
            });
            connect(pane, &ArticlePane::paragraphMarkRequested, this,
                    [this](ArticleId article, qsizetype paragraph, BoilerplateKind kind) {
                        m_model->setParagraphBoilerplate(article.value(), paragraph, kind);
                    });
        }
        layout->removeWidget(pane);
        if (!m_panes.isEmpty()) {
            auto *band = new ConnectorBand(this, m_panes.last(), pane, m_strip);
            layout->addWidget(band);
            m_bands.append(band);
        }
        layout->addWidget(pane, 1);
        m_panes.append(pane);
    }

    if (m_panes.isEmpty() && !m_placeholder) {
        auto *label = new QLabel(tr("Open articles about one story (File ▸ Open Articles, or drop files here) "
                                    "to read them side by side.\nHelp ▸ Open Sample Story shows how."),
                                 m_strip);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        m_placeholder = label;
        layout->addWidget(label, 1);
    } else if (!m_panes.isEmpty() && m_placeholder) {
        layout->removeWidget(m_placeholder);
        delete m_placeholder;
        m_placeholder = nullptr;
    }
    // Tab follows the screen, not the order the panes were created in: the panes left to
    // right, then the coverage map.
    QWidget *previous = nullptr;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (previous)
            setTabOrder(previous, pane->textView());
        previous = pane->textView();
    }
    if (previous)
        setTabOrder(previous, m_map);
    m_map->updateWidth();
    updateNeighbours();
}

void ReaderView::updateNeighbours()
{
    // Each pane marks the words that differ from the pane on its left (the first: on its right).
    const bool usable = m_analysis && m_analysis->articles.size() == m_model->rowCount();
    for (int i = 0; i < m_panes.size(); ++i) {
        const ArticleId neighbour = m_panes.size() < 2 ? ArticleId()
                                    : i > 0        ? m_panes.at(i - 1)->articleId()
                                                   : m_panes.at(1)->articleId();
        m_panes.at(i)->setAnalysis(usable ? m_analysis : nullptr, neighbour);
    }
    for (ConnectorBand *band : std::as_const(m_bands))
        band->updateDescription();
    repaintDecorations();
}

void ReaderView::repaintDecorations()
{
    for (ConnectorBand *band : std::as_const(m_bands))
        band->update();
    m_map->update();
}

int ReaderView::nearestPassage(ArticleId article, qsizetype position) const
{
    if (!m_analysis || !article.isValid() || article.value() >= m_analysis->segmentations.size())
        return -1;
    const QList<Sentence> &sentences = m_analysis->segmentations.at(article.value()).sentences;
    // The last sentence starting at or before the position, then backwards to one in a passage.
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                               [](qsizetype pos, const Sentence &s) { return pos < s.span.start; });
    qsizetype index = (it - sentences.cbegin()) - 1;
    for (qsizetype i = index; i >= 0; --i) {
        const int passage = m_analysis->alignment.passageOfSentence(article, i);
        if (passage >= 0)
            return passage;
    }
    for (qsizetype i = qMax<qsizetype>(0, index + 1); i < sentences.size(); ++i) {
        const int passage = m_analysis->alignment.passageOfSentence(article, i);
        if (passage >= 0)
            return passage;
    }
    return -1;
}

int ReaderView::passageAtAnchor(const ArticlePane *pane) const
{
    if (!pane || !m_analysis)
        return -1;
    // The passage at the anchor line is that of the first sentence starting on the line, or
    // else of the sentence the line continues: a line can end one sentence and start the next.
    const double anchorY = pane->textView()->viewport()->height() * anchorFraction;
    const TextSpan line = pane->lineAtViewportY(anchorY + 2);   // just inside the line, not on its edge
    const ArticleId article = pane->articleId();
    if (article.value() < m_analysis->segmentations.size()) {
        const QList<Sentence> &sentences = m_analysis->segmentations.at(article.value()).sentences;
        auto it = std::lower_bound(sentences.cbegin(), sentences.cend(), line.start,
                                   [](const Sentence &s, qsizetype pos) { return s.span.start < pos; });
        for (; it != sentences.cend() && it->span.start <= line.end; ++it) {
            const int passage = m_analysis->alignment.passageOfSentence(article, it - sentences.cbegin());
            if (passage >= 0)
                return passage;
        }
    }
    return nearestPassage(article, line.start);
}

int ReaderView::currentPassage() const
{
    for (const ArticlePane *pane : m_panes) {
        if (pane->textView()->hasFocus())
            return passageAtAnchor(pane);
    }
    return m_panes.isEmpty() ? -1 : passageAtAnchor(m_panes.first());
}

void ReaderView::syncFrom(ArticlePane *source)
{
    const int passageIndex = passageAtAnchor(source);
    if (passageIndex != m_lastPassage) {
        m_lastPassage = passageIndex;
        m_map->setCurrentPassage(passageIndex);
        Q_EMIT currentPassageChanged(passageIndex);
    }
    if (!m_sync || m_syncing || !m_analysis || passageIndex < 0)
        return;
    QScopedValueRollback guard(m_syncing, true);
    const double anchorY = source->textView()->viewport()->height() * anchorFraction;
    const double anchorDocY = anchorY + source->textView()->verticalScrollBar()->value();
    const auto &passages = m_analysis->alignment.passages;
    const PassageMember *own = passages.at(passageIndex).member(source->articleId());
    if (!own)
        return;
    const VerticalRange ownRange = source->documentRange(own->span);
    // How far through its passage the anchor line is; the others go equally far through theirs.
    const double fraction = ownRange.height() > 0 ? qBound(0.0, (anchorDocY - ownRange.top) / ownRange.height(), 1.0) : 0.0;
    const double beyond = qMax(0.0, anchorDocY - ownRange.bottom);
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (pane == source)
            continue;
        const PassageMember *theirs = passages.at(passageIndex).member(pane->articleId());
        if (theirs) {
            const VerticalRange range = pane->documentRange(theirs->span);
            pane->scrollDocumentYTo(range.top + fraction * range.height() + beyond, anchorY);
            continue;
        }
        // This article does not tell the passage: align on the nearest earlier passage that
        // both tell, so the pane holds still where the other has material of its own.
        for (int i = passageIndex - 1; i >= 0; --i) {
            const PassageMember *a = passages.at(i).member(source->articleId());
            const PassageMember *b = passages.at(i).member(pane->articleId());
            if (a && b && b->primary) {
                const double gap = anchorDocY - source->documentRange(a->span).bottom;
                pane->scrollDocumentYTo(pane->documentRange(b->span).bottom + qMax(0.0, gap), anchorY);
                break;
            }
        }
    }
}

void ReaderView::revealPassage(int passageIndex)
{
    if (!m_analysis || passageIndex < 0 || passageIndex >= m_analysis->alignment.passages.size())
        return;
    const Passage &passage = m_analysis->alignment.passages.at(passageIndex);
    {
        QScopedValueRollback guard(m_syncing, true);
        for (ArticlePane *pane : std::as_const(m_panes)) {
            if (const PassageMember *member = passage.member(pane->articleId())) {
                const double anchorY = pane->textView()->viewport()->height() * anchorFraction;
                pane->scrollDocumentYTo(pane->documentRange(member->span).top, anchorY);
            }
        }
    }
    m_lastPassage = passageIndex;
    m_map->setCurrentPassage(passageIndex);
    Q_EMIT currentPassageChanged(passageIndex);
    repaintDecorations();
}

void ReaderView::revealSpan(ArticleId article, TextSpan span)
{
    ArticlePane *pane = paneFor(article);
    if (!pane)
        return;
    pane->reveal(span);
    pane->textView()->setFocus();
    syncFrom(pane);
}

bool ReaderView::goTo(Step step, const std::function<bool(int)> &accept)
{
    if (!m_analysis)
        return false;
    const int count = int(m_analysis->alignment.passages.size());
    const int from = m_lastPassage >= 0 ? m_lastPassage : currentPassage();
    for (int i = from + (step == Step::Next ? 1 : -1); i >= 0 && i < count; i += step == Step::Next ? 1 : -1) {
        if (accept(i)) {
            revealPassage(i);
            return true;
        }
    }
    return false;
}

bool ReaderView::goToDifference(Step step)
{
    return goTo(step, [this](int i) {
        const Passage &passage = m_analysis->alignment.passages.at(i);
        if (passage.status == PassageStatus::Identical)
            return false;
        // Only passages a shown pane tells can be shown.
        return std::any_of(m_panes.cbegin(), m_panes.cend(),
                           [&](const ArticlePane *pane) { return passage.member(pane->articleId()) != nullptr; });
    });
}

bool ReaderView::hasUniquePassages() const
{
    return m_analysis && std::any_of(m_analysis->alignment.passages.cbegin(), m_analysis->alignment.passages.cend(),
                                     [](const Passage &passage) { return passage.status == PassageStatus::Unique; });
}

bool ReaderView::goToConflict(Step step)
{
    return goTo(step, [this](int i) { return m_conflictPassages.contains(i); });
}

bool ReaderView::goToUnique(Step step)
{
    return goTo(step, [this](int i) {
        const Passage &passage = m_analysis->alignment.passages.at(i);
        if (m_filter != PassageFilter::All)
            return passageMatchesFilter(i);
        return passage.status == PassageStatus::Unique
               && std::any_of(m_panes.cbegin(), m_panes.cend(),
                              [&](const ArticlePane *pane) { return passage.member(pane->articleId()) != nullptr; });
    });
}

int ReaderView::find(const QString &text)
{
    int total = 0;
    for (ArticlePane *pane : std::as_const(m_panes))
        total += pane->setFindText(text);
    m_findPane = 0;
    return total;
}

bool ReaderView::findNext(Step step)
{
    if (m_panes.isEmpty())
        return false;
    const int count = int(m_panes.size());
    QTextDocument::FindFlags flags;
    if (step == Step::Previous)
        flags |= QTextDocument::FindBackward;
    for (int tried = 0; tried <= count; ++tried) {
        ArticlePane *pane = m_panes.at(m_findPane % count);
        if (!pane->findText().isEmpty() && pane->textView()->find(pane->findText(), flags)) {
            pane->textView()->setFocus();
            syncFrom(pane);
            return true;
        }
        // Wrap to the next pane, starting from its top (or bottom going backwards).
        m_findPane = (m_findPane + (step == Step::Next ? 1 : count - 1)) % count;
        QTextEdit *next = m_panes.at(m_findPane)->textView();
        QTextCursor cursor(next->document());
        cursor.movePosition(step == Step::Next ? QTextCursor::Start : QTextCursor::End);
        next->setTextCursor(cursor);
    }
    return false;
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_strip) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (drag->mimeData()->hasFormat(paneMimeType)) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (drop->mimeData()->hasFormat(paneMimeType)) {
                const int article = drop->mimeData()->data(paneMimeType).toInt();
                int index = 0;
                for (const ArticlePane *pane : std::as_const(m_panes)) {
                    if (drop->position().x() > pane->geometry().center().x())
                        ++index;
                }
                const qsizetype from = m_order.indexOf(article);
                if (from >= 0 && from < index)
                    --index;
                movePane(ArticleId(article), index);
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Crossread
