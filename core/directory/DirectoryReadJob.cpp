// SPDX-License-Identifier: Apache-2.0
#include "DirectoryReadJob.h"

#include "InputText.h"

#include <QPointer>
#include <QThread>

namespace tempcards {

// What the worker hands back, and who still wants it: `job` is null once the job was cancelled or deleted
// (only touched on the job's thread); `cancelled` is read by the worker.
struct DirectoryReadJob::Shared
{
    QPointer<DirectoryReadJob> job;
    std::atomic_bool cancelled{false};
    LdapClient::Error error = LdapClient::Error::None;
    QString message;
    QList<DirectoryPerson> people;
    QStringList skipped;
    int pages = 0;
};

namespace {

// The worker's whole read, on its thread.
void readPeople(const DirectoryConfig &config, int limit, LdapClient &client, QList<DirectoryPerson> *people,
                QStringList *skipped, int *pages)
{
    QStringList wanted{config.employeeIdAttribute, config.givenNameAttribute, config.surnameAttribute,
                       config.emailAttribute, config.departmentAttribute};
    if (!config.languageAttribute.isEmpty())
        wanted << config.languageAttribute;
    const auto value = [](const LdapClient::Entry &entry, const QString &attribute) {
        return entry.value(attribute.toLower());
    };
    QHash<QString, int> byId;
    int found = 0;
    const bool ok = client.search(
        config.filter, wanted,
        [&](const LdapClient::Entry &entry) {
            const QString dn = entry.value(QStringLiteral("dn"));
            DirectoryPerson person{dn,
                                   value(entry, config.employeeIdAttribute).trimmed(),
                                   value(entry, config.givenNameAttribute),
                                   value(entry, config.surnameAttribute),
                                   value(entry, config.emailAttribute),
                                   value(entry, config.departmentAttribute),
                                   true,
                                   config.languageAttribute.isEmpty() ? QString()
                                                                      : value(entry, config.languageAttribute)};
            if (person.employeeId.isEmpty())
                *skipped
                    << DirectoryReadJob::tr("%1: no %2").arg(InputText::shown(dn, 200), config.employeeIdAttribute);
            else if (byId.contains(person.employeeId))
                *skipped << DirectoryReadJob::tr("%1: employee id %2 is also %3")
                                .arg(InputText::shown(dn, 200), InputText::shown(person.employeeId),
                                     InputText::shown(people->at(byId.value(person.employeeId)).dn, 200));
            else {
                byId.insert(person.employeeId, int(people->size()));
                *people << person;
            }
            return limit <= 0 || ++found < limit;
        },
        pages);
    if (!ok || config.inactiveFilter.isEmpty() || people->isEmpty())
        return;
    // Those of them the inactive filter matches; with a limit, asked by their ids so as not to read everyone.
    QString inactive = QStringLiteral("(&%1%2").arg(config.filter, config.inactiveFilter);
    if (limit > 0) {
        inactive += QStringLiteral("(|");
        for (const DirectoryPerson &person : std::as_const(*people))
            inactive +=
                QStringLiteral("(%1=%2)").arg(config.employeeIdAttribute, DirectoryConfig::escaped(person.employeeId));
        inactive += QLatin1Char(')');
    }
    inactive += QLatin1Char(')');
    int more = 0;
    client.search(
        inactive, {config.employeeIdAttribute},
        [&](const LdapClient::Entry &entry) {
            const auto at = byId.constFind(value(entry, config.employeeIdAttribute).trimmed());
            if (at != byId.cend())
                (*people)[*at].active = false;
            return true;
        },
        &more);
    *pages += more;
}

} // namespace

DirectoryReadJob::DirectoryReadJob(DirectoryConfig config, int limit, QObject *parent)
    : Job(parent), m_config(std::move(config)), m_limit(limit)
{}

DirectoryReadJob::~DirectoryReadJob()
{
    cancel();
}

void DirectoryReadJob::run()
{
    m_shared = std::make_shared<Shared>();
    m_shared->job = this;
    const std::shared_ptr<Shared> shared = m_shared;
    const DirectoryConfig config = m_config;
    const int limit = m_limit;
    QThread *thread = QThread::create([shared, config, limit] {
        LdapClient client(config, &shared->cancelled);
        if (client.open())
            readPeople(config, limit, client, &shared->people, &shared->skipped, &shared->pages);
        shared->error = client.error();
        if (shared->error != LdapClient::Error::None) // a read cut short is no list of the people
            shared->people.clear();
        shared->message = client.message();
    });
    thread->setObjectName(QStringLiteral("tempcards-directory"));
    connect(thread, &QThread::finished, this, [shared] {
        DirectoryReadJob *job = shared->job;
        if (!job)
            return;
        shared->job = nullptr;
        job->m_people = std::move(shared->people);
        job->m_skipped = std::move(shared->skipped);
        job->m_pages = shared->pages;
        job->finish(int(shared->error), shared->message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DirectoryReadJob::abort()
{
    if (m_shared) {
        m_shared->cancelled = true;
        m_shared->job = nullptr;
    }
    finish(int(Error::Cancelled), tr("Cancelled."));
}

} // namespace tempcards
