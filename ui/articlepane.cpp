// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepane.h"
#include "sourcemarks.h"

#include "core/inputlimits.h"
#include "align/worddiff.h"
#include "export/correctedanalysis.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

namespace Crossread {
namespace {

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QTextEdit::ExtraSelection selection(QTextDocument *document, TextSpan span, const QTextCharFormat &format)
{
    QTextCursor cursor(document);
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
    return {cursor, format};
}

/// Source-over compositing of two straight-alpha colours.
QColor over(const QColor &below, const QColor &above)
{
    const double a = above.alphaF();
    const double b = below.alphaF() * (1 - a);
    const double alpha = a + b;
    if (alpha <= 0)
        return Qt::transparent;
    auto mix = [&](double top, double bottom) { return (top * a + bottom * b) / alpha; };
    return QColor::fromRgbF(float(mix(above.redF(), below.redF())), float(mix(above.greenF(), below.greenF())),
                            float(mix(above.blueF(), below.blueF())), float(alpha));
}

/// `above` laid over `below`: its properties win, translucent backgrounds are composited.
QTextCharFormat layered(const QTextCharFormat &below, const QTextCharFormat &above)
{
    QTextCharFormat result = below;
    result.merge(above);
    if (below.background().style() == Qt::SolidPattern && above.background().style() == Qt::SolidPattern)
        result.setBackground(over(below.background().color(), above.background().color()));
    return result;
}

} // namespace

QList<Highlight> combineHighlights(const QList<QList<Highlight>> &layers)
{
    // A sweep over the span boundaries; between two boundaries the covering marks are the
    // same, folded bottom to top. Overlaps are few (a fact inside a reworded stretch inside
    // boilerplate at most), so the active list stays short.
    struct Mark {
        TextSpan span;
        int order = 0;   ///< position in the layer stack: layer first, then within the layer
        const QTextCharFormat *format = nullptr;
    };
    QList<Mark> marks;
    QList<qsizetype> cuts;
    for (const QList<Highlight> &layer : layers) {
        for (const Highlight &highlight : layer) {
            if (highlight.span.isEmpty())
                continue;
            marks.append({highlight.span, int(marks.size()), &highlight.format});
            cuts.append(highlight.span.start);
            cuts.append(highlight.span.end);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.span.start < b.span.start; });

    QList<Highlight> runs;
    QList<const Mark *> active;   // ordered by `order`
    qsizetype next = 0;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const TextSpan piece{cuts.at(i), cuts.at(i + 1)};
        active.removeIf([&](const Mark *mark) { return mark->span.end <= piece.start; });
        for (; next < marks.size() && marks.at(next).span.start <= piece.start; ++next) {
            const Mark *mark = &marks.at(next);
            active.insert(std::upper_bound(active.cbegin(), active.cend(), mark,
                                           [](const Mark *a, const Mark *b) { return a->order < b->order; }),
                          mark);
        }
        if (active.isEmpty())
            continue;
        QTextCharFormat format;
        for (const Mark *mark : std::as_const(active))
            format = layered(format, *mark->format);
        if (!runs.isEmpty() && runs.last().span.end == piece.start && runs.last().format == format)
            runs.last().span.end = piece.end;
        else
            runs.append({piece, format});
    }
    return runs;
}

QString displayableText(const QString &text)
{
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i) != u'\r')
            continue;
        const bool pair = i + 1 < shown.size() && shown.at(i + 1) == u'\n';
        shown[i] = pair ? QChar(u' ') : QChar(u'\n');
    }
    return shown;
}

ArticlePane::ArticlePane(QWidget *parent)
    : QFrame(parent)
    , m_outlet(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_text(new QTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(minimumReadableWidth);

    applyFonts();
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    for (QLabel *label : {m_outlet, m_headline, m_details})
        label->setTextFormat(Qt::PlainText);   // article metadata is data, never markup

    m_text->setReadOnly(true);
    // The marks are written into the document as formats: no undo history for them.
    m_text->document()->setUndoRedoEnabled(false);
    m_text->setAcceptRichText(false);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QTextEdit::customContextMenuRequested, this, &ArticlePane::showContextMenu);
    m_text->viewport()->setMouseTracking(true);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticlePane::scrolled);
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ArticlePane::layoutChanged);
    // The layout announces every relayout (new width, formats, hidden blocks) with update().
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::update, this,
            [this] { m_rangeCache.clear(); });
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::updateBlock, this,
            [this] { m_rangeCache.clear(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_outlet);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_text, 1);
}

