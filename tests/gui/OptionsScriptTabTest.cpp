// SPDX-License-Identifier: Apache-2.0
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "SettingsService.h"
#include "TempCardOptions.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {
void chooseTab(QDialog *settings, const QString &title)
{
    auto *tabs = child<QTabWidget>(settings, QStringLiteral("temporaryCardTabWidget"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == title) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            REQUIRE(tabs->currentIndex() == i);
            return;
        }
    }
    FAIL("no tab " << title.toStdString());
}
} // namespace

TEST_CASE("the options script is edited as text, checked as it is typed, and versions can be restored",
          "[gui][options]")
{
    TestBackend t;
    const Session ada = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.setOption(TempCardOptions::BatchSize, 100); // version 1, saved by someone earlier
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    auto *settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    chooseTab(settings, QStringLiteral("Options script"));
    auto *editor = child<QPlainTextEdit>(settings, QStringLiteral("optionsScriptPlainTextEdit"));
    auto *status = child<QLabel>(settings, QStringLiteral("scriptStatusLabel"));
    CHECK(editor->toPlainText().contains(QStringLiteral("batchSize = 100")));
    CHECK(status->text() == QStringLiteral("The script is valid."));

    // A typo: reported with line and column as it is typed; the General tab's options lock.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("queueTemporaryCard = false"));
    const int typoLine = editor->document()->blockCount();
    REQUIRE(waitFor([&] { return status->text().startsWith(QStringLiteral("Not valid")); }));
    CHECK(status->text().contains(
        QStringLiteral("Line %1, column 1: unknown option 'queueTemporaryCard'").arg(typoLine)));
    CHECK_FALSE(child<QCheckBox>(settings, QStringLiteral("queueTemporaryCardsCheckBox"))->isEnabled());
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    auto *message = child<QLabel>(settings, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("was not saved")));
    CHECK(message->text().contains(QStringLiteral("Line %1, column 1").arg(typoLine)));
    CHECK(t.backend().settings()->load().optionsVersion == 1);

    // Restoring the built-in defaults, then the General tab writes into the text.
    auto *versions = child<QComboBox>(settings, QStringLiteral("optionsVersionComboBox"));
    CHECK(versions->count() == 2);
    versions->setCurrentIndex(versions->findData(0));
    click(child<QAbstractButton>(settings, QStringLiteral("restoreVersionPushButton")));
    CHECK(editor->toPlainText() == TempCardOptions::defaultScript());
    REQUIRE(waitFor([&] { return status->text() == QStringLiteral("The script is valid."); }));
    chooseTab(settings, QStringLiteral("General"));
    auto *queue = child<QCheckBox>(settings, QStringLiteral("queueTemporaryCardsCheckBox"));
    REQUIRE(queue->isEnabled());
    click(queue);
    CHECK(editor->toPlainText().contains(QStringLiteral("queueTemporaryCards = false")));
    CHECK(editor->toPlainText().contains(QStringLiteral("// Queue temporary cards.")));
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    const TempCardSettings saved = t.backend().settings()->load();
    CHECK(saved.optionsVersion == 2);
    CHECK_FALSE(saved.options.queueTemporaryCards);
    CHECK(saved.options.batchSize == 500); // the defaults were restored
    CHECK(t.backend().settings()->optionsHistory().size() == 2);
}
