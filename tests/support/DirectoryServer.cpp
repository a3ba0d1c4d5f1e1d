// SPDX-License-Identifier: Apache-2.0
#include "DirectoryServer.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>

namespace tempcards::test {

namespace {
const QString kScript = QStringLiteral(TEMPCARDS_SOURCE_DIR "/scripts/ldap-test-server.sh");
}

DirectoryServer::DirectoryServer(const QByteArray &people)
{
    // Run as root, the script starts slapd as an unprivileged user, who must reach the folder.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ExeGroup);
    QStringList arguments{QStringLiteral("start"), folder()};
    if (!people.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("people.ldif"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(people);
        file.close();
        arguments << path;
    }
    QProcess process;
    process.start(kScript, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    QHash<QString, QString> settings;
    for (const QString &pair : QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char(' '))) {
        const int equals = int(pair.indexOf(QLatin1Char('=')));
        settings.insert(pair.left(equals), pair.mid(equals + 1));
    }
    m_ldap = QUrl(settings.value(QStringLiteral("ldap")));
    m_ldaps = QUrl(settings.value(QStringLiteral("ldaps")));
    m_base = settings.value(QStringLiteral("base"));
    m_bindDn = settings.value(QStringLiteral("binddn"));
    m_password = settings.value(QStringLiteral("password"));
    QFile authority(settings.value(QStringLiteral("cacert")));
    REQUIRE(authority.open(QIODevice::ReadOnly));
    m_authority = authority.readAll();
}

DirectoryServer::~DirectoryServer()
{
    QProcess::execute(kScript, {QStringLiteral("stop"), folder()});
}

DirectoryConfig DirectoryServer::config() const
{
    DirectoryConfig config;
    config.url = m_ldaps;
    config.bindDn = m_bindDn;
    config.password = m_password;
    config.baseDn = m_base;
    config.caCertificates = m_authority;
    config.timeoutMs = 5000;
    return config;
}

void DirectoryServer::modify(const QByteArray &changes)
{
    const QString path = m_dir.filePath(QStringLiteral("changes.ldif"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(changes);
    file.close();
    QProcess process;
    process.start(kScript, {QStringLiteral("modify"), folder(), path});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

QByteArray DirectoryServer::peopleLdif(int count, int first)
{
    static const char *departments[] = {"HR", "IT", "Finance", "Security"};
    QByteArray ldif;
    for (int i = first; i < first + count; ++i) {
        ldif += QStringLiteral("dn: uid=p%1,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: p%1\n"
                               "cn: Person %1\ngivenName: Given%1\nsn: Surname%1\nmail: p%1@example.org\n"
                               "employeeNumber: E%1\ndepartmentNumber: %2\n\n")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(QLatin1String(departments[i % 4]))
                    .toUtf8();
    }
    return ldif;
}

} // namespace tempcards::test
