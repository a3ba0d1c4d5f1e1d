// SPDX-License-Identifier: Apache-2.0
// On SQLite the operating-system account is the boundary: what tempcards creates only its account can read,
// whatever the umask, and a database others can read is named with the fix.
#include "PrivateFiles.h"
#include "Database.h"
#include "Sql.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tempcards;

namespace {
// The permission bits of a path, as ls -l shows them in octal.
unsigned modeOf(const QString &path)
{
    struct stat info = {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

// Sets the umask for one test and puts the old one back.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(umask(mask)) {}
    ~Umask() { umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

TEST_CASE("under umask 022 a new SQLite database, its -wal and -shm and new folders are the account's alone",
          "[database][files]")
{
    const Umask umask022(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/tempcards.sqlite"));
    Database::Opened opened = Database::open({path}, test::wallClock());
    REQUIRE(opened.database);
    // A write, so that SQLite has made its write-ahead log and shared-memory index.
    SqlQuery::run(opened.database->connection(), QStringLiteral("SELECT COUNT(*) FROM accounts"));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(modeOf(dir.filePath(QStringLiteral("a"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("a/b"))) == 0700);
    CHECK(opened.database->warning().isEmpty());
    // A folder that was there already is the person's own: left as it was.
    CHECK(modeOf(dir.path()) == 0700); // QTemporaryDir's own
}

TEST_CASE("a SQLite database others can read opens with a warning that names the fix", "[database][files]")
{
    const Umask umask022(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared's.sqlite"));
    Database::open({path}, test::wallClock()).database.reset();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    Database::Opened opened = Database::open({path}, test::wallClock());
    REQUIRE(opened.database); // still usable: the person decides, told how
    const QString warning = opened.database->warning();
    INFO(warning.toStdString());
    CHECK(warning.contains(QStringLiteral("Other users of this computer")));
    CHECK(warning.contains(QStringLiteral("Go Cards client secret")));
    CHECK(warning.contains(
        QStringLiteral("chmod 600 '%1'").arg(QString(path).replace(QLatin1Char('\''), QLatin1String("'\\''")))));
    opened.database.reset();

    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    opened = Database::open({path}, test::wallClock());
    REQUIRE(opened.database);
    CHECK(opened.database->warning().isEmpty());
}

TEST_CASE("the workstation's settings file is written 0600 in a 0700 folder", "[files]")
{
    const Umask umask022(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/tempcards/tempcards.conf"));
    QString problem;
    REQUIRE(PrivateFiles::prepareFile(path, &problem));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/sqlitePath"), QStringLiteral("/srv/tempcards.sqlite"));
        settings.sync();
        REQUIRE(settings.status() == QSettings::NoError);
    }
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(dir.filePath(QStringLiteral("config"))) == 0700);
    CHECK(QSettings(path, QSettings::IniFormat).value(QStringLiteral("database/sqlitePath")).toString() ==
          QStringLiteral("/srv/tempcards.sqlite"));
    // A file that exists is kept as it is, contents and all.
    REQUIRE(PrivateFiles::prepareFile(path, &problem));
    CHECK(QSettings(path, QSettings::IniFormat).value(QStringLiteral("database/sqlitePath")).toString() ==
          QStringLiteral("/srv/tempcards.sqlite"));
}
