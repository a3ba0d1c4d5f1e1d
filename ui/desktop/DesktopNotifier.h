// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>

namespace tempcards {

// What the client tells the desktop, through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus), which GNOME, KDE and most other desktops run with or
// without a system tray. Each kind of news can be turned off (NotificationChoices). A notification of a
// kind replaces the one before it of the same kind where that makes sense (the batch sync's state, the
// stock), so the desktop shows the current word, not a history. Without a session bus or a notification
// service nothing is shown and nothing fails: the window's own notification bar still says it all.
// Lives on the GUI thread; calls are asynchronous, each given up after kCallTimeoutMs.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind { CardsProduced, CardsFailed, BatchSync, LowStock };
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };
    static constexpr int kCallTimeoutMs = 3000;
    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // Shown unless `kind` is turned off (then false, and nothing is sent). `summary` and `body` are plain
    // text, escaped here for servers that read markup.
    bool notify(Kind kind, const QString &summary, const QString &body, Urgency urgency = Urgency::Normal);
    void setEnabled(Kind kind, bool enabled) { m_off[kind] = !enabled; }
    bool isEnabled(Kind kind) const { return !m_off.value(kind); }
    // Notifications sent and answered by the service, for the status of a test; not for logic.
    int answered() const { return m_answered; }

signals:
    // The person clicked one of this client's notifications: the window should come to the front.
    void activated();

private slots:
    void onActionInvoked(uint id, const QString &action);

private:
    static bool replacesPrevious(Kind kind) { return kind == Kind::BatchSync || kind == Kind::LowStock; }

    QDBusConnection m_bus;
    QHash<Kind, bool> m_off;
    QHash<Kind, uint> m_shown; // the service's id of the last notification of a kind
    QSet<uint> m_ours;         // every id the service gave us, to tell our clicks from other applications'
    int m_answered = 0;
    bool m_markup = true; // the service reads markup in bodies (until it says otherwise)
};

} // namespace tempcards
