// SPDX-License-Identifier: Apache-2.0
// Working with the keyboard alone: in every window every button and every field's label has a mnemonic,
// no two at once share one, Tab reaches every control once and reads down the window, and a dialog
// has a default button for Enter. Then the main path done by keys only, and the shortcuts shown.
#include "CardListModel.h"
#include "EveryWindow.h"
#include "NotificationBar.h"
#include "TemporaryCardView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTextEdit>
#include <QTranslator>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// The key after the single '&' in `text`, lower case; null when there is none.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

bool showing(const QWidget *widget, const QWidget *window)
{
    return widget->window() == window && widget->isVisible() && !isInnerPart(widget);
}

bool isField(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget);
}

// The main window's menus: every entry has a mnemonic, and no key is taken twice in one menu. (Entries
// that name a language are in their own language and have none, as in other applications' menus.)
QStringList menuProblems(QWidget *window, QMenu *menu = nullptr)
{
    QList<QAction *> actions;
    if (menu)
        actions = menu->actions();
    else if (auto *main = qobject_cast<QMainWindow *>(window))
        actions = main->menuBar()->actions();
    QStringList problems;
    QMultiHash<QChar, QString> keys;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = mnemonicOf(action->text());
        const bool languageName =
            menu && menu->objectName() == QLatin1String("languageMenu") && !action->data().toString().isEmpty();
        if (key.isNull() && !languageName)
            problems << QStringLiteral("the menu entry \"%1\" has no mnemonic").arg(action->text());
        else if (!key.isNull())
            keys.insert(key, action->text());
        if (action->menu())
            problems += menuProblems(window, action->menu());
    }
    for (const QChar key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            problems << QStringLiteral("Alt+%1 is taken by %2 in the menu \"%3\"")
                            .arg(key, keys.values(key).join(QStringLiteral(" and ")),
                                 menu ? menu->title() : QStringLiteral("bar"));
    }
    return problems;
}

// Mnemonics: every button and every field's label has one, and no key is taken twice in what is shown. (A
// list or table is reached with Tab; its buttons, which have mnemonics, act on its selection.)
QStringList mnemonicProblems(QWidget *window)
{
    QStringList problems;
    QMultiHash<QChar, QString> keys;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            keys.insert(mnemonicOf(menu->text()), QStringLiteral("menu ") + menu->text());
    }
    QSet<const QWidget *> labelled;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!showing(label, window) || !label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus)
            continue; // a label over a read-only value needs no key
        labelled.insert(label->buddy());
        const QChar key = mnemonicOf(label->text());
        if (key.isNull())
            problems << QStringLiteral("the label \"%1\" has no mnemonic").arg(label->text());
        else
            keys.insert(key, QStringLiteral("label \"%1\"").arg(label->text()));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!showing(button, window) || button->text().isEmpty())
            continue;
        const QChar key = mnemonicOf(button->text());
        if (key.isNull())
            problems << QStringLiteral("the button \"%1\" (%2) has no mnemonic").arg(button->text(), describe(button));
        else
            keys.insert(key, QStringLiteral("button \"%1\"").arg(button->text()));
    }
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!showing(tabs, window))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const QChar key = mnemonicOf(tabs->tabText(i));
            if (key.isNull())
                problems << QStringLiteral("the tab \"%1\" has no mnemonic").arg(tabs->tabText(i));
            else
                keys.insert(key, QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        }
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (showing(widget, window) && isField(widget) && widget->focusPolicy() != Qt::NoFocus &&
            !labelled.contains(widget))
            problems << QStringLiteral("%1 has no label with a mnemonic").arg(describe(widget));
    }
    for (const QChar key : keys.uniqueKeys()) {
        if (!key.isNull() && keys.count(key) > 1)
            problems << QStringLiteral("Alt+%1 is taken by %2").arg(key, keys.values(key).join(QStringLiteral(", ")));
    }
    return problems;
}

// Radio buttons that exclude each other are one Tab stop: Tab reaches one of them (the checked one), the
// arrow keys move among them, as everywhere on the desktop. The buttons of `radio`'s group, or just `widget`.
QList<QWidget *> tabStopOf(QWidget *widget)
{
    auto *radio = qobject_cast<QRadioButton *>(widget);
    if (!radio)
        return {widget};
    QList<QWidget *> group;
    if (QButtonGroup *buttons = radio->group(); buttons && buttons->exclusive()) {
        for (QAbstractButton *button : buttons->buttons())
            group << button;
    } else if (radio->autoExclusive() && radio->parentWidget()) {
        for (QRadioButton *sibling : radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly)) {
            if (sibling->autoExclusive() && !sibling->group())
                group << sibling;
        }
    }
    return group.isEmpty() ? QList<QWidget *>{widget} : group;
}

