// SPDX-License-Identifier: GPL-3.0-or-later
// Real PDF files for the PDF import tests and benchmark, written by Qt's own PDF writer from
// fictional text: each page a list of positioned lines, so tests control the columns, line
// breaks, hyphens and running headers exactly.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace PdfFixture {

/// One line of text at a position in points from the page's top-left corner (baseline y).
struct Line {
    qreal x = 0;
    qreal y = 0;
    QString text;
    qreal size = 10;
};

using Page = QList<Line>;

/// A4 (595 x 842 points) pages with the lines drawn in DejaVu Serif; `title` in the document
/// information. An empty page is a blank page.
[[nodiscard]] QByteArray write(const QList<Page> &pages, const QString &title = {});

/// A page holding only an image (what a scanner makes): no text layer.
[[nodiscard]] QByteArray writeImageOnly();

/// Lines of `text` broken to fit `width` points at `size` points, drawn from (x, y) down with a
/// line every 1.3 x size points; returns the y below the last line.
qreal wrap(Page &page, const QString &text, qreal x, qreal y, qreal width, qreal size = 10);

/// A hand-built PDF whose trailer names an /Encrypt dictionary of the standard security
/// handler with a user password that is not empty: a reader cannot open it without asking.
[[nodiscard]] QByteArray writeEncrypted();

/// Invented prose for filling pages: sentence `index` of a fictional harbour report.
[[nodiscard]] QString sentence(int index);

} // namespace PdfFixture
