// SPDX-License-Identifier: Apache-2.0
#include "UnknownCardsDialog.h"

#include "DialogParts.h"
#include "SyncService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

UnknownCardsDialog::UnknownCardsDialog(SyncService *sync, QWidget *parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("unknownCardsDialog"));
    setWindowTitle(tr("Unknown cards"));
    auto *intro = new QLabel(tr("Nexus GO Cards reports these cards, which this database does not know: ordered "
                                "after the backup it was restored from, or by another installation of your "
                                "organisation. tempcards changes nothing for them; account for each with Nexus GO "
                                "Cards."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("unknownCardsTableWidget"));
    m_table->setAccessibleName(tr("Unknown cards"));
    m_table->setHorizontalHeaderLabels({tr("Go Cards card id"), tr("External id"), tr("State at Go Cards"),
                                        tr("Chip UID or reason"), tr("Last report")});
    DialogParts::readOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message = DialogParts::messageLabel(this);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sync, &SyncService::runFinished, this, &UnknownCardsDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 360);
    DialogParts::describe(this, {
                                    {QStringLiteral("unknownCardsTableWidget"),
                                     tr("Each card Nexus GO Cards reported that this database does not know, and "
                                        "what it last said of it")},
                                    {QStringLiteral("closePushButton"), tr("Close this dialog")},
                                });
    reload();
}

void UnknownCardsDialog::reload()
{
    m_sync->unknownCards().then(this, [this](const QList<UnknownCard> &cards) {
        m_table->setRowCount(int(cards.size()));
        const QLocale locale;
        for (int row = 0; row < cards.size(); ++row) {
            const UnknownCard &card = cards.at(row);
            const QStringList cells{card.goCardsCardId, card.externalId, card.state, card.detail,
                                    locale.toString(card.lastReported.toLocalTime(), QLocale::ShortFormat)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(cells.at(column));
                m_table->setItem(row, column, item);
            }
        }
        DialogParts::say(m_message, cards.isEmpty()
                                        ? tr("Nexus GO Cards has reported no card that this database does not know.")
                                        : tr("%n card(s) unknown here.", nullptr, int(cards.size())));
    });
}

} // namespace tempcards