void ArticlePane::setArticle(const Article &article, ArticleId id)
{
    m_id = id;
    m_article = article;
    m_analysis.reset();
    m_mentions.clear();
    updateHeader();
    m_text->setPlainText(displayableText(article.text));
    m_rangeCache.clear();
    m_applied.clear();   // the new text has no formats yet
    // A block's layout normally drops its shaped glyphs once laid out, so every paint shaped
    // each visible paragraph again (with 20 panes, most of the repaint). The text never
    // changes while shown: keep them (some hundred KB per article).
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    applyCollapse();
    rebuildHighlights();
    applyFind();
}

void ArticlePane::updateArticle(const Article &article)
{
    m_article = article;
    updateHeader();
    applyCollapse();
    rebuildHighlights();
}

void ArticlePane::setWordingMarked(bool marked)
{
    if (m_wordingMarked == marked)
        return;
    m_wordingMarked = marked;
    rebuildHighlights();
}

void ArticlePane::setBoilerplateCollapsed(bool collapsed)
{
    if (m_collapsed == collapsed)
        return;
    m_collapsed = collapsed;
    applyCollapse();
}

void ArticlePane::applyCollapse()
{
    QTextDocument *document = m_text->document();
    // Every block shows, except those of boilerplate paragraphs when collapsed.
    QList<bool> visible(document->blockCount(), true);
    if (m_collapsed) {
        for (const Paragraph &paragraph : std::as_const(m_article.paragraphs)) {
            if (!paragraph.isBoilerplate())
                continue;
            for (QTextBlock block = document->findBlock(int(paragraph.span.start));
                 block.isValid() && block.position() < paragraph.span.end; block = block.next())
                visible[block.blockNumber()] = false;
        }
    }
    // Relayout only the stretch whose visibility changed: most calls (a new pane, a corrected
    // headline, an analysis while nothing is collapsed) change none, and a relayout reflows
    // the whole text.
    int first = -1;
    int last = -1;
    int number = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next(), ++number) {
        if (block.isVisible() == visible.at(number))
            continue;
        block.setVisible(visible.at(number));
        if (first < 0)
            first = block.position();
        last = block.position() + block.length();
    }
    if (first >= 0)
        document->markContentsDirty(first, last - first);
}

void ArticlePane::applyFonts()
{
    // Set afresh from the pane's font on every change: a font set on a child once would keep
    // its size when the reader's font changes later.
    auto scaled = [this](double factor) {
        QFont font = this->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * factor);
        else
            font.setPixelSize(qRound(font.pixelSize() * factor));
        return font;
    };
    QFont outlet = font();
    outlet.setBold(true);
    m_outlet->setFont(outlet);
    m_headline->setFont(scaled(1.15));
    m_text->setFont(scaled(1.1));
}

void ArticlePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QFrame::changeEvent(event);
}

void ArticlePane::updateHeader()
{
    const Article &article = m_article;
    // The source's pane says so where the outlet's name goes: it is pinned first, and every
    // other pane is compared with it.
    m_outlet->setText(article.meta.role == ArticleRole::Source ? tr("§ Source: %1").arg(article.displayName())
                                                               : article.displayName());
    m_headline->setText(article.meta.headline);
    QStringList details;
    if (!article.meta.author.isEmpty())
        details.append(tr("By %1").arg(article.meta.author));
    if (article.meta.published.isValid())
        details.append(article.meta.published.precision == DatePrecision::Day
                           ? QLocale().toString(article.meta.published.date, QLocale::LongFormat)
                           : article.meta.published.isoString());
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_details->setVisible(!details.isEmpty());
    m_text->setAccessibleName(tr("Text of %1").arg(article.displayName()));
    setAccessibleName(tr("Article from %1").arg(article.displayName()));
}

void ArticlePane::showContextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu(pos));
    const qsizetype position = m_text->cursorForPosition(pos).position();
    const auto &paragraphs = m_article.paragraphs;
    const auto it = std::find_if(paragraphs.cbegin(), paragraphs.cend(),
                                 [position](const Paragraph &p) { return p.span.start <= position && position <= p.span.end; });
    if (it != paragraphs.cend()) {
        const qsizetype index = it - paragraphs.cbegin();
        menu->addSeparator();
        if (it->isBoilerplate()) {
            menu->addAction(tr("Mark Paragraph as Article Text"), this, [this, index] {
                Q_EMIT paragraphMarkRequested(m_id, index, BoilerplateKind::None);
            });
        } else {
            menu->addAction(tr("Mark Paragraph as Boilerplate"), this, [this, index] {
                Q_EMIT paragraphMarkRequested(m_id, index, BoilerplateKind::Other);
            });
        }
    }
    Q_EMIT contextMenuAboutToShow(menu.get(), position);
    menu->exec(m_text->viewport()->mapToGlobal(pos));
}

