// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's panels around the reader: the annotations list and the claims panel, the
// banner of a read-only session, and the session's view (pane order, theme, scrolling) that
// the document saves with the story.
#include "mainwindow.h"

#include "annotationsdock.h"
#include "claimspanel.h"
#include "core/articlemodel.h"
#include "correctionactions.h"
#include "factmatrix.h"
#include "readerview.h"
#include "review/review.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QResizeEvent>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Crossread {
namespace {

/// Below this width the annotations list starts hidden while the review has no annotations.
constexpr int narrowWindowWidth = 1440;

} // namespace

void MainWindow::createPanels()
{
    m_annotationsDock = new AnnotationsDock(m_review, this);
    m_claimsPanel = new ClaimsPanel(m_review, this);
    auto *annotations = new QDockWidget(tr("Annotations"), this);
    annotations->setObjectName(QStringLiteral("AnnotationsDock"));
    annotations->setAccessibleName(tr("Annotations panel"));
    annotations->setWidget(m_annotationsDock);
    addDockWidget(Qt::RightDockWidgetArea, annotations);
    auto *claims = new QDockWidget(tr("Claims"), this);
    claims->setObjectName(QStringLiteral("ClaimsDock"));
    claims->setAccessibleName(tr("Claims panel"));
    claims->setWidget(m_claimsPanel);
    // Claims are a table with a form beside it: they want width, so they share the bottom
    // with the fact matrix they are often made from.
    addDockWidget(Qt::BottomDockWidgetArea, claims);
    if (auto *facts = findChild<QDockWidget *>(QStringLiteral("FactsDock"))) {
        tabifyDockWidget(facts, claims);
        facts->raise();
    }
    m_claimsPanel->setOrientation(Qt::Horizontal);
    connect(claims, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        m_claimsPanel->setOrientation(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea ? Qt::Vertical
                                                                                                        : Qt::Horizontal);
    });
    // The annotations list runs the full height of the window's right side.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setAccessibleName(tr("Read-only session"));
    m_readOnlyBanner->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, m_readOnlyBanner);

    m_reviewing = new ReviewActions(m_document, m_reader, m_annotationsDock, m_claimsPanel, this, statusBar());
    connect(m_reviewing, &ReviewActions::dockWanted, this, &MainWindow::showDock);
    connect(m_reader, &ReaderView::paneOrderChanged, this, &MainWindow::viewChanged);

    // The document keeps the session and its journal; the window shows what it says.
    m_document->setViewSource([this] { return viewState(); });
    connect(m_document, &StoryDocument::viewRestored, this, &MainWindow::applyView);
    connect(m_document, &StoryDocument::readOnlyChanged, this, &MainWindow::readOnlyChanged);
    connect(m_review, &Review::changed, this, &MainWindow::updateTitle);
    for (auto signal : {&ArticleModel::rowsInserted, &ArticleModel::rowsRemoved})
        connect(m_articles, signal, this, &MainWindow::storyChanged);
    connect(m_articles, &ArticleModel::modelReset, this, &MainWindow::storyChanged);
    connect(m_articles, &ArticleModel::articleChanged, this, &MainWindow::storyChanged);

    // The matrix opens the menu; the claim and the corrections of the analysis go in it.
    connect(m_factMatrix, &FactMatrix::slotContextMenu, this, [this](QMenu *menu, int slotId, ArticleId article) {
        QAction *claim = menu->addAction(tr("Create &Claim from This Fact"), this,
                                         [this, slotId] { m_reviewing->createClaimFromSlot(slotId); });
        claim->setEnabled(!m_document->isReadOnly());
        m_reviewing->corrections()->addSlotActions(menu, slotId, article);
    });
}

