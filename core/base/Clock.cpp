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
    // The form toStorageTime() writes, read digit by digit: QDateTime::fromString() took most of the time of
    // reading a page of cards.
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = text.at(i).unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' &&
        text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    result.setTimeZone(QTimeZone::utc());
    return result;
}

} // namespace tempcards