void ArticlePane::setAnalysis(std::shared_ptr<const Analysis> analysis, ArticleId neighbour)
{
    m_analysis = std::move(analysis);
    m_neighbour = neighbour;
    m_mentions.clear();
    // Show the boilerplate marks the analysis compared with: it adds story-level ones.
    if (m_analysis && m_id.value() < m_analysis->articles.size()
        && m_analysis->articles.at(m_id.value()).contentHash == m_article.contentHash
        && m_analysis->articles.at(m_id.value()).paragraphs != m_article.paragraphs) {
        m_article.paragraphs = m_analysis->articles.at(m_id.value()).paragraphs;
        applyCollapse();
    }
    if (m_analysis) {
        for (const FactSlot &slot : m_analysis->facts.slots) {
            for (const Mention &mention : slot.mentions) {
                if (mention.article == m_id)
                    m_mentions.append({mention.span, slot.id});
            }
        }
        std::sort(m_mentions.begin(), m_mentions.end(),
                  [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    }
    rebuildHighlights();
}

void ArticlePane::setTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, theme.background);
    palette.setColor(QPalette::Text, theme.text);
    m_text->setPalette(palette);
    rebuildHighlights();
    applyFind();
}

int ArticlePane::setFindText(const QString &needle)
{
    m_find = needle;
    applyFind();
    return m_counts.findMatches;
}

QString ArticlePane::displayedText() const
{
    return m_text->document()->toPlainText();
}

VerticalRange ArticlePane::documentRange(TextSpan span) const
{
    const auto key = std::pair(span.start, span.end);
    if (const auto cached = m_rangeCache.constFind(key); cached != m_rangeCache.cend())
        return *cached;
    QTextDocument *document = m_text->document();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    auto lineAt = [&](qsizetype position, bool bottom) -> double {
        const QTextBlock block = document->findBlock(int(position));
        if (!block.isValid())
            return bottom ? layout->documentSize().height() : 0.0;
        const QRectF blockRect = layout->blockBoundingRect(block);
        const QTextLayout *textLayout = block.layout();
        const int inBlock = int(position) - block.position();
        const QTextLine line = textLayout ? textLayout->lineForTextPosition(inBlock) : QTextLine();
        if (!line.isValid())
            return bottom ? blockRect.bottom() : blockRect.top();
        return blockRect.top() + (bottom ? line.y() + line.height() : line.y());
    };
    // The end is exclusive: measure the line of its last character.
    const VerticalRange range{lineAt(span.start, false), lineAt(qMax(span.start, span.end - 1), true)};
    m_rangeCache.insert(key, range);
    return range;
}

VerticalRange ArticlePane::viewportRange(TextSpan span) const
{
    const VerticalRange range = documentRange(span);
    const double scroll = m_text->verticalScrollBar()->value();
    return {range.top - scroll, range.bottom - scroll};
}

TextSpan ArticlePane::lineAtViewportY(double y) const
{
    QTextCursor cursor = m_text->cursorForPosition(QPoint(4, int(y)));
    cursor.movePosition(QTextCursor::StartOfLine);
    const qsizetype start = cursor.position();
    cursor.movePosition(QTextCursor::EndOfLine);
    return {start, cursor.position()};
}

void ArticlePane::scrollDocumentYTo(double documentY, double viewportY)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(qBound(bar->minimum(), int(std::lround(documentY - viewportY)), bar->maximum()));
}

void ArticlePane::reveal(TextSpan span)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    scrollDocumentYTo(documentRange(span).top, m_text->viewport()->height() / 3.0);
}

int ArticlePane::slotAt(qsizetype position) const
{
    auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                               [](qsizetype pos, const auto &entry) { return pos < entry.first.start; });
    while (it != m_mentions.cbegin()) {
        --it;
        if (it->first.contains(position))
            return it->second;
        if (it->first.end <= position && position - it->first.start > Limits::maxQuoteChars)
            break;
    }
    return -1;
}

