// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>

namespace tempcards {

class AppearanceChoice;

// View › Appearance: follow the desktop's light or dark, or always light, or always dark. Applies at once
// (every open window repaints) and is kept for the next start; chosen() says so in words, or that it
// could not be kept. The choice object is the caller's and outlives the menu.
class AppearanceMenu : public QMenu
{
    Q_OBJECT

public:
    explicit AppearanceMenu(AppearanceChoice *appearance, QWidget *parent = nullptr);

signals:
    void chosen(const QString &message);
};

} // namespace tempcards
