// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "NotificationBar.h"

#include "AppearanceMenu.h"
#include "AuditTrailDialog.h"
#include "Backend.h"
#include "BatchSyncScheduler.h"
#include "CardDetailsPane.h"
#include "CardHistoryView.h"
#include "CardListModel.h"
#include "CirculationDialog.h"
#include "Database.h"
#include "DatabaseStatusLabel.h"
#include "DesktopNews.h"
#include "DesktopNotifier.h"
#include "DialogParts.h"
#include "GoCardsActivity.h"
#include "HeldOrdersDialog.h"
#include "IdleLock.h"
#include "ImportPeopleDialog.h"
#include "LanguageMenu.h"
#include "NotificationsMenu.h"
#include "PasswordDialogs.h"
#include "PeopleService.h"
#include "PeopleView.h"
#include "ProcessCommand.h"
#include "SettingsDialog.h"
#include "SettingsService.h"
#include "StockStatus.h"
#include "SyncNotifier.h"
#include "SyncService.h"
#include "SyncStatusLabel.h"
#include "TemporaryCardView.h"
#include "TrayIcon.h"
#include "UnknownCardsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tempcards {

namespace {
const QKeySequence kQuickSearchKeys(Qt::CTRL | Qt::Key_K);
} // namespace

MainWindow::MainWindow(Backend *backend, const Session &session, QWidget *parent)
    : QMainWindow(parent), m_backend(backend), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("tempcards — %1").arg(session.userName));

    m_quickSearch = new QComboBox(this);
    m_quickSearch->setObjectName(QStringLiteral("quickSearchComboBox"));
    m_quickSearch->setAccessibleName(tr("Quick search"));
    m_quickSearch->setAccessibleDescription(tr("Choose what to search for and which processes to offer"));
    m_quickSearch->setToolTip(DialogParts::withShortcut(m_quickSearch->accessibleDescription(), kQuickSearchKeys));
    m_quickSearch->setPlaceholderText(tr("Choose…"));
    m_quickSearch->addItem(tr("Temporary card"), QStringLiteral("temporary-card"));
    m_quickSearch->addItem(tr("Person"), QStringLiteral("person"));
    m_quickSearch->setCurrentIndex(-1);
    m_quickSearch->setMinimumContentsLength(18);
    auto *quickSearchLabel = new QLabel(tr("&Quick search:"), this);
    quickSearchLabel->setBuddy(m_quickSearch);
    QToolBar *toolBar = addToolBar(tr("Quick search"));
    toolBar->setObjectName(QStringLiteral("quickSearchToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(quickSearchLabel);
    toolBar->addWidget(m_quickSearch);
    // Qt's button for the tools that do not fit, shown only then: named for a screen reader all the same.
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More tools"));
        more->setAccessibleDescription(tr("The tools that do not fit in the window's width"));
    }

    auto *hint = new QLabel(tr("Choose what to work on in Quick search."), this);
    hint->setObjectName(QStringLiteral("quickSearchHintLabel"));
    hint->setAlignment(Qt::AlignCenter);
    m_temporaryCards = new TemporaryCardView(m_backend->cards(), m_backend->handOut(), this);
    m_temporaryCards->model()->setPeople(m_backend->people());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(hint);
    m_pages->addWidget(m_temporaryCards);
    m_peopleView = new PeopleView(m_backend->people(), m_backend->handOut(), m_backend->cards(), session, this);
    m_pages->addWidget(m_peopleView);
    connect(m_peopleView, &PeopleView::assignRequested, this,
            [this](const Person &person) { startProcess(ProcessId::AssignTemporaryCard, {}, 0, person); });
    connect(m_peopleView, &PeopleView::importRequested, this, &MainWindow::importPeople);
    m_notification = new NotificationBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins({});
    centralLayout->addWidget(m_notification);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_quickSearch, &QComboBox::currentIndexChanged, this, &MainWindow::showQuickSearch);
    connect(m_temporaryCards, &TemporaryCardView::processRequested, this,
            [this](ProcessId process, const QList<CardRow> &cards) { startProcess(process, cards); });
    connect(m_temporaryCards, &TemporaryCardView::refreshRequested, this, &MainWindow::refreshCard);
    m_temporaryCards->setRefreshAllowed(session.can(Permissions::RefreshCards));
    if (session.can(Permissions::ReadAudit)) { // the database checks it again on every read
        auto *history = new CardHistoryView(m_backend->audit(), session);
        m_temporaryCards->details()->addSection(history);
        connect(m_temporaryCards->details(), &CardDetailsPane::cardShown, history, &CardHistoryView::showCard);
    }
    connect(m_backend->settings(), &SettingsService::settingsChanged, this, &MainWindow::refreshProcesses);

    QStringList roles;
    for (const QString &role : Roles::all()) {
        if (session.roles.contains(role))
            roles << Roles::displayName(role);
    }
    auto *who = new QLabel(tr("%1 (%2)").arg(session.userName, roles.join(QStringLiteral(", "))), this);
    who->setObjectName(QStringLiteral("sessionLabel"));
    // No temporary status-bar messages (outcomes go to the notification bar), so this one stays visible.
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->setAccessibleDescription(tr("The batch sync, the database, the card stock and who is logged in"));
    auto *syncStatus = m_syncStatus = new SyncStatusLabel(m_backend->sync(), m_backend->cards(), this);
    statusBar()->addWidget(syncStatus, 1);
    auto *databaseStatus = new DatabaseStatusLabel(&m_backend->context().database->health(), this);
    statusBar()->addPermanentWidget(databaseStatus);
    auto *stock = m_stock = new StockStatus(m_backend->handOut(), m_backend->cards(), this);
    statusBar()->addPermanentWidget(stock);
    connect(stock, &StockStatus::becameLow, m_notification, &NotificationBar::showMessage);
    connect(stock, &StockStatus::orderRequested, this,
            [this](int amount) { startProcess(ProcessId::OrderTemporaryCards, {}, amount); });
    connect(databaseStatus, &DatabaseStatusLabel::recovered, m_notification, &NotificationBar::showMessage);
    statusBar()->addPermanentWidget(new GoCardsActivity(m_backend->goCards(), this));
    statusBar()->addPermanentWidget(who);
    new SyncNotifier(syncStatus, m_notification, this);
    m_idleLock = new IdleLock(m_backend->accounts(), m_backend->context().clock, session.userName, this);
    connect(m_idleLock, &IdleLock::logOutRequested, this, &MainWindow::logoutRequested);
    createMenus();
    refreshProcesses();
    resize(1000, 700);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (m_session.can(Permissions::ManageSettings)) {
        QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
        settings->setObjectName(QStringLiteral("settingsAction"));
        settings->setShortcut(QKeySequence::Preferences);
    }
    if (m_session.can(Permissions::ReadAudit)) {
        QAction *audit = file->addAction(tr("&Audit trail…"), this, [this] {
            auto *dialog = new AuditTrailDialog(m_backend->audit(), m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (m_layout)
                m_layout->keep(dialog, QStringLiteral("auditTrail"));
            dialog->open();
        });
        audit->setObjectName(QStringLiteral("auditTrailAction"));
    }
    if (m_session.can(Permissions::ManageSettings)) {
        QAction *held = file->addAction(tr("&Held orders…"), this, [this] {
            auto *dialog = new HeldOrdersDialog(m_backend->sync(), m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        held->setObjectName(QStringLiteral("heldOrdersAction"));
        QAction *unknown = file->addAction(tr("&Unknown cards…"), this, [this] {
            auto *dialog = new UnknownCardsDialog(m_backend->sync(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        unknown->setObjectName(QStringLiteral("unknownCardsAction"));
    }
    QAction *sync = m_runSync =
        file->addAction(tr("&Run the batch sync now"), m_backend->sync()->scheduler(), &BatchSyncScheduler::runNow);
    sync->setObjectName(QStringLiteral("runBatchSyncAction"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *quickSearch = view->addAction(tr("&Quick search"), this, [this] {
        m_quickSearch->setFocus(Qt::ShortcutFocusReason);
        m_quickSearch->showPopup();
    });
    quickSearch->setObjectName(QStringLiteral("quickSearchAction"));
    quickSearch->setShortcut(kQuickSearchKeys);
    QAction *search = view->addAction(tr("&Search cards"), this, [this] {
        if (m_quickSearch->currentIndex() < 0)
            m_quickSearch->setCurrentIndex(0);
        m_temporaryCards->focusSearch();
    });
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(tr("&Reload the list"), this, [this] { m_temporaryCards->model()->reload(); });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    view->addAction(m_temporaryCards->refreshAction());
    QAction *circulation = view->addAction(tr("Cards &out and stock…"), this, &MainWindow::openCirculation);
    circulation->setObjectName(QStringLiteral("circulationAction"));
    circulation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *password = file->addAction(tr("&Change password…"), this, [this] {
        auto *dialog = new ChangePasswordDialog(m_backend->accounts(), m_session, QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ChangePasswordDialog::changed, m_notification, &NotificationBar::showMessage);
        dialog->open();
    });
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *logout = file->addAction(tr("&Log out"), this, &MainWindow::logoutRequested);
    logout->setObjectName(QStringLiteral("logoutAction"));
    file->addSeparator();
    QAction *quit = m_quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About tempcards"), this, &MainWindow::showAbout)->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::offerLanguageChoice(QSettings *settings)
{
    m_viewMenu->addSeparator();
    auto *languages = new LanguageMenu(settings, this);
    connect(languages, &LanguageMenu::chosen, m_notification, &NotificationBar::showMessage);
    m_viewMenu->addMenu(languages);
}

void MainWindow::offerAppearance(AppearanceChoice *appearance)
{
    auto *menu = new AppearanceMenu(appearance, this);
    connect(menu, &AppearanceMenu::chosen, m_notification, &NotificationBar::showMessage);
    m_viewMenu->addMenu(menu);
}

void MainWindow::offerDesktop(QSettings *settings)
{
    auto *notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    auto *news = new DesktopNews(m_backend->cards(), m_backend->context().clock, notifier, this);
    connect(m_syncStatus, &SyncStatusLabel::failingChanged, news, &DesktopNews::syncFailingChanged);
    connect(m_stock, &StockStatus::becameLow, news, &DesktopNews::stockLow);
    auto *choices = new NotificationsMenu(notifier, settings, m_session.userName, this);
    m_viewMenu->addMenu(choices);
    auto *tray = new TrayIcon(this, choices, m_runSync, m_quit);
    connect(m_syncStatus, &SyncStatusLabel::failingChanged, tray, &TrayIcon::setSyncFailing);
    connect(notifier, &DesktopNotifier::activated, this, &MainWindow::bringToFront);
    connect(tray, &TrayIcon::showRequested, this, &MainWindow::bringToFront);
    if (m_syncStatus->isFailing()) { // already when the window opens
        news->syncFailingChanged(true, m_syncStatus->lastError());
        tray->setSyncFailing(true);
    }
}

void MainWindow::bringToFront()
{
    if (m_idleLock->isLocked())
        return m_idleLock->raiseDialog();
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::rememberLayout(QSettings *settings)
{
    m_layout.emplace(settings, m_session.userName);
    restoreGeometry(m_layout->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_layout->value(QStringLiteral("window/state")).toByteArray());
    m_temporaryCards->restoreLayout(*m_layout);
    m_layout->restoreParts(m_peopleView, QStringLiteral("people"));
    const int quickSearch = m_quickSearch->findData(m_layout->value(QStringLiteral("quickSearch")).toString());
    if (quickSearch >= 0)
        m_quickSearch->setCurrentIndex(quickSearch);
}

void MainWindow::saveLayout()
{
    if (!m_layout)
        return;
    m_layout->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_layout->setValue(QStringLiteral("window/state"), saveState());
    m_layout->setValue(QStringLiteral("quickSearch"), m_quickSearch->currentData());
    m_temporaryCards->saveLayout(*m_layout);
    m_layout->saveParts(m_peopleView, QStringLiteral("people"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showQuickSearch(int index)
{
    m_pages->setCurrentIndex(index < 0 ? 0 : index + 1);
    if (index == 0)
        m_temporaryCards->setFocus();
    else if (index == 1)
        m_peopleView->focusSearch();
}

void MainWindow::openCirculation()
{
    // One window, raised again when open, so an operator keeps it beside the list.
    if (auto *open = findChild<CirculationDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new CirculationDialog(m_backend->handOut(), m_backend->cards(), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_layout)
        m_layout->keep(dialog, QStringLiteral("circulation"));
    dialog->show();
}

void MainWindow::importPeople()
{
    // Which choice starts checked is an option in the database: read off the GUI thread first.
    m_backend->people()->importIsFullByDefault().then(this, [this](bool full) {
        for (const ImportPeopleDialog *open : findChildren<ImportPeopleDialog *>()) {
            if (open->isVisible())
                return; // a second click while the first was reading
        }
        auto *dialog = new ImportPeopleDialog(m_backend->people(), m_session, full, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportPeopleDialog::imported, m_notification, &NotificationBar::showMessage);
        dialog->open();
    });
}

void MainWindow::startProcess(ProcessId process, const QList<CardRow> &cards, int amount,
                              const std::optional<Person> &person)
{
    auto *command = new ProcessCommand(
        {m_backend->ordering(), m_backend->cards(), m_backend->handOut(), m_backend->people(), m_backend->directory()},
        m_session, process, cards, this);
    command->setAmount(amount);
    if (person)
        command->setPerson(*person);
    connect(command, &ProcessCommand::succeeded, this,
            [this](const QString &message) { m_notification->showMessage(message); });
    command->start();
}

void MainWindow::refreshCard(const CardRow &card)
{
    auto *command = new RefreshCardCommand(m_backend->cards(), m_session, card.id, this);
    connect(command, &RefreshCardCommand::done, this,
            [this](const QString &message) { m_notification->showMessage(message); });
    command->start();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog({m_backend->settings(), m_backend->connection(), m_backend->directory(),
                                       m_backend->mail(), m_backend->administration(), m_backend->context().clock},
                                      m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this,
            [this](const QString &message) { m_notification->showMessage(message); });
    dialog->open();
}

void MainWindow::refreshProcesses()
{
    const QSet<ProcessId> startable = m_backend->settings()->startableProcesses(m_session);
    const bool administrator = m_session.roles.contains(Roles::Administrator);
    m_idleLock->setMinutes(m_backend->settings()->load().options.idleLockMinutesFor(administrator));
    m_temporaryCards->setStartableProcesses(startable);
    m_peopleView->setAssignAllowed(startable.contains(ProcessId::AssignTemporaryCard));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About tempcards"),
                       tr("<p><b>tempcards %1</b></p><p>Order temporary ID cards from Nexus GO Cards and follow "
                          "them until they can be handed out.</p><p>Licensed under the Apache License 2.0. Built "
                          "with Qt %2.</p><p>Database: %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                m_backend->databaseLocation().toHtmlEscaped()));
}

} // namespace tempcards
