// SPDX-License-Identifier: Apache-2.0
#include "StateLook.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace tempcards {

namespace {

// Paints into a 16×16 design grid, scaled to the requested size.
using Painter = std::function<void(QPainter &)>;

class PaintedIconEngine : public QIconEngine
{
public:
    PaintedIconEngine(Painter paint, qreal grid) : m_paint(std::move(paint)), m_grid(grid) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate((rect.width() - side) / 2, (rect.height() - side) / 2);
        painter->scale(side / m_grid, side / m_grid);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        m_paint(*painter);
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    // `size` is in device pixels already (QIcon::pixmap multiplies it by the scale).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), (QSizeF(size) / scale).toSize()), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_paint, m_grid); }

private:
    Painter m_paint;
    qreal m_grid;
};

QIcon painted(Painter paint, qreal grid = 16)
{
    return QIcon(new PaintedIconEngine(std::move(paint), grid));
}

QPen glyphPen(qreal width = 1.8)
{
    return QPen(Qt::white, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void disc(QPainter &p, const QColor &colour)
{
    p.setPen(QPen(colour.darker(140), 0.8));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 14, 14));
}

} // namespace

QIcon StateLook::cardStateIcon(CardState state)
{
    switch (state) {
    case CardState::Processing: // queued: a clock
        return painted([](QPainter &p) {
            disc(p, QColor(0x6b, 0x7a, 0x8f));
            p.setPen(glyphPen(1.6));
            p.drawPolyline(QPolygonF({{8, 4.5}, {8, 8}, {10.8, 9.8}}));
        });
    case CardState::Ordered: // sent: an arrow to the right
        return painted([](QPainter &p) {
            disc(p, QColor(0x2f, 0x6f, 0xb3));
            p.setPen(glyphPen());
            p.drawLine(QPointF(4.5, 8), QPointF(11, 8));
            p.drawPolyline(QPolygonF({{8.3, 5.2}, {11.2, 8}, {8.3, 10.8}}));
        });
    case CardState::InProduction: // being made: three dots
        return painted([](QPainter &p) {
            disc(p, QColor(0xc9, 0x7a, 0x12));
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            for (const qreal x : {4.8, 8.0, 11.2})
                p.drawEllipse(QPointF(x, 8), 1.3, 1.3);
        });
    case CardState::Produced: // ready: a tick
        return painted([](QPainter &p) {
            disc(p, QColor(0x2e, 0x8b, 0x3e));
            p.setPen(glyphPen(2.0));
            p.drawPolyline(QPolygonF({{4.6, 8.3}, {7.1, 10.8}, {11.6, 5.6}}));
        });
    case CardState::Failed: // a cross on a square: an alarm, not just another colour
        return painted([](QPainter &p) {
            p.setPen(QPen(QColor(0xc6, 0x28, 0x28).darker(140), 0.8));
            p.setBrush(QColor(0xc6, 0x28, 0x28));
            p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 2.5, 2.5);
            p.setPen(glyphPen(2.0));
            p.drawLine(QPointF(5, 5), QPointF(11, 11));
            p.drawLine(QPointF(11, 5), QPointF(5, 11));
        });
    case CardState::Aborted: // stopped: a bar
        return painted([](QPainter &p) {
            disc(p, QColor(0x8a, 0x8a, 0x8a));
            p.setPen(glyphPen(2.2));
            p.drawLine(QPointF(4.8, 8), QPointF(11.2, 8));
        });
    case CardState::Unassigned: // initialized, waiting for its holder: a small card
        return painted([](QPainter &p) {
            disc(p, QColor(0x1f, 0x86, 0x85));
            p.setPen(glyphPen(1.3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(4, 5.5, 8, 5.5), 1, 1);
            p.drawLine(QPointF(5.8, 9.2), QPointF(8.2, 9.2));
        });
    case CardState::Assigned: // with its holder: a person
        return painted([](QPainter &p) {
            disc(p, QColor(0x5b, 0x4f, 0xb0));
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(8, 6), 2.1, 2.1);
            p.drawChord(QRectF(4.2, 8.9, 7.6, 6.2), 0, 180 * 16);
        });
    case CardState::Expired: // past its validity: an hourglass
        return painted([](QPainter &p) {
            disc(p, QColor(0xb3, 0x4a, 0x2f));
            p.setPen(glyphPen(1.4));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(QPolygonF({{5, 4.3}, {11, 4.3}, {5, 11.7}, {11, 11.7}}));
        });
    case CardState::Locked: // out of use for good: a padlock
        return painted([](QPainter &p) {
            disc(p, QColor(0x3c, 0x3c, 0x3c));
            p.setPen(glyphPen(1.4));
            p.setBrush(Qt::NoBrush);
            p.drawArc(QRectF(5.6, 3.8, 4.8, 5.2), 0, 180 * 16);
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawRoundedRect(QRectF(4.6, 7.4, 6.8, 5), 1, 1);
        });
    }
    return {};
}

