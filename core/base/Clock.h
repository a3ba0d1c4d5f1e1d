// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace tempcards {

// The wall clock is passed in wherever a timestamp is taken, so tests can use a fake one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// Timestamps are stored as ISO 8601 UTC text with milliseconds, so they sort as text on every backend.
QString toStorageTime(const QDateTime &utc);
QDateTime fromStorageTime(const QString &text);

} // namespace tempcards
