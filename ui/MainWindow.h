// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "LayoutMemory.h"
#include "Person.h"
#include "Processes.h"
#include "Session.h"

#include <QMainWindow>

#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;

namespace tempcards {

class AppearanceChoice;
class Backend;
class IdleLock;
class NotificationBar;
class PeopleView;
class StockStatus;
class SyncStatusLabel;
class TemporaryCardView;

// The operator's and administrator's window: Quick search chooses what to show; processes are started by
// command objects, settings by the settings dialog. Holds no logic of its own beyond wiring.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Backend *backend, const Session &session, QWidget *parent = nullptr);
    TemporaryCardView *temporaryCardView() const { return m_temporaryCards; }
    PeopleView *peopleView() const { return m_peopleView; }
    NotificationBar *notificationBar() const { return m_notification; }
    // Adds View › Language, which keeps the choice in `settings` (the caller's; must outlive the window).
    void offerLanguageChoice(QSettings *settings);
    // Adds View › Appearance, which sets `appearance` (the caller's; must outlive the window).
    void offerAppearance(AppearanceChoice *appearance);
    // Puts the window, its columns, filter and Quick search as the session's user left them on this
    // workstation, and keeps them in `settings` (the caller's; must outlive the window) when the window
    // closes or saveLayout() is called. Call before show().
    void rememberLayout(QSettings *settings);
    void saveLayout();
    // Tells the desktop the day's news (cards produced and failed, the batch sync, low stock) through its
    // notification service, adds View › Desktop notifications to choose them (kept in `settings`, the
    // caller's, which must outlive the window), and puts an icon in the system tray where there is one.
    void offerDesktop(QSettings *settings);
    // Shows the window in front, restored if minimized; while the idle lock holds, its unlock dialog instead.
    void bringToFront();
    IdleLock *idleLock() const { return m_idleLock; }

signals:
    void logoutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showQuickSearch(int index);
    void startProcess(ProcessId process, const QList<CardRow> &cards, int amount = 0,
                      const std::optional<Person> &person = std::nullopt);
    void openCirculation();
    void importPeople();
    void refreshCard(const CardRow &card);
    void openSettings();
    void refreshProcesses();
    void showAbout();

    Backend *m_backend;
    Session m_session;
    QComboBox *m_quickSearch;
    QStackedWidget *m_pages;
    TemporaryCardView *m_temporaryCards;
    PeopleView *m_peopleView;
    NotificationBar *m_notification;
    SyncStatusLabel *m_syncStatus;
    StockStatus *m_stock;
    IdleLock *m_idleLock;
    QAction *m_runSync = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_viewMenu = nullptr;
    std::optional<LayoutMemory> m_layout; // when the layout is remembered
};

} // namespace tempcards
