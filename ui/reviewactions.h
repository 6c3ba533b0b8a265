// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "review/annotation.h"
#include "review/claim.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QStatusBar;
class QWidget;

namespace Crossread {

class AnnotationsDock;
class ClaimsPanel;
class CorrectionActions;
class ReaderView;
class StoryDocument;

/// What the reader does to review a story: annotate a selection, make claims from a fact, a
/// passage or a selection, add evidence, and correct the analysis (CorrectionActions). Works
/// on the window's StoryDocument; the panes' selection and context menus come from the reader.
///
/// The Review menu's actions are children of this object with stable object names
/// ("annotateSelection", "claimFromSelection", ...), so MainWindow::action() finds them.
class ReviewActions : public QObject {
    Q_OBJECT
public:
    ReviewActions(StoryDocument *document, ReaderView *reader, AnnotationsDock *annotations, ClaimsPanel *claims,
                  QWidget *window, QStatusBar *status);

    /// Fills the Review menu.
    void populateMenu(QMenu *review);
    [[nodiscard]] CorrectionActions *corrections() const { return m_corrections; }

    /// The text selected in a pane (the focused one first, then the last focused) as an anchor.
    [[nodiscard]] std::optional<Anchor> currentSelection() const;
    /// Opens the annotate dialog for the current selection.
    void annotateSelection();
    /// Create a claim and make it current in the claims panel; each returns the claim id or -1.
    int createClaimFromSlot(int slot);
    int createClaimFromPassage(int passage);
    int createClaimFromSelection();
    /// Scrolls the pane of the anchor's article to its span (showing the article if hidden).
    void revealAnchor(const Anchor &anchor);
    /// The reviewer's name from the preferences, asked for once per run when there is none.
    [[nodiscard]] QString reviewerName();

    /// Annotation shades follow the theme.
    void setDark(bool dark);
    /// Disables what would change a read-only session.
    void setReadOnly(bool readOnly);
    /// Lays the review's annotations over the panes.
    void updateHighlights();

Q_SIGNALS:
    /// A panel ("AnnotationsDock", "ClaimsDock") should come forward: something was made in it.
    void dockWanted(const QString &objectName);

private:
    void showPaneContextMenu(QMenu *menu, ArticleId article, qsizetype position);
    [[nodiscard]] int passageAtCursor() const;
    /// Adds the claim and brings it forward in the claims panel; returns its id.
    int addClaim(const Claim &claim);

    StoryDocument *m_document;
    ReaderView *m_reader;
    AnnotationsDock *m_annotations;
    ClaimsPanel *m_claims;
    QWidget *m_window;
    QStatusBar *m_status;
    CorrectionActions *m_corrections = nullptr;
    QList<QAction *> m_editing;     ///< the menu's actions that change the review
    bool m_dark = false;
    int m_lastPaneRow = -1;         ///< the article row of the pane that last had focus
    bool m_reviewerAsked = false;   ///< the reviewer's name was asked for in this run
};

} // namespace Crossread
