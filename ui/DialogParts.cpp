// SPDX-License-Identifier: Apache-2.0
#include "DialogParts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace tempcards {

QLabel *DialogParts::messageLabel(QDialog *dialog)
{
    auto *label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("messageLabel"));
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
    QPushButton *cancel = box->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    cancel->setAccessibleName(QDialog::tr("Cancel"));
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    return box;
}

QPushButton *DialogParts::button(QWidget *parent, const QString &text, const char *objectName)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

} // namespace tempcards
