// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QString>

#include <initializer_list>
#include <utility>

class QDateTime;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace tempcards {

// The pieces every small dialog of the client has, made the same way everywhere.
namespace DialogParts {
// A label whose text is news: a refusal, a result, a count, a state. A screen reader reads its current text
// as its name and hears every change, which Qt announces only for a label without an accessible name of its
// own, so it gets none; what it is for is its description (set it with describe()).
QLabel *spokenLabel(QWidget *parent, const char *objectName);
// A word-wrapped, hidden spoken "messageLabel" for refusals and progress.
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
// Moves the buttons of `buttons` to the end of its window's Tab order, in the order they are shown. For a
// dialog whose fields are made after its buttons (a base class's buttons, a subclass's fields); call it
// once all fields exist, e.g. when first shown.
void tabToButtonsLast(QDialogButtonBox *buttons);
// A table of read-only rows as every list of the client has it: whole rows selected, no editing, no row
// numbers, the last column stretched, one line per row, and Tab leaving the table (the arrow keys move in
// it). The selection mode stays the caller's.
void readOnlyTable(QTableView *table);
// A moment as every window shows it: local time, the locale's short format; empty for an invalid one.
QString shortTime(const QDateTime &time);
// Turns on `edit`'s clear button and names it ("Clear the search"): Qt's own has no name for a screen reader.
void clearButton(QLineEdit *edit);
// "Search the cards (Ctrl+F)": a tooltip that teaches the shortcut, in the platform's words.
QString withShortcut(const QString &text, const QKeySequence &keys);
} // namespace DialogParts

} // namespace tempcards
