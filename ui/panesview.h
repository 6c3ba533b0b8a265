// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QList>
#include <QScrollArea>

namespace Crossread {

class ArticleModel;
class ArticlePane;

/// The shown articles side by side. Panes share the width while each keeps a readable
/// minimum; with more articles than fit, the view scrolls horizontally.
class PanesView : public QScrollArea {
    Q_OBJECT
public:
    explicit PanesView(ArticleModel *model, QWidget *parent = nullptr);

    void setTheme(const ReaderTheme &theme);
    [[nodiscard]] QList<ArticlePane *> panes() const { return m_panes; }

private:
    void rebuild();

    ArticleModel *m_model = nullptr;
    QWidget *m_strip = nullptr;
    QList<ArticlePane *> m_panes;
    ReaderTheme m_theme;
    QWidget *m_placeholder = nullptr;
};

} // namespace Crossread
