// SPDX-License-Identifier: Apache-2.0
#include "AppearanceChoice.h"

#include <QSettings>

namespace tempcards {

namespace {
QString settingValue(AppearanceChoice::Choice choice)
{
    switch (choice) {
    case AppearanceChoice::Choice::Light:
        return QStringLiteral("light");
    case AppearanceChoice::Choice::Dark:
        return QStringLiteral("dark");
    case AppearanceChoice::Choice::FollowDesktop:
        break;
    }
    return QStringLiteral("desktop");
}

// An unknown value (a later version's, a hand edit) follows the desktop.
AppearanceChoice::Choice fromSetting(const QString &value)
{
    if (value == QLatin1String("light"))
        return AppearanceChoice::Choice::Light;
    if (value == QLatin1String("dark"))
        return AppearanceChoice::Choice::Dark;
    return AppearanceChoice::Choice::FollowDesktop;
}
} // namespace

AppearanceChoice::AppearanceChoice(QSettings *settings, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_settings(settings), m_desktop(bus)
{
    connect(&m_desktop, &DesktopColourScheme::changed, this, [this] {
        if (m_choice == Choice::FollowDesktop)
            apply();
    });
}

void AppearanceChoice::start()
{
    m_choice = fromSetting(m_settings->value(kSettingKey).toString());
    apply();
    m_desktop.start(); // followed even while the choice is fixed, so switching back is immediate
}

bool AppearanceChoice::setChoice(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::FollowDesktop)
        m_settings->remove(kSettingKey);
    else
        m_settings->setValue(kSettingKey, settingValue(choice));
    m_settings->sync();
    apply();
    return m_settings->status() == QSettings::NoError;
}

Appearance::Scheme AppearanceChoice::scheme() const
{
    switch (m_choice) {
    case Choice::Light:
        return Appearance::Scheme::Light;
    case Choice::Dark:
        return Appearance::Scheme::Dark;
    case Choice::FollowDesktop:
        break;
    }
    switch (m_desktop.preference()) {
    case DesktopColourScheme::Preference::Dark:
        return Appearance::Scheme::Dark;
    case DesktopColourScheme::Preference::Light:
        return Appearance::Scheme::Light;
    case DesktopColourScheme::Preference::None:
        break;
    }
    return Appearance::desktopScheme();
}

void AppearanceChoice::apply()
{
    Appearance::apply(scheme());
}

} // namespace tempcards
