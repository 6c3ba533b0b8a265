// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "importer.h"
#include "theme.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPalette>

#include <memory>

class QActionGroup;
class QApplication;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QLineEdit;
class QTreeView;

namespace Crossread {

class ArticleModel;
class FactMatrix;
class FindBar;
class ReaderView;

/// What to import: a file path, or bytes that came from the clipboard, a drop or resources.
struct LoadRequest {
    QString path;
    ImportSource source;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports the files in the background and adds them to the story; failures are reported
    /// per file and do not stop the others.
    void openFiles(const QStringList &paths);
    void openSampleStory();
    void pasteAsArticle();

    [[nodiscard]] ArticleModel *articleModel() const { return m_articles; }
    [[nodiscard]] ReaderView *readerView() const { return m_reader; }
    [[nodiscard]] FactMatrix *factMatrix() const { return m_factMatrix; }
    [[nodiscard]] bool isLoading() const { return m_loader.isRunning(); }
    [[nodiscard]] bool isAnalysing() const { return m_analyser.isRunning(); }
    /// Starts (or restarts) the background analysis of the story's articles.
    void analyse();
    void cancelAnalysis();
    /// The action with that object name (for tests and the shortcuts overview).
    [[nodiscard]] QAction *action(const QString &objectName) const;
    [[nodiscard]] const ReaderTheme &theme() const { return m_theme; }
    void setThemeName(const QString &name);

Q_SIGNALS:
    /// A load finished; `errors` holds one message per source that could not be imported.
    void loadFinished(const QStringList &errors);
    /// An analysis finished and is shown (not emitted for a cancelled one).
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void startLoad(const QList<LoadRequest> &requests, const QString &storyTitle = {});
    void loadDone();
    void addRecentFiles(const QStringList &paths);
    void updateRecentMenu();
    void showSource();
    void showAbout();
    void showShortcuts();
    void analysisDone();
    void showFactPopup(int slot, const QPoint &globalPos);
    void removeSelectedArticles();
    void updateTitle();
    void readSettings();
    void writeSettings() const;

    ArticleModel *m_articles = nullptr;
    ReaderView *m_reader = nullptr;
    FactMatrix *m_factMatrix = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_analysisLabel = nullptr;
    QTreeView *m_articleList = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QFutureWatcher<ImportResult> m_loader;
    QFutureWatcher<Analysis> m_analyser;
    bool m_analysisQueued = false;
    QList<LoadRequest> m_pending;
    QString m_storyTitle;
    QString m_themeName;
    ReaderTheme m_theme;
    std::unique_ptr<QPalette> m_systemPalette;   ///< the desktop's palette before any theme was applied
};

/// Shows the main window for the command line's request and runs the event loop.
int runGui(QApplication &app);

} // namespace Crossread
