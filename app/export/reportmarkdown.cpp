// SPDX-License-Identifier: GPL-3.0-or-later
// The report document as Markdown (CommonMark with pipe tables). Every text of the document is
// escaped (markdownEscaped()), so article text, notes and names read literally.
#include "export/dataexport.h"
#include "export/reportdocument.h"

#include <QCoreApplication>

namespace Crossread {
namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Export)
};

QString escaped(const QString &text)
{
    return markdownEscaped(text.simplified());
}

QString paragraphText(const ReportParagraph &paragraph)
{
    const QString text = escaped(paragraph.text);
    if (text.isEmpty())
        return text;
    switch (paragraph.style) {
    case ReportTextStyle::Strong:
    case ReportTextStyle::SmallStrong:
        return QStringLiteral("**") + text + QStringLiteral("**");
    case ReportTextStyle::Note:
        return u'*' + text + u'*';
    case ReportTextStyle::Body:
    case ReportTextStyle::Small:
    case ReportTextStyle::Code:
        break;
    }
    return text;
}

/// A cell's paragraphs on one line (a table cell or a list item cannot break lines).
QString cellText(const ReportCell &cell)
{
    QStringList parts;
    for (const ReportParagraph &paragraph : cell.paragraphs) {
        if (QString text = paragraphText(paragraph); !text.isEmpty())
            parts.append(std::move(text));
    }
    return parts.join(QStringLiteral(" \u2014 "));
}

QString tableRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

class MarkdownWriter {
public:
    explicit MarkdownWriter(const ReportDocument &document) : m_document(document) {}

    QString write()
    {
        m_out += QStringLiteral("# ") + escaped(m_document.title) + QStringLiteral("\n\n");
        for (const ReportPart &part : m_document.parts) {
            for (const ReportBlock &block : part.blocks)
                std::visit([this](const auto &b) { add(b); }, block);
            endList();
        }
        return std::move(m_out);
    }

private:
    void endList()
    {
        if (m_inList)
            m_out += u'\n';
        m_inList = false;
    }

    void add(const ReportHeading &heading)
    {
        endList();
        if (heading.level == 0)
            return;   // the document's title opens the file
        m_out += QString(heading.level + 1, u'#') + u' ' + escaped(heading.text) + QStringLiteral("\n\n");
    }

    void add(const ReportText &text)
    {
        if (text.listItem) {
            m_out += QStringLiteral("- ") + paragraphText(text.paragraph) + u'\n';
            m_inList = true;
            return;
        }
        endList();
        m_out += paragraphText(text.paragraph) + QStringLiteral("\n\n");
    }

    void add(const ReportSpace &) {}

    void add(const ReportTable &table)
    {
        endList();
        QStringList header;
        QStringList rules;
        for (const QString &label : table.header) {
            header.append(escaped(label));
            rules.append(QStringLiteral("---"));
        }
        m_out += tableRow(header) + tableRow(rules);
        for (const QList<ReportCell> &row : table.rows) {
            QStringList cells;
            for (const ReportCell &cell : row)
                cells.append(cellText(cell));
            while (cells.size() < table.header.size())
                cells.append(QString());
            m_out += tableRow(cells);
        }
        m_out += u'\n';
    }

    void add(const ReportPassages &passages)
    {
        endList();
        for (const ReportPassageRow &row : passages.rows) {
            QString block;
            QStringList notes;
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                if (!row.shown.value(c))
                    continue;
                const ReportCell &cell = row.cells.at(c);
                block += QStringLiteral("- **") + escaped(passages.outlets.value(c)) + QStringLiteral(":** ") + cellText(cell)
                       + u'\n';
                for (const ReportParagraph &paragraph : cell.paragraphs) {
                    for (const ReportMark &mark : paragraph.marks) {
                        if (mark.kind == ReportMark::Kind::Footnote)
                            notes.append(QStringLiteral("  %1. ").arg(mark.footnote)
                                         + escaped(m_document.footnotes.value(mark.footnote)));
                    }
                }
            }
            m_out += QStringLiteral("#### ") + escaped(ExportText::tr("Passage %1 (%2)").arg(row.number).arg(row.status))
                   + QStringLiteral("\n\n") + block;
            if (!notes.isEmpty())
                m_out += u'\n' + escaped(ExportText::tr("Notes:")) + u'\n' + notes.join(u'\n') + u'\n';
            m_out += u'\n';
        }
    }

    const ReportDocument &m_document;
    QString m_out;
    bool m_inList = false;
};

} // namespace

QString reportMarkdown(const ReportDocument &document)
{
    return MarkdownWriter(document).write();
}

} // namespace Crossread
