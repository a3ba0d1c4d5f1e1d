// SPDX-License-Identifier: Apache-2.0
#include "OrderDialog.h"
#include "DialogParts.h"

#include "OrderTemporaryCards.h"
#include "OrderTemporaryCardsJob.h"
#include "OrderingService.h"
#include "Processes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

void OrderDialog::setAmount(int amount)
{
    const int index = m_amount->findData(amount);
    if (index >= 0)
        m_amount->setCurrentIndex(index);
}

OrderDialog::OrderDialog(OrderingService *ordering, const Session &session, QWidget *parent)
    : QDialog(parent), m_ordering(ordering), m_session(session)
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
    OrderTemporaryCardsJob *job = m_ordering->orderTemporaryCards(m_session, m_amount->currentData());
    job->setParent(this);
    connect(job, &OrderTemporaryCardsJob::placed, this, [this] {
        if (m_job->isSending())
            showSending(true);
    });
    m_amount->setEnabled(false);
    m_next->setEnabled(false);
    m_message->hide();
    follow(job);
}

void OrderDialog::follow(OrderTemporaryCardsJob *job)
{
    m_job = job;
    connect(job, &OrderTemporaryCardsJob::finished, this, &OrderDialog::onJobFinished);
    job->start();
}

void OrderDialog::tryAgain()
{
    OrderTemporaryCardsJob *again = m_job ? m_ordering->retry(*m_job) : nullptr;
    if (!again)
        return; // Try again is shown only while the order is pending
    again->setParent(this);
    m_message->hide();
    m_tryAgain->hide();
    m_close->hide();
    m_cancel->show();
    showSending(true);
    m_job->deleteLater();
    follow(again);
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
    using Result = OrderTemporaryCardsJob::Result;
    switch (m_job->result()) {
    case Result::Queued:
    case Result::Ordered:
        emit succeeded(m_job->message());
        accept();
        return;
    case Result::Pending:
        return showResult(m_job->message(), true);
    case Result::DatabaseFailed:
        if (m_job->mayTryAgain())
            return showNothingSaved(m_job->message());
        [[fallthrough]];
    case Result::Failed:
    case Result::Aborted:
    case Result::Refused:
        return showResult(m_job->message(), false);
    }
}

void OrderDialog::showNothingSaved(const QString &message)
{
    // Nothing was saved and the database heals by itself: the dialog stays as the operator left it, and Next
    // places the same order once it answers.
    m_job->deleteLater();
    m_job = nullptr;
    m_amount->setEnabled(true);
    m_next->setEnabled(true);
    m_next->setFocus();
    DialogParts::say(m_message, message);
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
