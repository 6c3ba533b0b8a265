// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotation.h"

#include <QColor>
#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QPlainTextEdit;

namespace Crossread {

/// The shade a highlight colour is drawn in. Light themes get pale shades behind dark text;
/// dark themes get deep ones behind light text, so the text stays readable either way.
[[nodiscard]] QColor highlightShade(HighlightColour colour, bool dark);
/// The opacity annotations are drawn with over the analysis marks below them.
inline constexpr int highlightAlpha = 225;

/// A square swatch of a highlight colour, for buttons, menus and lists.
[[nodiscard]] QIcon highlightIcon(HighlightColour colour, bool dark);

/// Asks for an annotation's colour, note and tags; shows the quoted text it marks. Used to
/// create an annotation and to edit one.
class AnnotationDialog : public QDialog {
    Q_OBJECT
public:
    AnnotationDialog(const QString &quote, const QStringList &knownTags, bool dark, QWidget *parent = nullptr);

    void setColour(HighlightColour colour);
    [[nodiscard]] HighlightColour colour() const;
    void setNote(const QString &note);
    [[nodiscard]] QString note() const;
    void setTags(const QStringList &tags);
    /// The tags as typed, split and cleaned by parseTags().
    [[nodiscard]] QStringList tags() const;

    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QLineEdit *tagsEdit() const { return m_tags; }

private:
    QButtonGroup *m_colours = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
};

} // namespace Crossread
