// SPDX-License-Identifier: Apache-2.0
#include "Appearance.h"

#include <QApplication>
#include <QStyle>

namespace tempcards {

namespace {
// The desktop's palette as the application started with it, before the client changed anything.
const QPalette &desktopPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}
} // namespace

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

Appearance::Scheme Appearance::current()
{
    return isDark(QApplication::palette()) ? Scheme::Dark : Scheme::Light;
}

Appearance::Scheme Appearance::desktopScheme()
{
    return isDark(desktopPalette()) ? Scheme::Dark : Scheme::Light;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x6f, 0xb3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xec));
    p.setColor(QPalette::LinkVisited, QColor(0xa5, 0x97, 0xf5));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3c, 0x40));
    return p;
}

void Appearance::apply(Scheme scheme)
{
    const QPalette &desktop = desktopPalette(); // kept from the first call on
    const bool dark = scheme == Scheme::Dark;
    if (isDark(QApplication::palette()) == dark)
        return;
    if (isDark(desktop) == dark)
        QApplication::setPalette(desktop);
    else if (dark)
        QApplication::setPalette(darkPalette());
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
}

} // namespace tempcards
