// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace Crossread {

ArticleDetailsDialog::ArticleDetailsDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_original(article.meta)
    , m_outlet(new QLineEdit(article.meta.outlet, this))
    , m_headline(new QLineEdit(article.meta.headline, this))
    , m_author(new QLineEdit(article.meta.author, this))
    , m_published(new QLineEdit(article.meta.published.isoString(), this))
    , m_url(new QLineEdit(article.meta.url, this))
    , m_source(new QCheckBox(tr("The story's &source: compare every outlet with it"), this))
{
    setWindowTitle(tr("Details of %1").arg(article.displayName()));
    m_published->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_url->setPlaceholderText(tr("https://…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Published:"), m_published);
    form->addRow(tr("&URL:"), m_url);
    m_source->setObjectName(QStringLiteral("isSource"));
    m_source->setChecked(article.meta.role == ArticleRole::Source);
    m_source->setToolTip(tr("The press release, filing or report the coverage reports on. A story has one source: "
                            "marking this article unmarks the other."));
    form->addRow(tr("Role:"), m_source);
    auto addFixed = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    addFixed(tr("Source file:"), article.meta.sourceFile);
    if (const QString fetched = fetchedLabel(article.meta); !fetched.isEmpty())
        addFixed(tr("Fetched:"), fetched);
    if (!article.pages.isEmpty())
        addFixed(tr("Pages:"), QString::number(article.pages.size()));
    addFixed(tr("Content hash (SHA-256):"), QString::fromLatin1(article.contentHash));
    addFixed(tr("Encoding:"), article.replacedBytes > 0
                                  ? tr("%1, %n invalid byte sequence(s) replaced", nullptr, article.replacedBytes).arg(article.encoding)
                                  : article.encoding);
    addFixed(tr("Imported:"), QLocale().toString(article.meta.importedAt.toLocalTime(), QLocale::ShortFormat));
    if (!article.notices.isEmpty())
        addFixed(tr("Notices:"), article.notices.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_published, &QLineEdit::textChanged, this, &ArticleDetailsDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

PublishedDate ArticleDetailsDialog::parsePublished(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const int month = match.hasCaptured(2) ? match.captured(2).toInt() : 1;
    const int day = match.hasCaptured(3) ? match.captured(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    const DatePrecision precision = match.hasCaptured(3) ? DatePrecision::Day
                                    : match.hasCaptured(2) ? DatePrecision::Month
                                                           : DatePrecision::Year;
    return {date, precision, {}, text.trimmed()};
}

void ArticleDetailsDialog::validate()
{
    const QString text = m_published->text().trimmed();
    m_ok->setEnabled(text.isEmpty() || parsePublished(text).isValid());
}

bool ArticleDetailsDialog::isSource() const
{
    return m_source->isChecked();
}

ArticleMetadata ArticleDetailsDialog::metadata() const
{
    ArticleMetadata meta = m_original;
    meta.outlet = m_outlet->text().trimmed();
    meta.headline = m_headline->text().trimmed();
    meta.author = m_author->text().trimmed();
    meta.url = m_url->text().trimmed();
    const QString published = m_published->text().trimmed();
    if (published != m_original.published.isoString()) {
        meta.published = parsePublished(published);   // empty: the reader removed a wrong date
        if (meta.published.isValid())
            meta.published.time = {};
    }
    return meta;
}

} // namespace Crossread
