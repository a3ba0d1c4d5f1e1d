// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QTimer>

namespace tempcards {

class DatabaseHealth;

// "Database unreachable, retrying" in the status bar, with the time of the last success, while the database
// server does not answer; hidden otherwise. Shown only once the loss has lasted kShowAfterMs, so a connection
// that heals at once (a restarted server, a DBA's terminated session) does not flicker. Nothing the operator
// has open is touched: dialogs keep their fields, and their next try goes through once the database is back.
class DatabaseStatusLabel : public QLabel
{
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 1000;
    // The health outlives the label.
    explicit DatabaseStatusLabel(DatabaseHealth *health, QWidget *parent = nullptr);

signals:
    // The database answers again after the label was shown: a sentence for the notification bar.
    void recovered(const QString &message);

private:
    void healthChanged();
    void showLoss();

    DatabaseHealth *m_health;
    QTimer m_delay;
};

} // namespace tempcards
