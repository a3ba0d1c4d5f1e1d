// SPDX-License-Identifier: Apache-2.0
#include "Person.h"

#include <QRegularExpression>
#include <QStringList>

namespace tempcards {

QString Person::displayName() const
{
    QStringList names;
    if (!givenName.isEmpty())
        names << givenName;
    if (!surname.isEmpty())
        names << surname;
    return QStringLiteral("%1 (%2)").arg(names.join(QLatin1Char(' ')), employeeId);
}

QString PersonLanguage::of(const QString &text, bool *ok)
{
    // BCP 47's shape, loosely: a 2 or 3 letter primary subtag, then subtags of 1 to 8 letters or digits.
    static const QRegularExpression tag(QStringLiteral("^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$"));
    if (ok)
        *ok = true;
    const QString first = text.section(QLatin1Char(','), 0, 0).section(QLatin1Char(';'), 0, 0).trimmed();
    if (first.isEmpty() && text.trimmed().isEmpty())
        return {};
    const QRegularExpressionMatch match = tag.match(first);
    if (!match.hasMatch()) {
        if (ok)
            *ok = false;
        return {};
    }
    return match.captured(1).toLower();
}

} // namespace tempcards
