// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QWidget>

namespace tempcards::test {

// The visible top-level widget with this object name, or one of its descendants with the name.
template <typename T = QWidget> T *findVisible(const QString &objectName)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        if (top->objectName() == objectName) {
            if (auto *match = qobject_cast<T *>(top))
                return match;
        }
        for (T *child : top->findChildren<T *>(objectName)) {
            if (child->isVisible())
                return child;
        }
    }
    return nullptr;
}

template <typename T = QWidget> T *waitForVisible(const QString &objectName, int timeoutMs = 10000)
{
    T *found = nullptr;
    waitFor([&] { return (found = findVisible<T>(objectName)) != nullptr; }, timeoutMs);
    INFO("waiting for " << objectName.toStdString());
    REQUIRE(found);
    return found;
}

// The named child of `parent`, visible or not, preferring one in parent's own window. A dialog
// opened from `parent` (New account from Settings) is a descendant too, and stays one after it
// closes until its deferred delete runs: its "cancelPushButton" must not stand in for the
// Settings one. A named window of its own (a menu, a dialog) is found when nothing else matches.
template <typename T> T *child(QWidget *parent, const QString &objectName)
{
    const QList<T *> candidates = parent->findChildren<T *>(objectName);
    T *found = candidates.value(0);
    for (T *candidate : candidates) {
        const auto *widget = qobject_cast<const QWidget *>(candidate);
        if (widget && widget->window() == parent->window()) {
            found = candidate;
            break;
        }
    }
    INFO("looking for " << objectName.toStdString());
    REQUIRE(found);
    return found;
}

inline void click(QAbstractButton *button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks a check box on its indicator, as a person would (its centre may lie beyond a short label).
inline void click(QCheckBox *box)
{
    REQUIRE(box->isVisible());
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect target = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, target.center());
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Chooses an item the way a keyboard user does: focus the combo box and type the item's first letters.
inline void chooseByTyping(QComboBox *combo, const QString &text)
{
    // Keys typed within the keyboard input interval add up to one search, as they do for a person typing
    // fast; a person choosing again has paused longer than that.
    QTest::qWait(QApplication::keyboardInputInterval() + 10);
    combo->setFocus();
    // Only the first word: Space would open the drop-down list, as it does for a person. And only up to a
    // letter outside ASCII ("Temporäre"), which QTest cannot type; the first letters are enough to choose.
    QString typed = text.section(QLatin1Char(' '), 0, 0);
    const auto nonAscii = std::find_if(typed.cbegin(), typed.cend(), [](QChar c) { return c.unicode() > 127; });
    typed.truncate(nonAscii - typed.cbegin());
    QTest::keyClicks(combo, typed);
    REQUIRE_FALSE(combo->view()->isVisible());
    INFO("choosing " << text.toStdString());
    REQUIRE(combo->currentText().startsWith(text));
}

// Closes every window and deletes those that delete themselves, before the backend they use goes away.
struct WindowsCleanup
{
    ~WindowsCleanup()
    {
        QApplication::closeAllWindows();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
};

} // namespace tempcards::test
