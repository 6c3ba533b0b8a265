// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;

namespace Crossread {

class ArticleModel;

/// A small form naming the outlets of the articles that have none: one field per article,
/// labelled with its headline and file. Accepting writes the names given (empty fields leave
/// their article as it is), as Article Details would.
class OutletForm : public QDialog {
    Q_OBJECT
public:
    OutletForm(ArticleModel *model, QWidget *parent = nullptr);

    /// The rows the form asks about, in order; fields()[i] belongs to rows()[i].
    [[nodiscard]] const QList<int> &rows() const { return m_rows; }
    [[nodiscard]] const QList<QLineEdit *> &fields() const { return m_fields; }
    /// Writes the names typed into the model.
    void apply();

private:
    ArticleModel *m_model;
    QList<int> m_rows;
    QList<QLineEdit *> m_fields;
};

/// A bar above the panes, shown while some articles have no outlet: says so and offers the
/// form to name them. It never blocks reading; closing it hides it until another article
/// without an outlet arrives.
class OutletBar : public QFrame {
    Q_OBJECT
public:
    explicit OutletBar(ArticleModel *model, QWidget *parent = nullptr);

    /// Opens the form (non-modal for the reader, modal for its own window).
    void nameOutlets();

private:
    void update();

    ArticleModel *m_model;
    QLabel *m_text;
    int m_dismissedAt = -1;    ///< missing-outlet count when the reader closed the bar
};

} // namespace Crossread
