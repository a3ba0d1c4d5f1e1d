// SPDX-License-Identifier: Apache-2.0
#include "OptionsScript.h"

#include "InputText.h"

#include <QLocale>
#include <QScopeGuard>

namespace tempcards {

QString ScriptError::toString() const
{
    return QCoreApplication::translate("tempcards::ScriptError", "Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(reason);
}

namespace {

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    OptionsScript::Parsed run()
    {
        OptionsScript::Parsed parsed;
        while (!atEnd() && !m_error) {
            skipBlanks();
            if (atEnd())
                break;
            if (peek() == QLatin1Char('\n')) {
                advance();
                continue;
            }
            if (atComment()) {
                skipComment();
                continue;
            }
            parseAssignment(&parsed);
        }
        parsed.error = m_error;
        return parsed;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool atComment() const { return m_text.mid(m_pos, 2) == QLatin1String("//"); }
    int column() const { return m_pos - m_lineStart + 1; }

    void advance()
    {
        if (peek() == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }
    void skipBlanks()
    {
        while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t') || peek() == QLatin1Char('\r')))
            advance();
    }
    void skipComment()
    {
        while (!atEnd() && peek() != QLatin1Char('\n'))
            advance();
    }
    // Blanks, newlines and comments, as allowed inside a list.
    void skipSpace()
    {
        for (;;) {
            skipBlanks();
            if (atComment())
                skipComment();
            else if (peek() == QLatin1Char('\n'))
                advance();
            else
                return;
        }
    }
    void fail(int line, int column, const QString &reason)
    {
        if (!m_error)
            m_error = ScriptError{line, column, reason};
    }
    void fail(const QString &reason) { fail(m_line, column(), reason); }

    void parseAssignment(OptionsScript::Parsed *parsed)
    {
        const int nameLine = m_line;
        const int nameColumn = column();
        const int nameStart = m_pos;
        if (!peek().isLetter() && peek() != QLatin1Char('_'))
            return fail(OptionsScript::tr("expected an option name"));
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')))
            advance();
        const QString name = m_text.mid(nameStart, m_pos - nameStart);
        skipBlanks();
        if (peek() != QLatin1Char('='))
            return fail(OptionsScript::tr("expected '=' after the option name"));
        advance();
        skipBlanks();
        OptionsScript::Entry entry;
        entry.line = nameLine;
        entry.nameColumn = nameColumn;
        entry.valueColumn = column();
        entry.valueStart = m_pos;
        entry.value = parseValue();
        entry.valueEnd = m_pos;
        if (m_error)
            return;
        skipBlanks();
        if (atComment())
            skipComment();
        if (!atEnd() && peek() != QLatin1Char('\n'))
            return fail(OptionsScript::tr("unexpected text after the value; start a comment with //"));
        if (parsed->entries.contains(name)) {
            return fail(nameLine, nameColumn,
                        OptionsScript::tr("option '%1' is set twice (first on line %2)")
                            .arg(InputText::shown(name, 64))
                            .arg(parsed->entries.value(name).line));
        }
        parsed->entries.insert(name, entry);
    }

    QVariant parseValue()
    {
        const QChar c = peek();
        if (c == QLatin1Char('"'))
            return parseString();
        if (c == QLatin1Char('['))
            return parseList();
        if (c == QLatin1Char('-') || c.isDigit())
            return parseNumber();
        for (const char *word : {"true", "false"}) {
            const QLatin1String w(word);
            const int end = m_pos + w.size();
            if (m_text.mid(m_pos, w.size()) == w && (end >= m_text.size() || !m_text.at(end).isLetterOrNumber())) {
                for (int i = 0; i < w.size(); ++i)
                    advance();
                return QVariant(w == QLatin1String("true"));
            }
        }
        fail(OptionsScript::tr("expected a value: a string in double quotes, a number, true, false or a list in [ ]"));
        return {};
    }

    QVariant parseString()
    {
        const int line = m_line;
        const int start = column();
        advance(); // opening quote
        QString value;
        while (!atEnd() && peek() != QLatin1Char('"') && peek() != QLatin1Char('\n')) {
            if (peek() == QLatin1Char('\\')) {
                advance();
                const QChar e = peek();
                if (e == QLatin1Char('"') || e == QLatin1Char('\\'))
                    value += e;
                else if (e == QLatin1Char('n'))
                    value += QLatin1Char('\n');
                else if (e == QLatin1Char('t'))
                    value += QLatin1Char('\t');
                else {
                    fail(OptionsScript::tr("unknown escape sequence \\%1 in a string")
                             .arg(InputText::shown(QString(e))));
                    return {};
                }
            } else {
                value += peek();
            }
            advance();
        }
        if (peek() != QLatin1Char('"')) {
            fail(line, start, OptionsScript::tr("the string is not closed before the end of the line"));
            return {};
        }
        advance();
        return value;
    }

    QVariant parseNumber()
    {
        const int start = m_pos;
        const int startColumn = column();
        if (peek() == QLatin1Char('-'))
            advance();
        bool fraction = false;
        while (!atEnd() && (peek().isDigit() || (peek() == QLatin1Char('.') && !fraction))) {
            fraction = fraction || peek() == QLatin1Char('.');
            advance();
        }
        // An exponent, as literal() writes very large and very small numbers (1e-05, 3.3e+87).
        if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
            fraction = true;
            advance();
            if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
                advance();
            while (!atEnd() && peek().isDigit())
                advance();
        }
        const QString text = m_text.mid(start, m_pos - start);
        bool ok = false;
        const QVariant value = fraction ? QVariant(text.toDouble(&ok)) : QVariant(text.toLongLong(&ok));
        if (!ok || (!atEnd() && peek().isLetter())) {
            fail(m_line, startColumn, OptionsScript::tr("'%1' is not a number").arg(InputText::shown(text, 64)));
            return {};
        }
        return value;
    }

    QVariant parseList()
    {
        const int line = m_line;
        const int start = column();
        // Each level is a stack frame: a pasted wall of '[' must be refused, not overflow the stack.
        if (m_depth >= kMaxListDepth) {
            fail(OptionsScript::tr("lists are nested more than %1 deep").arg(kMaxListDepth));
            return {};
        }
        advance(); // [
        ++m_depth;
        const auto leave = qScopeGuard([this] { --m_depth; });
        QVariantList items;
        skipSpace();
        if (peek() == QLatin1Char(']')) {
            advance();
            return items;
        }
        for (;;) {
            skipSpace();
            if (atEnd()) {
                fail(line, start, OptionsScript::tr("the list is not closed with ]"));
                return {};
            }
            items << parseValue();
            if (m_error)
                return {};
            skipSpace();
            if (peek() == QLatin1Char(']')) {
                advance();
                return items;
            }
            if (peek() != QLatin1Char(',')) {
                if (atEnd())
                    fail(line, start, OptionsScript::tr("the list is not closed with ]"));
                else
                    fail(OptionsScript::tr("expected ',' or ']' in the list"));
                return {};
            }
            advance();
        }
    }

    const QString &m_text;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
    int m_depth = 0; // lists open around the current position
    static constexpr int kMaxListDepth = 16;
    std::optional<ScriptError> m_error;
};

} // namespace

OptionsScript::Parsed OptionsScript::parse(const QString &script)
{
    return Parser(script).run();
}

QString OptionsScript::literal(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toString();
    case QMetaType::Double: {
        // Shortest text that reads back as the same double, and always reads back as a double.
        QString text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QStringLiteral(".0");
        return text;
    }
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList())
            items << literal(item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default: {
        QString text = value.toString();
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        text.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    }
}

QString OptionsScript::withValue(const QString &script, const QString &name, const QVariant &value)
{
    const Parsed parsed = parse(script);
    Q_ASSERT(!parsed.error);
    const auto it = parsed.entries.constFind(name);
    if (it != parsed.entries.cend())
        return script.left(it->valueStart) + literal(value) + script.mid(it->valueEnd);
    QString result = script;
    if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    return result + name + QStringLiteral(" = ") + literal(value) + QLatin1Char('\n');
}

} // namespace tempcards
