// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "import/decoder.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Crossread {

SourceView::SourceView(const Article &article, const ReaderTheme &theme, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Source of %1").arg(article.displayName()));
    resize(800, 600);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(decodeText(article.originalBytes).text);
    m_editor->setAccessibleName(tr("Original source"));

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    const QString syntax = article.format == SourceFormat::Html       ? QStringLiteral("HTML")
                           : article.format == SourceFormat::Markdown ? QStringLiteral("Markdown")
                                                                      : QString();
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(syntax);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
        KSyntaxHighlighting::Theme kshTheme = repository.theme(theme.name);
        if (!kshTheme.isValid())
            kshTheme = repository.defaultTheme(theme.dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                          : KSyntaxHighlighting::Repository::LightTheme);
        highlighter->setTheme(kshTheme);
        highlighter->setDefinition(definition);
        m_highlighted = true;
    }
#endif
    QPalette palette = m_editor->palette();
    palette.setColor(QPalette::Base, theme.background);
    palette.setColor(QPalette::Text, theme.text);
    m_editor->setPalette(palette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
}

} // namespace Crossread
