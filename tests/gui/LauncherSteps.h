// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ClientCore.h"
#include "ClientLauncher.h"
#include "GuiHelpers.h"
#include "TestBackend.h"

#include <QPushButton>

namespace tempcards::test {

// The client as main() wires it (ClientLauncher), for tests that start from launch: the Database dialog,
// the first administrator, what runs before and after login.

inline const QString kStrongPassword = QStringLiteral("a long enough password");

// This suite's Go Cards and a cheap password hash (the login is not what these tests measure).
inline Backend::Options fastOptions(const TestBackend &t)
{
    Backend::Options options = Backend::Options::forThisWorkstation(t.goCardsConfig());
    options.passwordIterations = 1000;
    return options;
}

inline ClientCoreFactory coreFactory(QNetworkAccessManager *nam, const Clock *clock, const Backend::Options &options)
{
    return [=](std::unique_ptr<Database> database) {
        return std::make_unique<ClientCore>(std::move(database), nam, clock, options);
    };
}

// Creates "admin" with kStrongPassword in the first-administrator dialog and waits for the login dialog.
inline void createFirstAdministrator()
{
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("userNameLineEdit")), QStringLiteral("admin"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), kStrongPassword);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordLineEdit")), kStrongPassword);
    click(child<QPushButton>(dialog, QStringLiteral("createPushButton")));
    waitForVisible<QDialog>(QStringLiteral("loginDialog"));
}

} // namespace tempcards::test
