// SPDX-License-Identifier: GPL-3.0-or-later
// Connector bands in the spirit of Meld's linkmap: a curved ribbon between the two renderings
// of each aligned passage.
#include "connectorband.h"

#include "articlepane.h"
#include "readerview.h"

#include <QHash>
#include <QHelpEvent>
#include <QImage>
#include <QPaintEngine>
#include <QPaintEvent>
#include <QPainter>
#include <QPolygonF>
#include <QToolTip>

#include <cmath>

namespace Crossread {

namespace {

/// How far beyond the painted area a ribbon is still drawn: more than the pen and the
/// antialiasing reach, so what is cut off never shows.
constexpr double ribbonMargin = 4;

/// The ribbon of a link, flattened, in band coordinates. Its edges are cubic curves from
/// (0, left) through (w/2, left) and (w/2, right) to (w, right); x grows monotonically along
/// them, so the ribbon is the area between two graphs over x, and clamping every point to
/// [top, bottom] (plus a margin) gives exactly the part in view. Drawing the whole ribbon
/// instead made the rasteriser walk every pixel row of it, however far outside: a passage
/// thousands of pixels long cost that much on every repaint.
QPolygonF ribbon(const ConnectorBand::Link &link, double w, double top, double bottom)
{
    // Enough segments that no facet shows: about one per 8 pixels of rise.
    const double rise = qMax(qAbs(link.rightTop - link.leftTop), qAbs(link.rightBottom - link.leftBottom));
    const int segments = qBound(8, int(rise / 8), 64);
    auto curve = [&](double from, double to, double t) {
        const double u = 1 - t;
        const double x = 3 * u * u * t * (w / 2) + 3 * u * t * t * (w / 2) + t * t * t * w;
        const double y = (u * u * u + 3 * u * u * t) * from + (3 * u * t * t + t * t * t) * to;
        return QPointF(x, qBound(top - ribbonMargin, y, bottom + ribbonMargin));
    };
    QPolygonF polygon;
    polygon.reserve(2 * (segments + 1));
    auto add = [&](const QPointF &point) {
        // Of a run of points clamped to the same edge only its ends matter.
        const qsizetype n = polygon.size();
        if (n >= 2 && polygon.at(n - 1).y() == point.y() && polygon.at(n - 2).y() == point.y())
            polygon.last() = point;
        else
            polygon.append(point);
    };
    for (int i = 0; i <= segments; ++i)
        add(curve(link.leftTop, link.rightTop, double(i) / segments));
    for (int i = segments; i >= 0; --i)
        add(curve(link.leftBottom, link.rightBottom, double(i) / segments));
    return polygon;
}

/// A brush that paints `fill` hatched with `hatch` (Qt::BDiagPattern) in one pass: the same
/// pixels as a solid fill followed by a pattern fill, at the cost of one fill. Tiles are kept
/// per colour pair; fill alphas are rounded to 1/32 so confidences share them. GUI thread only.
QBrush hatchedBrush(QColor fill, const QColor &hatch)
{
    fill.setAlphaF(std::round(fill.alphaF() * 32) / 32);
    static QHash<std::pair<QRgb, QRgb>, QBrush> cache;
    const std::pair<QRgb, QRgb> key{fill.rgba(), hatch.rgba()};
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() > 256)
        cache.clear();   // themes changed many times over; rebuild what is used
    // Wider than the band and the pattern's period (8) several times over: the rasteriser
    // blends a tiled brush one tile width at a time, so a span never needs more than one run.
    QImage tile(64, 64, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    {
        QPainter painter(&tile);
        painter.fillRect(tile.rect(), fill);
        painter.fillRect(tile.rect(), QBrush(hatch, Qt::BDiagPattern));
    }
    return *cache.insert(key, QBrush(tile));
}

/// `colour` as it shows over the opaque `background`.
QColor opaqueOver(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace

ConnectorBand::ConnectorBand(ReaderView *reader, ArticlePane *left, ArticlePane *right, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_left(left)
    , m_right(right)
{
    setFixedWidth(bandWidth);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Connections between %1 and %2").arg(left->article().displayName(), right->article().displayName()));
    updateDescription();
}

Qt::BrushStyle ConnectorBand::pattern(const Link &link)
{
    return link.identical ? Qt::NoBrush : Qt::BDiagPattern;
}

Qt::PenStyle ConnectorBand::outline(const Link &link)
{
    return link.confidence < 0.5 ? Qt::DashLine : Qt::SolidLine;
}

ConnectorBand::Summary ConnectorBand::summary() const
{
    Summary result;
    const auto &analysis = m_reader->analysis();
    if (!analysis)
        return result;
    // The same rules as links() and tabs(), over every passage.
    for (const Passage &passage : analysis->alignment.passages) {
        const PassageMember *a = passage.member(m_left->articleId());
        const PassageMember *b = passage.member(m_right->articleId());
        if (a && b) {
            if (a->primary && b->primary)
                ++(passage.status == PassageStatus::Identical ? result.identical : result.reworded);
        } else if (a && a->primary) {
            ++result.onlyLeft;
        } else if (b && b->primary) {
            ++result.onlyRight;
        }
    }
    return result;
}

QString ConnectorBand::summaryText() const
{
    if (!m_reader->analysis())
        return tr("Bands will join the passages both articles tell once the analysis is done.");
    const Summary counts = summary();
    const QString left = m_left->article().displayName();
    const QString right = m_right->article().displayName();
    return tr("Between %1 and %2: %3 (%4, %5); %6; %7.",
              "connector band summary: left outlet, right outlet, passages in both, identical, reworded, "
              "only left, only right")
        .arg(left, right, tr("%n passage(s) in both", nullptr, counts.shared()),
             tr("%n identical", "passages", counts.identical), tr("%n reworded", "passages", counts.reworded),
             tr("%n only in %1", "passages", counts.onlyLeft).arg(left),
             tr("%n only in %1", "passages", counts.onlyRight).arg(right));
}

void ConnectorBand::updateDescription()
{
    setAccessibleDescription(summaryText());
}

double ConnectorBand::offsetOf(const ArticlePane *pane) const
{
    return pane->textView()->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
}

QList<ConnectorBand::Link> ConnectorBand::links() const
{
    QList<Link> result;
    const auto &analysis = m_reader->analysis();
    if (!analysis)
        return result;
    const double leftOffset = offsetOf(m_left);
    const double rightOffset = offsetOf(m_right);
    for (const Passage &passage : analysis->alignment.passages) {
        const PassageMember *a = passage.member(m_left->articleId());
        const PassageMember *b = passage.member(m_right->articleId());
        if (!a || !b || !a->primary || !b->primary)
            continue;
        const VerticalRange l = m_left->viewportRange(a->span);
        const VerticalRange r = m_right->viewportRange(b->span);
        Link link{passage.id, l.top + leftOffset, l.bottom + leftOffset, r.top + rightOffset, r.bottom + rightOffset,
                  qMin(a->confidence, b->confidence), passage.status == PassageStatus::Identical};
        // The ribbon's curves never leave the vertical extent of its two ends: outside the
        // band, nothing of it shows.
        if (qMax(link.leftBottom, link.rightBottom) < 0 || qMin(link.leftTop, link.rightTop) > height())
            continue;
        result.append(link);
    }
    return result;
}

QList<ConnectorBand::Tab> ConnectorBand::tabs() const
{
    QList<Tab> result;
    const auto &analysis = m_reader->analysis();
    if (!analysis)
        return result;
    for (const ArticlePane *pane : {m_left, m_right}) {
        const ArticlePane *other = pane == m_left ? m_right : m_left;
        const double offset = offsetOf(pane);
        for (const Passage &passage : analysis->alignment.passages) {
            const PassageMember *mine = passage.member(pane->articleId());
            if (!mine || !mine->primary || passage.member(other->articleId()))
                continue;
            const VerticalRange range = pane->viewportRange(mine->span);
            if (range.bottom + offset < 0 || range.top + offset > height())
                continue;
            result.append({passage.id, pane == m_left, range.top + offset, range.bottom + offset,
                           passage.status == PassageStatus::Unique});
        }
    }
    return result;
}

void ConnectorBand::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ReaderTheme &theme = m_reader->theme();
    const QColor background = palette().window().color();
    painter.fillRect(rect(), background);
    // Only what can show: the exposed part of the band that lies on the paint device (the
    // engine's device: painter.device() is the band itself, even when redirected).
    const QPaintDevice *target = painter.paintEngine()->paintDevice();
    const QRectF deviceArea = painter.deviceTransform().inverted().mapRect(QRectF(0, 0, target->width(), target->height()));
    const QRectF area = QRectF(event->rect()).intersected(deviceArea);
    if (area.isEmpty())
        return;
    auto inView = [&](double top, double bottom) { return bottom >= area.top() && top <= area.bottom(); };
    const double w = width();
    QColor hatch = theme.text;
    hatch.setAlphaF(0.4);
    for (const Link &link : links()) {
        if (!inView(qMin(link.leftTop, link.rightTop), qMax(link.leftBottom, link.rightBottom)))
            continue;
        QColor fill = link.identical ? theme.identical : theme.reworded;
        fill.setAlphaF(0.25 + 0.6 * qBound(0.0, link.confidence, 1.0));
        const QPolygonF shape = ribbon(link, w, area.top(), area.bottom());
        // The fill without antialiasing (a plain scanline fill, several times cheaper), its
        // edge then covered by the antialiased outline, so no step shows.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        // Reworded ribbons hatched in the text colour, so the hatch shows on either theme.
        painter.setBrush(pattern(link) == Qt::BDiagPattern ? hatchedBrush(fill, hatch) : QBrush(fill));
        painter.drawPolygon(shape);
        painter.setRenderHint(QPainter::Antialiasing, true);
        // An opaque pen: the raster engine strokes a translucent antialiased line pixel by
        // pixel, over ten times slower on the steep ribbons of a reordered passage.
        painter.setPen(QPen(opaqueOver(fill.darker(140), background), 1, outline(link)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(shape);
    }
    for (const Tab &tab : tabs()) {
        if (!inView(tab.top, tab.bottom))
            continue;
        QColor fill = tab.unique ? theme.unique : theme.boilerplateText;
        fill.setAlphaF(tab.unique ? 0.9 : 0.35);
        const QRectF box(tab.onLeft ? 0 : w - 7, tab.top, 7, qMax(4.0, tab.bottom - tab.top));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        // Only the part in view, with its rounded ends out of sight (see ribbon()).
        painter.drawRoundedRect(box.intersected(QRectF(box.left(), area.top() - ribbonMargin, box.width(),
                                                       area.height() + 2 * ribbonMargin)),
                                2, 2);
        const QString onlyHere = tr("only here");
        if (tab.unique && box.height() > fontMetrics().horizontalAdvance(onlyHere) * 0.75 + 8) {
            // Text as well as colour: "only here" must not depend on telling colours apart.
            painter.save();
            painter.setPen(theme.text);
            QFont font = painter.font();
            font.setPointSizeF(font.pointSizeF() * 0.75);
            painter.setFont(font);
            painter.translate(tab.onLeft ? 10 : w - 10, box.center().y());
            painter.rotate(tab.onLeft ? 90 : -90);
            painter.drawText(QRectF(-box.height() / 2, -8, box.height(), 14), Qt::AlignCenter, onlyHere);
            painter.restore();
        }
    }
}

bool ConnectorBand::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const double y = help->pos().y();
        for (const Link &link : links()) {
            const double t = help->pos().x() / double(width());
            const double top = link.leftTop + (link.rightTop - link.leftTop) * t;
            const double bottom = link.leftBottom + (link.rightBottom - link.leftBottom) * t;
            if (y >= top && y <= bottom) {
                QToolTip::showText(help->globalPos(),
                                   (link.identical ? tr("Same words") : tr("Reworded"))
                                       + tr(" · match confidence %1%").arg(qRound(link.confidence * 100)),
                                   this);
                return true;
            }
        }
        for (const Tab &tab : tabs()) {
            if (y >= tab.top && y <= tab.bottom) {
                const ArticlePane *pane = tab.onLeft ? m_left : m_right;
                const ArticlePane *other = tab.onLeft ? m_right : m_left;
                QToolTip::showText(help->globalPos(),
                                   tab.unique ? tr("Only %1 tells this").arg(pane->article().displayName())
                                              : tr("%1 does not tell this").arg(other->article().displayName()),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Crossread
