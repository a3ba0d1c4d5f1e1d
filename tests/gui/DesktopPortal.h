// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusVariant>
#include <QObject>

namespace tempcards::test {

// The XDG desktop portal's settings for the tests: org.freedesktop.portal.Desktop on the session bus, on a
// connection of its own, answering the colour scheme as xdg-desktop-portal does (Read() gives a variant in a
// variant) and announcing a change with SettingChanged, as GNOME's or KDE's portal does when the person
// switches the desktop to dark. Needs a session bus (scripts/desktop-test.sh).
class DesktopPortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    // 0 no preference, 1 prefers dark, 2 prefers light.
    explicit DesktopPortal(uint colourScheme);
    ~DesktopPortal() override;
    bool isRegistered() const { return m_registered; }
    int reads() const { return m_reads; }
    void setColourScheme(uint colourScheme);

public slots:
    Q_SCRIPTABLE QDBusVariant Read(const QString &nameSpace, const QString &key);

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_colourScheme;
    int m_reads = 0;
};

} // namespace tempcards::test
