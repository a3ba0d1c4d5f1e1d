// SPDX-License-Identifier: Apache-2.0
#include "LayoutMemory.h"

#include <QSettings>

namespace tempcards {

namespace {
const QString kLastUserName = QStringLiteral("login/lastUserName");
}

LayoutMemory::LayoutMemory(QSettings *settings, const QString &userName) : m_settings(settings)
{
    // User names are a-z, digits and . _ @ - (Credentials): nothing QSettings reads as a separator. Anything
    // else is dropped rather than nest or escape a group.
    QString group;
    for (const QChar c : userName.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('@') ||
            c == QLatin1Char('-'))
            group += c;
    }
    m_group = QStringLiteral("layout/%1/").arg(group.isEmpty() ? QStringLiteral("_") : group);
}

QString LayoutMemory::keyOf(const QString &key) const
{
    return m_group + key;
}

QVariant LayoutMemory::value(const QString &key) const
{
    return m_settings ? m_settings->value(keyOf(key)) : QVariant();
}

void LayoutMemory::setValue(const QString &key, const QVariant &value)
{
    if (m_settings)
        m_settings->setValue(keyOf(key), value);
}

QString LayoutMemory::lastUserName(const QSettings *settings)
{
    return settings ? settings->value(kLastUserName).toString() : QString();
}

void LayoutMemory::setLastUserName(QSettings *settings, const QString &userName)
{
    if (settings)
        settings->setValue(kLastUserName, userName);
}

} // namespace tempcards