// Tab from the first control: every control that takes Tab is reached once before the focus comes back,
// and Tab never jumps up the window (a control wholly above the one before it).
QStringList tabProblems(QWidget *window)
{
    QStringList problems;
    QList<QWidget *> expected;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (showing(widget, window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy())
            expected << widget;
    }
    if (expected.isEmpty())
        return problems;
    QApplication::setActiveWindow(window);
    QWidget *first = nullptr;
    for (QWidget *next = window->nextInFocusChain(); next != window && !first; next = next->nextInFocusChain()) {
        if (expected.contains(next))
            first = next;
    }
    REQUIRE(first);
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{QApplication::focusWidget()};
    for (int i = 0; i < 3 * expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == visited.first())
            break;
        if (now == visited.last() && qobject_cast<QAbstractSpinBox *>(now))
            continue; // a date's Tab goes through day, month and year first
        if (visited.contains(now)) {
            QStringList path;
            for (const QWidget *widget : std::as_const(visited))
                path << describe(widget);
            problems << QStringLiteral("Tab goes round without coming back to %1: %2, then %3")
                            .arg(describe(visited.first()), path.join(QStringLiteral(", ")), describe(now));
            break;
        }
        const QRect before(visited.last()->mapTo(window, QPoint()), visited.last()->size());
        const QRect after(now->mapTo(window, QPoint()), now->size());
        if (after.bottom() < before.top())
            problems << QStringLiteral("Tab goes up from %1 to %2").arg(describe(visited.last()), describe(now));
        visited << now;
    }
    for (QWidget *widget : expected) {
        const QList<QWidget *> stop = tabStopOf(widget);
        if (std::none_of(stop.begin(), stop.end(), [&](QWidget *w) { return visited.contains(w); }))
            problems << QStringLiteral("Tab never reaches %1").arg(describe(widget));
    }
    return problems;
}

QStringList defaultButtonProblems(QWidget *window)
{
    if (!qobject_cast<QDialog *>(window))
        return {};
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (showing(button, window) && button->isDefault())
            return {};
    }
    return {QStringLiteral("no default button for Enter")};
}

} // namespace

TEST_CASE("every window can be worked with the keyboard alone", "[gui][keyboard]")
{
    // The mnemonics are the translators' too: a German or Swedish key taken twice is as bad as an English one.
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("sv"));
    INFO(language.toStdString());
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral("tempcards_") + language, QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    struct Uninstall
    {
        QTranslator *translator;
        ~Uninstall() { QCoreApplication::removeTranslator(translator); }
    } uninstall{&translator};
    visitEveryWindow([](QWidget *window, const QString &where) {
        const QStringList problems =
            mnemonicProblems(window) + menuProblems(window) + tabProblems(window) + defaultButtonProblems(window);
        INFO(where.toStdString() << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    });
}

namespace {
// Keys as a user presses them: to whatever has the focus (shortcuts and mnemonics go through Qt's map).
void press(int key, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *popup = QApplication::activePopupWidget();
    QWidget *target = popup ? (popup->focusWidget() ? popup->focusWidget() : popup) : QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void typeKeys(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}
} // namespace

TEST_CASE("an operator logs in, finds the cards and orders with the keyboard alone", "[gui][keyboard]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.setQueueTemporaryCards(true);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    QApplication::setActiveWindow(login);
    typeKeys(QStringLiteral("olle"));
    press(Qt::Key_Tab);
    typeKeys(TestBackend::kPassword);
    press(Qt::Key_Return);
    auto *window = waitForVisible<MainWindow>(QStringLiteral("mainWindow"));
    QApplication::setActiveWindow(window);
    REQUIRE(waitFor([&] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == window; }));

    // Ctrl+K opens Quick search; Home and Enter choose Temporary card, the first of its choices.
    press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(waitFor([] { return QApplication::activePopupWidget() != nullptr; }));
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return window->temporaryCardView()->isVisible(); }));

    // Alt+O: Order temporary cards; the amount has the focus; Enter is Next.
    press(Qt::Key_O, Qt::AltModifier);
    auto *order = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    QApplication::setActiveWindow(order);
    REQUIRE(waitFor(
        [&] { return QApplication::focusWidget() == child<QWidget>(order, QStringLiteral("amountComboBox")); }));
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("processing")) == 3; }));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));

    // Esc is Cancel: nothing more is ordered.
    QApplication::setActiveWindow(window);
    press(Qt::Key_O, Qt::AltModifier);
    order = waitForVisible<QDialog>(QStringLiteral("orderDialog"));
    QApplication::setActiveWindow(order);
    press(Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("orderDialog")); }));
    CHECK(t.cardCount() == 3);

    // Ctrl+F goes to the search field, and what is typed there narrows the list.
    QApplication::setActiveWindow(window);
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == child<QWidget>(window, QStringLiteral("searchLineEdit")));
}

TEST_CASE("the shortcuts are in the menus and in the tooltips of what they do", "[gui][keyboard]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    const auto shortcutOf = [&](const char *action) {
        return child<QAction>(window, QLatin1String(action))->shortcut().toString(QKeySequence::NativeText);
    };
    const QString quickSearch = shortcutOf("quickSearchAction");
    const QString refresh = shortcutOf("refreshFromGoCardsAction");
    CHECK(quickSearch == QStringLiteral("Ctrl+K"));
    CHECK(refresh == QStringLiteral("Ctrl+R"));
    CHECK(shortcutOf("reloadAction") == QStringLiteral("F5"));
    CHECK(shortcutOf("searchAction") == QStringLiteral("Ctrl+F"));
    CHECK(
        child<QWidget>(window, QStringLiteral("quickSearchComboBox"))->toolTip().endsWith(QStringLiteral("(Ctrl+K)")));
    CHECK(child<QWidget>(window, QStringLiteral("refreshFromGoCardsPushButton"))
              ->toolTip()
              .endsWith(QStringLiteral("(Ctrl+R)")));
    CHECK(child<QWidget>(window, QStringLiteral("searchLineEdit"))->toolTip().endsWith(QStringLiteral("(Ctrl+F)")));
    // Each of them is in a menu of the menu bar, where Qt shows the shortcut beside it.
    QStringList inMenus;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            inMenus << action->objectName();
    }
    for (const char *name : {"quickSearchAction", "refreshFromGoCardsAction", "reloadAction", "searchAction"})
        CHECK(inMenus.contains(QLatin1String(name)));
}
