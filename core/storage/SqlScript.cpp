// SPDX-License-Identifier: Apache-2.0
#include "SqlScript.h"

#include <QRegularExpression>

namespace tempcards {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Comments before the statement do not count: a trigger may be documented above its CREATE.
QString withoutComments(const QString &statement)
{
    static const QRegularExpression comments(QStringLiteral("--[^\\n]*|/\\*.*?\\*/"),
                                             QRegularExpression::DotMatchesEverythingOption);
    return QString(statement).remove(comments);
}

bool startsTrigger(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(withoutComments(statement)).hasMatch();
}

// Removes comments so that a fragment holding only comments can be recognised as empty.
bool hasCode(const QString &statement)
{
    return !withoutComments(statement).trimmed().isEmpty();
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0; // BEGIN/CASE ... END nesting inside a trigger body
    const int n = script.size();
    auto flush = [&] {
        if (hasCode(current))
            statements << current.trimmed();
        current.clear();
        depth = 0;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = script.indexOf(c, i + 1);
            const int stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const int end = script.indexOf(QLatin1Char('\n'), i);
            const int stop = end < 0 ? n : end;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = script.indexOf(QLatin1String("*/"), i + 2);
            const int stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral("\\$[A-Za-z_]*\\$"));
            const auto match =
                tag.match(script, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch()) {
                current += c;
                continue;
            }
            const int end = script.indexOf(match.captured(), i + match.capturedLength());
            const int stop = end < 0 ? n : end + match.capturedLength();
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            int end = i;
            while (end < n && isWordChar(script.at(end)))
                ++end;
            const QString word = script.mid(i, end - i);
            if (startsTrigger(current + word + QLatin1Char(' '))) {
                if (word.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 ||
                    word.compare(QLatin1String("CASE"), Qt::CaseInsensitive) == 0)
                    ++depth;
                else if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0 && depth > 0)
                    --depth;
            }
            current += word;
            i = end - 1;
        } else if (c == QLatin1Char(';') && depth == 0) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return statements;
}

} // namespace tempcards
