// SPDX-License-Identifier: GPL-3.0-or-later
// The printed review report: renders a ReportDocument (reportdocument.h) on a paged device with
// the paginator (paginator.h). Text is laid out with QTextLayout, one plain-text string per
// paragraph with QTextLayout::FormatRange for highlights, so article text, notes and metadata
// can never become markup. The content is the document's; this file decides fonts, colours and
// where the pages turn.
#include "export/report.h"

#include "crossread_version.h"
#include "core/outputfile.h"
#include "export/paginator.h"
#include "export/reportdocument.h"
#include "export/reportpalette.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace Crossread {
namespace {

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string of the report.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Export)
};

struct Fonts {
    QFont body;
    QFont bold;
    QFont small;
    QFont smallItalic;
    QFont smallBold;
    QFont mono;
    QFont title;
    QFont subtitle;
    QFont heading;
    QFont subheading;
};

Fonts makeFonts()
{
    QFont base(QStringLiteral("Sans Serif"));
    // No shaping for simple scripts means no "fi"/"ff" ligature glyphs, so text copied from the
    // PDF (and pdftotext) gives the letters that were written.
    base.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    base.setPointSizeF(9);
    Fonts fonts;
    fonts.body = base;
    fonts.bold = base;
    fonts.bold.setBold(true);
    fonts.small = base;
    fonts.small.setPointSizeF(7.5);
    fonts.smallItalic = fonts.small;
    fonts.smallItalic.setItalic(true);
    fonts.smallBold = fonts.small;
    fonts.smallBold.setBold(true);
    fonts.mono = QFont(QStringLiteral("Monospace"));
    fonts.mono.setStyleHint(QFont::Monospace, QFont::PreferNoShaping);
    fonts.mono.setPointSizeF(7);
    fonts.title = base;
    fonts.title.setPointSizeF(22);
    fonts.title.setBold(true);
    fonts.subtitle = base;
    fonts.subtitle.setPointSizeF(12);
    fonts.heading = base;
    fonts.heading.setPointSizeF(15);
    fonts.heading.setBold(true);
    fonts.subheading = base;
    fonts.subheading.setPointSizeF(11);
    fonts.subheading.setBold(true);
    return fonts;
}

/// The fact matrix keeps all its outlets on one table width up to this many; a story with more
/// splits them into tables of even size, none smaller than half of this.
constexpr int maxMatrixOutlets = 12;

/// How many outlet columns of at least 64 points fit across `width` points beside a label
/// column of `labelShare` of the width.
int outletsPerWidth(qreal width, qreal labelShare)
{
    return int(width * (1 - labelShare) / 64);
}

/// Whether the part holds a fact matrix with more outlets than a portrait page of `width`
/// points of content shows.
bool needsLandscape(const ReportPart &part, qreal width)
{
    return std::any_of(part.blocks.begin(), part.blocks.end(), [width](const ReportBlock &block) {
        const auto *table = std::get_if<ReportTable>(&block);
        return table && table->fixedColumns >= 0
            && outletsPerWidth(width, table->widths.value(0)) < table->header.size() - table->fixedColumns;
    });
}

/// Paints a ReportDocument with the paginator.
class ReportRenderer {
public:
    ReportRenderer(Paginator &paginator, const ReportDocument &document, const ReportOptions &options,
                   const ReportPalette &palette, const Fonts &fonts, ReportLayoutInfo &info, const TaskControl &control,
                   QPageLayout::Orientation orientation, qreal portraitWidth)
        : m_paginator(paginator), m_document(document), m_options(options), m_palette(palette), m_fonts(fonts),
          m_info(info), m_control(control), m_orientation(orientation), m_portraitWidth(portraitWidth)
    {
        for (auto it = document.footnotes.begin(); it != document.footnotes.end(); ++it)
            m_paginator.setFootnoteText(it.key(), it.value());
    }

    void render()
    {
        bool first = true;
        for (const ReportPart &part : m_document.parts) {
            if (m_paginator.canceled())
                return;
            // Every part after the first starts a page; the fact matrix's pages turn to
            // landscape when its outlets need the width, and the next part turns back.
            if (!first)
                m_paginator.newPage(needsLandscape(part, m_portraitWidth) ? QPageLayout::Landscape : m_orientation);
            first = false;
            for (const ReportBlock &block : part.blocks) {
                if (m_paginator.canceled())
                    return;
                std::visit([this](const auto &b) { add(b); }, block);
            }
            // Only the first page (the cover, when there is one) goes without the running header.
            m_paginator.setPageHeaderShown(true);
        }
    }

private:
    [[nodiscard]] QColor colourOf(ReportColour colour, int highlight = 0) const
    {
        switch (colour) {
        case ReportColour::None: return {};
        case ReportColour::Identical: return m_palette.identical;
        case ReportColour::Reworded: return m_palette.reworded;
        case ReportColour::Unique: return m_palette.unique;
        case ReportColour::Agree: return m_palette.agree;
        case ReportColour::Conflict: return m_palette.conflict;
        case ReportColour::QuoteVariant: return m_palette.quoteVariant;
        case ReportColour::TableHeader: return m_palette.tableHeader;
        case ReportColour::Highlight: return m_palette.highlights.at(highlight % highlightColourCount);
        }
        return {};
    }

