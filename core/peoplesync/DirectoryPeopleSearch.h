// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "DirectoryConfig.h"
#include "Person.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace tempcards {

class DirectoryReadJob;

// The Assign dialog's person search in the organisation's directory, as the operator types: each search
// cancels the one under way, and found() follows for the newest only. What the directory finds is matched to
// the people already brought in (by employee id), since only those can be given a card; the rest are named as
// not brought in yet. Available only where this process can bind to the directory (its password readable
// here: SQLite, or PostgreSQL without login roles); elsewhere the dialog searches the known people alone.
// Lives on the GUI thread; the directory is read on a thread of its own, the database on the pool.
class DirectoryPeopleSearch : public QObject
{
    Q_OBJECT

public:
    struct Candidate
    {
        Person person;           // id 0: in the directory, not brought in yet
        bool inDirectory = true; // false: known here, and the directory did not list them for this search
        bool directoryInactive = false;
        bool pickable() const { return person.id > 0 && person.active && !directoryInactive; }
    };

    // The saved directory when this process may read it, or nothing.
    static std::unique_ptr<DirectoryPeopleSearch> create(const CoreContext &context, QObject *parent = nullptr);
    ~DirectoryPeopleSearch() override;

    void search(const QString &text, int limit);
    // The read under way, for tests.
    DirectoryReadJob *running() const;
    // The known people of the database's own search, and what the directory found, as one list: the
    // directory's order first, then the known people it did not list.
    static QList<Candidate> merged(const QList<Person> &known, const QList<Candidate> &fromDirectory);

signals:
    // The newest search's candidates (employee ids matched to the known people), or the directory's problem.
    void found(const QString &text, const QList<tempcards::DirectoryPeopleSearch::Candidate> &candidates,
               const QString &problem);

private:
    DirectoryPeopleSearch(const CoreContext &context, DirectoryConfig config, QObject *parent);
    void readFinished(DirectoryReadJob *read, const QString &text, int number);

    CoreContext m_context;
    DirectoryConfig m_config;
    QPointer<DirectoryReadJob> m_running;
    int m_number = 0;
};

} // namespace tempcards
