// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Person.h"
#include "Session.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tempcards {

class CardService;
class HandOutService;
class PeopleService;

// What Quick search > Person shows: a search by name or employee id (off the GUI thread as one types; only
// the newest answer is shown), the people found, and the chosen person's cards and their history (each
// holding from Assign to Withdraw or Lock, newest first). From here an operator starts "Assign temporary
// card" for the person, and an administrator imports people from an HR export. Starting either is left to
// whoever listens to the signals. The services outlive the view.
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchLimit = 200;
    static constexpr int kHistoryLimit = 200;

    PeopleView(PeopleService *people, HandOutService *handOut, CardService *cards, const Session &session,
               QWidget *parent = nullptr);

    // Whether Assign temporary card may be started here (enabled for the session's roles).
    void setAssignAllowed(bool allowed);
    void focusSearch();
    std::optional<Person> currentPerson() const;

signals:
    void assignRequested(const tempcards::Person &person);
    void importRequested();

private:
    void search();
    void showPeople(const QList<Person> &people);
    void showHistory();
    void updateCommands();

    PeopleService *m_people;
    HandOutService *m_handOut;
    QLineEdit *m_search;
    QTableWidget *m_found;
    QLabel *m_message;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QPushButton *m_assign;
    QPushButton *m_import = nullptr;
    QList<Person> m_shown;
    QTimer m_typing;
    QTimer m_changed;
    bool m_assignAllowed = false;
    int m_searches = 0;  // the newest search's number; older answers are dropped
    int m_histories = 0; // the same for the history
};

} // namespace tempcards