    [[nodiscard]] QColor shade(const ReportShade &shade) const
    {
        const QColor colour = colourOf(shade.colour, shade.highlight);
        if (!colour.isValid() || shade.strength >= 1.0 || shade.colour == ReportColour::Highlight)
            return colour;
        return ReportPalette::tint(colour, shade.strength);
    }

    [[nodiscard]] const QFont &font(ReportTextStyle style) const
    {
        switch (style) {
        case ReportTextStyle::Body: return m_fonts.body;
        case ReportTextStyle::Strong: return m_fonts.bold;
        case ReportTextStyle::Small: return m_fonts.small;
        case ReportTextStyle::Note: return m_fonts.smallItalic;
        case ReportTextStyle::SmallStrong: return m_fonts.smallBold;
        case ReportTextStyle::Code: return m_fonts.mono;
        }
        return m_fonts.body;
    }

    [[nodiscard]] QColor ink(ReportInk ink) const
    {
        switch (ink) {
        case ReportInk::Normal: return {};
        case ReportInk::Muted: return m_palette.mutedText;
        case ReportInk::Title: return m_palette.headerText;
        case ReportInk::Warning: return m_palette.text;
        }
        return {};
    }

    [[nodiscard]] PagePara para(const ReportParagraph &paragraph, const QFont *override = nullptr) const
    {
        PagePara out{plainLayoutText(paragraph.text), override ? *override : font(paragraph.style), ink(paragraph.ink), {}, {},
                     Qt::AlignLeft};
        for (const ReportMark &mark : paragraph.marks) {
            QTextCharFormat format;
            switch (mark.kind) {
            case ReportMark::Kind::Changed:
                format.setBackground(ReportPalette::tint(m_palette.changedWords, 0.7));
                format.setFontUnderline(true);
                format.setUnderlineColor(m_palette.text);
                break;
            case ReportMark::Kind::Lacking:
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                format.setUnderlineColor(m_palette.text);
                break;
            case ReportMark::Kind::Highlight:
                format.setBackground(m_palette.highlights.at(mark.highlight % highlightColourCount));
                break;
            case ReportMark::Kind::Footnote:
                format.setFontWeight(QFont::Bold);
                format.setForeground(m_palette.markText);
                out.footnotes.append({mark.span.start, mark.footnote});
                break;
            }
            out.formats.append(QTextLayout::FormatRange{int(mark.span.start), int(mark.span.length()), format});
        }
        return out;
    }

    [[nodiscard]] PageCell pageCell(const ReportCell &cell) const
    {
        PageCell out{{}, shade(cell.background), shade(cell.stripe)};
        for (const ReportParagraph &paragraph : cell.paragraphs)
            out.paras.append(para(paragraph));
        return out;
    }

    void rowDone()
    {
        ++m_rows;
        if (m_rows % 16 == 0 && m_document.rowCount > 0)
            m_control.report(int(std::min<qint64>(99, qint64(m_rows) * 100 / m_document.rowCount)));
    }

    void add(const ReportHeading &heading)
    {
        PagePara title = para(ReportParagraph{heading.text, ReportTextStyle::Body, ReportInk::Title, {}},
                              heading.level == 0 ? &m_fonts.title : heading.level == 1 ? &m_fonts.heading : &m_fonts.subheading);
        title.colour = m_palette.headerText;
        if (heading.level == 0)
            m_paginator.paragraph(title);
        else
            m_paginator.heading(title);
    }

    void add(const ReportText &text)
    {
        m_paginator.paragraph(para(text.paragraph, text.title ? &m_fonts.subtitle : nullptr),
                              text.listItem ? m_paginator.pt(6) : 0);
    }

    void add(const ReportSpace &space) { m_paginator.addSpace(space.points); }

