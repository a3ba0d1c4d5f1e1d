// SPDX-License-Identifier: Apache-2.0
#include "PeopleView.h"

#include "CardService.h"
#include "DialogParts.h"
#include "HandOutService.h"
#include "HoldingCells.h"
#include "PeopleService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

namespace {

QTableWidget *table(QWidget *parent, const char *name, const QString &accessibleName, const QStringList &headers)
{
    auto *widget = DialogParts::named<QTableWidget>(parent, name, accessibleName);
    widget->setColumnCount(int(headers.size()));
    widget->setHorizontalHeaderLabels(headers);
    DialogParts::readOnlyTable(widget);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    return widget;
}

void setRow(QTableWidget *widget, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        widget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

PeopleView::PeopleView(PeopleService *people, HandOutService *handOut, CardService *cards, const Session &session,
                       QWidget *parent)
    : QWidget(parent), m_people(people), m_handOut(handOut)
{
    setObjectName(QStringLiteral("peopleView"));
    m_search = DialogParts::named<QLineEdit>(this, "peopleSearchLineEdit", tr("Search people"));
    m_search->setPlaceholderText(tr("Name or employee id"));
    DialogParts::clearButton(m_search);
    m_search->setMaxLength(256); // longer than any name or employee id
    auto *searchLabel = new QLabel(tr("Fi&nd:"), this);
    searchLabel->setBuddy(m_search);
    m_assign = DialogParts::button(this, tr("A&ssign temporary card…"), "assignToPersonPushButton");
    if (session.can(Permissions::ImportPeople)) { // made before the tables: Tab reads the bar first
        m_import = DialogParts::button(this, tr("&Import people…"), "importPeoplePushButton");
        connect(m_import, &QPushButton::clicked, this, &PeopleView::importRequested);
    }
    m_found = table(this, "peopleTableWidget", tr("People"),
                    {tr("Employee id"), tr("Name"), tr("Department"), tr("E-mail"), tr("State")});
    m_message = DialogParts::spokenLabel(this, "peopleMessageLabel");
    m_message->setWordWrap(true);
    m_historyTitle = DialogParts::spokenLabel(this, "historyTitleLabel");
    m_historyTitle->setTextFormat(Qt::PlainText); // names come from the HR export
    m_history = table(this, "historyTableWidget", tr("Cards and history"),
                      {tr("Card"), tr("State now"), tr("From"), tr("By"), tr("Until"), tr("By"), tr("Reason")});

    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_assign);
    if (m_import)
        bar->addWidget(m_import);
    // The people above, the chosen one's cards below; the split is the person's to move (and remembered).
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("peopleSplitter"));
    split->setChildrenCollapsible(false);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_found, 1);
    topLayout->addWidget(m_message);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_history, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &PeopleView::search);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_found, &QTableWidget::itemSelectionChanged, this, [this] {
        updateCommands();
        showHistory();
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (const auto person = currentPerson(); person && person->active)
            emit assignRequested(*person);
    });
    // After an import or a hand-out, what is shown is read again (once per burst).
    m_changed.setSingleShot(true);
    m_changed.setInterval(300);
    connect(&m_changed, &QTimer::timeout, this, [this] { search(); });
    connect(people, &PeopleService::changed, &m_changed, qOverload<>(&QTimer::start));
    connect(cards, &CardService::changed, &m_changed, qOverload<>(&QTimer::start));

    DialogParts::describe(
        this,
        {{QStringLiteral("peopleSearchLineEdit"), tr("Find people by the start of a name or the employee id")},
         {QStringLiteral("assignToPersonPushButton"), tr("Hand one of the unassigned cards to the chosen person")},
         {QStringLiteral("peopleTableWidget"), tr("The people found; choose one to see their cards")},
         {QStringLiteral("peopleMessageLabel"), tr("How many people were found")},
         {QStringLiteral("historyTitleLabel"), tr("Whose cards are listed below")},
         {QStringLiteral("historyTableWidget"), tr("Every card the person held, newest first")}});
    if (m_import)
        DialogParts::describe(
            this, {{QStringLiteral("importPeoplePushButton"), tr("Add and update people from an HR export (CSV)")}});
    m_message->setText(tr("Type a name or an employee id."));
    updateCommands();
}

void PeopleView::setAssignAllowed(bool allowed)
{
    m_assignAllowed = allowed;
    m_assign->setVisible(allowed);
    updateCommands();
}

void PeopleView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<Person> PeopleView::currentPerson() const
{
    const int row = m_found->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_found->item(row, 0) || !m_found->item(row, 0)->isSelected())
        return std::nullopt;
    return m_shown.at(row);
}

void PeopleView::search()
{
    const int number = ++m_searches;
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        showPeople({});
        m_message->setText(tr("Type a name or an employee id."));
        return;
    }
    m_people->search(text, kSearchLimit).then(this, [this, number](const PeopleService::Found &found) {
        if (number != m_searches)
            return;
        if (!found.problem.isEmpty()) {
            showPeople({});
            m_message->setText(found.problem);
            return;
        }
        showPeople(found.people);
        m_message->setText(found.people.size() >= kSearchLimit
                               ? tr("The first %n people; type more to narrow it down.", nullptr, kSearchLimit)
                               : tr("%n person(s) found.", nullptr, int(found.people.size())));
    });
}

void PeopleView::showPeople(const QList<Person> &people)
{
    const qint64 chosen = currentPerson() ? currentPerson()->id : 0;
    m_shown = people;
    m_found->clearContents();
    m_found->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Person &p = people.at(row);
        setRow(m_found, row,
               {p.employeeId, QStringLiteral("%1 %2").arg(p.givenName, p.surname), p.department, p.email,
                p.active ? tr("active") : tr("inactive")});
        if (p.id == chosen)
            m_found->selectRow(row);
    }
    m_found->resizeColumnsToContents();
    updateCommands();
    showHistory();
}

void PeopleView::showHistory()
{
    const int number = ++m_histories;
    const auto person = currentPerson();
    if (!person) {
        m_historyTitle->setText(tr("Choose a person to see their cards."));
        m_history->setRowCount(0);
        return;
    }
    m_historyTitle->setText(tr("Cards of %1").arg(person->displayName()));
    m_handOut->historyOf(person->id, kHistoryLimit).then(this, [this, number](const HandOutService::History &h) {
        if (number != m_histories)
            return;
        m_history->clearContents();
        if (!h.problem.isEmpty()) {
            m_history->setRowCount(0);
            return m_historyTitle->setText(h.problem);
        }
        m_history->setRowCount(int(h.holdings.size()));
        for (int row = 0; row < h.holdings.size(); ++row) {
            const Holding &holding = h.holdings.at(row);
            const CardRow &card = h.cards.at(row);
            setRow(m_history, row,
                   QStringList{QString::number(holding.cardId),
                               card.id > 0 ? CardStates::displayName(card.state) : QString()} +
                       HoldingCells::of(holding));
        }
        m_history->resizeColumnsToContents();
    });
}

void PeopleView::updateCommands()
{
    const auto person = currentPerson();
    m_assign->setEnabled(m_assignAllowed && person && person->active);
}

} // namespace tempcards
