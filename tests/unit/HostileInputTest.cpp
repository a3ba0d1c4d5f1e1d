// SPDX-License-Identifier: Apache-2.0
// The hostile input catalogue below the dialogs: the checks every field, option and path goes through,
// each fed the five hostile texts, each with the clear error it must give or the statement that the text
// is taken as it is. The dialogs' own share is in tests/gui/HostileDialogsTest.cpp.
#include "HostileInput.h"
#include "ClientOptions.h"
#include "Credentials.h"
#include "DatabaseSettings.h"
#include "GoCardsConfig.h"
#include "InitializeTemporaryCard.h"
#include "InputText.h"
#include "Migrator.h"
#include "TempCardOptions.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// What a check must say for each kind: a phrase of the error, or empty when the text is accepted.
using Expected = std::map<Hostile, QString>;

// A message fit to be read: bounded, and no raw control or formatting character in it.
void checkReadable(const QString &message)
{
    CHECK(message.size() < 600);
    CHECK_FALSE(InputText::hasInvisible(message));
}

void checkEach(const std::function<QString(const QString &)> &problemOf, const Expected &expected,
               QChar longChar = QLatin1Char('a'))
{
    REQUIRE(expected.size() == 5);
    for (const HostileText &h : hostileTexts(longChar)) {
        INFO(h.name);
        const QString problem = problemOf(h.text);
        INFO("said: " << problem.left(300).toStdString());
        const QString &says = expected.at(h.kind);
        if (says.isEmpty()) {
            CHECK(problem.isEmpty());
        } else {
            CHECK(problem.contains(says));
            checkReadable(problem);
        }
    }
}

GoCardsConfig validConfig()
{
    GoCardsConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://gocards.example.com"));
    config.clientId = QStringLiteral("client");
    config.clientSecret = QStringLiteral("secret");
    config.organisationId = QStringLiteral("org");
    return config;
}

ClientOptions parse(const QStringList &arguments, ClientOptions::Program program = ClientOptions::Program::Client,
                    const QProcessEnvironment &environment = QProcessEnvironment())
{
    return ClientOptions::parse(QStringList{QStringLiteral("tempcards")} + arguments, environment, program);
}

QString problemOf(const ClientOptions &options)
{
    return options.action == ClientOptions::Action::Fail ? options.text : QString();
}

const QString kInvisible = QStringLiteral("control characters or invisible formatting marks");

} // namespace

TEST_CASE("InputText spells out invisible characters and bounds what it shows", "[hostile]")
{
    const QString rlo = QString(QChar(0x202E)) + QStringLiteral("abc");
    CHECK(InputText::shown(rlo) == QStringLiteral("<U+202E>abc"));
    CHECK(InputText::shown(QString(QChar(0))) == QStringLiteral("<U+0000>"));
    CHECK(InputText::shown(QString(10000, QLatin1Char('a')), 80).size() == 81);
    CHECK(InputText::withoutInvisible(QString(QChar(0x200E)) + QStringLiteral("ORD-1\u200F")) ==
          QStringLiteral("ORD-1"));
    CHECK(InputText::hasBidiControl(rlo));
    CHECK_FALSE(InputText::hasBidiControl(QStringLiteral("zero\u200Cwidth non-joiner")));
    CHECK(InputText::hasInvisible(QStringLiteral("zero\u200Cwidth non-joiner")));
    CHECK_FALSE(InputText::hasControl(QStringLiteral("äöå ÄÖÅ ß")));
}

TEST_CASE("hostile input: a new user name", "[hostile]")
{
    const QString onlyLetters = QStringLiteral("may contain only letters");
    checkEach(Credentials::checkUserName, {{Hostile::Empty, QStringLiteral("Enter a user name.")},
                                           {Hostile::Long, QStringLiteral("at most 64 characters")},
                                           {Hostile::Control, onlyLetters},
                                           {Hostile::Sql, onlyLetters},
                                           {Hostile::RightToLeft, onlyLetters}});
}

TEST_CASE("hostile input: a new password", "[hostile]")
{
    checkEach([](const QString &p) { return Credentials::checkNewPassword(p, p); },
              {{Hostile::Empty, QStringLiteral("at least 12 characters")},
               {Hostile::Long, QStringLiteral("at most 256 characters")},
               {Hostile::Control, QStringLiteral("control characters")},
               {Hostile::Sql, QString()}, // a fine password: stored as a hash, never as SQL
               {Hostile::RightToLeft, QStringLiteral("text-direction marks")}});
}

