// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "theme.h"

#include <QFrame>
#include <QHash>
#include <QTextCharFormat>
#include <QTextEdit>

#include <array>
#include <memory>

class QLabel;
class QMenu;

namespace Crossread {

/// A vertical extent in a text view's viewport, in pixels.
struct VerticalRange {
    double top = 0;
    double bottom = 0;
    [[nodiscard]] double height() const { return bottom - top; }
};

/// A character format over a span of an article's text: one mark the reader shows.
struct Highlight {
    TextSpan span;
    QTextCharFormat format;

    friend bool operator==(const Highlight &, const Highlight &) = default;
};

/// Flattens highlight layers (bottom layer first) into non-overlapping runs in text order.
/// Where marks overlap, the upper one's properties win, except translucent backgrounds, which
/// are composited over the lower ones (source-over), so a fact inside a reworded stretch still
/// shows both. Adjacent runs with the same format are joined; empty spans are dropped.
[[nodiscard]] QList<Highlight> combineHighlights(const QList<QList<Highlight>> &layers);

/// One article, read-only: a header with outlet, headline and date, then the text wrapped as
/// prose. With an analysis it marks boilerplate (dimmed), the words that differ from the
/// neighbouring pane, passages only this article tells, and every fact by its status.
class ArticlePane : public QFrame {
    Q_OBJECT
public:
    explicit ArticlePane(QWidget *parent = nullptr);

    void setArticle(const Article &article, ArticleId id);
    /// The same article with corrected metadata or boilerplate marks; keeps the scroll position.
    void updateArticle(const Article &article);
    /// Shows the analysis; `neighbour` is the pane whose text the word differences are
    /// computed against (invalid: none). The scroll position is kept.
    void setAnalysis(std::shared_ptr<const Analysis> analysis, ArticleId neighbour);
    void setTheme(const ReaderTheme &theme);
    /// Hides boilerplate paragraphs (they keep their place in the text, so every offset holds).
    void setBoilerplateCollapsed(bool collapsed);
    /// Tints the words that differ from the neighbouring pane's rendering of each passage
    /// (only runs that carry content: a changed "the" or "said" is not marked).
    void setWordingMarked(bool marked);
    [[nodiscard]] bool boilerplateCollapsed() const { return m_collapsed; }
    /// Marks every occurrence of `needle` (case-insensitive); returns how many there are.
    int setFindText(const QString &needle);
    [[nodiscard]] const QString &findText() const { return m_find; }

    [[nodiscard]] ArticleId articleId() const { return m_id; }
    [[nodiscard]] const Article &article() const { return m_article; }
    [[nodiscard]] QTextEdit *textView() const { return m_text; }
    /// The text as displayed; the same length as the article's text, offset for offset.
    [[nodiscard]] QString displayedText() const;

    /// Where a span of the article's text is, in the text view's viewport coordinates.
    [[nodiscard]] VerticalRange viewportRange(TextSpan span) const;
    /// The same in document coordinates (independent of scrolling).
    [[nodiscard]] VerticalRange documentRange(TextSpan span) const;
    /// The text of the visual line shown at a viewport height, as a span [line start, line end).
    [[nodiscard]] TextSpan lineAtViewportY(double y) const;
    /// Scrolls so that document height `documentY` appears at viewport height `viewportY`.
    void scrollDocumentYTo(double documentY, double viewportY);
    /// Selects the span and brings it into view, at a third of the height.
    void reveal(TextSpan span);

    /// Text marks the pane shows, for tests and the legend: counts per kind.
    struct MarkCounts {
        int boilerplate = 0;
        int differences = 0;
        int uniquePassages = 0;
        int agree = 0;
        int conflict = 0;
        int unique = 0;
        int quoteVariant = 0;
        int findMatches = 0;
    };
    [[nodiscard]] MarkCounts markCounts() const { return m_counts; }

    /// The fact slot whose mention covers a text position in this article, or -1.
    [[nodiscard]] int slotAt(qsizetype position) const;

    static constexpr int minimumReadableWidth = 320;

    /// The layers of marks, bottom to top. They are combined (combineHighlights) and written
    /// into the document as character formats, so each line is drawn once however many marks
    /// it holds; find matches are drawn on top as extra selections. A new kind of mark is a
    /// new layer here, filled in its own setter, which then calls applyHighlights().
    enum class HighlightLayer : quint8 {
        Boilerplate,   ///< dimmed, italic page furniture
        Passages,      ///< passages only this article tells; words that differ from the neighbour
        Facts,         ///< fact mentions by slot status
        Annotations,   ///< the reader's highlights, in their colours (setAnnotations())
        Count
    };
    /// The reader's annotations on this article, drawn over every other mark. Set by the
    /// reader view; kept when the analysis or the theme changes.
    void setAnnotations(const QList<Highlight> &annotations);
    [[nodiscard]] const QList<Highlight> &annotations() const
    {
        return m_layers.at(std::size_t(HighlightLayer::Annotations));
    }

Q_SIGNALS:
    /// The text view scrolled (by the user, the keyboard or a program).
    void scrolled();
    /// The user clicked a fact; the reader shows what the other outlets say.
    void factClicked(int slot, const QPoint &globalPos);
    /// Width changes re-wrap the text, which moves every span.
    void layoutChanged();
    /// The reader asked to mark a paragraph as boilerplate (kind != None) or as article text.
    void paragraphMarkRequested(ArticleId article, qsizetype paragraph, BoilerplateKind kind);
    /// The text's context menu is about to open at a text position; receivers may add
    /// actions (the review's annotate and claim actions) before it is shown.
    void contextMenuAboutToShow(QMenu *menu, qsizetype position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// Recomputes the boilerplate, passage and fact layers, then applies them.
    void rebuildHighlights();
    /// Writes the combined layers into the document (only if they changed).
    void applyHighlights();
    /// Marks the find matches, over everything else.
    void applyFind();
    void showContextMenu(const QPoint &pos);
    void updateHeader();
    /// The header's and the text's fonts, derived from the pane's own (which the reader's
    /// font, e.g. the one chosen in Preferences, reaches by inheritance).
    void applyFonts();
    void applyCollapse();
    QString factToolTip(int slot) const;

    ArticleId m_id;
    ArticleId m_neighbour;
    Article m_article;
    std::shared_ptr<const Analysis> m_analysis;
    ReaderTheme m_theme;
    QString m_find;
    MarkCounts m_counts;
    std::array<QList<Highlight>, std::size_t(HighlightLayer::Count)> m_layers;
    /// What applyHighlights() last wrote into the document; cleared when the text is replaced.
    QList<Highlight> m_applied;
    /// Fact mentions of this article, sorted by start: span and slot.
    QList<std::pair<TextSpan, int>> m_mentions;
    QLabel *m_outlet = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QTextEdit *m_text = nullptr;
    /// documentRange() of the spans asked for since the layout last changed: the bands ask
    /// for every passage on every repaint, and the layout changes far less often.
    mutable QHash<std::pair<qsizetype, qsizetype>, VerticalRange> m_rangeCache;
    QPoint m_pressPos;
    bool m_collapsed = false;
    bool m_wordingMarked = true;
};

/// The article text as the panes display it: "\r\n" becomes " \n" and a lone "\r" becomes "\n",
/// so every offset into the article's text is the same offset into the display.
[[nodiscard]] QString displayableText(const QString &text);

} // namespace Crossread
