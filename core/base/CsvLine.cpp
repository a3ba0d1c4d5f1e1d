// SPDX-License-Identifier: Apache-2.0
#include "CsvLine.h"

namespace tempcards {

QString CsvLine::cell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray CsvLine::of(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &value : cells)
        quoted << cell(value);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace tempcards
