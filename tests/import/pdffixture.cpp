// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffixture.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace PdfFixture {
namespace {

QFont fontOf(qreal size)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(size);
    return font;
}

void setUp(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(72);   // one device unit is one point
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Crossread tests"));
}

} // namespace

QByteArray write(const QList<Page> &pages, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, title);
        QPainter painter(&writer);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const Line &line : pages.at(i)) {
                painter.setFont(fontOf(line.size));
                painter.drawText(QPointF(line.x, line.y), line.text);
            }
        }
    }
    return buffer.data();
}

QByteArray writeImageOnly()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        for (int y = 20; y < 280; y += 12)
            painter.drawLine(20, y, 380, y);   // looks like lines of print; holds no text
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, QString());
        QPainter painter(&writer);
        painter.drawImage(QRectF(50, 50, 495, 371), image);
    }
    return buffer.data();
}

qreal wrap(Page &page, const QString &text, qreal x, qreal y, qreal width, qreal size)
{
    const QFontMetricsF metrics(fontOf(size));
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            page.append(Line{x, y, line, size});
            y += 1.3 * size;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty()) {
        page.append(Line{x, y, line, size});
        y += 1.3 * size;
    }
    return y;
}

QByteArray writeEncrypted()
{
    // Objects 1-4, then an xref table with each object's byte offset.
    const QByteArray filler(32, 'A');
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + filler.toHex() + "> /U <" + filler.toHex() + "> /P -4 >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
         + " /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n"
         + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString sentence(int index)
{
    static const char *const subjects[] = {"The harbour board", "The dock workers' union", "The port of Hallenvik",
                                           "The ferry operator", "The town council", "The freight agency"};
    static const char *const verbs[] = {"reported", "confirmed", "announced", "recorded", "expected", "estimated"};
    static const char *const objects[] = {"a rise in container traffic", "new berths on the north quay",
                                          "longer opening hours at the locks", "repairs to the breakwater",
                                          "a fall in bulk cargo", "more sailings to the islands"};
    return QStringLiteral("%1 %2 %3 in quarter %4, with %5 vessels handled.")
        .arg(QString::fromLatin1(subjects[index % 6]), QString::fromLatin1(verbs[(index / 6) % 6]),
             QString::fromLatin1(objects[(index / 36) % 6]))
        .arg(1 + index % 4)
        .arg(100 + index * 7);
}

} // namespace PdfFixture