QIcon StateLook::syncIcon(bool failing)
{
    if (failing) // a warning triangle with an exclamation mark
        return painted([](QPainter &p) {
            p.setPen(QPen(QColor(0xc6, 0x28, 0x28).darker(140), 0.8));
            p.setBrush(QColor(0xd8, 0x3a, 0x2a));
            p.drawPolygon(QPolygonF({{8, 1.2}, {15, 14.2}, {1, 14.2}}));
            p.setPen(glyphPen(1.9));
            p.drawLine(QPointF(8, 5.6), QPointF(8, 9.6));
            p.drawPoint(QPointF(8, 12.1));
        });
    return painted([](QPainter &p) { // two arrows in a circle: the sync goes round
        disc(p, QColor(0x2e, 0x8b, 0x3e));
        p.setPen(glyphPen(1.5));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(4, 4, 8, 8), 30 * 16, 150 * 16);
        p.drawArc(QRectF(4, 4, 8, 8), 210 * 16, 150 * 16);
        p.drawPolyline(QPolygonF({{11.9, 4.6}, {11.5, 6.4}, {9.8, 6.1}}));
        p.drawPolyline(QPolygonF({{4.1, 11.4}, {4.5, 9.6}, {6.2, 9.9}}));
    });
}

QIcon StateLook::applicationIcon()
{
    // resources/desktop/org.tempcards.tempcards.svg, on its 128-unit grid.
    return painted(
        [](QPainter &p) {
            const QColor blue(0x2f, 0x6f, 0xb3), light(0xe8, 0xee, 0xf6);
            p.setPen(Qt::NoPen);
            p.setBrush(blue);
            p.drawRoundedRect(QRectF(8, 22, 100, 68), 9, 9);
            p.setBrush(QColor(0x1d, 0x4f, 0x86));
            p.drawRect(QRectF(8, 34, 100, 12));
            p.setBrush(light);
            p.drawRoundedRect(QRectF(18, 56, 24, 24), 4, 4);
            p.drawRoundedRect(QRectF(50, 58, 40, 5), 2.5, 2.5);
            p.drawRoundedRect(QRectF(50, 69, 28, 5), 2.5, 2.5);
            p.setBrush(blue);
            p.drawEllipse(QPointF(30, 64), 5, 5);
            QPainterPath shoulders(QPointF(21, 78));
            shoulders.quadTo(QPointF(30, 67), QPointF(39, 78));
            shoulders.closeSubpath();
            p.drawPath(shoulders);
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(92, 92), 28, 28);
            p.setBrush(QColor(0xf2, 0xa3, 0x3a));
            p.drawEllipse(QPointF(92, 92), 24, 24);
            p.setBrush(QColor(0xff, 0xf8, 0xec));
            p.drawEllipse(QPointF(92, 92), 19, 19);
            p.setPen(QPen(QColor(0x7a, 0x4a, 0x06), 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(QPolygonF({{92, 78}, {92, 93}, {102, 100}}));
        },
        128);
}

} // namespace tempcards
