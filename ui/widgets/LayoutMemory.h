// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVariant>

class QSettings;

namespace tempcards {

// What the client remembers of one person's windows on this workstation: sizes, where the columns and
// splitters are, the last state filter and Quick search. Kept in the workstation's settings (QSettings, in
// the standard location: ~/.config/tempcards/tempcards.conf on Linux, which is the operating-system
// account's own) under "layout/<user name>", so two people sharing the account each get their own. Nothing
// secret goes in. A value that is missing or not understood is ignored: the window keeps its defaults.
// The settings are the caller's and outlive this object; a null one remembers nothing.
class LayoutMemory
{
public:
    LayoutMemory(QSettings *settings, const QString &userName);

    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

    // The user name of the last login on this workstation (for the login dialog); empty when none.
    static QString lastUserName(const QSettings *settings);
    static void setLastUserName(QSettings *settings, const QString &userName);

private:
    QString keyOf(const QString &key) const;

    QSettings *m_settings;
    QString m_group;
};

} // namespace tempcards
