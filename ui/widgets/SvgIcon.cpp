// SPDX-License-Identifier: Apache-2.0
#include "SvgIcon.h"

#include "Appearance.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace tempcards {

namespace {

class SvgIconEngine : public QIconEngine
{
public:
    // `name` is a themed icon's name when `themed`, else a resource path.
    SvgIconEngine(QString name, bool themed) : m_name(std::move(name)), m_themed(themed) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    // `size` is in device pixels already (QIcon::pixmap multiplies it by the scale).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QString path = m_themed ? SvgIcon::themedPath(m_name) : m_name;
        const QString key = QStringLiteral("tempcards-svg:%1:%2x%3:%4:%5")
                                .arg(path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(scale);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        QSvgRenderer renderer(path);
        if (renderer.isValid()) {
            QPainter painter(&pixmap);
            if (mode == QIcon::Disabled)
                painter.setOpacity(0.4);
            // Square icons in a square; a wider box centres the drawing at its own aspect.
            QSizeF drawn = renderer.defaultSize();
            drawn.scale(size, Qt::KeepAspectRatio);
            renderer.render(
                &painter,
                QRectF(QPointF((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2), drawn));
        } else {
            qWarning("tempcards: the icon %s cannot be drawn", qPrintable(path));
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(m_name, m_themed); }
    QString key() const override { return QStringLiteral("tempcards-svg"); }
    bool isNull() override { return false; }

private:
    QString m_name;
    bool m_themed;
};

} // namespace

QIcon SvgIcon::themed(const QString &name)
{
    return QIcon(new SvgIconEngine(name, true));
}

QIcon SvgIcon::fixed(const QString &resourcePath)
{
    return QIcon(new SvgIconEngine(resourcePath, false));
}

QString SvgIcon::themedPath(const QString &name)
{
    const bool dark = Appearance::current() == Appearance::Scheme::Dark;
    return QStringLiteral(":/icons/%1/%2.svg").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"), name);
}

} // namespace tempcards
