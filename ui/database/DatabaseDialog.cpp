// SPDX-License-Identifier: Apache-2.0
#include "DatabaseDialog.h"

#include "DatabaseOpenJob.h"
#include "DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tempcards {

namespace {
QLineEdit *field(QWidget *parent, const char *objectName, const QString &accessibleName, const QString &text)
{
    auto *edit = DialogParts::named<QLineEdit>(parent, objectName, accessibleName);
    edit->setText(text);
    return edit;
}
} // namespace

DatabaseDialog::DatabaseDialog(const DatabaseSettings &initial, const Clock *clock, QWidget *parent)
    : QDialog(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("databaseDialog"));
    setWindowTitle(tr("Choose the database"));
    const PostgresParameters &pg = initial.postgres;

    m_sqlite = DialogParts::named<QRadioButton>(this, "sqliteRadioButton", tr("SQLite file on this computer"));
    m_sqlite->setText(tr("&SQLite file on this computer (one workstation)"));
    m_postgres = DialogParts::named<QRadioButton>(this, "postgresRadioButton", tr("PostgreSQL server"));
    m_postgres->setText(tr("&PostgreSQL server (several workstations share one card stock)"));
    (initial.backend == DatabaseSettings::Backend::Postgres ? m_postgres : m_sqlite)->setChecked(true);

    // The radio buttons name the boxes; the boxes only group the fields.
    m_sqliteBox = new QGroupBox(this);
    m_file = field(m_sqliteBox, "sqliteFileLineEdit", tr("Database file"), initial.sqlitePath);
    QPushButton *browse = DialogParts::button(m_sqliteBox, tr("&Browse…"), "browsePushButton");
    connect(browse, &QPushButton::clicked, this, &DatabaseDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *sqliteForm = new QFormLayout(m_sqliteBox);
    auto *fileLabel = new QLabel(tr("&File:"), m_sqliteBox);
    fileLabel->setBuddy(m_file);
    sqliteForm->addRow(fileLabel, fileRow);

    m_postgresBox = new QGroupBox(this);
    m_host = field(m_postgresBox, "hostLineEdit", tr("Host"), pg.host);
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_port = DialogParts::named<QSpinBox>(m_postgresBox, "portSpinBox", tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(pg.port);
    m_dbname = field(m_postgresBox, "databaseNameLineEdit", tr("Database name"), pg.dbname);
    m_user = field(m_postgresBox, "databaseUserLineEdit", tr("Database user"), pg.user);
    m_sslMode = DialogParts::named<QComboBox>(m_postgresBox, "sslModeComboBox", tr("SSL mode"));
    m_sslMode->addItems(PostgresParameters::sslModes());
    m_sslMode->setCurrentText(pg.sslmode);
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name; use it across a network."));
    // Said next to the choice, not only after connecting: what a mode below verify-full leaves open.
    m_sslWarning = new QLabel(m_postgresBox);
    m_sslWarning->setObjectName(QStringLiteral("sslWarningLabel"));
    m_sslWarning->setAccessibleName(tr("SSL mode warning"));
    m_sslWarning->setAccessibleDescription(tr("What the chosen SSL mode leaves open"));
    m_sslWarning->setWordWrap(true);
    m_sslWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label's height is guessed for the narrowest width it could get; about the field's width
    // keeps that guess near the text's real height.
    m_sslWarning->setMinimumWidth(m_sslWarning->fontMetrics().averageCharWidth() * 50);
    const auto showSslWarning = [this] {
        const QString weakness = PostgresParameters::sslWeakness(m_sslMode->currentText());
        m_sslWarning->setText(weakness);
        m_sslWarning->setVisible(!weakness.isEmpty());
    };
    connect(m_sslMode, &QComboBox::currentTextChanged, this, showSslWarning);
    showSslWarning();
    m_service = field(m_postgresBox, "serviceLineEdit", tr("Service"), pg.service);
    m_service->setPlaceholderText(tr("optional: an entry of pg_service.conf"));
    m_extra = field(m_postgresBox, "moreOptionsLineEdit", tr("More libpq options"), pg.extra);
    m_extra->setPlaceholderText(QStringLiteral("sslrootcert=/etc/ssl/certs/db-ca.pem"));
    m_password = field(m_postgresBox, "databasePasswordLineEdit", tr("Database password"), {});
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("Kept in memory for this session only, never saved."));
    auto *pgForm = new QFormLayout(m_postgresBox);
    pgForm->addRow(tr("&Host:"), m_host);
    pgForm->addRow(tr("P&ort:"), m_port);
    pgForm->addRow(tr("&Database:"), m_dbname);
    pgForm->addRow(tr("&User:"), m_user);
    pgForm->addRow(tr("SS&L mode:"), m_sslMode);
    pgForm->addRow(QString(), m_sslWarning);
    pgForm->addRow(tr("Ser&vice:"), m_service);
    pgForm->addRow(tr("&More options:"), m_extra);
    pgForm->addRow(tr("Pass&word:"), m_password);

    m_message = DialogParts::messageLabel(this);
    QDialogButtonBox *buttons =
        DialogParts::buttons(this, tr("Co&nnect"), QStringLiteral("connectPushButton"), tr("Connect"), &m_connect);
    connect(m_connect, &QPushButton::clicked, this, &DatabaseDialog::connectClicked);
    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseDialog::showBackend);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_sqliteBox);
    layout->addWidget(m_postgres);
    layout->addWidget(m_postgresBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    showBackend();
    DialogParts::describe(
        this, {
                  {QStringLiteral("sqliteRadioButton"),
                   tr("Keep the cards in a database file on this computer; only this workstation uses it")},
                  {QStringLiteral("postgresRadioButton"),
                   tr("Keep the cards on a PostgreSQL server that several workstations share")},
                  {QStringLiteral("sqliteFileLineEdit"),
                   tr("The full path of the SQLite database file; a missing file is created")},
                  {QStringLiteral("browsePushButton"), tr("Choose the database file in a file dialog")},
                  {QStringLiteral("hostLineEdit"), tr("The name or address of the PostgreSQL server")},
                  {QStringLiteral("portSpinBox"), tr("The port the PostgreSQL server listens on, usually 5432")},
                  {QStringLiteral("databaseNameLineEdit"), tr("The name of the tempcards database on the server")},
                  {QStringLiteral("databaseUserLineEdit"), tr("The database user tempcards connects as")},
                  {QStringLiteral("sslModeComboBox"), tr("How the connection to the server is secured")},
                  {QStringLiteral("serviceLineEdit"),
                   tr("A service name from the PostgreSQL service file, instead of host, port and user")},
                  {QStringLiteral("moreOptionsLineEdit"),
                   tr("Further libpq connection options, as name=value pairs separated by spaces")},
                  {QStringLiteral("databasePasswordLineEdit"),
                   tr("The database user's password, kept in memory for this session only")},
                  {QStringLiteral("connectPushButton"), tr("Open this database and use it from now on (Enter)")},
              });
}

