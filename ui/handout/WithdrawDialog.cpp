// SPDX-License-Identifier: Apache-2.0
#include "WithdrawDialog.h"

#include "DialogParts.h"
#include "HandOutService.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tempcards {

WithdrawDialog::WithdrawDialog(HandOutService *handOut, const Session &session, const CardRow &card, QWidget *parent)
    : HandOutDialog(ProcessId::WithdrawTemporaryCard, handOut, session, {card}, parent)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    auto *box = new QGroupBox(tr("Why does the card come back?"), this);
    box->setObjectName(QStringLiteral("reasonGroupBox"));
    m_lost = new QRadioButton(tr("&Lost: the person's own card stays out of use"), box);
    m_lost->setObjectName(QStringLiteral("lostRadioButton"));
    m_lost->setAccessibleName(CardHandOut::displayName(WithdrawReason::Lost));
    m_noUsage = new QRadioButton(tr("No &usage anymore: the person has their own card again"), box);
    m_noUsage->setObjectName(QStringLiteral("noUsageRadioButton"));
    m_noUsage->setAccessibleName(CardHandOut::displayName(WithdrawReason::NoUsage));
    auto *group = new QButtonGroup(this);
    group->addButton(m_lost);
    group->addButton(m_noUsage);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_lost);
    inner->addWidget(m_noUsage);
    fields()->addWidget(box);
    nextButton()->setEnabled(false);
    connect(group, &QButtonGroup::buttonToggled, this, [this] { nextButton()->setEnabled(true); });
    DialogParts::describe(this, {
                                    {QStringLiteral("lostRadioButton"), tr("The person lost their own card")},
                                    {QStringLiteral("noUsageRadioButton"), tr("The person needs no temporary card")},
                                    {QStringLiteral("nextPushButton"), tr("Take the card back, unassigned (Enter)")},
                                });
}

void WithdrawDialog::next()
{
    if (!m_lost->isChecked() && !m_noUsage->isChecked())
        return;
    run(handOut()->withdraw(session(), cards().first().id,
                            m_lost->isChecked() ? WithdrawReason::Lost : WithdrawReason::NoUsage));
}

} // namespace tempcards
