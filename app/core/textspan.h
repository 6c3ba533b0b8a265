// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <QString>

namespace Crossread {

/// A half-open range [start, end) of UTF-16 code units in an article's text.
/// Code-unit offsets are what QString, QTextDocument and the panes use; the JSON contract's
/// code-point offsets are produced from these by CodePointMap at the boundary.
struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0;

    [[nodiscard]] constexpr qsizetype length() const { return end - start; }
    [[nodiscard]] constexpr bool isEmpty() const { return end <= start; }
    [[nodiscard]] constexpr bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    [[nodiscard]] constexpr bool contains(TextSpan other) const { return other.start >= start && other.end <= end; }
    [[nodiscard]] constexpr bool intersects(TextSpan other) const { return other.start < end && start < other.end; }
    [[nodiscard]] QStringView in(const QString &text) const { return QStringView(text).mid(start, length()); }

    friend constexpr bool operator==(TextSpan, TextSpan) = default;
    friend constexpr auto operator<=>(TextSpan, TextSpan) = default;
};

/// An index into a story's article list; invalid when default-constructed.
class ArticleId {
public:
    constexpr ArticleId() = default;
    constexpr explicit ArticleId(int value) : m_value(value) {}

    [[nodiscard]] constexpr bool isValid() const { return m_value >= 0; }
    [[nodiscard]] constexpr int value() const { return m_value; }

    friend constexpr bool operator==(ArticleId, ArticleId) = default;
    friend constexpr auto operator<=>(ArticleId, ArticleId) = default;

private:
    int m_value = -1;
};

} // namespace Crossread
