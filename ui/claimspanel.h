// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "review/claim.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QGridLayout;
class QSplitter;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace Crossread {

class ClaimModel;
class ClaimFilterModel;
class Review;

/// A role's name with a mnemonic, for menus: "&Supports", "C&ontradicts", "Co&ntext".
[[nodiscard]] QString evidenceRoleMenuLabel(EvidenceRole role);

/// The fact-check review: the claims under review with filters by verdict and reviewer and a
/// "n of m reviewed" indicator; for the current claim its statement, verdict, sources and
/// evidence, and the reviewer's notes; and a per-outlet scorecard. Every edit goes through
/// Review (one undo step each; repeated statement or notes edits merge).
class ClaimsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClaimsPanel(Review *review, QWidget *parent = nullptr);
    ~ClaimsPanel() override;

    /// The story's articles, for outlet names and the scorecard.
    void setArticles(const QList<Article> &articles);
    /// Where "add the selection as evidence" takes its span from: the reader's current selection.
    void setSelectionProvider(std::function<std::optional<Anchor>()> provider);
    /// Who is setting a verdict; asked when a verdict is set. An empty answer records no name.
    void setReviewerProvider(std::function<QString()> provider);
    /// The menu of "add the selection as evidence" actions the panel's button opens (the
    /// window's Review menu has them too); without one the button is disabled.
    void setEvidenceMenu(QMenu *menu);
    /// The list above the current claim (a tall dock) or beside it (a wide one).
    void setOrientation(Qt::Orientation orientation);
    /// A session opened read-only: claims can be browsed and their spans visited, not edited.
    void setReadOnly(bool readOnly);

    /// Makes the claim current (clears filters that hide it).
    void selectClaim(int id);
    [[nodiscard]] int currentClaimId() const;
    /// Adds the provider's selection to the current claim as evidence; false when there is no
    /// claim or no selection.
    bool addSelectionAsEvidence(EvidenceRole role);
    /// Sets the current claim's verdict, asking for the reviewer's name as needed.
    void setCurrentVerdict(const QString &verdict);
    /// Opens the dialog that edits the session's verdict set.
    void editVerdicts();

    [[nodiscard]] ClaimModel *model() const { return m_model; }
    [[nodiscard]] ClaimFilterModel *filter() const { return m_filter; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QComboBox *verdictFilter() const { return m_verdictFilter; }
    [[nodiscard]] QComboBox *reviewerFilter() const { return m_reviewerFilter; }
    [[nodiscard]] QProgressBar *progress() const { return m_progress; }
    [[nodiscard]] QPlainTextEdit *statementEdit() const { return m_statement; }
    [[nodiscard]] QComboBox *verdictBox() const { return m_verdict; }
    [[nodiscard]] QTreeWidget *evidenceView() const { return m_evidence; }
    [[nodiscard]] QPlainTextEdit *notesEdit() const { return m_notes; }
    [[nodiscard]] QLabel *infoLabel() const { return m_info; }
    [[nodiscard]] QTableWidget *scorecard() const { return m_scorecard; }

Q_SIGNALS:
    /// The reader asked to see a source or evidence span.
    void anchorActivated(const Crossread::Anchor &anchor);

private:
    /// Places the claim form's parts for a wide and short panel (two columns) or a tall one.
    void arrangeDetails(Qt::Orientation orientation);
    void refresh();
    void refreshFilters();
    void refreshProgress();
    void refreshScorecard();
    void showCurrent();
    void showEvidenceMenu(const QPoint &pos);
    void removeCurrentEvidence();

    Review *m_review;
    ClaimModel *m_model = nullptr;
    ClaimFilterModel *m_filter = nullptr;
    QList<Article> m_articles;
    std::function<std::optional<Anchor>()> m_selection;
    std::function<QString()> m_reviewer;
    QComboBox *m_verdictFilter = nullptr;
    QComboBox *m_reviewerFilter = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeView *m_view = nullptr;
    QGridLayout *m_detailsLayout = nullptr;
    QWidget *m_verdictRow = nullptr;
    QWidget *m_evidenceButtons = nullptr;
    QLabel *m_statementLabel = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_details = nullptr;
    QPlainTextEdit *m_statement = nullptr;
    QComboBox *m_verdict = nullptr;
    QToolButton *m_editVerdicts = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QToolButton *m_addEvidence = nullptr;
    QPushButton *m_removeEvidence = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_deleteClaim = nullptr;
    QTableWidget *m_scorecard = nullptr;
    bool m_readOnly = false;
    bool m_showing = false;   ///< re-entry guard: filling the editors is not an edit
    bool m_stale = false;     ///< claims or verdicts changed since the last refresh()
};

} // namespace Crossread
