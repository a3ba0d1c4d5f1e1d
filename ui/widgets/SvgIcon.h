// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>

namespace tempcards {

// An icon drawn by Qt SVG from the resources at whatever size and scale it is shown. A themed icon has a
// light and a dark variant (:/icons/light/<name>.svg, :/icons/dark/<name>.svg) and draws the one of the
// application's palette at the moment it is painted, so it follows View › Appearance and the desktop
// without being set again. Renderings are kept in QPixmapCache.
namespace SvgIcon {
QIcon themed(const QString &name);
// One drawing for every palette (the application's own icon).
QIcon fixed(const QString &resourcePath);
// The file a themed icon draws for the palette now (for tests and for what is not a QIcon).
QString themedPath(const QString &name);
} // namespace SvgIcon

} // namespace tempcards
