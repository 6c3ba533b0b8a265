// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "core/expected.h"
#include "export/report.h"
#include "review/sessiondata.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace Crossread {

/// One CSV field as RFC 4180 writes it, made safe for spreadsheets: a field that starts with
/// '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe so no spreadsheet
/// runs it as a formula (OWASP's "CSV injection" advice); a field holding a comma, a double
/// quote, a line break or a leading/trailing space is quoted, its quotes doubled.
[[nodiscard]] QString csvField(const QString &text);

/// The claims as CSV (RFC 4180: CRLF line ends, UTF-8 with a byte-order mark for spreadsheet
/// applications). One row per claim: id, statement, verdict, outlets that carry it, reviewer,
/// rationale, evidence (one "role · outlet: “quote” — note" per line), created, updated (UTC ISO 8601).
[[nodiscard]] QByteArray claimsCsv(const SessionData &session, const QList<Article> &articles);

/// The compared facts as CSV, same encoding; one row per mention: slot, topic, kind, status,
/// label, article number, outlet, text as written, normalised value, quote variant.
[[nodiscard]] QByteArray factsCsv(const Analysis &analysis);

/// The review and the facts as JSON (UTF-8, indented). A new, additive format:
/// {
///   "format": "crossread-review", "version": 1, "title": "...",
///   "articles": [{"id", "outlet", "headline", "file", "url", "contentHash"}],
///   "verdicts": ["Unreviewed", ...], "reviewers": [...],
///   "claims": [{"id", "statement", "verdict", "origin", "notes", "reviewer", "created", "updated",
///               "sources": [ANCHOR], "evidence": [{"id", "role", "note", "anchor": ANCHOR}]}],
///   "annotations": [{"id", "colour", "note", "tags": [...], "created", "updated", "anchor": ANCHOR}],
///   "facts": the "facts" array of `crossread analyse` (factsToJson())
/// }
/// ANCHOR is {"article": index or null when not in the story, "contentHash", "start", "end",
/// "quote"}, offsets in Unicode code points of the article text, as everywhere in Crossread's JSON.
[[nodiscard]] QByteArray reviewJson(const SessionData &session, const Analysis &analysis);

/// Text with the characters Markdown would act on backslash-escaped, so it reads literally in
/// any CommonMark renderer: `\ ` * _ [ ] < > & | # ~ !` everywhere, and list or heading
/// markers at the start of a line; line breaks become spaces (every use is a table cell or a
/// one-line item).
[[nodiscard]] QString markdownEscaped(const QString &text);

/// The report as Markdown: the PDF's content (buildReportDocument()) rendered by
/// reportMarkdown(), so both say the same (the side-by-side pages become one block per passage
/// with the outlets' renderings in turn and the annotation notes after it).
[[nodiscard]] QString markdownReport(const SessionData &session, const Analysis &analysis,
                                     const ReportOptions &options);

/// Writes `bytes` to `path` as writeOutputFile() does: a file appears complete or not at all,
/// a FIFO or character device is written in place, a folder is refused. The error names the
/// file and the reason.
[[nodiscard]] Expected<std::monostate, QString> writeExportFile(const QString &path, const QByteArray &bytes);

} // namespace Crossread