DatabaseDialog::~DatabaseDialog() = default;

DatabaseSettings DatabaseDialog::chosen() const
{
    DatabaseSettings settings;
    settings.backend =
        m_postgres->isChecked() ? DatabaseSettings::Backend::Postgres : DatabaseSettings::Backend::Sqlite;
    settings.sqlitePath = m_file->text().trimmed();
    settings.postgres.host = m_host->text().trimmed();
    settings.postgres.port = m_port->value();
    settings.postgres.dbname = m_dbname->text().trimmed();
    settings.postgres.user = m_user->text().trimmed();
    settings.postgres.sslmode = m_sslMode->currentText();
    settings.postgres.service = m_service->text().trimmed();
    settings.postgres.extra = m_extra->text().simplified();
    return settings;
}

bool DatabaseDialog::isConnecting() const
{
    return m_job && m_job->isRunning();
}

void DatabaseDialog::say(const QString &message)
{
    DialogParts::say(m_message, message);
}

void DatabaseDialog::connectClicked()
{
    const DatabaseSettings settings = chosen();
    QString problem = settings.check();
    if (problem.isEmpty() && settings.backend == DatabaseSettings::Backend::Postgres)
        problem = DatabaseSettings::checkPassword(m_password->text());
    if (!problem.isEmpty())
        return say(problem);
    DatabaseConfig config = settings.config();
    if (settings.backend == DatabaseSettings::Backend::Postgres)
        config.password = m_password->text();
    m_byPerson = true;
    connectTo(config);
}

void DatabaseDialog::connectTo(const DatabaseConfig &config)
{
    if (isConnecting())
        return;
    delete m_job;
    m_job = new DatabaseOpenJob(config, m_clock, this);
    connect(m_job, &DatabaseOpenJob::finished, this, &DatabaseDialog::opened);
    setBusy(true);
    say(config.isPostgres() ? tr("Connecting to %1…").arg(config.describe())
                            : tr("Opening %1…").arg(config.describe()));
    m_job->start();
}

void DatabaseDialog::opened()
{
    setBusy(false);
    m_database = m_job->takeDatabase();
    if (m_database) {
        m_openedConfig = m_job->config();
        return accept();
    }
    say(m_job->errorString());
    emit problemShown();
}

void DatabaseDialog::reject()
{
    if (isConnecting()) {
        // The job ends at once, Cancelled; its finished() would only follow from the event loop, so the
        // dialog shows it now and lets the connection go.
        disconnect(m_job, &DatabaseOpenJob::finished, this, &DatabaseDialog::opened);
        m_job->cancel();
        return opened();
    }
    QDialog::reject();
}

void DatabaseDialog::setBusy(bool busy)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_sqlite), static_cast<QWidget *>(m_postgres), static_cast<QWidget *>(m_sqliteBox),
          static_cast<QWidget *>(m_postgresBox), static_cast<QWidget *>(m_connect)})
        widget->setEnabled(!busy);
    if (!busy)
        showBackend();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void DatabaseDialog::showBackend()
{
    m_sqliteBox->setEnabled(m_sqlite->isChecked());
    m_postgresBox->setEnabled(m_postgres->isChecked());
}

void DatabaseDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), m_file->text(),
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(file);
}

} // namespace tempcards
