// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "articlepane.h"
#include "theme.h"

#include <QList>
#include <QWidget>

#include <memory>

class QMenu;
class QScrollArea;
class QScrollBar;

namespace Crossread {

class StoryDocument;

class ArticleModel;
class ArticlePane;
class ConnectorBand;
class CoverageMap;

/// Which passages the coverage map and "next unique passage" consider.
enum class PassageFilter : quint8 {
    All,
    UniqueToOne,      ///< told by one article only
    MissingFromOne,   ///< told by every shown article but one
};

/// The comparison reader: the shown articles side by side, connector bands between adjacent
/// panes, and a coverage map. One source of truth drives every pane: the passage at the
/// anchor line of the pane the user scrolls is brought to the same height in the others.
class ReaderView : public QWidget {
    Q_OBJECT
public:
    explicit ReaderView(ArticleModel *model, QWidget *parent = nullptr);
    ~ReaderView() override;

    /// Shows an analysis of the model's articles (ids are model rows). Panes keep their
    /// scroll positions. Null clears the marks.
    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    /// Shows the document's analysis now and whenever it changes (after a run, a correction,
    /// its undo, or a change of the articles, when it becomes null).
    void setDocument(const StoryDocument *document);
    [[nodiscard]] const std::shared_ptr<const Analysis> &analysis() const { return m_analysis; }
    void setTheme(const ReaderTheme &theme);
    [[nodiscard]] const ReaderTheme &theme() const { return m_theme; }

    void setBoilerplateCollapsed(bool collapsed);
    [[nodiscard]] bool boilerplateCollapsed() const { return m_collapsed; }
    /// Whether the panes tint the words a passage's rendering changes against its neighbour's.
    /// Automatic (the default) tints them while at most half of the story's shared passages
    /// are reworded: past that, nearly everything would be amber and the tint would say nothing.
    enum class WordingMarks : quint8 { Automatic, Shown, Hidden };
    void setWordingMarks(WordingMarks marks);
    [[nodiscard]] WordingMarks wordingMarks() const { return m_wordingMarks; }
    /// Whether the tint is shown now (the automatic choice made for the current analysis).
    [[nodiscard]] bool wordingMarked() const { return m_wordingMarked; }
    void setSyncScrolling(bool on);
    [[nodiscard]] bool syncScrolling() const { return m_sync; }
    void setPassageFilter(PassageFilter filter);
    [[nodiscard]] PassageFilter passageFilter() const { return m_filter; }

    /// Panes in display order (the user's order, shown articles only).
    [[nodiscard]] QList<ArticlePane *> panes() const { return m_panes; }
    [[nodiscard]] QList<ConnectorBand *> bands() const { return m_bands; }
    [[nodiscard]] CoverageMap *coverageMap() const { return m_map; }
    [[nodiscard]] QScrollBar *horizontalScrollBar() const;
    [[nodiscard]] ArticlePane *paneFor(ArticleId article) const;
    /// Moves a pane to another place in the display order (drag and drop does this).
    void movePane(ArticleId article, int toIndex);
    /// The reader's annotations per article content hash; each pane draws its article's.
    void setAnnotations(const QHash<QByteArray, QList<Highlight>> &annotations);
    [[nodiscard]] QList<ArticleId> displayOrder() const;

    /// The passage at the anchor line (a third of the height) of a pane, or -1.
    [[nodiscard]] int passageAtAnchor(const ArticlePane *pane) const;
    /// The passage the reader is at: the anchor passage of the pane with focus, else the first.
    [[nodiscard]] int currentPassage() const;
    /// Scrolls every pane that tells the passage so that it sits at the anchor line.
    void revealPassage(int passage);
    /// Scrolls the pane of `article` to a span and selects it; the others follow when synced.
    void revealSpan(ArticleId article, TextSpan span);

    enum class Step : quint8 { Next, Previous };
    /// Moves to the next or previous passage that differs (reworded or unique), that holds
    /// a conflicting fact, or that only one article tells. Returns false when there is none.
    bool goToDifference(Step step);
    bool goToConflict(Step step);
    bool goToUnique(Step step);
    /// Whether the story has any conflict / unique passage at all (for "none in this story"
    /// rather than "no more in this direction").
    [[nodiscard]] bool hasConflicts() const { return !m_conflictPassages.isEmpty(); }
    [[nodiscard]] bool hasUniquePassages() const;

    /// Marks `text` in every pane; returns the total match count. Empty clears.
    int find(const QString &text);
    /// Selects the next match after the current one, across panes in display order.
    bool findNext(Step step);

    /// Passage indices whose passage holds a conflicting fact, in reading order.
    [[nodiscard]] const QList<int> &conflictPassages() const { return m_conflictPassages; }
    [[nodiscard]] bool passageMatchesFilter(int passage) const;

Q_SIGNALS:
    /// wordingMarked() changed (by setWordingMarks() or, when automatic, by a new analysis).
    void wordingMarkedChanged(bool marked);
    void currentPassageChanged(int passage);
    void factClicked(int slot, const QPoint &globalPos);
    /// A pane's text context menu is about to open at a position of `article`'s text.
    void paneContextMenu(QMenu *menu, ArticleId article, qsizetype position);
    /// movePane() changed the display order.
    void paneOrderChanged();
    /// setAnalysis() showed another analysis (the legend follows whether it has a source).
    void analysisChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyWordingMarks();
    void rebuild();
    void updateNeighbours();
    void syncFrom(ArticlePane *source);
    int nearestPassage(ArticleId article, qsizetype position) const;
    bool goTo(Step step, const std::function<bool(int)> &accept);
    void repaintDecorations();

    ArticleModel *m_model = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_strip = nullptr;
    QWidget *m_placeholder = nullptr;
    CoverageMap *m_map = nullptr;
    QList<ArticlePane *> m_panes;
    QList<ConnectorBand *> m_bands;
    QList<int> m_order;                ///< article rows in the user's display order
    QHash<QByteArray, QList<Highlight>> m_annotations;   ///< by article content hash
    std::shared_ptr<const Analysis> m_analysis;
    QList<int> m_conflictPassages;
    ReaderTheme m_theme;
    PassageFilter m_filter = PassageFilter::All;
    bool m_sync = true;
    bool m_collapsed = false;
    WordingMarks m_wordingMarks = WordingMarks::Automatic;
    bool m_wordingMarked = true;
    bool m_syncing = false;            ///< re-entry guard: panes moved by sync do not sync back
    int m_lastPassage = -1;
    int m_findPane = 0;
};

} // namespace Crossread