    void add(const ReportTable &table)
    {
        if (table.fixedColumns < 0) {
            PageTable out(m_paginator, table.widths);
            out.header(table.header);
            for (const QList<ReportCell> &row : table.rows) {
                if (m_paginator.canceled())
                    return;
                out.row(cells(row));
                rowDone();
            }
            return;
        }
        // The fact matrix: all outlets on one width when they fit at 64 points each; on a
        // landscape page (or when the device cannot turn) with a narrower label column and
        // narrower outlet columns, at least 40 points each, up to maxMatrixOutlets.
        const int fixed = table.fixedColumns;
        const int outlets = int(table.header.size()) - fixed;
        const qreal width = m_paginator.content().width();
        qreal labelShare = table.widths.value(0);
        int perTable = outlets;
        if (outletsPerWidth(width * 72 / m_paginator.pt(72), labelShare) < outlets) {
            labelShare = 0.22;
            const int fit = std::max(2, int(width * (1 - labelShare) / m_paginator.pt(40)));
            const int limit = std::min(maxMatrixOutlets, fit);
            const int tables = (outlets + limit - 1) / limit;
            perTable = (outlets + tables - 1) / tables;
        }
        for (int from = 0; from < outlets; from += perTable) {
            const int count = std::min(perTable, outlets - from);
            if (perTable < outlets) {
                if (from > 0)
                    m_paginator.addSpace(8);
                m_paginator.heading(PagePara{plainLayoutText(ExportText::tr("Outlets %1\u2013%2 of %3").arg(from + 1).arg(from + count).arg(outlets)),
                                             m_fonts.subheading, m_palette.headerText, {}, {}, Qt::AlignLeft});
            }
            QList<qreal> widths;
            QStringList labels;
            for (int c = 0; c < fixed; ++c) {
                widths.append(c == 0 ? labelShare : table.widths.at(c));
                labels.append(table.header.at(c));
            }
            qreal left = 1;
            for (qreal w : std::as_const(widths))
                left -= w;
            for (int c = fixed + from; c < fixed + from + count; ++c) {
                widths.append(left / count);
                labels.append(table.header.at(c));
            }
            m_info.matrixOutlets.append(count);
            PageTable out(m_paginator, widths);
            out.header(labels);
            for (const QList<ReportCell> &row : table.rows) {
                if (m_paginator.canceled())
                    return;
                if (row.size() == 1) {
                    out.row(cells(row));
                } else {
                    QList<ReportCell> part = row.mid(0, fixed) + row.mid(fixed + from, count);
                    out.row(cells(part));
                }
                rowDone();
            }
        }
    }

    [[nodiscard]] QList<PageCell> cells(const QList<ReportCell> &row) const
    {
        QList<PageCell> out;
        out.reserve(row.size());
        for (const ReportCell &cell : row)
            out.append(pageCell(cell));
        return out;
    }

    void add(const ReportPassages &passages)
    {
        const int columns = std::max<int>(std::clamp(m_options.columns, 2, 3), int(passages.outlets.size()));
        QList<qreal> widths;
        for (qsizetype i = 0; i < passages.outlets.size(); ++i)
            widths.append(1.0 / columns);
        PageTable table(m_paginator, widths);
        table.header(passages.outlets);
        for (const ReportPassageRow &row : passages.rows) {
            if (m_paginator.canceled())
                return;
            table.row(cells(row.cells));
            rowDone();
        }
    }

    Paginator &m_paginator;
    const ReportDocument &m_document;
    const ReportOptions &m_options;
    const ReportPalette &m_palette;
    const Fonts &m_fonts;
    ReportLayoutInfo &m_info;
    const TaskControl &m_control;
    qsizetype m_rows = 0;
    QPageLayout::Orientation m_orientation;   ///< the device's own, for every part but the matrix
    qreal m_portraitWidth;                    ///< the content width of a portrait page, points
};

constexpr std::pair<ReportSection, QLatin1StringView> sectionIds[] = {
    {ReportSection::Cover, QLatin1StringView("cover")},   {ReportSection::Summary, QLatin1StringView("summary")},
    {ReportSection::Claims, QLatin1StringView("claims")}, {ReportSection::Facts, QLatin1StringView("facts")},
    {ReportSection::Passages, QLatin1StringView("passages")},
};

} // namespace

QStringList reportSectionIds(ReportSections sections)
{
    QStringList ids;
    for (const auto &[section, id] : sectionIds) {
        if (sections & section)
            ids.append(id);
    }
    return ids;
}

ReportSections reportSectionsFromIds(const QStringList &ids)
{
    ReportSections sections;
    for (const auto &[section, id] : sectionIds) {
        if (ids.contains(id))
            sections |= section;
    }
    return sections;
}

ReportPageSize reportPageSizeFromName(QStringView name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return ReportPageSize::A4;
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0)
        return ReportPageSize::Letter;
    if (ok)
        *ok = name.compare(u"auto", Qt::CaseInsensitive) == 0;
    return ReportPageSize::Auto;
}

