// SPDX-License-Identifier: Apache-2.0
#include "CardHistoryView.h"

#include "AuditNames.h"
#include "AuditRecordDialog.h"
#include "CardState.h"
#include "Clock.h"
#include "DialogParts.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace tempcards {

namespace {

// A stored value as the person reads it: a card state by its name, anything else as it was recorded.
QString shown(const QVariant &value)
{
    const QString text = value.toString();
    const std::optional<CardState> state = CardStates::fromStorage(text);
    return state ? CardStates::displayName(*state) : text;
}

QString change(const AuditRow &row)
{
    const QString before = shown(row.before);
    const QString after = shown(row.after);
    if (!before.isEmpty() && !after.isEmpty())
        return CardHistoryView::tr("%1 → %2").arg(before, after);
    return after.isEmpty() ? before : after;
}

// Enter on a record opens it, as a double click does.
class RecordTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    std::function<void(int)> open;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0 && open) {
            open(currentRow());
            return;
        }
        QTableWidget::keyPressEvent(event);
    }
};

} // namespace

CardHistoryView::CardHistoryView(AuditService *audit, const Session &session, QWidget *parent)
    : QWidget(parent), m_audit(audit), m_session(session)
{
    setObjectName(QStringLiteral("cardHistoryView"));
    m_title = DialogParts::spokenLabel(this, "historyTitleLabel");
    auto *table = new RecordTable(this);
    table->open = [this](int row) { openRecord(row); };
    m_table = table;
    m_table->setObjectName(QStringLiteral("cardHistoryTableWidget"));
    m_table->setAccessibleName(tr("The card's history"));
    m_table->setAccessibleDescription(
        tr("What happened to the card, newest first, from the audit trail; Enter opens a record in full"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change"), tr("Outcome")});
    DialogParts::readOnlyTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRecord(row); });
    setFocusProxy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    DialogParts::describe(this, {{QStringLiteral("historyTitleLabel"), tr("How much of the card's history is shown")}});
    showCard(0);
}

void CardHistoryView::showCard(qint64 cardId)
{
    m_cardId = cardId;
    const int number = ++m_loads;
    setVisible(cardId > 0);
    if (cardId <= 0)
        return;
    AuditFilter filter;
    filter.object = QStringLiteral("card:%1").arg(cardId);
    filter.objectExact = true; // card:4 is not card:42
    m_audit->page(m_session, filter, 0, kLimit).then(this, [this, number](const AuditService::Page &page) {
        if (number == m_loads)
            present(page);
    });
}

void CardHistoryView::present(const AuditService::Page &page)
{
    m_table->clearContents();
    m_table->setRowCount(0);
    m_rows.clear();
    if (!page.outcome.ok) {
        m_title->setText(tr("The history could not be read: %1").arg(page.outcome.message));
        return;
    }
    m_rows = page.rows;
    m_title->setText(
        page.rows.isEmpty() ? tr("No history recorded.")
        : page.rows.size() < kLimit
            ? tr("History, %n record(s):", nullptr, int(page.rows.size()))
            : tr("History, the newest %n records (the audit trail has them all):", nullptr, int(page.rows.size())));
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const AuditRow &record = m_rows.at(row);
        const QStringList cells{DialogParts::shortTime(fromStorageTime(record.at)), record.actor,
                                AuditNames::action(record.action), change(record), AuditNames::outcome(record.outcome)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(record.detail.isEmpty() ? cells.at(column) : record.detail);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void CardHistoryView::openRecord(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    auto *dialog = new AuditRecordDialog(m_rows.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tempcards
