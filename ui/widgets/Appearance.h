// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPalette>

namespace tempcards {

// Light or dark: the colours of every window and which variant of the icons (resources/icons/<scheme>/) is
// drawn. Applied to the whole application on the GUI thread; widgets repaint themselves when it changes.
namespace Appearance {
enum class Scheme { Light, Dark };

// A palette counts as dark when its window colour is (its text is then light).
bool isDark(const QPalette &palette);
// The scheme of the application's palette now.
Scheme current();
// The scheme of the palette the desktop gave the application (before apply() changed it).
Scheme desktopScheme();
// The client's own dark palette: readable text on dark greys, its blue for selections and links.
QPalette darkPalette();
// Gives the application the palette of `scheme`. The palette the desktop gave at the first call is kept
// and used again whenever it is of the scheme asked for (a dark KDE theme stays the user's own); otherwise
// the style's standard light palette or darkPalette(). A no-op when the palette is already of that scheme.
void apply(Scheme scheme);
} // namespace Appearance

} // namespace tempcards
