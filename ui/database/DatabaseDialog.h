// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DatabaseSettings.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace tempcards {

class Clock;
class DatabaseOpenJob;

// Chooses this workstation's database: a SQLite file, or a PostgreSQL server shared by several workstations.
// Connect opens it off the GUI thread (and migrates an empty one); the dialog accepts only once it is open, so
// a wrong host or password is said here, with the fields kept. A password typed here is for this session
// only. Cancel (or Esc) while connecting stops waiting; otherwise it rejects. After accept(), take the
// database with takeDatabase() and what was chosen with chosen().
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // The clock is handed to the opening job; it must live as long as the process.
    DatabaseDialog(const DatabaseSettings &initial, const Clock *clock, QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    // Opens `config` as given (the command line's, say) without waiting for a click; the dialog need not be
    // visible. problemShown() fires when it could not be opened and the dialog now says why.
    void connectTo(const DatabaseConfig &config);
    void say(const QString &message);
    DatabaseSettings chosen() const;
    bool isConnecting() const;
    // Whether the person clicked Connect for what was opened (rather than connectTo() alone).
    bool chosenByPerson() const { return m_byPerson; }
    // What was opened, password included.
    const DatabaseConfig &openedConfig() const { return m_openedConfig; }
    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }

    void reject() override;

signals:
    void problemShown();

private:
    void connectClicked();
    void opened();
    void setBusy(bool busy);
    void showBackend();
    void browse();

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QGroupBox *m_sqliteBox;
    QGroupBox *m_postgresBox;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_dbname;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_sslWarning; // what the chosen SSL mode leaves open; hidden for verify-full
    QLineEdit *m_service;
    QLineEdit *m_extra;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_connect;
    const Clock *m_clock;
    QPointer<DatabaseOpenJob> m_job;
    std::unique_ptr<Database> m_database;
    DatabaseConfig m_openedConfig;
    bool m_byPerson = false;
};

} // namespace tempcards
