// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QString>

#include <initializer_list>
#include <utility>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

namespace tempcards {

// The pieces every small dialog of the client has, made the same way everywhere.
namespace DialogParts {
// A word-wrapped, hidden "messageLabel" for refusals and progress.
QLabel *messageLabel(QDialog *dialog);
// Shows `text` in the message label and lets the dialog grow to fit it.
void say(QLabel *message, const QString &text);
// An accept button, the default (its clicks are the caller's to connect), and a Cancel button
// ("cancelPushButton") that rejects.
QDialogButtonBox *buttons(QDialog *dialog, const QString &acceptText, const QString &objectName,
                          const QString &accessibleName, QPushButton **accept);
// A new `Widget` named `objectName` (GUI tests find it by that) with its accessible name.
template <typename Widget> Widget *named(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *widget = new Widget(parent);
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}
// "Database: <location>" with a "Database…" button ("databasePushButton") beside it, for the dialogs shown
// before login; the caller connects the button.
QWidget *databaseRow(QWidget *parent, const QString &location, QPushButton **button);
// A push button named `objectName`, its accessible name the text without mnemonic and ellipsis.
QPushButton *button(QWidget *parent, const QString &text, const char *objectName);
// Tells a screen reader what each control of `parent` named here (by the object names the GUI tests use)
// is for: its accessible description, and for a button also its tooltip, unless it has one. Kept in one
// table at the end of each constructor, so a dialog's descriptions read together. A name that matches no
// child is a programming error (asserted; logged in release builds).
void describe(QWidget *parent, std::initializer_list<std::pair<QString, QString>> descriptions);
// "Search the cards (Ctrl+F)": a tooltip that teaches the shortcut, in the platform's words.
QString withShortcut(const QString &text, const QKeySequence &keys);
} // namespace DialogParts

} // namespace tempcards
