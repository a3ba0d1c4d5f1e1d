// SPDX-License-Identifier: Apache-2.0
#include "InitializeDialog.h"
#include "DialogParts.h"

#include "CardService.h"
#include "Processes.h"
#include "ReadChipUidJob.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

InitializeDialog::InitializeDialog(CardService *cards, const Session &session, const QList<CardRow> &delivery,
                                   QWidget *parent)
    : QDialog(parent), m_cards(cards), m_session(session), m_delivery(delivery)
{
    setObjectName(QStringLiteral("initializeDialog"));
    setWindowTitle(Processes::displayName(ProcessId::InitializeTemporaryCard));
    m_title = DialogParts::spokenLabel(this, "currentCardLabel");
    m_title->setWordWrap(true);
    m_list = DialogParts::named<QListWidget>(this, "deliveryListWidget", tr("The cards of this delivery"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus); // the field keeps the focus while a reader types into it
    for (int i = 0; i < m_delivery.size(); ++i)
        m_list->addItem(QString());
    m_uid = DialogParts::named<QLineEdit>(this, "chipUidLineEdit", tr("Chip UID"));
    m_uid->setAccessibleDescription(tr("The UID of the card's chip, as hexadecimal digits"));
    auto *uidLabel = new QLabel(tr("Chip &UID:"), this);
    uidLabel->setBuddy(m_uid);
    auto *hint = new QLabel(tr("Read the UID from the card with your card reader, or type it from the card."), this);
    hint->setWordWrap(true);
    m_message = DialogParts::messageLabel(this);
    m_reader = DialogParts::spokenLabel(this, "readerLabel");
    m_reader->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("nextPushButton"));
    m_next->setAccessibleName(tr("Next"));
    m_next->setDefault(true);
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skipPushButton"));
    m_skip->setAccessibleName(tr("Skip"));
    m_skip->setAutoDefault(false);
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("cancelPushButton"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    connect(m_next, &QPushButton::clicked, this, &InitializeDialog::next);
    connect(m_skip, &QPushButton::clicked, this, &InitializeDialog::skip);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(uidLabel, m_uid);
    auto *work = new QVBoxLayout;
    work->addWidget(m_title);
    work->addLayout(form);
    work->addWidget(hint);
    work->addWidget(m_reader);
    work->addWidget(m_message);
    work->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addLayout(work, 3);
    row->addWidget(m_list, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    DialogParts::describe(this,
                          {
                              {QStringLiteral("currentCardLabel"), tr("The card to read now")},
                              {QStringLiteral("readerLabel"), tr("Whether a card reader reads the UID")},
                              {QStringLiteral("deliveryListWidget"), tr("Where each card of the delivery stands")},
                              {QStringLiteral("nextPushButton"), tr("Initialize this card with the chip UID (Enter)")},
                              {QStringLiteral("skipPushButton"), tr("Leave this card for later and go to the next")},
                              {QStringLiteral("cancelPushButton"), tr("Stop here; the cards done stay done (Esc)")},
                          });
    for (int i = 0; i < m_delivery.size(); ++i)
        setStatus(i, tr("waiting"));
    showCurrent();
}

void InitializeDialog::setStatus(int index, const QString &status)
{
    const CardRow &card = m_delivery.at(index);
    m_list->item(index)->setText(card.goCardsCardId.isEmpty()
                                     ? tr("Card %1: %2").arg(card.id).arg(status)
                                     : tr("Card %1 (%2): %3").arg(card.id).arg(card.goCardsCardId, status));
}

void InitializeDialog::showCurrent()
{
    if (m_current >= m_delivery.size())
        return finish();
    const CardRow &card = m_delivery.at(m_current);
    m_title->setText(tr("Card %1 of %2: card %3, Go Cards card id %4.")
                         .arg(m_current + 1)
                         .arg(m_delivery.size())
                         .arg(card.id)
                         .arg(card.goCardsCardId.isEmpty() ? tr("none") : card.goCardsCardId));
    m_list->setCurrentRow(m_current);
    m_list->scrollToItem(m_list->item(m_current));
    m_skip->setVisible(m_delivery.size() > 1);
    m_uid->clear();
    m_uid->setFocus();
    listenToReader(m_current > 0);
}

void InitializeDialog::listenToReader(bool newCardOnly)
{
    if (m_noReader || m_current >= m_delivery.size())
        return;
    stopReading();
    // A wait of five minutes at a time: given up and begun again while the dialog is open.
    m_read = new ReadChipUidJob(5 * 60 * 1000, newCardOnly, this);
    connect(m_read, &Job::finished, this, &InitializeDialog::onCardRead);
    m_read->start();
    if (m_reader->text().isEmpty())
        m_reader->setText(tr("Looking for a card reader…"));
}

void InitializeDialog::stopReading()
{
    delete m_read; // its destructor cancels the wait
    m_read = nullptr;
}

void InitializeDialog::onCardRead()
{
    auto *job = qobject_cast<ReadChipUidJob *>(sender());
    if (job != m_read)
        return;
    m_read = nullptr;
    job->deleteLater();
    switch (job->error()) {
    case ReadChipUidJob::Error::None:
        DialogParts::say(m_reader, tr("Read from the card on %1.").arg(job->reader()));
        m_uid->setText(job->uid());
        return next();
    case ReadChipUidJob::Error::NoService:
    case ReadChipUidJob::Error::NoReader:
        m_noReader = true;
        return DialogParts::say(m_reader, tr("%1 Type the UID from the card.").arg(job->errorString()));
    case ReadChipUidJob::Error::CardUnreadable:
        DialogParts::say(m_reader, tr("%1 Put the card on the reader again, or type its UID.").arg(job->errorString()));
        return listenToReader(true);
    case ReadChipUidJob::Error::Timeout:
        return listenToReader(false);
    case ReadChipUidJob::Error::Cancelled:
        return;
    }
}

void InitializeDialog::next()
{
    if (!m_next->isEnabled() || m_current >= m_delivery.size())
        return;
    m_next->setEnabled(false);
    m_skip->setEnabled(false);
    const int index = m_current;
    m_cards->initialize(m_session, m_delivery.at(index).id, m_uid->text())
        .then(this, [this, index](const InitializeTemporaryCard::Result &result) {
            m_next->setEnabled(true);
            m_skip->setEnabled(true);
            if (!result.ok) {
                DialogParts::say(m_message, result.message);
                m_uid->selectAll();
                m_uid->setFocus();
                return listenToReader(true); // the card read was refused: wait for the right one
            }
            ++m_initialized;
            setStatus(index, tr("ready to hand out"));
            DialogParts::say(m_message, result.message);
            ++m_current;
            showCurrent();
        });
}

void InitializeDialog::skip()
{
    if (!m_skip->isEnabled() || m_current >= m_delivery.size())
        return;
    setStatus(m_current, tr("skipped"));
    m_message->hide();
    ++m_current;
    showCurrent();
}

void InitializeDialog::finish()
{
    if (m_initialized > 0)
        emit succeeded(m_delivery.size() == 1 && m_initialized == 1
                           ? tr("Card %1 is initialized and ready to hand out.").arg(m_delivery.first().id)
                           : tr("%n card(s) initialized and ready to hand out.", nullptr, m_initialized));
    stopReading();
    QDialog::accept();
}

void InitializeDialog::reject()
{
    if (m_initialized > 0) // what was done stays done, and is said
        emit succeeded(tr("%n card(s) initialized and ready to hand out.", nullptr, m_initialized));
    stopReading();
    QDialog::reject();
}

} // namespace tempcards
