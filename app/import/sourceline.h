// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QString>
#include <QStringView>

namespace Crossread {

/// Who published an article, as a line of its own text says, for text and Markdown files that
/// carry no metadata. General rules, no list of sites: a copyright line ("© 2026 Harbour
/// Post", "Copyright Valley Courier Ltd. All rights reserved."), a staff credit ("Harbour Post
/// staff", "By Daily Ledger Staff"), a dateline naming the outlet ("ELMSFORD (Valley Courier)
/// —"), and last a line that is a link to the article ("Source: https://www.harbourpost.example
/// /news/bridge"), whose host is the outlet ("harbourpost.example"). Empty when no line says.
[[nodiscard]] QString outletFromSourceLines(const Article &article);

/// The outlet one line names by the rules above, or empty. `firstBodyLine` allows a dateline.
[[nodiscard]] QString outletFromSourceLine(QStringView line, bool firstBodyLine = false);

/// The URL a source line links to ("https://www.harbourpost.example/news/bridge"), or empty.
[[nodiscard]] QString urlFromSourceLine(QStringView line);

} // namespace Crossread
