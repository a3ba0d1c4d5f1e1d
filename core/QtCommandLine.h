// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace tempcards {

// The options QApplication takes for itself (-platform, -style, -reverse, the X11 ones such as -display; with
// one dash or two, "-style fusion" or "-style=fusion"), as Qt 6.4 documents them for QGuiApplication and
// QApplication. The client reads its own options before the GUI starts, so --help and bad options work without
// a display; these are left for QApplication, which reads and removes them from the same command line.
namespace QtCommandLine {
// `arguments` without Qt's own options and their values; the program name stays first.
QStringList withoutQtOptions(const QStringList &arguments);
} // namespace QtCommandLine

} // namespace tempcards
