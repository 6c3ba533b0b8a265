// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"
#include "fileactions.h"
#include "review/annotation.h"
#include "reviewactions.h"
#include "theme.h"
#include "viewactions.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QApplication;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QToolButton;
class QTreeView;

namespace Crossread {

class AnnotationsDock;
class ArticleModel;
class ClaimsPanel;
class FactMatrix;
class FindBar;
class ReaderView;
class Review;
class SourceActions;

/// The window around one StoryDocument: the layout of the reader and the panels, the menus, and
/// what the document reports (progress, the analysis, read-only state). The story's state lives
/// in the document; what the reader does is in three small action classes the window places in
/// its menus: FileActions (open, import, sessions, recovery), ReviewActions (annotations,
/// claims, corrections) and ViewActions (theme, font, preferences).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] StoryDocument *document() const { return m_document; }
    [[nodiscard]] FileActions *fileActions() const { return m_files; }
    [[nodiscard]] ReviewActions *reviewActions() const { return m_reviewing; }
    [[nodiscard]] ViewActions *viewActions() const { return m_viewing; }
    [[nodiscard]] ArticleModel *articleModel() const { return m_articles; }
    [[nodiscard]] ReaderView *readerView() const { return m_reader; }
    [[nodiscard]] FactMatrix *factMatrix() const { return m_factMatrix; }
    [[nodiscard]] Review *review() const { return m_review; }
    [[nodiscard]] AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    [[nodiscard]] ClaimsPanel *claimsPanel() const { return m_claimsPanel; }
    /// The action with that object name (for tests and the shortcuts overview).
    [[nodiscard]] QAction *action(const QString &objectName) const;

    // Shorthands for the document and the actions, used by runGui() and the tests.
    [[nodiscard]] bool isLoading() const { return m_document->isImporting(); }
    [[nodiscard]] bool isAnalysing() const { return m_document->isAnalysing(); }
    void analyse() { m_document->analyse(); }
    void cancelAnalysis() { m_document->cancelAnalysis(); }
    [[nodiscard]] QString sessionPath() const { return m_document->sessionPath(); }
    [[nodiscard]] bool isSessionReadOnly() const { return m_document->isReadOnly(); }
    [[nodiscard]] bool hasUnsavedChanges() const { return m_document->hasUnsavedChanges(); }
    [[nodiscard]] bool isUntouchedSample() const { return m_document->isUntouchedSample(); }
    [[nodiscard]] SessionData sessionData() const { return m_document->sessionData(); }
    [[nodiscard]] QString journalPath() const { return m_document->journalPath(); }
    [[nodiscard]] static QString recoveryDirectory() { return StoryDocument::recoveryDirectory(); }
    void openFiles(const QStringList &paths) { m_files->openFiles(paths); }
    void openWebAddresses(const QStringList &addresses) { m_files->openWebAddresses(addresses); }
    bool openDropped(const QMimeData *mime) { return m_files->openDropped(mime); }
    void openSampleStory() { m_files->openSampleStory(); }
    void pasteAsArticle() { m_files->pasteAsArticle(); }
    bool openSession(const QString &path) { return m_files->openSession(path); }
    bool saveSession(const QString &path = {}) { return m_files->saveSession(path); }
    void closeSession() { m_files->closeSession(); }
    bool maybeSave() { return m_files->maybeSave(); }
    void offerRecovery() { m_files->offerRecovery(); }
    bool recoverJournal(const QString &journalPath) { return m_files->recoverJournal(journalPath); }
    [[nodiscard]] const ReaderTheme &theme() const { return m_viewing->theme(); }
    void setThemeName(const QString &name) { m_viewing->setThemeName(name); }
    [[nodiscard]] std::optional<Anchor> currentSelection() const { return m_reviewing->currentSelection(); }
    void annotateSelection() { m_reviewing->annotateSelection(); }
    int createClaimFromSlot(int slot) { return m_reviewing->createClaimFromSlot(slot); }
    int createClaimFromPassage(int passage) { return m_reviewing->createClaimFromPassage(passage); }
    int createClaimFromSelection() { return m_reviewing->createClaimFromSelection(); }
    void revealAnchor(const Anchor &anchor) { m_reviewing->revealAnchor(anchor); }

Q_SIGNALS:
    /// A load finished; `errors` holds one message per source that could not be imported.
    void loadFinished(const QStringList &errors);
    /// A journal commit failed; `message` names the file and the reason.
    void journalError(const QString &message);
    /// An analysis finished and is shown (not emitted for a cancelled one).
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void analysisStarted();
    void updateBusy();
    void showSource();
    void showAbout();
    void showShortcuts();
    void editArticleDetails();
    /// Counts the passages and conflicts of the document's analysis in the status bar.
    void showAnalysis(const std::shared_ptr<const Analysis> &analysis);
    void analysisDone();
    void showFactPopup(int slot, const QPoint &globalPos);
    void removeSelectedArticles();
    void updateTitle();
    void readSettings();
    void writeSettings() const;

    // The panels and the session's view; in mainwindowpanels.cpp.
    void createPanels();
    void addPanelActions(QMenu *view);
    void applyView(const ViewState &view);
    [[nodiscard]] ViewState viewState() const;
    void storyChanged();
    void viewChanged();
    void themeChanged(const ReaderTheme &theme);
    /// Hides the annotations dock until the review has an annotation or the user shows it.
    void hideUntilAnnotated(QDockWidget *dock);
    void showDock(const QString &objectName);
    void readOnlyChanged(bool readOnly);
    void updateEditActions();

    StoryDocument *m_document = nullptr;
    ArticleModel *m_articles = nullptr;   ///< the document's
    Review *m_review = nullptr;           ///< the document's
    ReaderView *m_reader = nullptr;
    FactMatrix *m_factMatrix = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_analysisLabel = nullptr;
    QTreeView *m_articleList = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    ClaimsPanel *m_claimsPanel = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    FileActions *m_files = nullptr;
    ReviewActions *m_reviewing = nullptr;
    ViewActions *m_viewing = nullptr;
    SourceActions *m_sourceActions = nullptr;   ///< the story's source: mark or unmark (Edit menu, Articles list)
    bool m_docksSized = false;      ///< the first show gave the panels their default sizes
    /// Each docked panel's width and height as a share of the window's, kept as the window is
    /// resized (see resizeEvent()).
    struct PanelShare {
        double width = 0;
        double height = 0;
    };
    QHash<QDockWidget *, PanelShare> m_panelShares;
    QSize m_panelLayoutSize;        ///< the window size the shares were last measured at
};

/// Shows the main window, opens `files` (or the sample story) and runs the event loop.
int runGui(QApplication &app, const QStringList &files, bool openSample);

} // namespace Crossread
