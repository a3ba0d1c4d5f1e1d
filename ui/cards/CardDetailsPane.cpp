// SPDX-License-Identifier: Apache-2.0
#include "CardDetailsPane.h"

#include "CardService.h"
#include "DialogParts.h"
#include "HoldingCells.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

namespace {

// The fields in the order shown, the card's own first (the left column), then its holder's (the right);
// each value label is "<field>ValueLabel".
struct Field
{
    const char *name;
    const char *label;
    const char *description;
    bool holder;
};
constexpr Field kFields[] = {
    {"state", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "State:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "The state the card is in now"), false},
    {"orderedAt", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Ordered:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "When the card was ordered, and by whom"), false},
    {"goCardsCardId", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Go Cards card id:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "The card's id at Nexus GO Cards"), false},
    {"goCardsOrderId", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Go Cards order:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "The Nexus GO Cards order the card belongs to"), false},
    {"producedAt", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Produced:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "When Nexus GO Cards produced the card"), false},
    {"chipUid", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Chip UID:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "The UID of the card's chip"), false},
    {"holder", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Holder:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "The person who holds the card, with the employee id"), true},
    {"department", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Department:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "The holder's department"), true},
    {"assignedAt", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Holds it since:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Since when the holder has the card"), true},
    {"validUntil", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Valid until:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Until when the card may be used"), true},
    {"reason", QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Reason:"),
     QT_TRANSLATE_NOOP("tempcards::CardDetailsPane", "Why the card came back, was locked, or failed"), true},
};

QString nameOf(const QHash<qint64, Person> &people, qint64 id)
{
    const auto it = people.constFind(id);
    return it == people.cend() ? CardDetailsPane::tr("person %1").arg(id) : it->displayName();
}

} // namespace

CardDetailsPane::CardDetailsPane(HandOutService *handOut, CardService *cards, QWidget *parent)
    : QWidget(parent), m_handOut(handOut)
{
    setObjectName(QStringLiteral("cardDetailsPane"));
    m_title = DialogParts::spokenLabel(this, "detailsTitleLabel");
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_fieldsBox = new QWidget(this);
    // Grids, not QFormLayout: Qt 6.4's form layout corrupts memory when rows are hidden and shown again,
    // and an empty field's row is hidden here.
    auto *cardForm = new QGridLayout;
    auto *holderForm = new QGridLayout;
    for (QGridLayout *grid : {cardForm, holderForm})
        grid->setColumnStretch(1, 1);
    int cardRows = 0;
    int holderRows = 0;
    auto *columns = new QHBoxLayout(m_fieldsBox);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(cardForm, 1);
    columns->addSpacing(24);
    columns->addLayout(holderForm, 1);
    for (const Field &field : kFields) {
        const QString label = tr(field.label);
        auto *value = DialogParts::named<QLabel>(m_fieldsBox, QByteArray(field.name).append("ValueLabel").constData(),
                                                 QString(label).remove(QLatin1Char(':')));
        value->setAccessibleDescription(tr(field.description));
        value->setTextFormat(Qt::PlainText); // names and reasons come from imports and operators
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        value->setWordWrap(true);
        auto *name = new QLabel(label, m_fieldsBox);
        m_rows.insert(QLatin1String(field.name), {name, value});
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QGridLayout *grid = field.holder ? holderForm : cardForm;
        int &row = field.holder ? holderRows : cardRows;
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row++, 1);
    }
    // The shorter column keeps its rows at the top instead of spreading them out.
    cardForm->setRowStretch(cardRows, 1);
    holderForm->setRowStretch(holderRows, 1);
    m_holdingsTitle = DialogParts::spokenLabel(this, "holdingsTitleLabel");
    m_holdings = DialogParts::named<QTableWidget>(this, "holdingsTableWidget", tr("Who held the card"));
    m_holdings->setColumnCount(6);
    m_holdings->setHorizontalHeaderLabels({tr("Holder"), tr("From"), tr("By"), tr("Until"), tr("By"), tr("Reason")});
    DialogParts::readOnlyTable(m_holdings);
    m_holdings->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_holdingsTitle);
    layout->addWidget(m_holdings, 1);

    m_changed.setSingleShot(true);
    m_changed.setInterval(100);
    connect(&m_changed, &QTimer::timeout, this, &CardDetailsPane::load);
    connect(cards, &CardService::changed, this, [this](const QList<qint64> &ids) {
        if (m_chosen.size() == 1 && ids.contains(m_chosen.first()))
            m_changed.start();
    });
    DialogParts::describe(this, {{QStringLiteral("detailsTitleLabel"), tr("Which card is shown here")},
                                 {QStringLiteral("holdingsTitleLabel"), tr("How often the card was handed out")},
                                 {QStringLiteral("holdingsTableWidget"),
                                  tr("Everyone who held the card, newest first, with who handed it out and back")}});
    showCards({});
}

