// SPDX-License-Identifier: Apache-2.0
#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QSettings>

namespace tempcards {

LanguageMenu::LanguageMenu(QSettings *settings, QWidget *parent) : QMenu(tr("&Language"), parent), m_settings(settings)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = m_settings->value(kLanguageSettingKey).toString();
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("language%1Action").arg(code.isEmpty() ? QStringLiteral("System") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), tr("&System language"));
    addSeparator();
    for (const Language &language : availableLanguages())
        add(language.code, language.name);
    if (!group->checkedAction()) // a language no longer offered: the client follows the system
        group->actions().first()->setChecked(true);
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code.isEmpty())
            m_settings->remove(kLanguageSettingKey);
        else
            m_settings->setValue(kLanguageSettingKey, code);
        m_settings->sync();
        const QString language = code.isEmpty() ? tr("the system's language") : action->text();
        emit chosen(m_settings->status() == QSettings::NoError
                        ? tr("tempcards will use %1 from the next start.").arg(language)
                        : tr("The language could not be saved: %1 cannot be written.").arg(m_settings->fileName()));
    });
}

} // namespace tempcards
