// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

#include <functional>
#include <optional>

#include <ostream>

class QSqlDatabase;

// For INFO() and CAPTURE() with Qt strings.
inline std::ostream &operator<<(std::ostream &stream, const QString &value)
{
    return stream << value.toStdString();
}

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace tempcards::test {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000);

// The system clock, for the whole test process (threads that open databases may outlive a test's scope).
const Clock &wallClock();

// Runs the event loop until the future is ready (futures continue on the event loop) and returns its result.
template <typename T> T await(QFuture<T> future, int timeoutMs = 20000)
{
    waitFor([&] { return future.isFinished(); }, timeoutMs);
    if (!future.isFinished() || future.isCanceled())
        throw std::runtime_error("future did not finish");
    return future.result();
}

class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime &start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)) : m_now(start) {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// The first value of a one-row, one-column query on a connection of its own.
QVariant queryValue(const QString &databasePath, const QString &sql);

// Statements that drop the audit trail's append-only triggers, in the database's dialect (for tests that
// tamper with the trail as someone with direct access to the database would).
QStringList dropAuditTriggers(const QSqlDatabase &db);
// Makes the database refuse any INSERT into `table` once it holds `rows` rows, as a full disk would.
void failInsertsAfter(const QSqlDatabase &db, const QString &table, int rows);

} // namespace tempcards::test
