// SPDX-License-Identifier: Apache-2.0
#include "DialogParts.h"

#include <QAbstractButton>
#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace tempcards {

QLabel *DialogParts::spokenLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    return label;
}

QLabel *DialogParts::messageLabel(QDialog *dialog)
{
    QLabel *label = spokenLabel(dialog, "messageLabel");
    label->setAccessibleDescription(QDialog::tr("Why the last step was refused, or how it went"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void DialogParts::say(QLabel *message, const QString &text)
{
    message->setText(text);
    message->show();
    message->window()->adjustSize();
}

QDialogButtonBox *DialogParts::buttons(QDialog *dialog, const QString &acceptText, const QString &objectName,
                                       const QString &accessibleName, QPushButton **accept)
{
    auto *box = new QDialogButtonBox(dialog);
    *accept = box->addButton(acceptText, QDialogButtonBox::AcceptRole);
    (*accept)->setObjectName(objectName);
    (*accept)->setAccessibleName(accessibleName);
    (*accept)->setDefault(true);
    QPushButton *cancel = box->addButton(QDialog::tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    cancel->setAccessibleName(QDialog::tr("Cancel"));
    cancel->setToolTip(QDialog::tr("Close this dialog without changing anything (Esc)"));
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    return box;
}

void DialogParts::describe(QWidget *parent, std::initializer_list<std::pair<QString, QString>> descriptions)
{
    for (const auto &[objectName, description] : descriptions) {
        QWidget *widget = parent->findChild<QWidget *>(objectName);
        Q_ASSERT_X(widget, "DialogParts::describe", qPrintable(objectName));
        if (!widget) {
            qWarning("DialogParts::describe: no %s", qPrintable(objectName));
            continue;
        }
        widget->setAccessibleDescription(description);
        if (qobject_cast<QAbstractButton *>(widget) && widget->toolTip().isEmpty())
            widget->setToolTip(description);
    }
}

QWidget *DialogParts::databaseRow(QWidget *parent, const QString &location, QPushButton **button)
{
    auto *row = new QWidget(parent);
    row->setObjectName(QStringLiteral("databaseRow"));
    auto *text = new QLabel(QDialog::tr("Database: %1").arg(location), row);
    text->setObjectName(QStringLiteral("databaseLabel"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    *button = DialogParts::button(row, QDialog::tr("&Database…"), "databasePushButton");
    (*button)->setToolTip(QDialog::tr("Use another database: a SQLite file or a PostgreSQL server"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(*button);
    return row;
}

QPushButton *DialogParts::button(QWidget *parent, const QString &text, const char *objectName)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

void DialogParts::tabToButtonsLast(QDialogButtonBox *buttons)
{
    QWidget *window = buttons->window();
    const QList<QAbstractButton *> shown = buttons->buttons();
    auto isOurs = [&](QWidget *widget) {
        return std::any_of(shown.begin(), shown.end(), [&](QAbstractButton *b) { return b == widget; });
    };
    QWidget *last = nullptr; // the last control of the chain that is not one of the buttons
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (!isOurs(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            last = w;
    }
    if (!last)
        return;
    // QDialogButtonBox lays its buttons out in the platform's order, not the order they were added.
    QList<QAbstractButton *> byPlace = shown;
    std::sort(byPlace.begin(), byPlace.end(), [](QAbstractButton *a, QAbstractButton *b) { return a->x() < b->x(); });
    for (QAbstractButton *button : std::as_const(byPlace)) {
        QWidget::setTabOrder(last, button);
        last = button;
    }
}

void DialogParts::readOnlyTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

QString DialogParts::shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString DialogParts::withShortcut(const QString &text, const QKeySequence &keys)
{
    return QDialog::tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

void DialogParts::clearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button takes the action's tooltip; a text would show beside the icon, so its name is set on it.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setToolTip(QDialog::tr("Clear the field"));
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(QDialog::tr("Clear"));
        button->setAccessibleDescription(QDialog::tr("Clear the field"));
    }
}

} // namespace tempcards
