// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectoryPeopleSearch.h"
#include "HandOutDialog.h"
#include "Person.h"

#include <QTimer>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace tempcards {

class CardService;
class PeopleService;

// "Assign temporary card". From an unassigned card: the operator searches for the person by name or employee
// id (the search runs off the GUI thread as they type; only the newest answer is shown) and picks them. With a
// directory this process can ask (`directory`, owned by the dialog), it is asked too, the newest search
// cancelling the one before: the people it marks inactive cannot be picked, and those not brought in yet are
// named. Without one, or while it does not answer, the people already known are listed. From
// a person: the operator picks one of the unassigned cards. Inactive people are listed but cannot be picked.
// Next assigns; a refusal (someone already holding a card, a card taken meanwhile) is shown in the dialog.
class AssignDialog : public HandOutDialog
{
    Q_OBJECT

public:
    // Longer than any name or employee id; a paste beyond it is cut.
    static constexpr int kMaxSearchLength = 256;

    // The services outlive the dialog.
    AssignDialog(HandOutService *handOut, PeopleService *people, const Session &session, const CardRow &card,
                 QWidget *parent = nullptr, std::unique_ptr<DirectoryPeopleSearch> directory = nullptr);
    AssignDialog(HandOutService *handOut, CardService *cards, const Session &session, const Person &person,
                 QWidget *parent = nullptr);

    static constexpr int kSearchLimit = 50;

private:
    void next() override;
    void search();
    void directoryFound(const QString &text, const QList<DirectoryPeopleSearch::Candidate> &candidates,
                        const QString &problem);
    void show(const QList<DirectoryPeopleSearch::Candidate> &candidates);
    void updateNext();

    PeopleService *m_people = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_found = nullptr;
    QComboBox *m_cardChoice = nullptr;
    std::unique_ptr<DirectoryPeopleSearch> m_directory;
    QList<Person> m_known;                                   // the newest search's answer from the database
    QList<DirectoryPeopleSearch::Candidate> m_fromDirectory; // and from the directory
    QList<DirectoryPeopleSearch::Candidate> m_shown;
    std::optional<Person> m_person; // fixed when started from the person
    QList<CardRow> m_unassigned;
    QTimer m_typing;
    int m_searches = 0; // the newest search's number; older answers are dropped
};

} // namespace tempcards
