// SPDX-License-Identifier: Apache-2.0
#include "Clock.h"

#include <QTimeZone>

namespace tempcards {

QString toStorageTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromStorageTime(const QString &text)
{
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    result.setTimeZone(QTimeZone::utc());
    return result;
}

} // namespace tempcards