QWidget *CardDetailsPane::lastInTabOrder() const
{
    return m_section ? m_section : m_holdings;
}

void CardDetailsPane::addSection(QWidget *section)
{
    m_section = section;
    section->setParent(this);
    static_cast<QVBoxLayout *>(layout())->addWidget(section, 1);
    setTabOrder(m_holdings, section);
    section->setVisible(m_fieldsBox->isVisible());
}

void CardDetailsPane::showCards(const QList<qint64> &cardIds)
{
    if (cardIds == m_chosen && !cardIds.isEmpty())
        return;
    m_chosen = cardIds;
    m_changed.stop();
    if (cardIds.size() == 1)
        return load();
    ++m_loads;
    m_title->setText(cardIds.isEmpty()
                         ? tr("Choose a card to see its details.")
                         : tr("%n card(s) chosen; choose one to see its details.", nullptr, int(cardIds.size())));
    m_fieldsBox->hide();
    m_holdingsTitle->hide();
    m_holdings->hide();
    if (m_section)
        m_section->hide();
    emit cardShown(0);
}

void CardDetailsPane::load()
{
    const int number = ++m_loads;
    m_handOut->detailsOf(m_chosen.first(), kHoldingsLimit)
        .then(this, [this, number](const HandOutService::CardDetails &details) {
            if (number == m_loads)
                present(details);
        });
}

void CardDetailsPane::setValue(const char *field, const QString &text)
{
    const Row row = m_rows.value(QLatin1String(field));
    Q_ASSERT(row.value);
    row.value->setText(text);
    // A screen reader reads the pair, "Valid until: 10/12/2026 14:00", and hears it change.
    row.value->setAccessibleName(QStringLiteral("%1 %2").arg(row.name->text(), text));
    // An empty value's row is left out: its name and value are hidden, and the grid closes up.
    row.name->setVisible(!text.isEmpty());
    row.value->setVisible(!text.isEmpty());
}

void CardDetailsPane::present(const HandOutService::CardDetails &details)
{
    const bool known = details.problem.isEmpty() && details.card;
    m_fieldsBox->setVisible(known);
    m_holdingsTitle->setVisible(known);
    m_holdings->setVisible(known && !details.holdings.isEmpty());
    if (m_section)
        m_section->setVisible(known);
    emit cardShown(known ? details.card->id : 0);
    if (!details.problem.isEmpty())
        return m_title->setText(details.problem);
    if (!known)
        return m_title->setText(tr("Card %1 is no longer there.").arg(m_chosen.first()));
    const CardRow &card = *details.card;
    m_title->setText(tr("Card %1").arg(card.id));
    const auto holder = details.people.constFind(card.holderId);
    const bool held = card.holderId > 0;
    setValue("state", CardStates::displayName(card.state));
    setValue("holder", held ? nameOf(details.people, card.holderId) : QString());
    setValue("department", held && holder != details.people.cend() ? holder->department : QString());
    setValue("assignedAt", held ? DialogParts::shortTime(card.assignedAt) : QString());
    setValue("validUntil", DialogParts::shortTime(card.validUntil));
    setValue("reason", CardHandOut::reasonOf(card));
    setValue("orderedAt", card.orderedBy.isEmpty()
                              ? DialogParts::shortTime(card.orderedAt)
                              : tr("%1 by %2").arg(DialogParts::shortTime(card.orderedAt), card.orderedBy));
    setValue("goCardsCardId", card.goCardsCardId);
    setValue("goCardsOrderId", card.goCardsOrderId);
    setValue("producedAt", DialogParts::shortTime(card.producedAt));
    setValue("chipUid", card.chipUid);

    m_holdingsTitle->setText(details.holdings.isEmpty()
                                 ? tr("Never handed out.")
                                 : tr("Handed out %n time(s):", nullptr, int(details.holdings.size())));
    m_holdings->clearContents();
    m_holdings->setRowCount(int(details.holdings.size()));
    for (int row = 0; row < details.holdings.size(); ++row) {
        const Holding &h = details.holdings.at(row);
        const QStringList cells = QStringList{nameOf(details.people, h.personId)} + HoldingCells::of(h);
        for (int column = 0; column < cells.size(); ++column)
            m_holdings->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_holdings->resizeColumnsToContents();
}

} // namespace tempcards
