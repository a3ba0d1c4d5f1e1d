// SPDX-License-Identifier: Apache-2.0
// What a screen reader meets: every window of the client is opened as a user opens it, and every control
// that can take the keyboard focus must tell its name and what it is for, as Qt's accessibility layer
// reports them (a label's buddy names its field; a tooltip describes a control).
#include "EveryWindow.h"

#include <QAccessible>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// "LoginDialog › QLineEdit passwordLineEdit: no description" for every focusable control of `window`
// (shown or not: a page shown later counts) without an accessible name or description.
QStringList silentControls(QWidget *window)
{
    QStringList silent;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->window() != window || isInnerPart(widget))
            continue;
        if (qobject_cast<QTabBar *>(widget) && qobject_cast<QTabWidget *>(widget->parentWidget()))
            continue; // its tabs are named by their titles; the tab widget is the control
        if (const auto *label = qobject_cast<QLabel *>(widget); label && label->text().isEmpty())
            continue; // a message not said yet: its name is the text it will show (the AT-SPI test reads it)
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        QStringList missing;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("no name");
        if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing << QStringLiteral("no description");
        if (!missing.isEmpty())
            silent << QStringLiteral("%1 › %2 %3: %4")
                          .arg(window->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                               widget->objectName(), missing.join(QStringLiteral(", ")));
    }
    return silent;
}

void checkSpeaks(QWidget *window)
{
    const QStringList silent = silentControls(window);
    INFO(silent.join(QLatin1Char('\n')).toStdString());
    CHECK(silent.isEmpty());
}

} // namespace

TEST_CASE("every control of every window has an accessible name and description", "[gui][accessibility]")
{
    visitEveryWindow([](QWidget *window, const QString &where) {
        INFO(where.toStdString());
        checkSpeaks(window);
    });
}
