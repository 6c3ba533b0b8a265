// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Crossread {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find in all articles"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in all articles"));
    m_count->setAccessibleName(tr("Number of matches"));
    setObjectName(QStringLiteral("FindBar"));
    setAccessibleName(tr("Find bar"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_field);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { m_reader->findNext(ReaderView::Step::Next); });
    connect(next, &QToolButton::clicked, this, [this] { m_reader->findNext(ReaderView::Step::Next); });
    connect(previous, &QToolButton::clicked, this, [this] { m_reader->findNext(ReaderView::Step::Previous); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_field->clear();
        hide();
    });
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::search()
{
    const QString text = m_field->text();
    const int matches = m_reader->find(text);
    m_count->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, matches));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_field->clear();
        hide();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() & Qt::ShiftModifier) {
        m_reader->findNext(ReaderView::Step::Previous);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Crossread
