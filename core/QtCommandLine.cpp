// SPDX-License-Identifier: Apache-2.0
#include "QtCommandLine.h"

namespace tempcards {

namespace {

// Qt's options that take a value, and those that do not (QGuiApplication, QApplication; the X11 ones of the xcb
// platform).
const QStringList kWithValue = {
    QStringLiteral("platform"),
    QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),
    QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"),
    QStringLiteral("qwindowicon"),
    QStringLiteral("qwindowtitle"),
    QStringLiteral("session"),
    QStringLiteral("style"),
    QStringLiteral("stylesheet"),
    QStringLiteral("display"),
    QStringLiteral("geometry"),
    QStringLiteral("name"),
    QStringLiteral("title"),
    QStringLiteral("visual"),
    QStringLiteral("dialogs"),
    QStringLiteral("fontengine"),
};
const QStringList kFlags = {
    QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
    QStringLiteral("dograb"),  QStringLiteral("sync"),        QStringLiteral("qmljsdebugger"),
};

} // namespace

QStringList QtCommandLine::withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--")) {
            kept << argument;
            continue;
        }
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const int equals = name.indexOf(QLatin1Char('='));
        const bool valueAttached = equals >= 0;
        if (valueAttached)
            name.truncate(equals);
        if (kWithValue.contains(name)) {
            if (!valueAttached)
                ++i; // the value that follows is Qt's too (a missing one is Qt's to report)
            continue;
        }
        if (kFlags.contains(name))
            continue;
        kept << argument;
    }
    return kept;
}

} // namespace tempcards
