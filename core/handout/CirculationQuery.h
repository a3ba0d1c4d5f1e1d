// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>

class QIODevice;
class QSqlDatabase;

namespace tempcards {

// What is out and what is left: the lists an operator opens from the main window, each a quick indexed read
// of one state (and its holders), and the stock on the shelf and on its way.
enum class CirculationView {
    InCirculation,      // assigned: holder, department, since, valid until
    ExpiringSoon,       // assigned, valid until within kExpiringDays
    ExpiredNotReturned, // expired and still held
    Locked,             // locked, with the reason
    NeedingAttention,   // assigned or expired, held by someone who is now inactive
    DueReminders,       // the expiry reminders listed today by the batch sync, still for that holder and validity
};

struct CirculationRow
{
    CardRow card;
    Person holder;     // empty (id 0) for a card nobody holds
    QDate reminderDue; // DueReminders: the day it is due
    int daysLeft = 0;  // DueReminders: days from then to valid until
    // DueReminders, by mail: when the server took it (invalid: not sent), how many sends began, and why the
    // last one failed (empty when it did not, or none began).
    QDateTime reminderSentAt;
    int reminderAttempts = 0;
    QString reminderError;
};

struct Stock
{
    int unassigned = 0; // on the shelf, ready to hand out
    int onTheWay = 0;   // processing, ordered, in production, produced (not yet initialized)
    int total() const { return unassigned + onTheWay; }
    // What Order temporary cards should propose to reach `threshold` again: 1 to 9 (one run's most), or 0
    // when the stock is not below it (or the threshold is 0).
    int shortfall(int threshold) const;
};

class CirculationQuery
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::CirculationQuery)

public:
    static constexpr int kExpiringDays = 7;

    static QList<CirculationView> all();
    static QString title(CirculationView view);      // translated
    static QString objectName(CirculationView view); // "inCirculation"

    // The first `limit` rows of the view as at `now`, in its order (soonest to run out first; locked newest
    // first), and how many there are in all. Throws DatabaseError.
    static QList<CirculationRow> rows(const QSqlDatabase &db, CirculationView view, const QDateTime &now, int limit,
                                      int *total = nullptr);
    // Every row of the view as CSV with a header line; the rows written, or -1 when `out` failed.
    static qint64 writeCsv(const QSqlDatabase &db, CirculationView view, const QDateTime &now, QIODevice *out);
    static Stock stock(const QSqlDatabase &db);
    // Whether an administrator saved a mail server (Settings › Mail): then the batch sync sends the due
    // reminders; otherwise they are only listed here.
    static bool mailServerSet(const QSqlDatabase &db);

private:
    static void forEach(const QSqlDatabase &db, CirculationView view, const QDateTime &now, int limit,
                        const std::function<bool(const CirculationRow &)> &take);
};

} // namespace tempcards
