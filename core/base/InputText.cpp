// SPDX-License-Identifier: Apache-2.0
#include "InputText.h"

#include <algorithm>

namespace tempcards {

namespace {
bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

bool isInvisible(QChar c)
{
    return isControl(c) || c.category() == QChar::Other_Format;
}
} // namespace

bool InputText::hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isControl);
}

bool InputText::hasBidiControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069);
    });
}

bool InputText::hasInvisible(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isInvisible);
}

QString InputText::withoutInvisible(const QString &text)
{
    QString result = text;
    result.removeIf(isInvisible);
    return result;
}

QString InputText::shown(const QString &text, int maxChars)
{
    QString result;
    for (const QChar c : text) {
        if (result.size() >= maxChars) {
            result += QChar(0x2026);
            break;
        }
        if (isInvisible(c))
            result += QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        else
            result += c;
    }
    return result;
}

} // namespace tempcards