QPageSize::PageSizeId resolvePageSize(ReportPageSize size, const QLocale &locale)
{
    switch (size) {
    case ReportPageSize::A4: return QPageSize::A4;
    case ReportPageSize::Letter: return QPageSize::Letter;
    case ReportPageSize::Auto: break;
    }
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString unverifiedTextWarning()
{
    return ExportText::tr("Warning: the text below is not what these bytes give when imported again "
                          "(edited after import, or read by another version of Crossread); "
                          "the SHA-256 certifies the original bytes only.");
}

QString reportTitle(const SessionData &session, const QList<Article> &articles)
{
    if (!session.title.trimmed().isEmpty())
        return session.title.simplified();
    for (const Article &article : articles) {
        if (!article.meta.headline.trimmed().isEmpty())
            return article.meta.headline.simplified();
    }
    return ExportText::tr("Untitled story");
}


ReportLayoutInfo paintReport(QPagedPaintDevice *device, const ReportDocument &document, const ReportOptions &options,
                             const ReportControl &control)
{
    ReportLayoutInfo info;
    QPainter painter;
    // The first part's pages turn before painting begins; the others' as they start.
    const QPageLayout::Orientation orientation = device ? device->pageLayout().orientation() : QPageLayout::Portrait;
    qreal portraitWidth = 0;
    if (device) {
        QPageLayout portrait = device->pageLayout();
        portrait.setOrientation(QPageLayout::Portrait);
        portraitWidth = portrait.paintRectPoints().width();
        if (!document.parts.isEmpty() && needsLandscape(document.parts.first(), portraitWidth))
            device->setPageOrientation(QPageLayout::Landscape);
    }
    if (!device || !painter.begin(device)) {
        info.error = ExportText::tr("cannot paint on the output device");
        return info;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const ReportPalette palette = options.greyscale ? ReportPalette::greyscale() : ReportPalette::colour();
    const Fonts fonts = makeFonts();
    PageStyle style{fonts.body,
                    fonts.small,
                    fonts.smallItalic,
                    fonts.smallBold,
                    palette.text,
                    palette.mutedText,
                    palette.headerText,
                    palette.rule,
                    palette.tableHeader,
                    palette.markText,
                    document.title,
                    ExportText::tr("Crossread review report"),
                    ExportText::tr("Page %1"),
                    ExportText::tr("(continued)"),
                    ExportText::tr("continued on the next page \u2192")};
    {
        Paginator paginator(painter, device, std::move(style), info, control);
        ReportRenderer(paginator, document, options, palette, fonts, info, control, orientation, portraitWidth).render();
        paginator.finish();
        info.canceled = paginator.canceled() || document.canceled;
    }
    info.listedAnnotations = document.listedAnnotations;
    painter.end();
    if (!info.canceled)
        control.report(100);
    return info;
}

ReportLayoutInfo paintReport(QPagedPaintDevice *device, const SessionData &session, const Analysis &analysis,
                             const ReportOptions &options, const ReportControl &control)
{
    return paintReport(device, buildReportDocument(session, analysis, options, control), options, control);
}

Expected<ReportLayoutInfo, QString> writePdfReport(const QString &path, const ReportDocument &document,
                                                   const ReportOptions &options, const ReportControl &control)
{
    const Expected<OutputKind, QString> kind = checkOutputPath(path);
    if (!kind)
        return ExportText::tr("%1: cannot write the report: %2").arg(path, kind.error());
    // A FIFO or device gets the finished PDF in one write (a rename would replace the device);
    // a file is written through QSaveFile, complete or not at all.
    QBuffer buffer;
    QSaveFile file(path);
    QIODevice *device = &file;
    if (kind.value() == OutputKind::Stream) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return ExportText::tr("%1: cannot write the report: %2").arg(path, file.errorString());
    }
    ReportLayoutInfo info;
    {
        QPdfWriter writer(device);
        writer.setPageSize(QPageSize(resolvePageSize(options.pageSize)));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Crossread %1").arg(QLatin1String(CROSSREAD_VERSION_STRING)));
        info = paintReport(&writer, document, options, control);
    }
    if (!info.error.isEmpty()) {
        file.cancelWriting();
        return ExportText::tr("%1: %2").arg(path, info.error);
    }
    if (info.canceled) {
        file.cancelWriting();
        return ExportText::tr("%1: the export was canceled; nothing was written").arg(path);
    }
    if (kind.value() == OutputKind::Stream) {
        if (const auto written = writeOutputFile(path, buffer.data()); !written)
            return written.error();
        return info;
    }
    if (!file.commit())
        return ExportText::tr("%1: cannot write the report: %2").arg(path, file.errorString());
    return info;
}

Expected<ReportLayoutInfo, QString> writePdfReport(const QString &path, const SessionData &session,
                                                   const Analysis &analysis, const ReportOptions &options,
                                                   const ReportControl &control)
{
    const ReportDocument document = buildReportDocument(session, analysis, options, control);
    if (document.canceled)
        return ExportText::tr("%1: the export was canceled; nothing was written").arg(path);
    return writePdfReport(path, document, options, control);
}

} // namespace Crossread
