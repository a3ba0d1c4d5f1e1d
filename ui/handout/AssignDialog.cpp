// SPDX-License-Identifier: Apache-2.0
#include "AssignDialog.h"

#include "CardService.h"
#include "DialogParts.h"
#include "HandOutService.h"
#include "InputText.h"
#include "PeopleService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

namespace {

QString listed(const Person &person)
{
    QString text = person.displayName();
    if (!person.department.isEmpty())
        text += QStringLiteral(" · ") + person.department;
    if (!person.active)
        text += QLatin1Char(' ') + AssignDialog::tr("(inactive)");
    return text;
}

} // namespace

AssignDialog::AssignDialog(HandOutService *handOut, PeopleService *people, const Session &session, const CardRow &card,
                           QWidget *parent)
    : HandOutDialog(ProcessId::AssignTemporaryCard, handOut, session, {card}, parent), m_people(people)
{
    setObjectName(QStringLiteral("assignDialog"));
    m_search = DialogParts::named<QLineEdit>(this, "personSearchLineEdit", tr("Search for the person"));
    m_search->setMaxLength(kMaxSearchLength);
    m_search->setPlaceholderText(tr("Name or employee id"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Person:"), this);
    label->setBuddy(m_search);
    m_found = DialogParts::named<QListWidget>(this, "peopleListWidget", tr("People found"));
    auto *form = new QFormLayout;
    form->addRow(label, m_search);
    fields()->addLayout(form);
    fields()->addWidget(m_found, 1);
    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &AssignDialog::search);
    connect(m_found, &QListWidget::currentRowChanged, this, &AssignDialog::updateNext);
    connect(m_found, &QListWidget::itemActivated, this, [this] {
        if (nextButton()->isEnabled())
            next();
    });
    updateNext();
    resize(520, 420);
    DialogParts::describe(this,
                          {
                              {QStringLiteral("personSearchLineEdit"),
                               tr("Type a name or employee id; the people found are listed below")},
                              {QStringLiteral("peopleListWidget"), tr("Pick the person who gets the card")},
                              {QStringLiteral("nextPushButton"), tr("Assign the card to the person picked (Enter)")},
                          });
}

AssignDialog::AssignDialog(HandOutService *handOut, CardService *cards, const Session &session, const Person &person,
                           QWidget *parent)
    : HandOutDialog(ProcessId::AssignTemporaryCard, handOut, session, {}, parent), m_person(person)
{
    setObjectName(QStringLiteral("assignDialog"));
    auto *who = DialogParts::named<QLabel>(this, "personLabel", tr("Person"));
    who->setTextFormat(Qt::PlainText); // names come from the HR export
    who->setText(listed(person));
    m_cardChoice = DialogParts::named<QComboBox>(this, "cardComboBox", tr("Card"));
    CardFilter filter;
    filter.state = CardState::Unassigned;
    m_unassigned = cards->page(filter, 0, 200);
    for (const CardRow &card : std::as_const(m_unassigned))
        m_cardChoice->addItem(card.goCardsCardId.isEmpty() ? tr("Card %1").arg(card.id)
                                                           : tr("Card %1 (%2)").arg(card.id).arg(card.goCardsCardId));
    auto *label = new QLabel(tr("&Card:"), this);
    label->setBuddy(m_cardChoice);
    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), who);
    form->addRow(label, m_cardChoice);
    fields()->addLayout(form);
    if (m_unassigned.isEmpty())
        DialogParts::say(messageLabel(), tr("There is no unassigned card to hand out. Initialize a produced card, or "
                                            "order more."));
    connect(m_cardChoice, &QComboBox::currentIndexChanged, this, &AssignDialog::updateNext);
    updateNext();
    DialogParts::describe(this, {
                                    {QStringLiteral("cardComboBox"), tr("The unassigned card the person gets")},
                                    {QStringLiteral("nextPushButton"), tr("Assign the card picked (Enter)")},
                                });
}

void AssignDialog::search()
{
    const int number = ++m_searches;
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        m_found->clear();
        m_shown.clear();
        updateNext();
        return;
    }
    m_people->search(text, kSearchLimit).then(this, [this, number](const PeopleService::Found &found) {
        if (number != m_searches)
            return; // the operator typed on; a newer search is under way
        m_found->clear();
        m_shown = found.people;
        for (const Person &person : std::as_const(m_shown)) {
            auto *item = new QListWidgetItem(listed(person), m_found);
            if (!person.active)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
        }
        if (!found.problem.isEmpty())
            DialogParts::say(messageLabel(), found.problem);
        else if (m_shown.isEmpty())
            DialogParts::say(messageLabel(),
                             tr("Nobody matches \"%1\".").arg(InputText::shown(m_search->text().trimmed(), 60)));
        else
            messageLabel()->hide();
        updateNext();
    });
}

void AssignDialog::updateNext()
{
    if (m_person) {
        nextButton()->setEnabled(m_cardChoice->currentIndex() >= 0);
        return;
    }
    const int row = m_found->currentRow();
    nextButton()->setEnabled(row >= 0 && row < m_shown.size() && m_shown.at(row).active);
}

void AssignDialog::next()
{
    if (m_person) {
        const int index = m_cardChoice->currentIndex();
        if (index < 0 || index >= m_unassigned.size())
            return;
        showCards({m_unassigned.at(index)});
        run(handOut()->assign(session(), m_unassigned.at(index).id, m_person->id));
        return;
    }
    const int row = m_found->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    run(handOut()->assign(session(), cards().first().id, m_shown.at(row).id));
}

} // namespace tempcards
