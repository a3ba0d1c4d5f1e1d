// SPDX-License-Identifier: Apache-2.0
#include "DirectoryPeopleSearch.h"

#include "Database.h"
#include "DirectoryConnectionService.h"
#include "DirectoryReadJob.h"
#include "Logging.h"
#include "PeopleQuery.h"
#include "Sql.h"

#include <QFuture>
#include <QSet>

namespace tempcards {

namespace {
// As the operator types, an answer is wanted at once or not at all.
constexpr int kTimeoutMs = 3000;
constexpr int kDeadlineMs = 5000;
} // namespace

std::unique_ptr<DirectoryPeopleSearch> DirectoryPeopleSearch::create(const CoreContext &context, QObject *parent)
{
    QString problem;
    bool hidden = false;
    std::optional<DirectoryConfig> config;
    try {
        config = DirectoryConnectionService(context).effective(&problem, &hidden);
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost())
            qCWarning(lcDatabase) << "cannot read the saved directory:" << error.what();
        return nullptr;
    }
    if (!config || hidden || !problem.isEmpty())
        return nullptr;
    config->timeoutMs = kTimeoutMs;
    config->deadlineMs = kDeadlineMs;
    return std::unique_ptr<DirectoryPeopleSearch>(new DirectoryPeopleSearch(context, *config, parent));
}

DirectoryPeopleSearch::DirectoryPeopleSearch(const CoreContext &context, DirectoryConfig config, QObject *parent)
    : QObject(parent), m_context(context), m_config(std::move(config))
{}

DirectoryPeopleSearch::~DirectoryPeopleSearch()
{
    delete m_running;
}

DirectoryReadJob *DirectoryPeopleSearch::running() const
{
    return m_running;
}

void DirectoryPeopleSearch::search(const QString &text, int limit)
{
    const int number = ++m_number;
    if (m_running)
        m_running->cancel(); // the operator typed on; its thread abandons the search within 100 ms
    if (text.trimmed().isEmpty())
        return;
    DirectoryConfig config = m_config;
    config.filter = m_config.searchFilter(text);
    auto *read = new DirectoryReadJob(config, limit, this);
    m_running = read;
    connect(read, &DirectoryReadJob::finished, this, [this, read, text, number] { readFinished(read, text, number); });
    read->start();
}

void DirectoryPeopleSearch::readFinished(DirectoryReadJob *read, const QString &text, int number)
{
    read->deleteLater();
    if (number != m_number)
        return; // cancelled, or a newer search is under way
    if (read->error() != DirectoryReadJob::Error::None) {
        emit found(text, {}, read->errorString());
        return;
    }
    const QList<DirectoryPerson> people = read->people();
    Database *database = m_context.database;
    QtFuture::makeReadyFuture()
        .then(m_context.pool,
              [database, people] {
                  QList<Candidate> candidates;
                  for (const DirectoryPerson &entry : people) {
                      Candidate candidate;
                      candidate.directoryInactive = !entry.active;
                      const std::optional<Person> known =
                          PeopleQuery::byEmployeeId(database->connection(), entry.employeeId);
                      if (known) {
                          candidate.person = *known;
                      } else {
                          candidate.person = {
                              0,           entry.employeeId, entry.givenName, entry.surname,
                              entry.email, entry.department, entry.active,    PersonLanguage::of(entry.language)};
                      }
                      candidates << candidate;
                  }
                  return candidates;
              })
        .then(this,
              [this, text, number](const QList<Candidate> &candidates) {
                  if (number == m_number)
                      emit found(text, candidates, {});
              })
        .onFailed(this, [this, text, number](const DatabaseError &error) {
            if (number == m_number)
                emit found(text, {}, error.userMessage());
        });
}

QList<DirectoryPeopleSearch::Candidate> DirectoryPeopleSearch::merged(const QList<Person> &known,
                                                                      const QList<Candidate> &fromDirectory)
{
    QList<Candidate> all = fromDirectory;
    QSet<QString> listed;
    for (const Candidate &candidate : fromDirectory)
        listed.insert(candidate.person.employeeId);
    for (const Person &person : known) {
        if (!listed.contains(person.employeeId))
            all.append({person, false, false});
    }
    return all;
}

} // namespace tempcards
