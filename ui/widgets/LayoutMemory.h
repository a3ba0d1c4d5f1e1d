// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVariant>

class QSettings;
class QWidget;

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

    // What `root` shows of its layout, under `key`: the sizes of each QSplitter and the column widths and
    // order of each item view in it that has an object name, and its geometry when it is a window. A
    // saved state of another shape (a column added since) is refused by Qt and the defaults stay.
    // An item view whose columns came back gets kRestoredProperty set (true), so it keeps them.
    void restoreParts(QWidget *root, const QString &key) const;
    static constexpr const char *kRestoredProperty = "tempcardsColumnsRestored";
    void saveParts(const QWidget *root, const QString &key);
    // For a window just made: restores its parts now and saves them whenever it is hidden or closed. The
    // settings must outlive the window.
    void keep(QWidget *window, const QString &key) const;

    // The user name of the last login on this workstation (for the login dialog); empty when none.
    static QString lastUserName(const QSettings *settings);
    static void setLastUserName(QSettings *settings, const QString &userName);

private:
    QString keyOf(const QString &key) const;

    QSettings *m_settings;
    QString m_group;
};

} // namespace tempcards
