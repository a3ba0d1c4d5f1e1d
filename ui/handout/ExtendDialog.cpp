// SPDX-License-Identifier: Apache-2.0
#include "ExtendDialog.h"

#include "DialogParts.h"
#include "HandOutService.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tempcards {

ExtendDialog::ExtendDialog(HandOutService *handOut, const Session &session, const QList<CardRow> &cards,
                           QWidget *parent)
    : HandOutDialog(ProcessId::ExtendTemporaryCard, handOut, session, cards, parent)
{
    setObjectName(QStringLiteral("extendDialog"));
    auto *question = new QLabel(tr("Extend these cards? Each stays with its holder, and its \"valid until\" moves "
                                   "on by the days the options give (TempCardsValidityDays)."),
                                this);
    question->setObjectName(QStringLiteral("questionLabel"));
    question->setWordWrap(true);
    fields()->addWidget(question);
    DialogParts::describe(this, {{QStringLiteral("nextPushButton"), tr("Extend the cards listed (Enter)")}});
}

void ExtendDialog::next()
{
    run(handOut()->extend(session(), cardIds()));
}

} // namespace tempcards