QString ArticlePane::factToolTip(int slotId) const
{
    if (!m_analysis || slotId < 0 || slotId >= m_analysis->facts.slots.size())
        return {};
    const FactSlot &slot = m_analysis->facts.slots.at(slotId);
    QString status = slot.quoteVariant ? tr("quote variant")
                           : !slot.comparable ? tr("not comparable")
                           : slot.status == SlotStatus::Conflict ? tr("conflict")
                           : slot.status == SlotStatus::Agree    ? tr("outlets agree")
                                                                 : tr("only one outlet");
    if (slot.corrected)
        status += QStringLiteral(" · ") + correctedByText(slot.correctedBy);
    if (!slot.note.isEmpty())
        status += QStringLiteral(": ") + slot.note;
    QString html = QStringLiteral("<b>%1</b> — %2<table>").arg(slot.label.translated().toHtmlEscaped(), status.toHtmlEscaped());
    for (const Mention &mention : slot.mentions) {
        const QString outlet = m_analysis->articles.at(mention.article.value()).displayName();
        QString said = mention.surface.left(160);
        if (mention.surface.size() > 160)
            said += u'…';
        QString line = QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                           .arg(outlet.toHtmlEscaped(), said.toHtmlEscaped());
        if (!mention.differences.isEmpty())
            line += QStringLiteral("<tr><td></td><td><i>%1</i></td></tr>").arg(translatedTexts(mention.differences).join(u"; ").toHtmlEscaped());
        line += sourceMentionHtml(*m_analysis, slotId, &mention - slot.mentions.constData());
        html += line;
    }
    const Topic &topic = m_analysis->facts.topics.value(slot.topic);
    if (topic.slots.size() > 1)
        html += QStringLiteral("<tr><td colspan=2><i>%1</i></td></tr>")
                    .arg(tr("One of %n related figures about %1 (click to see them)", nullptr, int(topic.slots.size()))
                             .arg(topic.label.translated().toHtmlEscaped()));
    html += QStringLiteral("</table>");
    return html;
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor cursor = m_text->cursorForPosition(help->pos());
            const int slot = slotAt(cursor.position());
            const QString markTip = slot >= 0 ? factToolTip(slot) : cursor.charFormat().toolTip();
            if (!markTip.isEmpty())
                QToolTip::showText(help->globalPos(), markTip, m_text->viewport());
            else
                QToolTip::hideText();
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
                const int slot = slotAt(m_text->cursorForPosition(mouse->position().toPoint()).position());
                if (slot >= 0)
                    Q_EMIT factClicked(slot, mouse->globalPosition().toPoint());
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ArticlePane::rebuildHighlights()
{
    const int findMatches = m_counts.findMatches;
    m_counts = {};
    m_counts.findMatches = findMatches;
    // Annotations come from the review, not from the article or the analysis: they stay.
    for (std::size_t layer = 0; layer < m_layers.size(); ++layer) {
        if (layer != std::size_t(HighlightLayer::Annotations))
            m_layers[layer].clear();
    }
    QList<Highlight> &boilerplate = m_layers[std::size_t(HighlightLayer::Boilerplate)];
    QList<Highlight> &passages = m_layers[std::size_t(HighlightLayer::Passages)];
    QList<Highlight> &facts = m_layers[std::size_t(HighlightLayer::Facts)];

    QTextCharFormat dimmed;
    dimmed.setForeground(m_theme.boilerplateText.isValid() ? m_theme.boilerplateText : QColor(Qt::gray));
    dimmed.setFontItalic(true);
    for (const Paragraph &paragraph : std::as_const(m_article.paragraphs)) {
        if (paragraph.isBoilerplate()) {
            boilerplate.append({paragraph.span, dimmed});
            ++m_counts.boilerplate;
        }
    }

    if (m_analysis && m_id.value() < m_analysis->segmentations.size()) {
        const Segmentation &own = m_analysis->segmentations.at(m_id.value());
        QTextCharFormat onlyHere;
        onlyHere.setBackground(withAlpha(m_theme.unique, 70));
        onlyHere.setToolTip(tr("Only in %1").arg(m_article.displayName()));
        QTextCharFormat differs;
        differs.setBackground(withAlpha(m_theme.reworded, m_theme.dark ? 110 : 95));
        for (const Passage &passage : m_analysis->alignment.passages) {
            const PassageMember *mine = passage.member(m_id);
            if (!mine || !mine->primary)
                continue;
            if (passage.status == PassageStatus::Unique) {
                passages.append({mine->span, onlyHere});
                ++m_counts.uniquePassages;
                continue;
            }
            const PassageMember *theirs = m_neighbour.isValid() ? passage.member(m_neighbour) : nullptr;
            if (!m_wordingMarked || !theirs || passage.status == PassageStatus::Identical)
                continue;
            const QList<DiffOp> ops = diffSpans(m_analysis->segmentations.at(m_neighbour.value()), theirs->span,
                                                own, mine->span);
            for (const DiffOp &op : ops) {
                // A run of function words and punctuation is wording, not substance: untinted.
                if (op.kind == DiffOp::Kind::Insert && !op.memberSpan.isEmpty() && carriesContent(own, op.memberSpan)) {
                    passages.append({op.memberSpan, differs});
                    ++m_counts.differences;
                }
            }
        }

        // The underline style repeats the status for readers who cannot tell the colours apart.
        for (const auto &[span, slotId] : std::as_const(m_mentions)) {
            const FactSlot &slot = m_analysis->facts.slots.at(slotId);
            QTextCharFormat format;
            if (slot.quoteVariant) {
                format.setBackground(withAlpha(m_theme.quoteVariant, 140));
                format.setUnderlineStyle(QTextCharFormat::DashUnderline);
                ++m_counts.quoteVariant;
            } else if (slot.isConflict()) {
                format.setBackground(withAlpha(m_theme.conflict, 190));
                format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                format.setUnderlineColor(m_theme.dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x00, 0x00));
                ++m_counts.conflict;
            } else if (slot.status == SlotStatus::Agree) {
                format.setBackground(withAlpha(m_theme.agree, 170));
                format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                ++m_counts.agree;
            } else {
                if (slot.kind == FactKind::Quote)
                    continue;   // a quote only one outlet carries is not worth a mark
                format.setBackground(withAlpha(m_theme.unique, 110));
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                ++m_counts.unique;
            }
            facts.append({span, format});
        }
    }
    applyHighlights();
}

