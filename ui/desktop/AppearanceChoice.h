// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Appearance.h"
#include "DesktopColourScheme.h"

#include <QObject>

class QSettings;

namespace tempcards {

// Light or dark, as the person chose in View › Appearance: follow the desktop (its portal's colour scheme,
// else the palette it gave the client), or always light, or always dark. The choice is kept in `settings`
// for the workstation's user (the login window already has it) and applied to the whole application at
// once and at every change of the desktop's scheme. The settings are the caller's and outlive this object;
// lives on the GUI thread.
class AppearanceChoice : public QObject
{
    Q_OBJECT

public:
    enum class Choice { FollowDesktop, Light, Dark };
    static inline const QString kSettingKey = QStringLiteral("appearance");

    AppearanceChoice(QSettings *settings, const QDBusConnection &bus = QDBusConnection::sessionBus(),
                     QObject *parent = nullptr);
    // Applies the saved choice, and asks the desktop when it is to be followed.
    void start();
    Choice choice() const { return m_choice; }
    // Saves and applies; false when the settings cannot be written (the choice still applies for this run).
    bool setChoice(Choice choice);
    Appearance::Scheme scheme() const;
    DesktopColourScheme *desktop() { return &m_desktop; }

private:
    void apply();

    QSettings *m_settings;
    DesktopColourScheme m_desktop;
    Choice m_choice = Choice::FollowDesktop;
};

} // namespace tempcards
