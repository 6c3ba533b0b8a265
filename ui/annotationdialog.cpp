// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdialog.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QToolButton>

#include <array>

namespace Crossread {

QColor highlightShade(HighlightColour colour, bool dark)
{
    // Highlighter shades behind dark text; deep ones behind light text. Each pair keeps its
    // hue so a reader who switches themes finds the same colours. They are stronger than the
    // analysis tints of the same hue (a yellow highlight is not the amber "reworded" tint):
    // at least 12 CIEDE2000 from every analysis colour as drawn, in both built-in themes,
    // with text readable on them (tests/ui/tst_theme.cpp checks both).
    static constexpr std::array<QRgb, highlightColourCount> light{0xfff200, 0x3fd97a, 0x29b6f6, 0xff80c8, 0xab88f2};
    static constexpr std::array<QRgb, highlightColourCount> deep{0x6b6b00, 0x147318, 0x1b6b84, 0xac3081, 0x744fb2};
    const auto index = static_cast<size_t>(colour);
    return QColor::fromRgb(dark ? deep.at(index) : light.at(index));
}

QIcon highlightIcon(HighlightColour colour, bool dark)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(dark ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x60, 0x60, 0x60));
    painter.setBrush(highlightShade(colour, dark));
    painter.drawRect(1, 1, 13, 13);
    return QIcon(pixmap);
}

AnnotationDialog::AnnotationDialog(const QString &quote, const QStringList &knownTags, bool dark, QWidget *parent)
    : QDialog(parent)
    , m_colours(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
{
    setWindowTitle(tr("Annotate"));
    auto *form = new QFormLayout(this);

    QString shown = quote.simplified();
    if (shown.size() > 300)
        shown = shown.left(299) + u'…';
    auto *quoteLabel = new QLabel(tr("“%1”").arg(shown), this);
    quoteLabel->setTextFormat(Qt::PlainText);   // article text is data, never markup
    quoteLabel->setWordWrap(true);
    quoteLabel->setMaximumWidth(480);
    form->addRow(tr("Text:"), quoteLabel);

    auto *colourRow = new QHBoxLayout;
    for (int i = 0; i < highlightColourCount; ++i) {
        const auto colour = static_cast<HighlightColour>(i);
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setIcon(highlightIcon(colour, dark));
        button->setIconSize(QSize(20, 20));
        button->setToolTip(highlightColourName(colour));
        button->setAccessibleName(highlightColourName(colour));
        m_colours->addButton(button, i);
        colourRow->addWidget(button);
    }
    colourRow->addStretch();
    m_colours->setExclusive(true);
    form->addRow(tr("Colour:"), colourRow);
    setColour(HighlightColour::Yellow);

    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why this matters (optional)"));
    m_note->setMinimumHeight(70);
    form->addRow(tr("&Note:"), m_note);

    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    auto *completer = new QCompleter(knownTags, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);
    form->addRow(tr("&Tags:"), m_tags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_note->setFocus();
}

void AnnotationDialog::setColour(HighlightColour colour)
{
    if (QAbstractButton *button = m_colours->button(int(colour)))
        button->setChecked(true);
}

HighlightColour AnnotationDialog::colour() const
{
    const int id = m_colours->checkedId();
    return id >= 0 ? static_cast<HighlightColour>(id) : HighlightColour::Yellow;
}

void AnnotationDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString AnnotationDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AnnotationDialog::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

QStringList AnnotationDialog::tags() const
{
    return parseTags(m_tags->text());
}

} // namespace Crossread
