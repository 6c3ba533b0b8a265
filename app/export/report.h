// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "core/expected.h"
#include "core/task.h"
#include "review/sessiondata.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace Crossread {

/// The parts of the report, in the order they are printed. The ids ("cover", "summary",
/// "claims", "facts", "passages") are what the settings and the command line store.
enum class ReportSection : quint8 {
    Cover = 0x01,      ///< title, date, reviewers, the source list
    Summary = 0x02,    ///< passage and conflict counts, per outlet
    Claims = 0x04,     ///< the claims table and the per-outlet scorecard
    Facts = 0x08,      ///< the fact matrix
    Passages = 0x10,   ///< side-by-side pages with annotations as footnotes
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

inline constexpr ReportSections allReportSections = ReportSections(0x1f);

[[nodiscard]] QStringList reportSectionIds(ReportSections sections);
/// Unknown ids are ignored.
[[nodiscard]] ReportSections reportSectionsFromIds(const QStringList &ids);

enum class ReportPageSize : quint8 { Auto, A4, Letter };

/// "Auto", "A4", "Letter" (as the settings store them; case-insensitive); nullopt-like Auto for
/// anything else is not done here: `ok` says whether the name was known.
[[nodiscard]] ReportPageSize reportPageSizeFromName(QStringView name, bool *ok = nullptr);
/// Auto picks Letter where the locale measures in US units, A4 everywhere else.
[[nodiscard]] QPageSize::PageSizeId resolvePageSize(ReportPageSize size,
                                                    const QLocale &locale = QLocale::system());

/// What goes into a report and how it looks.
struct ReportOptions {
    ReportPageSize pageSize = ReportPageSize::Auto;   ///< used by writePdfReport(); a printer keeps its own
    ReportSections sections = allReportSections;
    /// Indices into the story's articles, in the order to show them; empty means all, in story
    /// order. Out-of-range and repeated indices are ignored.
    QList<int> articles;
    bool greyscale = false;       ///< print-friendly greys instead of the app's colours
    int columns = 2;              ///< articles side by side per page group: 2 or 3
    QDateTime reportDate;         ///< the date on the cover; invalid means now
};

/// The report's task control (core/task.h), the same shape as the analysis's: `isCanceled` is
/// asked once per table row; `progress` gets a percentage and no stage name.
using ReportControl = TaskControl;

/// What the layout did: the page count and its own bookkeeping of every piece of text it drew,
/// so tests can prove that nothing left its page or its cell.
struct ReportLayoutInfo {
    int pages = 0;
    qsizetype textLines = 0;          ///< lines of text drawn
    qsizetype continuedCells = 0;     ///< cells that did not fit on a page and continue on the next
    int footnotes = 0;                ///< annotation notes printed as footnotes
    int listedAnnotations = 0;        ///< annotations outside the side-by-side pages, listed instead
    /// One line per piece of text drawn outside its page's printable rectangle or wider than
    /// the box it was laid out for (at most 20); empty when everything is inside.
    QStringList overflows;
    QRectF pageRect;                  ///< the printable rectangle, device units
    bool canceled = false;
    QString error;                    ///< the device could not be painted on; translated
};

/// Lays out and paints the report onto `device` (a QPdfWriter, or a QPrinter for printing):
/// one layout for both. The device's page size and margins are used as they are. The story is
/// `analysis.articles` (analyseStory() of the session's articles); annotations and claims are
/// matched to them by content hash. Every piece of article text, note, tag and metadata is laid
/// out as plain text: nothing is interpreted as markup and nothing is fetched.
/// Must run on a thread where painting is allowed (any thread for QPdfWriter).
[[nodiscard]] ReportLayoutInfo paintReport(QPagedPaintDevice *device, const SessionData &session,
                                           const Analysis &analysis, const ReportOptions &options,
                                           const ReportControl &control = {});

/// Writes the report as a PDF at `path` through QSaveFile: the file appears complete or not at
/// all. Sets the page size from the options, 15 mm margins, and the PDF's title and creator.
/// Fails with a message naming the file and the reason.
[[nodiscard]] Expected<ReportLayoutInfo, QString> writePdfReport(const QString &path, const SessionData &session,
                                                                 const Analysis &analysis,
                                                                 const ReportOptions &options,
                                                                 const ReportControl &control = {});

/// The story's title for the report: the session's, else the first headline, else "Untitled story".
[[nodiscard]] QString reportTitle(const SessionData &session, const QList<Article> &articles);

/// What a report says beside the SHA-256 of an article in SessionData::unverifiedTexts, so the
/// hash is never shown as if it certified a text that its bytes do not give.
[[nodiscard]] QString unverifiedTextWarning();

} // namespace Crossread