TEST_CASE("hostile input: a chip UID", "[hostile]")
{
    const QString hexOnly = QStringLiteral("only the hexadecimal digits");
    checkEach(
        [](const QString &text) {
            QString problem;
            InitializeTemporaryCard::normalizeUid(text, &problem);
            return problem;
        },
        {{Hostile::Empty, QStringLiteral("Enter the chip UID.")},
         {Hostile::Long, QStringLiteral("this one has 10000")},
         {Hostile::Control, hexOnly},
         {Hostile::Sql, hexOnly},
         {Hostile::RightToLeft, hexOnly}},
        QLatin1Char('A'));
}

TEST_CASE("hostile input: the Go Cards address", "[hostile]")
{
    checkEach(GoCardsConfig::checkUrlText, {{Hostile::Empty, QStringLiteral("Enter the Go Cards address")},
                                            {Hostile::Long, QStringLiteral("at most 2000 are accepted")},
                                            {Hostile::Control, kInvisible},
                                            {Hostile::Sql, QStringLiteral("not a valid absolute URL")},
                                            {Hostile::RightToLeft, kInvisible}});
    // And the addresses that parse but must not be used.
    const std::map<QString, QString> refused{
        {QStringLiteral("javascript:alert(1)"), QStringLiteral("not a valid absolute URL")},
        {QStringLiteral("ftp://gocards.example.com"), QStringLiteral("must start with https://")},
        {QStringLiteral("http://gocards.example.com"), QStringLiteral("only https is allowed")},
        {QStringLiteral("https://ada:pw@gocards.example.com"), QStringLiteral("user name, password")},
        {QStringLiteral("https://gocards.example.com/?q=1"), QStringLiteral("query or fragment")},
        {QStringLiteral("https://") + QString(1990, QLatin1Char('a')), QStringLiteral("not a valid absolute URL")},
    };
    for (const auto &[url, says] : refused) {
        INFO(url.left(60).toStdString());
        const QString problem = GoCardsConfig::checkUrlText(url);
        CHECK(problem.contains(says));
        checkReadable(problem);
    }
    CHECK(GoCardsConfig::checkUrlText(QStringLiteral("  https://gocards.example.com/base/  ")).isEmpty());
    CHECK(GoCardsConfig::checkUrlText(QStringLiteral("http://127.0.0.1:8787")).isEmpty());
}

TEST_CASE("hostile input: the Go Cards organisation id, client id and secret", "[hostile]")
{
    const auto withOrganisation = [](const QString &v) {
        GoCardsConfig c = validConfig();
        c.organisationId = v;
        return c.check();
    };
    const auto withClient = [](const QString &v) {
        GoCardsConfig c = validConfig();
        c.clientId = v;
        return c.check();
    };
    const auto withSecret = [](const QString &v) {
        GoCardsConfig c = validConfig();
        c.clientSecret = v;
        return c.check();
    };
    // The ids are opaque to us and travel as JSON strings: SQL metacharacters are fine in them.
    checkEach(withOrganisation, {{Hostile::Empty, QStringLiteral("Enter the Go Cards organisation id.")},
                                 {Hostile::Long, QStringLiteral("at most 200 characters")},
                                 {Hostile::Control, kInvisible},
                                 {Hostile::Sql, QString()},
                                 {Hostile::RightToLeft, kInvisible}});
    checkEach(withClient, {{Hostile::Empty, QStringLiteral("Enter the Go Cards client id.")},
                           {Hostile::Long, QStringLiteral("at most 200 characters")},
                           {Hostile::Control, kInvisible},
                           {Hostile::Sql, QString()},
                           {Hostile::RightToLeft, kInvisible}});
    checkEach(withSecret, {{Hostile::Empty, QStringLiteral("Enter the Go Cards client secret.")},
                           {Hostile::Long, QStringLiteral("at most 1000 characters")},
                           {Hostile::Control, QStringLiteral("control characters")},
                           {Hostile::Sql, QString()},
                           {Hostile::RightToLeft, QStringLiteral("text-direction marks")}});
}

