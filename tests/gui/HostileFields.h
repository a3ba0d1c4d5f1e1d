// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GuiHelpers.h"
#include "HostileInput.h"
#include "InputText.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>

#include <functional>
#include <map>

namespace tempcards::test {

// What a dialog must say for each kind of hostile text: a phrase of its message, or empty when the text is
// taken as it is.
using Expected = std::map<Hostile, QString>;

// Puts `text` into the field the way most long or odd text arrives: pasted from the clipboard over what
// was there. Offscreen the clipboard is this process's own; on a real display it is shared with other
// programs (and other test processes), so there the text is inserted as a paste inserts it.
inline void paste(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keySequence(field, QKeySequence::SelectAll);
    if (text.isEmpty()) {
        QTest::keyClick(field, Qt::Key_Delete);
        return;
    }
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(field, QKeySequence::Paste);
    } else if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->insert(text);
    } else {
        qobject_cast<QPlainTextEdit *>(field)->insertPlainText(text);
    }
}

// Sets a field's text directly: the good values around the hostile one, not what is being tested.
inline void setText(QWidget *dialog, const char *name, const QString &text)
{
    QWidget *field = child<QWidget>(dialog, QLatin1String(name));
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setText(text);
    else
        qobject_cast<QPlainTextEdit *>(field)->setPlainText(text);
}

inline QString textOf(QWidget *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return line->text();
    return qobject_cast<QPlainTextEdit *>(field)->toPlainText();
}

// For each hostile text refused in `expected`: `prepare` fills the other fields with good values, the text
// is pasted into `fieldName`, `submit` clicked, and the dialog's `messageName` label must say the expected
// phrase, readably (bounded, no raw control characters), while the dialog stays open and the field keeps
// what was pasted (unless `keepsText` is false: a refused password is cleared on purpose). `unchanged` is
// checked after each refusal: nothing was stored. Kinds expected to be accepted are skipped here.
struct RefusalCase
{
    RefusalCase(QWidget *dialog, QString fieldName, QString submitName,
                QString messageName = QStringLiteral("messageLabel"))
        : dialog(dialog), fieldName(std::move(fieldName)), submitName(std::move(submitName)),
          messageName(std::move(messageName))
    {}

    QWidget *dialog;
    QString fieldName;
    QString submitName;
    QString messageName;
    std::function<void()> prepare = [] {};
    std::function<void()> unchanged = [] {};
    QString mirrorName; // a field that gets the same text (a repeated password)
    bool keepsText = true;
    QChar longChar = QLatin1Char('a');
};

inline void checkRefusals(const RefusalCase &c, const Expected &expected)
{
    REQUIRE(expected.size() == 5);
    INFO("field " << c.fieldName.toStdString());
    auto *field = child<QWidget>(c.dialog, c.fieldName);
    auto *message = child<QLabel>(c.dialog, c.messageName);
    auto *submit = child<QAbstractButton>(c.dialog, c.submitName);
    for (const HostileText &h : hostileTexts(c.longChar)) {
        const QString &says = expected.at(h.kind);
        if (says.isEmpty())
            continue;
        INFO(h.name);
        c.prepare();
        paste(field, h.text);
        REQUIRE(textOf(field) == h.text);
        if (!c.mirrorName.isEmpty())
            paste(child<QWidget>(c.dialog, c.mirrorName), h.text);
        message->clear();
        REQUIRE(waitFor([&] { return submit->isEnabled(); }));
        click(submit);
        const bool said = waitFor([&] { return message->text().contains(says); }, 5000);
        INFO("said: " << message->text().left(300).toStdString());
        CHECK(said);
        CHECK(message->text().size() < 600);
        CHECK_FALSE(InputText::hasInvisible(message->text()));
        CHECK(c.dialog->isVisible());
        if (c.keepsText)
            CHECK(textOf(field) == h.text);
        c.unchanged();
    }
}

} // namespace tempcards::test
