// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingsStore.h"

#include <QWidget>

class QTableWidget;

namespace tempcards {

// Settings > Permissions: which roles may start each process (a check per process and role). Saved with
// the other settings; each change is audited.
class PermissionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionsPage(const ProcessGrants &grants, QWidget *parent = nullptr);
    ProcessGrants grants() const;

private:
    QTableWidget *m_table;
};

} // namespace tempcards