TEST_CASE("hostile input: the options script", "[hostile]")
{
    const QString expectedEquals = QStringLiteral("expected '=' after the option name");
    checkEach(
        [](const QString &script) {
            const auto result = TempCardOptions::fromScript(script);
            return result.error ? result.error->toString() : QString();
        },
        {{Hostile::Empty, QString()}, // every option at its default
         {Hostile::Long, expectedEquals},
         {Hostile::Control, expectedEquals},
         {Hostile::Sql, expectedEquals},
         {Hostile::RightToLeft, QStringLiteral("Line 1, column 1: expected an option name")}});
    // Hostile text where the script takes text: in a value, and as an option name.
    for (const HostileText &h : hostileTexts()) {
        INFO(h.name);
        QString escaped = h.text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        const auto result = TempCardOptions::fromScript(QStringLiteral("productionType = \"%1\"\n").arg(escaped));
        REQUIRE(result.error);
        INFO(result.error->toString().toStdString());
        CHECK((result.error->toString().contains(QStringLiteral("option 'productionType' must be")) ||
               result.error->toString().contains(QStringLiteral("not closed"))));
        checkReadable(result.error->toString());
    }
    const auto unknown = TempCardOptions::fromScript(QString(5000, QLatin1Char('x')) + QStringLiteral(" = 1\n"));
    REQUIRE(unknown.error);
    CHECK(unknown.error->toString().contains(QStringLiteral("unknown option 'xxxx")));
    checkReadable(unknown.error->toString());
}

TEST_CASE("hostile input: the Database dialog's fields", "[hostile]")
{
    const auto sqlite = [](const QString &path) {
        DatabaseSettings s;
        s.sqlitePath = path;
        return s.check();
    };
    checkEach(sqlite, {{Hostile::Empty, QStringLiteral("Choose the database file.")},
                       {Hostile::Long, QStringLiteral("full path")},
                       {Hostile::Control, kInvisible},
                       {Hostile::Sql, QStringLiteral("full path")},
                       {Hostile::RightToLeft, kInvisible}});
    CHECK(sqlite(QStringLiteral("/srv/x'); DROP TABLE cards; --.sqlite")).isEmpty());

    using Field = QString PostgresParameters::*;
    const std::map<const char *, Field> fields{{"Host", &PostgresParameters::host},
                                               {"Database", &PostgresParameters::dbname},
                                               {"User", &PostgresParameters::user},
                                               {"Service", &PostgresParameters::service},
                                               {"More options", &PostgresParameters::extra}};
    for (const auto &[name, field] : fields) {
        INFO(name);
        const QString label = QLatin1String(name);
        const auto check = [field = field](const QString &value) {
            PostgresParameters p;
            p.host = QStringLiteral("db.example");
            p.*field = value;
            return p.check();
        };
        checkEach(check, {{Hostile::Empty,
                           label == QLatin1String("Host") ? QStringLiteral("host name, or a service") : QString()},
                          {Hostile::Long, label + QStringLiteral(" is longer than 1,000 characters")},
                          {Hostile::Control, label + QStringLiteral(" contains control characters")},
                          {Hostile::Sql, label + QStringLiteral(" contains \";\"")},
                          {Hostile::RightToLeft, label + QStringLiteral(" contains control characters")}});
    }
}

TEST_CASE("hostile input: database paths on the command line", "[hostile][database]")
{
    QTemporaryDir dir;
    // Relative names would land in the test's working folder: each text is a file name in `dir`.
    const auto openAt = [&](const QString &text) {
        const ClientOptions options = parse({QStringLiteral("--database"), text.isEmpty() ? text : dir.filePath(text)});
        if (options.action == ClientOptions::Action::Fail)
            return options.text;
        auto opened = Database::open(
            options.databaseConfig(QSettings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat)),
            wallClock());
        return opened.database ? QString() : opened.message;
    };
    checkEach(openAt, {{Hostile::Empty, QStringLiteral("The database file name must not be empty.")},
                       {Hostile::Long, QStringLiteral("The database file name is too long (")},
                       {Hostile::Control, kInvisible},
                       {Hostile::Sql, QString()},
                       {Hostile::RightToLeft, kInvisible}});
    // The file with SQL metacharacters in its name is a database under exactly that name, and the refused
    // names left nothing behind.
    const QString sqlName = hostileTexts().at(int(Hostile::Sql)).text;
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    files.removeAll(QStringLiteral("s.conf"));
    CHECK(files.filter(QStringLiteral("DROP TABLE")).size() == files.size());
    CHECK(files.contains(sqlName));
    auto again = Database::open({dir.filePath(sqlName)}, wallClock());
    REQUIRE(again.database);
    CHECK(Migrator::currentVersion(again.database->connection()) == Migrator::latestVersion());
}

