// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Crossread {

/// Lets the reader correct an article's metadata (outlet, headline, author, date, URL) and
/// shows what cannot change: the source file, its content hash and how it was decoded.
class ArticleDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ArticleDetailsDialog(const Article &article, QWidget *parent = nullptr);

    /// The metadata as edited; the date keeps the precision typed ("2023", "2023-04", "2023-04-19").
    [[nodiscard]] ArticleMetadata metadata() const;
    /// Whether the reader marked the article as the story's source. The role is not part of
    /// metadata(): marking moves it from another article, as one undoable step (Review::setSource()).
    [[nodiscard]] bool isSource() const;

    /// Reads "2023", "2023-04" or "2023-04-19"; anything else (or empty) is an unknown date.
    [[nodiscard]] static PublishedDate parsePublished(const QString &text);

private:
    void validate();

    ArticleMetadata m_original;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_published = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_source = nullptr;
    QWidget *m_ok = nullptr;
};

} // namespace Crossread
