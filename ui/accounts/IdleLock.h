// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace tempcards {

class AccountService;
class Clock;
class UnlockDialog;

// Locks the session's windows after the options' idle minutes without a key press, click or scroll in any
// of the client's windows: every window of the client is hidden (the card list, an open dialog, what it
// holds) and UnlockDialog asks for the password; with it, every window comes back as it was. Time is the
// injected clock's, looked at every kCheckMs and whenever check() is called. 0 minutes: never locks.
// Lives on the GUI thread; the service and the clock outlive it.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMs = 15000;

    IdleLock(AccountService *accounts, const Clock *clock, const QString &userName, QObject *parent = nullptr);
    ~IdleLock() override;

    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    bool isLocked() const { return !m_dialog.isNull(); }
    // Locks now if the session has been idle for the minutes set.
    void check();
    // Locks now, as the idle minutes would (the window checks show the unlock dialog this way).
    void lockNow();
    // While locked: brings the unlock dialog to the front (where a request to show a window goes instead).
    void raiseDialog();

signals:
    void logOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();

    AccountService *m_accounts;
    const Clock *m_clock;
    QString m_userName;
    int m_minutes = 0;
    QDateTime m_lastUse;
    QTimer m_timer;
    QPointer<UnlockDialog> m_dialog;
    QList<QPointer<QWidget>> m_hidden; // the windows the lock hid, to show again
};

} // namespace tempcards
