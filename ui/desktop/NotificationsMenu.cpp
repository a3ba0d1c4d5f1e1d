// SPDX-License-Identifier: Apache-2.0
#include "NotificationsMenu.h"

namespace tempcards {

NotificationsMenu::NotificationsMenu(DesktopNotifier *notifier, QSettings *settings, const QString &userName,
                                     QWidget *parent)
    : QMenu(tr("Desktop &notifications"), parent), m_notifier(notifier), m_memory(settings, userName)
{
    setObjectName(QStringLiteral("notificationsMenu"));
    setToolTipsVisible(true);
    using Kind = DesktopNotifier::Kind;
    addChoice(Kind::CardsProduced, QStringLiteral("produced"), tr("Cards &produced"),
              QStringLiteral("notifyProducedAction"));
    addChoice(Kind::CardsFailed, QStringLiteral("failed"), tr("Cards &failed"), QStringLiteral("notifyFailedAction"));
    addChoice(Kind::BatchSync, QStringLiteral("batchSync"), tr("&Batch sync failing or working again"),
              QStringLiteral("notifyBatchSyncAction"));
    addChoice(Kind::LowStock, QStringLiteral("lowStock"), tr("&Low stock"), QStringLiteral("notifyLowStockAction"));
}

void NotificationsMenu::addChoice(DesktopNotifier::Kind kind, const QString &key, const QString &text,
                                  const QString &objectName)
{
    const QString setting = QStringLiteral("notifications/") + key;
    QAction *action = addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    const QVariant kept = m_memory.value(setting);
    action->setChecked(kept.isValid() ? kept.toBool() : true);
    action->setToolTip(tr("Tell the desktop when this happens, also while the window is hidden"));
    m_notifier->setEnabled(kind, action->isChecked());
    connect(action, &QAction::toggled, this, [this, kind, setting](bool on) {
        m_notifier->setEnabled(kind, on);
        m_memory.setValue(setting, on);
    });
}

} // namespace tempcards
