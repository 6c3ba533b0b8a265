// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "theme.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace Crossread {

/// One article, read-only: a header with outlet, headline and date, then the text wrapped as
/// prose. Boilerplate paragraphs are dimmed; the text shown is the article's text with line
/// endings made displayable without moving any offset.
class ArticlePane : public QFrame {
    Q_OBJECT
public:
    explicit ArticlePane(QWidget *parent = nullptr);

    void setArticle(const Article &article, ArticleId id);
    void setTheme(const ReaderTheme &theme);

    [[nodiscard]] ArticleId articleId() const { return m_id; }
    [[nodiscard]] QPlainTextEdit *textView() const { return m_text; }
    /// The text as displayed; the same length as the article's text, offset for offset.
    [[nodiscard]] QString displayedText() const;

    static constexpr int minimumReadableWidth = 320;

private:
    void applyFormats();

    ArticleId m_id;
    Article m_article;
    ReaderTheme m_theme;
    QLabel *m_outlet = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

/// The article text as the panes display it: "\r\n" becomes " \n" and a lone "\r" becomes "\n",
/// so every offset into the article's text is the same offset into the display.
[[nodiscard]] QString displayableText(const QString &text);

} // namespace Crossread
