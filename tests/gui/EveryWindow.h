// SPDX-License-Identifier: Apache-2.0
#pragma once
// Opens every window of the client as a user does and hands each, shown, to `check`: the first start,
// the Database dialog, login, the main window before and after Quick search (Temporary card and Person), every
// process dialog, change password, the audit trail, the held orders, unknown cards, cards out and stock, import
// people, every settings section (one call per
// section, its page shown), the dialogs the Accounts section opens and the idle lock's. For the checks that concern all
// windows alike (accessibility, keyboard). Finds everything by object name, so it works in every language.
#include "AppearanceChoice.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "DatabaseDialog.h"
#include "IdleLock.h"
#include "PeopleView.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

#include <functional>

namespace tempcards::test {

// Qt's own parts of a compound control (a combo box's line edit, a spin box's, a tab bar's arrows) belong
// to it: they are spoken and focused as part of it.
inline bool isInnerPart(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up) ||
            qobject_cast<const QTabBar *>(up))
            return true;
        if (up->isWindow())
            break;
    }
    return false;
}

using WindowCheck = std::function<void(QWidget *window, const QString &where)>;

inline void visitEveryWindow(const WindowCheck &check)
{
    WindowsCleanup cleanup;
    {
        TestBackend t;
        ClientFlow flow(&t.backend());
        flow.start();
        check(waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog")), QStringLiteral("first start"));
    }
    {
        DatabaseDialog dialog(DatabaseSettings{}, &wallClock());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, QStringLiteral("Database dialog"));
    }
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Operator, Roles::Administrator, Roles::Auditor});
    t.createAccount(QStringLiteral("bo"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    for (const ProcessId id : {ProcessId::AssignTemporaryCard, ProcessId::WithdrawTemporaryCard,
                               ProcessId::ExtendTemporaryCard, ProcessId::LockTemporaryCard})
        t.enableProcess(id);
    const qint64 unassigned = t.insertCard(CardState::Unassigned);
    const qint64 assigned = t.insertCard(CardState::Assigned);
    t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Anna"), QStringLiteral("Svensson"));
    const qint64 queued = t.insertCard(CardState::Processing, 0, QString());
    const qint64 produced =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    const qint64 held = t.insertBatch(QStringLiteral("sent"), {t.insertCard(CardState::Processing)});
    SqlQuery(t.database().connection(),
             QStringLiteral("UPDATE order_batches SET held_at = '2026-12-01T08:00:00.000Z', held_reason = "
                            "'Nexus GO Cards sent an answer larger than 1 MiB; it was refused.' WHERE id = ?"))
        .bind(held)
        .exec();
    // With the workstation's settings, as the client has them: the main window's every menu is there.
    QTemporaryDir settingsDir;
    QSettings workstation(settingsDir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    AppearanceChoice appearance(&workstation, QDBusConnection(QStringLiteral("no bus")));
    ClientFlow flow(&t.backend());
    flow.setSettings(&workstation);
    flow.setAppearance(&appearance);
    flow.start();
    check(waitForVisible<QDialog>(QStringLiteral("loginDialog")), QStringLiteral("login"));
    MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
    check(window, QStringLiteral("main window"));
    quickSearchTemporaryCards(window);
    check(window, QStringLiteral("main window with temporary cards"));

    auto openByButton = [](QWidget *parent, const QString &button, const QString &dialog) {
        click(child<QAbstractButton>(parent, button));
        return waitForVisible<QDialog>(dialog);
    };
    auto closeAndWait = [](QDialog *dialog) {
        const QString name = dialog->objectName();
        dialog->reject();
        REQUIRE(waitFor([&] { return !findVisible(name); }));
    };
    QDialog *order =
        openByButton(window, QStringLiteral("orderTemporaryCardsPushButton"), QStringLiteral("orderDialog"));
    check(order, QStringLiteral("order"));
    closeAndWait(order);
    selectCards(window, {queued});
    QDialog *abort =
        openByButton(window, QStringLiteral("abortTemporaryCardOrderPushButton"), QStringLiteral("abortDialog"));
    check(abort, QStringLiteral("abort"));
    closeAndWait(abort);
    selectCards(window, {produced});
    QDialog *initialize =
        openByButton(window, QStringLiteral("initializeTemporaryCardPushButton"), QStringLiteral("initializeDialog"));
    check(initialize, QStringLiteral("initialize"));
    closeAndWait(initialize);
    selectCards(window, {unassigned});
    for (const auto &[button, dialog] :
         {std::pair{QStringLiteral("assignTemporaryCardPushButton"), QStringLiteral("assignDialog")},
          std::pair{QStringLiteral("lockTemporaryCardPushButton"), QStringLiteral("lockDialog")}}) {
        QDialog *opened = openByButton(window, button, dialog);
        check(opened, dialog);
        closeAndWait(opened);
    }
    selectCards(window, {assigned});
    for (const auto &[button, dialog] :
         {std::pair{QStringLiteral("withdrawTemporaryCardPushButton"), QStringLiteral("withdrawDialog")},
          std::pair{QStringLiteral("extendTemporaryCardPushButton"), QStringLiteral("extendDialog")}}) {
        QDialog *opened = openByButton(window, button, dialog);
        check(opened, dialog);
        closeAndWait(opened);
    }

    child<QAction>(window, QStringLiteral("changePasswordAction"))->trigger();
    QDialog *password = waitForVisible<QDialog>(QStringLiteral("changePasswordDialog"));
    check(password, QStringLiteral("change password"));
    closeAndWait(password);
    child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
    QDialog *audit = waitForVisible<QDialog>(QStringLiteral("auditTrailDialog"));
    check(audit, QStringLiteral("audit trail"));
    closeAndWait(audit);
    child<QAction>(window, QStringLiteral("heldOrdersAction"))->trigger();
    QDialog *heldOrders = waitForVisible<QDialog>(QStringLiteral("heldOrdersDialog"));
    check(heldOrders, QStringLiteral("held orders"));
    closeAndWait(heldOrders);
    child<QAction>(window, QStringLiteral("unknownCardsAction"))->trigger();
    QDialog *unknownCards = waitForVisible<QDialog>(QStringLiteral("unknownCardsDialog"));
    check(unknownCards, QStringLiteral("unknown cards"));
    closeAndWait(unknownCards);
    child<QAction>(window, QStringLiteral("circulationAction"))->trigger();
    QDialog *circulation = waitForVisible<QDialog>(QStringLiteral("circulationDialog"));
    check(circulation, QStringLiteral("cards out and stock"));
    closeAndWait(circulation);

    chooseByTyping(child<QComboBox>(window, QStringLiteral("quickSearchComboBox")),
                   QCoreApplication::translate("tempcards::MainWindow", "Person"));
    REQUIRE(window->peopleView()->isVisible());
    check(window, QStringLiteral("main window with people"));
    QDialog *importPeople =
        openByButton(window, QStringLiteral("importPeoplePushButton"), QStringLiteral("importPeopleDialog"));
    check(importPeople, QStringLiteral("import people"));
    closeAndWait(importPeople);
    quickSearchTemporaryCards(window);

    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    auto *settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    auto *sections = child<QListWidget>(settings, QStringLiteral("sectionsListWidget"));
    for (int row = 0; row < sections->count(); ++row) {
        sections->setCurrentRow(row);
        check(settings, QStringLiteral("settings: %1").arg(sections->item(row)->text()));
        for (QTabWidget *tabs : settings->findChildren<QTabWidget *>()) { // and every tab of the section
            if (!tabs->isVisible())
                continue;
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                check(settings,
                      QStringLiteral("settings: %1 › %2").arg(sections->item(row)->text(), tabs->tabText(tab)));
            }
            tabs->setCurrentIndex(0);
        }
    }
    selectAccount(child<QTableWidget>(settings, QStringLiteral("accountsTableWidget")), QStringLiteral("bo"));
    for (const auto &[button, dialog] :
         {std::pair{QStringLiteral("newAccountPushButton"), QStringLiteral("newAccountDialog")},
          std::pair{QStringLiteral("resetPasswordPushButton"), QStringLiteral("resetPasswordDialog")},
          std::pair{QStringLiteral("editRolesPushButton"), QStringLiteral("editRolesDialog")}}) {
        QDialog *opened = openByButton(settings, button, dialog);
        check(opened, dialog);
        closeAndWait(opened);
    }
    click(child<QAbstractButton>(settings, QStringLiteral("cancelPushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));

    window->idleLock()->lockNow();
    QDialog *unlock = waitForVisible<QDialog>(QStringLiteral("unlockDialog"));
    check(unlock, QStringLiteral("idle lock"));
    typeInto(child<QLineEdit>(unlock, QStringLiteral("unlockPasswordLineEdit")), TestBackend::kPassword);
    click(child<QAbstractButton>(unlock, QStringLiteral("unlockPushButton")));
    REQUIRE(waitFor([&] { return window->isVisible(); }));
}

} // namespace tempcards::test
