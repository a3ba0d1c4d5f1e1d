// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QObject>

class QDBusVariant;

namespace tempcards {

// Whether the desktop prefers light or dark, as GNOME, KDE and other desktops tell applications through the
// XDG desktop portal (org.freedesktop.portal.Settings, "org.freedesktop.appearance" "color-scheme"; Qt 6.4
// does not read it itself). start() asks once, asynchronously, given up after kCallTimeoutMs, and follows
// the portal's SettingChanged signal from then on. Without a session bus or a portal the preference stays
// None and nothing fails. Lives on the GUI thread; changed() fires when the preference differs from before.
class DesktopColourScheme : public QObject
{
    Q_OBJECT

public:
    enum class Preference { None, Dark, Light };
    static constexpr int kCallTimeoutMs = 3000;
    static inline const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
    static inline const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
    static inline const QString kKey = QStringLiteral("color-scheme");

    explicit DesktopColourScheme(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    void start();
    Preference preference() const { return m_preference; }
    // The portal's answer to the first question has come (or the question failed).
    bool hasAnswered() const { return m_answered; }

signals:
    void changed(tempcards::DesktopColourScheme::Preference preference);

private slots:
    void onSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);

private:
    void take(const QVariant &value);

    QDBusConnection m_bus;
    Preference m_preference = Preference::None;
    bool m_answered = false;
};

} // namespace tempcards
