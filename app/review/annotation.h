// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Crossread {

/// Where a reader's mark sits: a span of one article's text, named by the article's content
/// hash rather than its position in the story, so the anchor survives reordering and removal.
/// Articles are immutable once imported, so an anchor never drifts; `quote` is the text the
/// span covered when the anchor was made, and anchorHolds() proves it still does.
struct Anchor {
    QByteArray articleHash;   ///< Article::contentHash
    TextSpan span;
    QString quote;            ///< span.in(article.text) when the anchor was made

    [[nodiscard]] bool isValid() const { return !articleHash.isEmpty() && !span.isEmpty(); }
    friend bool operator==(const Anchor &, const Anchor &) = default;
};

/// The colours a reader can highlight with. Stored by name in sessions; the theme decides the
/// shade so highlights stay readable in dark mode.
enum class HighlightColour : quint8 { Yellow, Green, Blue, Pink, Purple };
inline constexpr int highlightColourCount = 5;

[[nodiscard]] QString highlightColourKey(HighlightColour colour);       ///< "yellow", stable
[[nodiscard]] QString highlightColourName(HighlightColour colour);      ///< translated
[[nodiscard]] HighlightColour highlightColourFromKey(QStringView key);  ///< Yellow when unknown

/// A reader's highlight on a span, with an optional note and tags.
struct Annotation {
    int id = -1;              ///< unique within a review; never reused
    Anchor anchor;
    HighlightColour colour = HighlightColour::Yellow;
    QString note;
    QStringList tags;         ///< trimmed, no duplicates, in the order the reader gave them
    QDateTime created;        ///< UTC
    QDateTime updated;        ///< UTC

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/// Splits "budget, council;  Budget" into {"budget", "council"}: separators are commas and
/// semicolons, case-insensitive duplicates dropped, empty tags dropped.
[[nodiscard]] QStringList parseTags(QStringView text);

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Annotation)
