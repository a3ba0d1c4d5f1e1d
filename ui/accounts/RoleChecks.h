// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>
#include <QMap>

class QCheckBox;

namespace tempcards {

// A check box per role (object names operatorCheckBox, administratorCheckBox, auditorCheckBox).
class RoleChecks : public QGroupBox
{
    Q_OBJECT

public:
    explicit RoleChecks(QWidget *parent = nullptr);
    QStringList roles() const;
    void setRoles(const QStringList &roles);

private:
    static QString roleDescription(const QString &role); // what the role may do, for screen readers
    QMap<QString, QCheckBox *> m_boxes;
};

} // namespace tempcards
