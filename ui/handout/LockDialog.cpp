// SPDX-License-Identifier: Apache-2.0
#include "LockDialog.h"

#include "DialogParts.h"
#include "HandOutService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

LockDialog::LockDialog(HandOutService *handOut, const Session &session, const QList<CardRow> &cards, QWidget *parent)
    : HandOutDialog(ProcessId::LockTemporaryCard, handOut, session, cards, parent)
{
    setObjectName(QStringLiteral("lockDialog"));
    auto *warning = new QLabel(tr("A locked card can never be used again. The reason is kept with the card and in "
                                  "the audit trail."),
                               this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    m_reason = DialogParts::named<QLineEdit>(this, "reasonLineEdit", tr("Reason"));
    m_reason->setMaxLength(CardHandOut::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("For example: damaged, stolen, not returned"));
    auto *label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    auto *form = new QFormLayout;
    form->addRow(label, m_reason);
    fields()->addWidget(warning);
    fields()->addLayout(form);
    nextButton()->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { nextButton()->setEnabled(!text.trimmed().isEmpty()); });
    DialogParts::describe(this, {
                                    {QStringLiteral("reasonLineEdit"), tr("Why the cards are locked; required")},
                                    {QStringLiteral("nextPushButton"), tr("Lock the cards listed for good (Enter)")},
                                });
}

void LockDialog::next()
{
    run(handOut()->lock(session(), cardIds(), m_reason->text()));
}

} // namespace tempcards
