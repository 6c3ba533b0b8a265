// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread {

/// A user-visible text the engine composes — a fact's label, a quote's difference, a note on
/// the analysis — kept untranslated: a template marked for lupdate with QT_TRANSLATE_NOOP and
/// its arguments, each a literal or another phrase. The engine never translates, so what it
/// writes for scripts (the JSON of `crossread analyse`) is the same in every locale; views, the
/// report and the command line's human output call translated().
///
/// A cheap value: a default-constructed phrase is empty.
class Phrase {
public:
    enum class Shape {
        Literal,         ///< text shown as it is
        Template,        ///< a translatable template with arguments
        Concatenation,   ///< parts one after the other
    };

    Phrase() = default;
    /// `source` of `context` (string literals, marked with QT_TRANSLATE_NOOP) with `arguments`
    /// for its %1…%9.
    Phrase(const char *context, const char *source, QList<Phrase> arguments = {});

    /// Text shown as it is in every language: a quotation, a name, a word from an article.
    [[nodiscard]] static Phrase literal(const QString &text);
    /// The parts one after the other, each translated on its own.
    [[nodiscard]] static Phrase concatenation(QList<Phrase> parts);

    /// In the source language (English), arguments substituted.
    [[nodiscard]] QString english() const;
    /// In the application's language (QCoreApplication::translate), arguments substituted.
    [[nodiscard]] QString translated() const;
    /// The template ("share of %1"), the key a translation is looked up by; for a literal or a
    /// concatenation, empty.
    [[nodiscard]] QString key() const;
    /// The arguments in English, in order.
    [[nodiscard]] QStringList englishArguments() const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] Shape shape() const { return m_shape; }
    /// The translation context of a template; empty otherwise.
    [[nodiscard]] QString context() const;
    /// A template's arguments or a concatenation's parts.
    [[nodiscard]] const QList<Phrase> &parts() const { return m_arguments; }

    friend bool operator==(const Phrase &, const Phrase &);

private:
    [[nodiscard]] QString render(bool translate) const;

    Shape m_shape = Shape::Literal;
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QString m_literal;
    QList<Phrase> m_arguments;
};

/// Phrases in English / translated, in order.
[[nodiscard]] QStringList englishTexts(const QList<Phrase> &phrases);
[[nodiscard]] QStringList translatedTexts(const QList<Phrase> &phrases);

} // namespace Crossread
