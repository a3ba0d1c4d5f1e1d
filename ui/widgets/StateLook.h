// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardState.h"

#include <QIcon>

namespace tempcards {

// The client's icons: SVG files in the resources (resources/icons/), drawn by Qt SVG at whatever size and
// scale they are shown, in the variant of the palette (SvgIcon). Each state has its own shape as well as its
// own colour, so the states stay apart for a colour-blind operator: a white glyph on a mid-tone on light
// palettes, a dark glyph on a bright tone on dark ones.
namespace StateLook {
QIcon cardStateIcon(CardState state);
// The batch sync in the status bar: working, or its last attempt failed.
QIcon syncIcon(bool failing);
// The notification bar's close button, in the text colour of the palette.
QIcon closeIcon();
// The application's icon (the installed SVG, drawn): window, task bar and tray.
QIcon applicationIcon();
} // namespace StateLook

} // namespace tempcards
