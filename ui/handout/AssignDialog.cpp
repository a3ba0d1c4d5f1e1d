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

QString listed(const DirectoryPeopleSearch::Candidate &candidate)
{
    if (candidate.person.id == 0)
        return listed(candidate.person) + QLatin1Char(' ') +
               AssignDialog::tr("(in the directory, not brought in yet: at its next sync)");
    if (candidate.directoryInactive && candidate.person.active)
        return listed(candidate.person) + QLatin1Char(' ') + AssignDialog::tr("(inactive in the directory)");
    return listed(candidate.person);
}

} // namespace

AssignDialog::AssignDialog(HandOutService *handOut, PeopleService *people, const Session &session, const CardRow &card,
                           QWidget *parent, std::unique_ptr<DirectoryPeopleSearch> directory)
    : HandOutDialog(ProcessId::AssignTemporaryCard, handOut, session, {card}, parent), m_people(people),
      m_directory(std::move(directory))
{
    if (m_directory)
        connect(m_directory.get(), &DirectoryPeopleSearch::found, this, &AssignDialog::directoryFound);
    setObjectName(QStringLiteral("assignDialog"));
    m_search = DialogParts::named<QLineEdit>(this, "personSearchLineEdit", tr("Search for the person"));
    m_search->setMaxLength(kMaxSearchLength);
    m_search->setPlaceholderText(tr("Name or employee id"));
    DialogParts::clearButton(m_search);
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
    auto *who = DialogParts::spokenLabel(this, "personLabel");
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
                                    {QStringLiteral("personLabel"), tr("Who gets the card")},
                                    {QStringLiteral("cardComboBox"), tr("The unassigned card the person gets")},
                                    {QStringLiteral("nextPushButton"), tr("Assign the card picked (Enter)")},
                                });
}

void AssignDialog::search()
{
    const int number = ++m_searches;
    const QString text = m_search->text();
    // What is listed from here on answers this text alone.
    m_known.clear();
    m_fromDirectory.clear();
    if (m_directory)
        m_directory->search(text, kSearchLimit);
    if (text.trimmed().isEmpty()) {
        m_known.clear();
        show({});
        return;
    }
    m_people->search(text, kSearchLimit).then(this, [this, number](const PeopleService::Found &found) {
        if (number != m_searches)
            return; // the operator typed on; a newer search is under way
        m_known = found.people;
        // What the directory said about this text, if it answered first, stays; the known people join it.
        show(DirectoryPeopleSearch::merged(m_known, m_fromDirectory));
        if (!found.problem.isEmpty())
            DialogParts::say(messageLabel(), found.problem);
        else if (m_shown.isEmpty())
            DialogParts::say(messageLabel(),
                             tr("Nobody matches \"%1\".").arg(InputText::shown(m_search->text().trimmed(), 60)));
        else
            messageLabel()->hide();
    });
}

void AssignDialog::directoryFound(const QString &text, const QList<DirectoryPeopleSearch::Candidate> &candidates,
                                  const QString &problem)
{
    if (text != m_search->text())
        return;
    if (!problem.isEmpty()) {
        // The people already known are what can be offered meanwhile.
        DialogParts::say(messageLabel(), tr("The directory did not answer, so only the people already brought in are "
                                            "listed. %1")
                                             .arg(problem));
        return;
    }
    m_fromDirectory = candidates;
    show(DirectoryPeopleSearch::merged(m_known, m_fromDirectory));
    if (!m_shown.isEmpty())
        messageLabel()->hide();
}

void AssignDialog::show(const QList<DirectoryPeopleSearch::Candidate> &candidates)
{
    const QString picked = m_found->currentRow() >= 0 && m_found->currentRow() < m_shown.size()
                               ? m_shown.at(m_found->currentRow()).person.employeeId
                               : QString();
    m_found->clear();
    m_shown = candidates;
    for (const DirectoryPeopleSearch::Candidate &candidate : std::as_const(m_shown)) {
        auto *item = new QListWidgetItem(listed(candidate), m_found);
        if (!candidate.pickable())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
        else if (candidate.person.employeeId == picked)
            m_found->setCurrentItem(item); // the person picked stays picked as the list fills in
    }
    updateNext();
}

void AssignDialog::updateNext()
{
    if (m_person) {
        nextButton()->setEnabled(m_cardChoice->currentIndex() >= 0);
        return;
    }
    const int row = m_found->currentRow();
    nextButton()->setEnabled(row >= 0 && row < m_shown.size() && m_shown.at(row).pickable());
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
    if (!m_shown.at(row).pickable())
        return;
    run(handOut()->assign(session(), cards().first().id, m_shown.at(row).person.id));
}

} // namespace tempcards
