// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace tempcards::test {

// The hostile input catalogue's five kinds of text, put into every field, option and path. Each test
// states, per kind, the clear error it expects or that the text is taken as it is.
enum class Hostile { Empty, Long, Control, Sql, RightToLeft };

struct HostileText
{
    Hostile kind;
    const char *name;
    QString text;
};

// `longChar` fills the 10,000-character text, so a field can get a long text of the right alphabet
// (hexadecimal digits for a chip UID) and be refused for its length alone.
inline QList<HostileText> hostileTexts(QChar longChar = QLatin1Char('a'))
{
    QString control = QStringLiteral("ab");
    control += QChar(0x00);
    control += QChar(0x07);
    control += QChar(0x1B);
    control += QStringLiteral("[31mcd");
    control += QChar(0x7F);
    QString rtl;
    rtl += QChar(0x202E); // RIGHT-TO-LEFT OVERRIDE
    rtl += QStringLiteral("harmless.txt.exe");
    rtl += QChar(0x200F); // RIGHT-TO-LEFT MARK
    return {
        {Hostile::Empty, "empty", QString()},
        {Hostile::Long, "10,000 characters", QString(10000, longChar)},
        {Hostile::Control, "control characters", control},
        {Hostile::Sql, "SQL metacharacters", QStringLiteral("x'); DROP TABLE cards; -- %_\\\"")},
        {Hostile::RightToLeft, "right-to-left marks", rtl},
    };
}

} // namespace tempcards::test
