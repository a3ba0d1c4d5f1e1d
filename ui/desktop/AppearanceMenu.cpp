// SPDX-License-Identifier: Apache-2.0
#include "AppearanceMenu.h"

#include "AppearanceChoice.h"

#include <QActionGroup>

namespace tempcards {

AppearanceMenu::AppearanceMenu(AppearanceChoice *appearance, QWidget *parent) : QMenu(tr("&Appearance"), parent)
{
    setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(this);
    auto add = [&](AppearanceChoice::Choice choice, const QString &text, const QString &objectName) {
        QAction *action = addAction(text);
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setChecked(appearance->choice() == choice);
        action->setData(int(choice));
        group->addAction(action);
    };
    add(AppearanceChoice::Choice::FollowDesktop, tr("&Follow the desktop"), QStringLiteral("appearanceDesktopAction"));
    addSeparator();
    add(AppearanceChoice::Choice::Light, tr("&Light"), QStringLiteral("appearanceLightAction"));
    add(AppearanceChoice::Choice::Dark, tr("&Dark"), QStringLiteral("appearanceDarkAction"));
    connect(group, &QActionGroup::triggered, this, [this, appearance](QAction *action) {
        const auto choice = AppearanceChoice::Choice(action->data().toInt());
        if (!appearance->setChoice(choice)) {
            emit chosen(tr("The appearance could not be kept for the next start: the settings file cannot be "
                           "written."));
            return;
        }
        switch (choice) {
        case AppearanceChoice::Choice::FollowDesktop:
            emit chosen(tr("tempcards follows the desktop's light or dark appearance."));
            break;
        case AppearanceChoice::Choice::Light:
            emit chosen(tr("tempcards is light, whatever the desktop's appearance."));
            break;
        case AppearanceChoice::Choice::Dark:
            emit chosen(tr("tempcards is dark, whatever the desktop's appearance."));
            break;
        }
    });
}

} // namespace tempcards
