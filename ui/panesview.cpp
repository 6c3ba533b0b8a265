// SPDX-License-Identifier: GPL-3.0-or-later
#include "panesview.h"

#include "articlemodel.h"
#include "articlepane.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Crossread {

PanesView::PanesView(ArticleModel *model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_strip(new QWidget(this))
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_strip);
    setAccessibleName(tr("Article panes"));
    auto *layout = new QHBoxLayout(m_strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    connect(m_model, &ArticleModel::shownChanged, this, &PanesView::rebuild);
    connect(m_model, &ArticleModel::modelReset, this, &PanesView::rebuild);
    rebuild();
}

void PanesView::setTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setTheme(theme);
}

void PanesView::rebuild()
{
    auto *layout = static_cast<QHBoxLayout *>(m_strip->layout());
    const QList<int> rows = m_model->shownRows();

    // Keep panes whose article is still shown, so a pane's scroll position survives.
    QList<ArticlePane *> kept;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (rows.contains(pane->articleId().value())) {
            kept.append(pane);
        } else {
            layout->removeWidget(pane);
            pane->deleteLater();
        }
    }
    m_panes.clear();
    for (int row : rows) {
        auto existing = std::find_if(kept.cbegin(), kept.cend(),
                                     [row](ArticlePane *pane) { return pane->articleId().value() == row; });
        ArticlePane *pane = existing != kept.cend() ? *existing : nullptr;
        if (!pane) {
            pane = new ArticlePane(m_strip);
            pane->setTheme(m_theme);
            pane->setArticle(m_model->article(row), ArticleId(row));
        }
        layout->removeWidget(pane);
        layout->addWidget(pane, 1);
        m_panes.append(pane);
    }

    if (m_panes.isEmpty() && !m_placeholder) {
        auto *label = new QLabel(tr("Open articles about one story (File ▸ Open, or drop files here) "
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
}

} // namespace Crossread
