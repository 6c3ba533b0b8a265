// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "theme.h"

#include <QDialog>

class QPlainTextEdit;

namespace Crossread {

/// An article's original source (HTML, Markdown or text) as it was imported. With
/// KSyntaxHighlighting the source is highlighted in the reader's theme; without it, plain.
class SourceView : public QDialog {
    Q_OBJECT
public:
    SourceView(const Article &article, const ReaderTheme &theme, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    /// True when a syntax highlighter is attached (only with KSyntaxHighlighting).
    [[nodiscard]] bool isHighlighted() const { return m_highlighted; }

private:
    QPlainTextEdit *m_editor = nullptr;
    bool m_highlighted = false;
};

} // namespace Crossread
