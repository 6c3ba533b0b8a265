// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepane.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Crossread {

QString displayableText(const QString &text)
{
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i) != u'\r')
            continue;
        const bool pair = i + 1 < shown.size() && shown.at(i + 1) == u'\n';
        shown[i] = pair ? QChar(u' ') : QChar(u'\n');
    }
    return shown;
}

ArticlePane::ArticlePane(QWidget *parent)
    : QFrame(parent)
    , m_outlet(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(minimumReadableWidth);

    QFont outletFont = m_outlet->font();
    outletFont.setBold(true);
    m_outlet->setFont(outletFont);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    for (QLabel *label : {m_outlet, m_headline, m_details})
        label->setTextFormat(Qt::PlainText);   // article metadata is data, never markup

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont prose = m_text->font();
    prose.setPointSizeF(prose.pointSizeF() * 1.1);
    m_text->setFont(prose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_outlet);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_text, 1);
}

void ArticlePane::setArticle(const Article &article, ArticleId id)
{
    m_id = id;
    m_article = article;
    m_outlet->setText(article.displayName());
    m_headline->setText(article.meta.headline);
    QStringList details;
    if (!article.meta.author.isEmpty())
        details.append(tr("By %1").arg(article.meta.author));
    if (article.meta.published.isValid())
        details.append(article.meta.published.precision == DatePrecision::Day
                           ? QLocale().toString(article.meta.published.date, QLocale::LongFormat)
                           : article.meta.published.isoString());
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_details->setVisible(!details.isEmpty());
    m_text->setPlainText(displayableText(article.text));
    m_text->setAccessibleName(tr("Text of %1").arg(article.displayName()));
    setAccessibleName(tr("Article from %1").arg(article.displayName()));
    applyFormats();
}

void ArticlePane::setTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, theme.background);
    palette.setColor(QPalette::Text, theme.text);
    m_text->setPalette(palette);
    applyFormats();
}

QString ArticlePane::displayedText() const
{
    return m_text->document()->toPlainText();
}

void ArticlePane::applyFormats()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat dimmed;
    dimmed.setForeground(m_theme.boilerplateText.isValid() ? m_theme.boilerplateText : QColor(Qt::gray));
    dimmed.setFontItalic(true);
    for (const Paragraph &paragraph : m_article.paragraphs) {
        if (!paragraph.isBoilerplate())
            continue;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(paragraph.span.start));
        cursor.setPosition(int(paragraph.span.end), QTextCursor::KeepAnchor);
        selections.append({cursor, dimmed});
    }
    m_text->setExtraSelections(selections);
}

} // namespace Crossread
