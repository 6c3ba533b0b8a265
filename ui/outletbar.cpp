// SPDX-License-Identifier: GPL-3.0-or-later
#include "outletbar.h"

#include "core/articlemodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Crossread {

namespace {

QList<int> rowsWithoutOutlet(const ArticleModel *model)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->article(row).meta.outlet.trimmed().isEmpty())
            rows.append(row);
    }
    return rows;
}

} // namespace

OutletForm::OutletForm(ArticleModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_rows(rowsWithoutOutlet(model))
{
    setWindowTitle(tr("Name the Outlets"));
    setObjectName(QStringLiteral("outletForm"));
    auto *intro = new QLabel(tr("Nothing in these files names who published them. Type each outlet's name; "
                                "leave a field empty to keep the file name. Article Details (Alt+Return) edits "
                                "the rest of an article's details."),
                             this);
    intro->setWordWrap(true);
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    for (int row : std::as_const(m_rows)) {
        const Article &article = model->article(row);
        const QString file = QFileInfo(article.meta.sourceFile).fileName();
        QString headline = article.meta.headline.simplified();
        if (headline.size() > 60)
            headline = headline.left(59) + u'…';
        auto *label = new QLabel(headline.isEmpty() ? file : tr("%1\n%2").arg(headline, file), fields);
        auto *field = new QLineEdit(fields);
        field->setPlaceholderText(tr("Outlet"));
        field->setAccessibleName(tr("Outlet of %1").arg(headline.isEmpty() ? file : headline));
        label->setBuddy(field);
        form->addRow(label, field);
        m_fields.append(field);
    }
    // Many articles scroll inside the form, which stays within a laptop screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(520, std::min(560, 140 + int(m_rows.size()) * 56));
}

void OutletForm::apply()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QString name = m_fields.at(i)->text().simplified();
        const int row = m_rows.at(i);
        if (name.isEmpty() || row >= m_model->rowCount())
            continue;
        ArticleMetadata meta = m_model->article(row).meta;
        meta.outlet = name;
        m_model->setMetadata(row, meta);
    }
}

OutletBar::OutletBar(ArticleModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("outletBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    auto *name = new QPushButton(tr("&Name Outlets…"), this);
    name->setObjectName(QStringLiteral("nameOutlets"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide until another article without an outlet arrives"));
    close->setAccessibleName(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(name);
    layout->addWidget(close);
    connect(name, &QPushButton::clicked, this, &OutletBar::nameOutlets);
    connect(close, &QToolButton::clicked, this, [this] {
        m_dismissedAt = int(rowsWithoutOutlet(m_model).size());
        hide();
    });
    for (auto signal : {&ArticleModel::rowsInserted, &ArticleModel::rowsRemoved})
        connect(model, signal, this, &OutletBar::update);
    connect(model, &ArticleModel::modelReset, this, &OutletBar::update);
    connect(model, &ArticleModel::articleChanged, this, &OutletBar::update);
    update();
}

void OutletBar::nameOutlets()
{
    auto *form = new OutletForm(m_model, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [form] { form->apply(); });
    form->open();
}

void OutletBar::update()
{
    const int missing = int(rowsWithoutOutlet(m_model).size());
    if (missing == 0)
        m_dismissedAt = -1;
    m_text->setText(tr("%n article(s) name no outlet; the panes, the matrix and the reports show the file name instead.",
                       nullptr, missing));
    setVisible(missing > 0 && missing > m_dismissedAt);
}

} // namespace Crossread
