// SPDX-License-Identifier: Apache-2.0
#include "OrderDialog.h"
#include "DialogParts.h"

#include "Backend.h"
#include "OrderTemporaryCards.h"
#include "OrderTemporaryCardsJob.h"
#include "Processes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

OrderDialog::OrderDialog(Backend *backend, const Session &session, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_session(session)
{
    setObjectName(QStringLiteral("orderDialog"));
    setWindowTitle(Processes::displayName(ProcessId::OrderTemporaryCards));

    m_amount = new QComboBox(this);
    m_amount->setObjectName(QStringLiteral("amountComboBox"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setAccessibleDescription(tr("How many temporary cards to order, from 1 to 9"));
    for (int n = OrderTemporaryCards::kMinAmount; n <= OrderTemporaryCards::kMaxAmount; ++n)
        m_amount->addItem(QString::number(n), n);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);

    m_message = DialogParts::messageLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendingProgressBar"));
    m_progress->setAccessibleName(tr("Waiting for Nexus GO Cards"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("nextPushButton"));
    m_next->setDefault(true);
    m_cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_tryAgain = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_tryAgain->setObjectName(QStringLiteral("tryAgainPushButton"));
    m_close = buttons->addButton(tr("C&lose"), QDialogButtonBox::ActionRole);
    m_close->setObjectName(QStringLiteral("closePushButton"));
    // Only after the last addButton(): adding a button shows all the others again.
    m_tryAgain->hide();
    m_close->hide();
    for (QPushButton *button : {m_next, m_cancel, m_tryAgain, m_close})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    connect(m_next, &QPushButton::clicked, this, &OrderDialog::next);
    connect(m_cancel, &QPushButton::clicked, this, &OrderDialog::reject);
    connect(m_tryAgain, &QPushButton::clicked, this, &OrderDialog::tryAgain);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(amountLabel, m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    DialogParts::describe(
        this, {
                  {QStringLiteral("nextPushButton"), tr("Order the chosen amount of temporary cards (Enter)")},
                  {QStringLiteral("cancelPushButton"), tr("Close without ordering (Esc)")},
                  {QStringLiteral("tryAgainPushButton"),
                   tr("Send the same order to Nexus GO Cards again; no card is ordered twice")},
                  {QStringLiteral("closePushButton"), tr("Close this dialog; the cards stay as shown")},
              });
}

void OrderDialog::next()
{
    if (m_job)
        return;
    m_job = m_backend->orderTemporaryCards(m_session, m_amount->currentData());
    m_job->setParent(this);
    connect(m_job, &OrderTemporaryCardsJob::placed, this, [this] {
        if (m_job->isSending())
            showSending(true);
    });
    connect(m_job, &OrderTemporaryCardsJob::finished, this, &OrderDialog::onJobFinished);
    m_amount->setEnabled(false);
    m_next->setEnabled(false);
    m_job->start();
}

void OrderDialog::tryAgain()
{
    m_message->hide();
    m_tryAgain->hide();
    m_close->hide();
    m_cancel->show();
    showSending(true);
    m_job->retry();
}

void OrderDialog::reject()
{
    if (m_job && m_job->isSending()) {
        m_job->cancel(); // onJobFinished() shows what became of the cards
        return;
    }
    QDialog::reject();
}

void OrderDialog::onJobFinished()
{
    showSending(false);
    using Outcome = OrderTemporaryCardsJob::Outcome;
    switch (m_job->outcome()) {
    case Outcome::Queued:
    case Outcome::Ordered:
        emit succeeded(m_job->message());
        accept();
        return;
    case Outcome::Pending:
        return showResult(m_job->message(), true);
    case Outcome::Failed:
    case Outcome::Aborted:
    case Outcome::Refused:
    case Outcome::DatabaseFailed:
        return showResult(m_job->message(), false);
    }
}

void OrderDialog::showSending(bool sending)
{
    m_progress->setVisible(sending);
    if (sending)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    if (sending) {
        m_message->setText(tr("Ordering %n card(s) from Nexus GO Cards…", nullptr, int(m_job->cardIds().size())));
        m_message->show();
        m_cancel->setText(tr("Stop waiting"));
        m_cancel->setAccessibleName(m_cancel->text());
    }
    adjustSize();
}

void OrderDialog::showResult(const QString &message, bool canRetry)
{
    m_message->setText(message);
    m_message->show();
    m_next->hide();
    m_cancel->hide();
    m_tryAgain->setVisible(canRetry);
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    adjustSize();
}

} // namespace tempcards
