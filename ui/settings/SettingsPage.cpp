// SPDX-License-Identifier: Apache-2.0
#include "SettingsPage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tempcards {

QStringList SettingsPage::valuesOf(const QWidget *page)
{
    QStringList values;
    for (const QWidget *widget : page->findChildren<QWidget *>()) {
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget); edit && !edit->isReadOnly())
            values << edit->text();
        else if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget); text && !text->isReadOnly())
            values << text->toPlainText();
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
            values << spin->text();
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            values << QString::number(combo->currentIndex());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && button->isCheckable())
            values << QString::number(button->isChecked());
    }
    return values;
}

} // namespace tempcards
