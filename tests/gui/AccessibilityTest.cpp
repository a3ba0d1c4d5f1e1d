// SPDX-License-Identifier: Apache-2.0
// What a screen reader meets: every window of the client is opened as a user opens it, and every control
// that can take the keyboard focus must tell its name and what it is for, as Qt's accessibility layer
// reports them (a label's buddy names its field; a tooltip describes a control).
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "DatabaseDialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QTabBar>
#include <QTabWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// Qt's own parts of a compound control (a combo box's line edit, a spin box's, a tab bar's arrows) are
// spoken as part of it.
bool isInnerPart(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up) ||
            qobject_cast<const QTabBar *>(up)) // its scroll arrows
            return true;
        if (up->isWindow())
            break;
    }
    return false;
}

// "LoginDialog › QLineEdit passwordLineEdit: no description" for every focusable control of `window`
// (shown or not: a page shown later counts) without an accessible name or description.
QStringList silentControls(QWidget *window)
{
    QStringList silent;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->window() != window || isInnerPart(widget))
            continue;
        if (qobject_cast<QTabBar *>(widget) && qobject_cast<QTabWidget *>(widget->parentWidget()))
            continue; // its tabs are named by their titles; the tab widget is the control
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        QStringList missing;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("no name");
        if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing << QStringLiteral("no description");
        if (!missing.isEmpty())
            silent << QStringLiteral("%1 › %2 %3: %4")
                          .arg(window->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                               widget->objectName(), missing.join(QStringLiteral(", ")));
    }
    return silent;
}

void checkSpeaks(QWidget *window)
{
    const QStringList silent = silentControls(window);
    INFO(silent.join(QLatin1Char('\n')).toStdString());
    CHECK(silent.isEmpty());
}

QDialog *openByButton(QWidget *parent, const QString &button, const QString &dialog)
{
    click(child<QAbstractButton>(parent, button));
    return waitForVisible<QDialog>(dialog);
}

} // namespace

TEST_CASE("every control of every window has an accessible name and description", "[gui][accessibility]")
{
    WindowsCleanup cleanup;
    SECTION("first start: the first administrator")
    {
        TestBackend t;
        ClientFlow flow(&t.backend());
        flow.start();
        checkSpeaks(waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog")));
    }
    SECTION("the Database dialog")
    {
        DatabaseDialog dialog(DatabaseSettings{});
        dialog.show();
        checkSpeaks(&dialog);
    }
    SECTION("login, the main window and everything opened from it")
    {
        TestBackend t;
        t.createAccount(QStringLiteral("anna"), {Roles::Operator, Roles::Administrator, Roles::Auditor});
        t.createAccount(QStringLiteral("bo"), {Roles::Operator});
        t.enableProcess(ProcessId::OrderTemporaryCards);
        t.enableProcess(ProcessId::AbortTemporaryCardOrder);
        t.enableProcess(ProcessId::InitializeTemporaryCard);
        const qint64 queued = t.insertCard(CardState::Processing, 0, QString());
        const qint64 produced =
            t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
        ClientFlow flow(&t.backend());
        flow.start();
        checkSpeaks(waitForVisible<QDialog>(QStringLiteral("loginDialog")));
        MainWindow *window = logInToMainWindow(QStringLiteral("anna"));
        checkSpeaks(window);
        quickSearchTemporaryCards(window);
        checkSpeaks(window);

        QDialog *order =
            openByButton(window, QStringLiteral("orderTemporaryCardsPushButton"), QStringLiteral("orderDialog"));
        checkSpeaks(order);
        order->reject();
        selectCards(window, {queued});
        QDialog *abort =
            openByButton(window, QStringLiteral("abortTemporaryCardOrderPushButton"), QStringLiteral("abortDialog"));
        checkSpeaks(abort);
        abort->reject();
        selectCards(window, {produced});
        QDialog *initialize = openByButton(window, QStringLiteral("initializeTemporaryCardPushButton"),
                                           QStringLiteral("initializeDialog"));
        checkSpeaks(initialize);
        initialize->reject();

        child<QAction>(window, QStringLiteral("changePasswordAction"))->trigger();
        QDialog *password = waitForVisible<QDialog>(QStringLiteral("changePasswordDialog"));
        checkSpeaks(password);
        password->reject();
        child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
        QDialog *audit = waitForVisible<QDialog>(QStringLiteral("auditTrailDialog"));
        checkSpeaks(audit);
        audit->reject();

        QDialog *settings = openSettingsAt(window, QStringLiteral("Accounts"));
        checkSpeaks(settings); // every section's page is a child of the dialog, shown or not
        selectAccount(child<QTableWidget>(settings, QStringLiteral("accountsTableWidget")), QStringLiteral("bo"));
        for (const auto &[button, dialog] :
             {std::pair{QStringLiteral("newAccountPushButton"), QStringLiteral("newAccountDialog")},
              std::pair{QStringLiteral("resetPasswordPushButton"), QStringLiteral("resetPasswordDialog")},
              std::pair{QStringLiteral("editRolesPushButton"), QStringLiteral("editRolesDialog")}}) {
            QDialog *opened = openByButton(settings, button, dialog);
            checkSpeaks(opened);
            opened->reject();
            REQUIRE(waitFor([&, dialog = dialog] { return !findVisible(dialog); }));
        }
    }
}