void ArticlePane::setAnnotations(const QList<Highlight> &annotations)
{
    QList<Highlight> &layer = m_layers[std::size_t(HighlightLayer::Annotations)];
    if (layer == annotations)
        return;
    layer = annotations;
    applyHighlights();
}

void ArticlePane::applyHighlights()
{
    QList<Highlight> runs = combineHighlights(QList<QList<Highlight>>(m_layers.cbegin(), m_layers.cend()));
    if (runs == m_applied)
        return;   // rewriting the same formats would only cost a relayout
    QTextDocument *document = m_text->document();
    const qsizetype length = document->characterCount() - 1;   // without the final paragraph separator
    QTextCursor cursor(document);
    cursor.beginEditBlock();   // one relayout for all the changes
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    for (const Highlight &run : std::as_const(runs)) {
        const qsizetype start = qBound(qsizetype(0), run.span.start, length);
        const qsizetype end = qBound(start, run.span.end, length);
        if (start == end)
            continue;
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        cursor.setCharFormat(run.format);
    }
    cursor.endEditBlock();
    m_applied = std::move(runs);
}

void ArticlePane::applyFind()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_counts.findMatches = 0;
    if (!m_find.isEmpty()) {
        QTextDocument *document = m_text->document();
        QTextCharFormat found;
        found.setBackground(m_theme.dark ? QColor(0x9e, 0x7c, 0x00) : QColor(0xff, 0xe0, 0x4d));
        found.setForeground(m_theme.dark ? QColor(Qt::white) : QColor(Qt::black));
        const QString shown = document->toPlainText();
        for (qsizetype at = shown.indexOf(m_find, 0, Qt::CaseInsensitive); at >= 0;
             at = shown.indexOf(m_find, at + m_find.size(), Qt::CaseInsensitive)) {
            selections.append(selection(document, {at, at + m_find.size()}, found));
            ++m_counts.findMatches;
        }
    }
    m_text->setExtraSelections(selections);
}

void ArticlePane::mousePressEvent(QMouseEvent *event)
{
    // Presses that reach the pane itself are on its header: the handle for reordering.
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    QFrame::mousePressEvent(event);
}

void ArticlePane::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        QFrame::mouseMoveEvent(event);
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("application/x-crossread-pane"), QByteArray::number(m_id.value()));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab(QRect(0, 0, width(), m_text->y())).scaledToWidth(qMin(width(), 240)));
    drag->exec(Qt::MoveAction);
}

} // namespace Crossread
