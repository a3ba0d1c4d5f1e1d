// SPDX-License-Identifier: Apache-2.0
// File › Audit trail with real widgets: an auditor filters, pages, verifies and exports; the table cannot be
// edited; other roles are not offered the dialog.
#include "AuditTrailDialog.h"
#include "AuditCheckpoint.h"
#include "CheckpointKey.h"
#include "ClientFlow.h"
#include "ClientSteps.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("an auditor filters, pages, verifies and exports the audit trail", "[gui][audit]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    // More records than fit on one page: enabling and disabling a process, audited each time.
    for (int i = 0; i < AuditTrailDialog::kPageSize / 2 + 5; ++i) {
        t.enableProcess(ProcessId::OrderTemporaryCards, true);
        t.enableProcess(ProcessId::OrderTemporaryCards, false);
    }
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("aud"));
    child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("auditTrailDialog"));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("auditTableWidget"));
    auto *message = child<QLabel>(dialog, QStringLiteral("auditMessageLabel"));
    auto *older = child<QAbstractButton>(dialog, QStringLiteral("olderPushButton"));
    REQUIRE(waitFor([&] { return table->rowCount() == AuditTrailDialog::kPageSize; }));
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    REQUIRE(waitFor([&] { return older->isEnabled(); }));
    click(older);
    REQUIRE(waitFor([&] { return table->rowCount() > AuditTrailDialog::kPageSize; }));
    CHECK_FALSE(older->isEnabled());

    // The login of the auditor is the newest record; filter down to it.
    typeInto(child<QLineEdit>(dialog, QStringLiteral("actorLineEdit")), QStringLiteral("aud"));
    chooseByTyping(child<QComboBox>(dialog, QStringLiteral("actionComboBox")), QStringLiteral("Login"));
    click(child<QAbstractButton>(dialog, QStringLiteral("showPushButton")));
    REQUIRE(waitFor([&] { return table->rowCount() == 1; }));
    CHECK(table->item(0, 1)->text() == QStringLiteral("aud"));
    // Actions and outcomes by name in the auditor's language; the code is in the tooltip.
    CHECK(table->item(0, 3)->text() == QStringLiteral("Login"));
    CHECK(table->item(0, 3)->toolTip() == QStringLiteral("login"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("Success"));

    // The whole record, by Enter on it (the table's shortcut, for the active window).
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_Return);
    auto *record = waitForVisible<QDialog>(QStringLiteral("auditRecordDialog"));
    QStringList values;
    for (QLineEdit *value : record->findChildren<QLineEdit *>())
        values << value->text();
    CHECK(values.contains(QStringLiteral("Login (login)")));
    CHECK(values.contains(QStringLiteral("aud")));
    CHECK(values.contains(QStringLiteral("Success")));
    for (QLineEdit *value : record->findChildren<QLineEdit *>())
        CHECK(value->isReadOnly());
    QTest::keyClick(record, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("auditRecordDialog")); }));

    click(child<QAbstractButton>(dialog, QStringLiteral("verifyPushButton")));
    REQUIRE(waitFor([&] { return message->text().startsWith(QStringLiteral("The audit trail is intact")); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("login.csv"));
    static_cast<AuditTrailDialog *>(dialog)->exportTo(path);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("exported")); }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == 2); // the header and the one login shown
}

TEST_CASE("the audit trail is offered to auditors only", "[gui][audit]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    CHECK(window->findChild<QAction *>(QStringLiteral("auditTrailAction")) == nullptr);
    CHECK(window->findChild<QAction *>(QStringLiteral("settingsAction")) != nullptr);
}

TEST_CASE("an auditor verifies the trail against a checkpoint file, and a database behind it is named restored",
          "[gui][audit][checkpoints]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    t.enableProcess(ProcessId::OrderTemporaryCards, true);
    // The checkpoints tempcards-sync --checkpoints would have written: one at the head as it is now, and,
    // for the second file, one further on (the database was put back from a backup since).
    QTemporaryDir dir;
    QString problem;
    const auto key = CheckpointKey::loadOrCreate(dir.filePath(QStringLiteral("checkpoint.key")), &problem);
    REQUIRE(key);
    AuditCheckpoint now = AuditCheckpoint::head(t.database().connection());
    now.at = QDateTime::currentDateTimeUtc();
    now.signWith(*key);
    AuditCheckpoint later = now;
    later.records += 3;
    later.lastId += 3;
    later.at = later.at.addSecs(60);
    later.signWith(*key);
    const auto write = [&](const QString &name, const QList<AuditCheckpoint> &lines) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        for (const AuditCheckpoint &line : lines)
            file.write(line.line().toUtf8() + '\n');
        return file.fileName();
    };
    const QString holding = write(QStringLiteral("holding.checkpoints"), {now});
    const QString ahead = write(QStringLiteral("ahead.checkpoints"), {now, later});

    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("aud"));
    child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
    auto *dialog = static_cast<AuditTrailDialog *>(waitForVisible<QDialog>(QStringLiteral("auditTrailDialog")));
    auto *message = child<QLabel>(dialog, QStringLiteral("auditMessageLabel"));
    CHECK(child<QAbstractButton>(dialog, QStringLiteral("checkpointsPushButton"))->isEnabled());
    // The first page says how many records it shows: let it arrive before the verdicts, which it would replace.
    auto *table = child<QTableWidget>(dialog, QStringLiteral("auditTableWidget"));
    REQUIRE(waitFor([&] { return table->rowCount() > 0; }));

    dialog->verifyAgainst(holding);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("intact")); }));
    INFO(message->text().toStdString());
    CHECK(message->text().contains(CheckpointKey::fingerprint(key->publicKey())));
    CHECK_FALSE(message->text().contains(QStringLiteral("NOT")));

    dialog->verifyAgainst(ahead);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("NOT")); }));
    INFO(message->text().toStdString());
    CHECK(message->text().contains(QStringLiteral("restored from a backup, or cut")));
}
