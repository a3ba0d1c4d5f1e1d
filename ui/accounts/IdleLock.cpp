// SPDX-License-Identifier: Apache-2.0
#include "IdleLock.h"

#include "Clock.h"
#include "UnlockDialog.h"

#include <QApplication>
#include <QEvent>

#include <QWidget>
#include <algorithm>

namespace tempcards {

IdleLock::IdleLock(AccountService *accounts, const Clock *clock, const QString &userName, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_clock(clock), m_userName(userName), m_lastUse(clock->nowUtc())
{
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    delete m_dialog; // a top-level window of its own: not deleted with the main window otherwise
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = minutes;
    m_lastUse = m_clock->nowUtc(); // a new limit counts from now, not from the last key press
    if (minutes > 0 && !isLocked())
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked())
            m_lastUse = m_clock->nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (m_minutes > 0 && !isLocked() && m_lastUse.secsTo(m_clock->nowUtc()) >= qint64(m_minutes) * 60)
        lockNow();
}

void IdleLock::lockNow()
{
    if (isLocked())
        return;
    m_timer.stop();
    m_hidden.clear();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && window->windowType() != Qt::ToolTip && window->windowType() != Qt::Popup) {
            m_hidden.append(window);
            window->hide();
        }
    }
    m_dialog = new UnlockDialog(m_accounts, m_userName, m_minutes);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAttribute(Qt::WA_QuitOnClose, false);
    connect(m_dialog, &UnlockDialog::unlocked, this, &IdleLock::unlock);
    connect(m_dialog, &UnlockDialog::logOutRequested, this, [this] {
        // The hidden windows stay hidden and close with the session: nothing of it shows again.
        m_dialog->deleteLater();
        m_hidden.clear();
        emit logOutRequested();
    });
    raiseDialog();
}

void IdleLock::raiseDialog()
{
    if (!m_dialog)
        return;
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void IdleLock::unlock()
{
    m_dialog->deleteLater();
    m_dialog.clear();
    // Main windows first, then the dialogs that belong to them, so each dialog is in front of its window.
    std::stable_partition(m_hidden.begin(), m_hidden.end(),
                          [](const QPointer<QWidget> &window) { return window && !window->parentWidget(); });
    for (const QPointer<QWidget> &window : std::as_const(m_hidden)) {
        if (window)
            window->show();
    }
    m_hidden.clear();
    m_lastUse = m_clock->nowUtc();
    if (m_minutes > 0)
        m_timer.start();
}

} // namespace tempcards
