// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>

class QSettings;

namespace tempcards {

// View › Language: follow the system's language, or use one of the languages tempcards speaks. The choice
// is saved in `settings` at once and used from the next start (the open windows keep their texts);
// chosen() says so in words. The settings object is the caller's and must outlive the menu.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(QSettings *settings, QWidget *parent = nullptr);

signals:
    void chosen(const QString &message);

private:
    QSettings *m_settings;
};

} // namespace tempcards
