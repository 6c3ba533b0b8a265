// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/phrase.h"

#include <QCoreApplication>

#include <cstring>

namespace Crossread {

namespace {

/// Replaces %1…%9 in one pass, so an argument that itself holds "%2" stays as it is.
QString substitute(const QString &pattern, const QStringList &arguments)
{
    QString out;
    out.reserve(pattern.size() + 16 * arguments.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= arguments.size()) {
                out += arguments.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Phrase::Phrase(const char *context, const char *source, QList<Phrase> arguments)
    : m_shape(Shape::Template), m_context(context), m_source(source), m_arguments(std::move(arguments))
{
}

Phrase Phrase::literal(const QString &text)
{
    Phrase phrase;
    phrase.m_literal = text;
    return phrase;
}

Phrase Phrase::concatenation(QList<Phrase> parts)
{
    Phrase phrase;
    phrase.m_shape = Shape::Concatenation;
    phrase.m_arguments = std::move(parts);
    return phrase;
}

QString Phrase::render(bool translate) const
{
    switch (m_shape) {
    case Shape::Literal:
        return m_literal;
    case Shape::Concatenation: {
        QString out;
        for (const Phrase &part : m_arguments)
            out += part.render(translate);
        return out;
    }
    case Shape::Template: {
        QStringList arguments;
        arguments.reserve(m_arguments.size());
        for (const Phrase &argument : m_arguments)
            arguments.append(argument.render(translate));
        const QString pattern = translate ? QCoreApplication::translate(m_context, m_source)
                                          : QString::fromUtf8(m_source);
        return substitute(pattern, arguments);
    }
    }
    return {};
}

QString Phrase::english() const
{
    return render(false);
}

QString Phrase::translated() const
{
    return render(true);
}

QString Phrase::key() const
{
    return m_shape == Shape::Template ? QString::fromUtf8(m_source) : QString();
}

QString Phrase::context() const
{
    return m_shape == Shape::Template ? QString::fromUtf8(m_context) : QString();
}

QStringList Phrase::englishArguments() const
{
    QStringList arguments;
    if (m_shape != Shape::Template)
        return arguments;
    for (const Phrase &argument : m_arguments)
        arguments.append(argument.english());
    return arguments;
}

bool Phrase::isEmpty() const
{
    return m_shape == Shape::Literal ? m_literal.isEmpty() : false;
}

bool operator==(const Phrase &a, const Phrase &b)
{
    auto same = [](const char *x, const char *y) { return x == y || (x && y && std::strcmp(x, y) == 0); };
    return a.m_shape == b.m_shape && same(a.m_context, b.m_context) && same(a.m_source, b.m_source)
        && a.m_literal == b.m_literal && a.m_arguments == b.m_arguments;
}

QStringList englishTexts(const QList<Phrase> &phrases)
{
    QStringList texts;
    texts.reserve(phrases.size());
    for (const Phrase &phrase : phrases)
        texts.append(phrase.english());
    return texts;
}

QStringList translatedTexts(const QList<Phrase> &phrases)
{
    QStringList texts;
    texts.reserve(phrases.size());
    for (const Phrase &phrase : phrases)
        texts.append(phrase.translated());
    return texts;
}

} // namespace Crossread