TEST_CASE("hostile input: the client's and the batch sync's command-line options", "[hostile][options]")
{
    const auto option = [](const char *name, ClientOptions::Program program = ClientOptions::Program::Client) {
        return [name, program](const QString &value) {
            return problemOf(parse({QLatin1String(name), value}, program));
        };
    };
    checkEach(option("--postgres"), {{Hostile::Empty, QStringLiteral("--postgres needs the connection options")},
                                     {Hostile::Long, QStringLiteral("longer than 1,000 characters")},
                                     {Hostile::Control, QStringLiteral("contains control characters")},
                                     {Hostile::Sql, QStringLiteral("contains \";\"")},
                                     {Hostile::RightToLeft, QStringLiteral("contains control characters")}});
    checkEach(option("--gocards-url"), {{Hostile::Empty, QStringLiteral("Enter the Go Cards address")},
                                        {Hostile::Long, QStringLiteral("at most 2000 are accepted")},
                                        {Hostile::Control, kInvisible},
                                        {Hostile::Sql, QStringLiteral("not a valid absolute URL")},
                                        {Hostile::RightToLeft, kInvisible}});
    checkEach(option("--gocards-client-id"), {{Hostile::Empty, QStringLiteral("Enter the Go Cards client id.")},
                                              {Hostile::Long, QStringLiteral("at most 200 characters")},
                                              {Hostile::Control, kInvisible},
                                              {Hostile::Sql, QString()},
                                              {Hostile::RightToLeft, kInvisible}});
    checkEach(option("--gocards-organisation-id"),
              {{Hostile::Empty, QStringLiteral("Enter the Go Cards organisation id.")},
               {Hostile::Long, QStringLiteral("at most 200 characters")},
               {Hostile::Control, kInvisible},
               {Hostile::Sql, QString()},
               {Hostile::RightToLeft, kInvisible}});
    checkEach(
        [](const QString &secret) {
            QProcessEnvironment environment;
            environment.insert(ClientOptions::SecretVariable, secret);
            return problemOf(parse({}, ClientOptions::Program::Client, environment));
        },
        {{Hostile::Empty, QStringLiteral("Enter the Go Cards client secret.")},
         {Hostile::Long, QStringLiteral("at most 1000 characters")},
         {Hostile::Control, QStringLiteral("control characters")},
         {Hostile::Sql, QString()},
         {Hostile::RightToLeft, QStringLiteral("text-direction marks")}});
    const QString interval = QStringLiteral("--interval must be a whole number of seconds from 1 to 86400.");
    checkEach(option("--interval", ClientOptions::Program::Sync),
              {{Hostile::Empty, interval},
               {Hostile::Long, interval},
               {Hostile::Control, interval},
               {Hostile::Sql, interval},
               {Hostile::RightToLeft, interval}},
              QLatin1Char('9'));
    const QString lease = QStringLiteral("--lease must be a whole number of seconds from 10 to 3600.");
    checkEach(option("--lease", ClientOptions::Program::Sync),
              {{Hostile::Empty, lease},
               {Hostile::Long, lease},
               {Hostile::Control, lease},
               {Hostile::Sql, lease},
               {Hostile::RightToLeft, lease}},
              QLatin1Char('9'));
    // As an argument of its own, and as the name of an option.
    checkEach([](const QString &text) { return problemOf(parse({text})); },
              {{Hostile::Empty, QStringLiteral("Unexpected argument: \"\"")},
               {Hostile::Long, QStringLiteral("Unexpected argument: \"aaaa")},
               {Hostile::Control, QStringLiteral("Unexpected argument: \"ab<U+0000><U+0007>")},
               {Hostile::Sql, QStringLiteral("Unexpected argument: \"x'); DROP")},
               {Hostile::RightToLeft, QStringLiteral("Unexpected argument: \"<U+202E>harmless.txt.exe<U+200F>\"")}});
    checkEach([](const QString &text) { return problemOf(parse({QStringLiteral("--x") + text})); },
              {{Hostile::Empty, QStringLiteral("Unknown option 'x'")},
               {Hostile::Long, QStringLiteral("Unknown option 'xaaaa")},
               {Hostile::Control, QStringLiteral("Unknown option 'xab<U+0000>")},
               {Hostile::Sql, QStringLiteral("Unknown option 'xx'); DROP")},
               {Hostile::RightToLeft, QStringLiteral("Unknown option 'x<U+202E>")}});
}
