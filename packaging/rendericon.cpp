// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application's SVG icon to a square PNG of one size, so the
// hicolor PNG sizes are produced from the one drawing we keep in git instead of being
// committed as binaries that drift from it.
//
// Usage: crossread_render_icon INPUT.svg SIZE OUTPUT.png

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

constexpr int largestSize = 1024;

int fail(const QString &message)
{
    QTextStream(stderr) << "crossread_render_icon: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Painting paths into a QImage needs no platform plugin, so no QGuiApplication and no
    // display: the build runs headless.
    QCoreApplication app(argc, argv);

    const QStringList arguments = app.arguments();
    if (arguments.size() != 4)
        return fail(QStringLiteral("usage: crossread_render_icon INPUT.svg SIZE OUTPUT.png"));
    const QString &input = arguments.at(1);
    const QString &output = arguments.at(3);

    bool sizeOk = false;
    const int size = arguments.at(2).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > largestSize)
        return fail(QStringLiteral("size '%1' is not a whole number from 1 to %2").arg(arguments.at(2)).arg(largestSize));

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a readable SVG file").arg(input));
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }

    // QSaveFile so an interrupted build never leaves a truncated PNG that looks up to date.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(output, file.errorString()));
    if (!image.convertToFormat(QImage::Format_ARGB32).save(&file, "PNG"))
        return fail(QStringLiteral("%1: could not encode the PNG image").arg(output));
    if (!file.commit())
        return fail(QStringLiteral("%1: %2").arg(output, file.errorString()));
    return 0;
}
