// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QString>
#include <QStringView>

namespace Crossread {

/// What one line near an article's top says about the article: "By Jane Doe", "April 20, 2023",
/// "Published Apr 19th, 2023 5:07PM EDT", "Jane Doe | Staff Writer", "Source: The Gazette".
struct MetadataLine {
    QString author;           ///< several authors joined with ", "; empty when the line names nobody
    QString outlet;           ///< "Reuters" in "By Jane Doe, Reuters"; X in "Source: X"
    PublishedDate date;       ///< invalid when the line carries no date
    bool updated = false;     ///< the date is an update time ("Updated ...", "Last updated: ...")

    [[nodiscard]] bool isMetadata() const { return !author.isEmpty() || !outlet.isEmpty() || date.isValid(); }
};

/// Recognises a byline, date or source line. The whole line must be metadata: a sentence that
/// mentions a date or starts with "By" is not. A bare name counts only together with a role or
/// a date on the same line ("Jane Doe | Staff Writer"); a bare name or a bare role
/// ("Staff Writer") alone is judged by recogniseMetadataLines() from the lines around it.
/// Returns a line with isMetadata() false when it is article text or cannot be judged alone.
[[nodiscard]] MetadataLine parseMetadataLine(QStringView line);

/// Parses a line that is only a date, with optional label ("Published", "Updated:", "Posted:",
/// "Last updated:"), weekday, time and time zone: "April 20, 2023", "19 April 2023",
/// "Apr 19th, 2023 5:07PM EDT", "2023/04/21 at 12:21 PM", "2023-04-19T10:00:00Z",
/// "Wed 19 Apr 2023 09.15 BST", "21/04/2023", "October 2022". Numeric d/m/y dates are read
/// day-first unless the middle number is above 12 or the line names a North American time zone.
/// Invalid when the text holds anything else.
[[nodiscard]] PublishedDate parseDateLine(QStringView text, bool *updated = nullptr);

/// Looks at the first `maxLines` lines of an article's paragraphs for metadata lines: each one
/// becomes its own paragraph (a multi-line paragraph is split at its line ends, spans trimmed,
/// the text untouched) marked BoilerplateKind::Byline, so it is shown dimmed and kept out of
/// alignment and facts. Fills the article's empty author, published date and outlet; a
/// published date wins over an update time. Paragraphs the user decided are left alone.
void recogniseMetadataLines(Article &article, int maxLines = 8);

} // namespace Crossread