void MainWindow::addPanelActions(QMenu *view)
{
    QAction *annotationsToggle = findChild<QDockWidget *>(QStringLiteral("AnnotationsDock"))->toggleViewAction();
    annotationsToggle->setText(tr("A&nnotations"));
    annotationsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(annotationsToggle);
    QAction *claimsToggle = findChild<QDockWidget *>(QStringLiteral("ClaimsDock"))->toggleViewAction();
    claimsToggle->setText(tr("Cla&ims"));
    claimsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(claimsToggle);

    // View settings belong to the session: a change is a change to save and to journal.
    for (const char *name : {"syncScrolling", "collapseBoilerplate"}) {
        if (QAction *toggle = action(QLatin1String(name)))
            connect(toggle, &QAction::toggled, this, &MainWindow::viewChanged);
    }
    updateEditActions();
}

ViewState MainWindow::viewState() const
{
    // The document adds which articles are shown and the hidden ones' places.
    ViewState view;
    for (ArticleId id : m_reader->displayOrder())
        view.paneOrder.append(id.value());
    view.theme = m_viewing->themeName() == u"System" ? QString() : m_viewing->themeName();
    view.syncScrolling = m_reader->syncScrolling();
    view.boilerplateCollapsed = m_reader->boilerplateCollapsed();
    return view;
}

void MainWindow::applyView(const ViewState &view)
{
    for (int i = 0; i < view.paneOrder.size(); ++i) {
        const int row = view.paneOrder.at(i);
        if (row >= 0 && row < m_articles->rowCount())
            m_reader->movePane(ArticleId(row), i);
    }
    if (!view.theme.isEmpty() && availableThemeNames().contains(view.theme))
        m_viewing->setThemeName(view.theme);
    if (QAction *sync = action(QStringLiteral("syncScrolling")))
        sync->setChecked(view.syncScrolling);
    m_reader->setSyncScrolling(view.syncScrolling);
    if (QAction *collapse = action(QStringLiteral("collapseBoilerplate")))
        collapse->setChecked(view.boilerplateCollapsed);
    m_reader->setBoilerplateCollapsed(view.boilerplateCollapsed);
}

void MainWindow::storyChanged()
{
    m_annotationsDock->setArticles(m_articles->articles());
    m_claimsPanel->setArticles(m_articles->articles());
    m_reviewing->updateHighlights();
    updateTitle();
}

void MainWindow::viewChanged()
{
    m_document->markViewChanged();
}

void MainWindow::themeChanged(const ReaderTheme &theme)
{
    m_reviewing->setDark(theme.dark);
    viewChanged();
}

void MainWindow::readOnlyChanged(bool readOnly)
{
    if (readOnly) {
        const QString notice = m_document->readOnlyNotice();
        m_readOnlyBanner->setText(
            notice.isEmpty() ? tr("This session was written by a newer version of Crossread and is open read-only. "
                                  "Use File ▸ Save Session As to keep a copy in this version's format.")
                             : notice);
        QPalette palette = m_readOnlyBanner->palette();
        palette.setColor(QPalette::Window, m_viewing->theme().dark ? QColor(0x5c, 0x4a, 0x00) : QColor(0xff, 0xf1, 0xb8));
        palette.setColor(QPalette::WindowText, m_viewing->theme().dark ? QColor(Qt::white) : QColor(Qt::black));
        m_readOnlyBanner->setPalette(palette);
    }
    m_readOnlyBanner->setVisible(readOnly);
    m_annotationsDock->setReadOnly(readOnly);
    m_claimsPanel->setReadOnly(readOnly);
    m_files->setReadOnly(readOnly);
    m_reviewing->setReadOnly(readOnly);
    updateEditActions();
    updateTitle();
}

void MainWindow::updateEditActions()
{
    const bool readOnly = m_document->isReadOnly();
    for (const char *name : {"removeArticle", "articleDetails"}) {
        if (QAction *edit = action(QLatin1String(name)))
            edit->setEnabled(!readOnly);
    }
    // The stack enables its actions as it fills; a read-only session has no history at all.
    if (QAction *undo = action(QStringLiteral("undo")))
        undo->setEnabled(!readOnly && m_review->undoStack()->canUndo());
    if (QAction *redo = action(QStringLiteral("redo")))
        redo->setEnabled(!readOnly && m_review->undoStack()->canRedo());
}

