// SPDX-License-Identifier: Apache-2.0
#include "HeldOrdersDialog.h"

#include "DialogParts.h"
#include "SyncService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

HeldOrdersDialog::HeldOrdersDialog(SyncService *sync, const Session &session, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_session(session)
{
    setObjectName(QStringLiteral("heldOrdersDialog"));
    setWindowTitle(tr("Held orders"));
    auto *intro = new QLabel(tr("Nexus GO Cards answered these orders in a way that sending them again cannot "
                                "change, so they were set aside and the other orders went on. Send one again once "
                                "the cause is fixed, or fail its cards with a reason. The batch sync carries out "
                                "your decision, and asks Nexus GO Cards first whether it holds the cards."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("heldOrdersTableWidget"));
    m_table->setAccessibleName(tr("Held orders"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Cards"), tr("Held since"), tr("Why"), tr("Decision")});
    DialogParts::readOnlyTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The reason and the decision are the long texts; the rest are as wide as they need to be.
    for (int column : {0, 1, 2})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {3, 4})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("failReasonLineEdit"));
    m_reason->setAccessibleName(tr("Why the cards fail"));
    m_reason->setPlaceholderText(tr("Why the cards fail (needed to fail them)"));
    m_reason->setMaxLength(500);
    m_sendAgain = new QPushButton(tr("&Send again"), this);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainPushButton"));
    m_fail = new QPushButton(tr("&Fail the cards"), this);
    m_fail->setObjectName(QStringLiteral("failPushButton"));
    for (QPushButton *button : {m_sendAgain, m_fail})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    m_message = DialogParts::messageLabel(this);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    connect(m_sendAgain, &QPushButton::clicked, this, [this] { decide(HeldBatch::Decision::SendAgain); });
    connect(m_fail, &QPushButton::clicked, this, [this] { decide(HeldBatch::Decision::Fail); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HeldOrdersDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &HeldOrdersDialog::updateButtons);
    connect(m_sync, &SyncService::runFinished, this, &HeldOrdersDialog::reload);

    auto *actions = new QHBoxLayout;
    actions->addWidget(reasonLabel);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_fail);
    actions->addWidget(m_sendAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 380);
    DialogParts::describe(
        this, {
                  {QStringLiteral("heldOrdersTableWidget"), tr("Each held order: its cards, since when, why, and the "
                                                               "decision the batch sync has yet to carry out")},
                  {QStringLiteral("failReasonLineEdit"), tr("The reason the failed cards will show")},
                  {QStringLiteral("sendAgainPushButton"), tr("Send the selected order again at the next batch sync")},
                  {QStringLiteral("failPushButton"),
                   tr("Fail the selected order's cards with the reason, unless Nexus GO Cards holds them")},
                  {QStringLiteral("closePushButton"), tr("Close this dialog")},
              });
    reload();
}

void HeldOrdersDialog::reload()
{
    m_sync->heldBatches().then(this, [this](const QList<HeldBatch> &batches) {
        const qint64 selected = selectedId();
        m_batches = batches;
        m_table->setRowCount(int(batches.size()));
        const QLocale locale;
        for (int row = 0; row < batches.size(); ++row) {
            const HeldBatch &batch = batches.at(row);
            QString decision;
            if (batch.decision == HeldBatch::Decision::SendAgain)
                decision = tr("to send again (%1)").arg(batch.decidedBy);
            else if (batch.decision == HeldBatch::Decision::Fail)
                decision = tr("to fail (%1): %2").arg(batch.decidedBy, batch.decisionReason);
            const QStringList cells{QString::number(batch.id), QString::number(batch.cards),
                                    locale.toString(batch.heldAt.toLocalTime(), QLocale::ShortFormat), batch.reason,
                                    decision};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(cells.at(column));
                m_table->setItem(row, column, item);
            }
            if (batch.id == selected)
                m_table->selectRow(row);
        }
        if (batches.isEmpty())
            DialogParts::say(m_message, tr("No order is held."));
        updateButtons();
    });
}

qint64 HeldOrdersDialog::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size() || m_table->selectedItems().isEmpty())
        return 0;
    return m_batches.at(row).id;
}

void HeldOrdersDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = selectedId() != 0 && m_batches.at(row).decision == HeldBatch::Decision::None && !m_busy;
    m_sendAgain->setEnabled(open);
    m_fail->setEnabled(open && !m_reason->text().trimmed().isEmpty());
}

void HeldOrdersDialog::decide(HeldBatch::Decision decision)
{
    const qint64 id = selectedId();
    if (id == 0 || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_sync->decide(m_session, id, decision, m_reason->text()).then(this, [this](const Outcome &outcome) {
        m_busy = false;
        DialogParts::say(m_message, outcome.message);
        if (outcome.ok)
            m_reason->clear();
        reload();
    });
}

} // namespace tempcards
