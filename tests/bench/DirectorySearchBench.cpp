// SPDX-License-Identifier: Apache-2.0
// The Assign dialog's person search against a real directory: a slapd over LDAPS on loopback holding the
// staff, searched as an operator types ("G", "Gi", … "Given1234"; a surname; two words), each keystroke one
// DirectoryReadJob with the people filter narrowed by DirectoryConfig::searchFilter, from start() to
// finished(), with a fresh TLS connection each time as the dialog makes it. Beside it, in the same run, the
// same searches by OpenLDAP's own ldapsearch (its process start included), and the target of 300 ms.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include "DirectoryReadJob.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <algorithm>

namespace tempcards::bench {

namespace {

const QString kScript = QStringLiteral(TEMPCARDS_SOURCE_DIR "/scripts/ldap-test-server.sh");
constexpr int kLimit = 50; // the people the dialog lists

QByteArray staff(int count)
{
    QByteArray ldif;
    for (int i = 1; i <= count; ++i)
        ldif += QStringLiteral("dn: uid=p%1,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: p%1\n"
                               "cn: Person %1\ngivenName: Given%1\nsn: Surname%1\nmail: p%1@example.org\n"
                               "employeeNumber: E%1\n\n")
                    .arg(i)
                    .toUtf8();
    return ldif;
}

// The slapd of the tests, started and stopped by its script.
class Slapd
{
public:
    Slapd(const QString &folder, int people) : m_folder(folder + QStringLiteral("/slapd"))
    {
        const QString ldif = folder + QStringLiteral("/people.ldif");
        QFile file(ldif);
        if (!file.open(QIODevice::WriteOnly) || file.write(staff(people)) < 0)
            throw BenchError("cannot write the people's LDIF");
        file.close();
        // Run as root, the script starts slapd as an unprivileged user, who must reach the folder.
        QFile::setPermissions(folder, QFile::permissions(folder) | QFile::ExeOther | QFile::ExeGroup);
        QProcess start;
        start.start(kScript, {QStringLiteral("start"), m_folder, ldif});
        if (!start.waitForFinished(300000) || start.exitCode() != 0)
            throw BenchError("slapd did not start: " + start.readAllStandardError().toStdString());
        for (const QString &pair : QString::fromUtf8(start.readAllStandardOutput()).trimmed().split(QLatin1Char(' ')))
            m_settings.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }
    ~Slapd() { QProcess::execute(kScript, {QStringLiteral("stop"), m_folder}); }
    QString value(const char *key) const { return m_settings.value(QLatin1String(key)); }

private:
    QString m_folder;
    QHash<QString, QString> m_settings;
};

QList<QString> typing()
{
    QList<QString> texts;
    for (const QString &word : {QStringLiteral("Given1234"), QStringLiteral("Surname77"), QStringLiteral("E12")}) {
        for (int n = 1; n <= word.size(); ++n)
            texts << word.left(n);
    }
    texts << QStringLiteral("Given5 Surname5") << QStringLiteral("nobody");
    return texts;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

void runDirectorySearchScenario(const QString &folder, const Size &size)
{
    const int people = size.small ? 300 : 10000;
    Slapd slapd(folder, people);
    QFile authority(slapd.value("cacert"));
    if (!authority.open(QIODevice::ReadOnly))
        throw BenchError("cannot read the test authority");
    DirectoryConfig config;
    config.url = QUrl(slapd.value("ldaps"));
    config.bindDn = slapd.value("binddn");
    config.password = slapd.value("password");
    config.baseDn = slapd.value("base");
    config.caCertificates = authority.readAll();

    QList<double> ours;
    QList<double> peer;
    int found = 0;
    for (const QString &text : typing()) {
        DirectoryConfig search = config;
        search.filter = config.searchFilter(text);
        DirectoryReadJob job(search, kLimit);
        QElapsedTimer timer;
        timer.start();
        job.start();
        if (!waitUntil([&] { return job.isFinished(); }, 30000) || job.error() != DirectoryReadJob::Error::None)
            throw BenchError("the directory search failed: " + job.errorString().toStdString());
        ours << millis(timer.nsecsElapsed());
        found += int(job.people().size());

        QProcess ldapsearch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LDAPTLS_CACERT"), slapd.value("cacert"));
        ldapsearch.setProcessEnvironment(env);
        timer.restart();
        ldapsearch.start(QStringLiteral("ldapsearch"),
                         {QStringLiteral("-LLL"), QStringLiteral("-x"), QStringLiteral("-H"), config.url.toString(),
                          QStringLiteral("-D"), config.bindDn, QStringLiteral("-w"), config.password,
                          QStringLiteral("-b"), config.baseDn, QStringLiteral("-z"), QString::number(kLimit),
                          search.filter, config.employeeIdAttribute, config.givenNameAttribute, config.surnameAttribute,
                          config.emailAttribute, config.departmentAttribute});
        if (!ldapsearch.waitForFinished(30000))
            throw BenchError("ldapsearch did not finish");
        peer << millis(timer.nsecsElapsed()); // exit 4 (size limit exceeded) still answered
    }
    const double ourMedian = median(ours);
    const double ourP95 = percentile(ours, 0.95);
    print(QJsonObject{{QStringLiteral("scenario"), QStringLiteral("directorysearch")},
                      {QStringLiteral("people"), people},
                      {QStringLiteral("searches"), int(ours.size())},
                      {QStringLiteral("peopleFound"), found},
                      {QStringLiteral("searchMedianMs"), round1(ourMedian)},
                      {QStringLiteral("searchP95Ms"), round1(ourP95)},
                      {QStringLiteral("searchMaxMs"), round1(*std::max_element(ours.cbegin(), ours.cend()))},
                      {QStringLiteral("ldapsearchMedianMs"), round1(median(peer))},
                      {QStringLiteral("targetMs"), 300},
                      {QStringLiteral("met"), ourP95 <= 300}});
}

} // namespace tempcards::bench