void MainWindow::hideUntilAnnotated(QDockWidget *dock)
{
    dock->hide();
    // Back as soon as there is something to list: a session opened with annotations, or the
    // first one made. Once shown, by this or by the user, it stays the user's to close.
    auto *waiting = new QObject(dock);
    auto done = std::make_shared<bool>(false);
    const auto finish = [waiting, done] {
        *done = true;   // at once: the object goes only when the event loop next turns
        waiting->deleteLater();
    };
    connect(m_review, &Review::changed, waiting, [this, dock, done, finish] {
        if (*done)
            return;
        if (!m_review->annotations().isEmpty())
            dock->show();
        if (dock->isVisible())
            finish();
    });
    connect(dock, &QDockWidget::visibilityChanged, waiting, [done, finish](bool visible) {
        if (visible && !*done)
            finish();
    });
}

void MainWindow::showDock(const QString &objectName)
{
    if (auto *dock = findChild<QDockWidget *>(objectName)) {
        dock->show();
        dock->raise();   // it may share its place with another dock
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A panel's share of the window is what it has while the window keeps its size: the
    // reader dragged a separator, or the window's own layout settled. Resizes that come
    // from the window changing size are the window's, not the reader's choice.
    if (event->type() == QEvent::Resize && size() == m_panelLayoutSize) {
        if (auto *dock = qobject_cast<QDockWidget *>(watched); dock && !dock->isFloating() && height() > 0 && width() > 0)
            m_panelShares.insert(dock, {double(dock->width()) / width(), double(dock->height()) / height()});
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const bool first = !m_panelLayoutSize.isValid();
    m_panelLayoutSize = size();
    if (first || !m_docksSized)
        return;
    // Panels keep their share of the window, not their pixels: a window made smaller (another
    // screen, a laptop) shrinks the panels with it instead of squeezing the reader, and one
    // made larger gives them room in proportion.
    QList<QDockWidget *> rows;
    QList<int> heights;
    QList<QDockWidget *> columns;
    QList<int> widths;
    for (auto it = m_panelShares.cbegin(); it != m_panelShares.cend(); ++it) {
        QDockWidget *dock = it.key();
        if (dock->isFloating() || !dock->isVisible())
            continue;
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea) {
            rows.append(dock);
            heights.append(std::max(1, int(it->height * height())));
        } else if (area != Qt::NoDockWidgetArea) {
            columns.append(dock);
            widths.append(std::max(1, int(it->width * width())));
        }
    }
    if (!rows.isEmpty())
        resizeDocks(rows, heights, Qt::Vertical);
    if (!columns.isEmpty())
        resizeDocks(columns, widths, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // Sized once the window is laid out at its real size, unless the reader's own layout was
    // restored. The reader is what people came for: the panels get about a fifth of the width
    // and a quarter of the height, enough for their tables, and the panes keep the rest.
    if (QSettings().contains(QStringLiteral("window/state")))
        return;
    QTimer::singleShot(0, this, [this] {
        const auto docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            const QString name = dock->objectName();
            // On a laptop screen an empty annotations list would take a third of the reader's
            // width: it waits, hidden, until the first annotation or View ▸ Annotations.
            if (name == u"AnnotationsDock" && width() < narrowWindowWidth && m_review->annotations().isEmpty())
                hideUntilAnnotated(dock);
            else if (name == u"AnnotationsDock")
                resizeDocks({dock}, {std::max(260, width() / 5)}, Qt::Horizontal);
            else if (name == u"FactsDock" || name == u"ClaimsDock")
                resizeDocks({dock}, {std::max(200, height() / 4)}, Qt::Vertical);
        }
    });
}

} // namespace Crossread
