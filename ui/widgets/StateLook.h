// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardState.h"

#include <QIcon>

namespace tempcards {

// The client's icons, painted at whatever size and scale they are shown (no image plugin needed, sharp on
// HiDPI). Each state has its own shape as well as its own colour, so the states stay apart for a
// colour-blind operator, and a white glyph on a mid-tone disc reads on light and dark palettes alike.
namespace StateLook {
QIcon cardStateIcon(CardState state);
// The batch sync in the status bar: working, or its last attempt failed.
QIcon syncIcon(bool failing);
// The application's icon (the installed SVG, drawn): window, task bar and tray.
QIcon applicationIcon();
} // namespace StateLook

} // namespace tempcards
