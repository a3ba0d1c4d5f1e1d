// SPDX-License-Identifier: Apache-2.0
#include "PeopleCsv.h"

#include "InputText.h"
#include "PersonFields.h"

#include <QHash>
#include <QRegularExpression>

namespace tempcards {

namespace {

using Column = PersonFields::Column;
constexpr int ColumnCount = PersonFields::ColumnCount;
constexpr Column EmployeeId = PersonFields::EmployeeId, GivenName = PersonFields::GivenName,
                 Surname = PersonFields::Surname, Email = PersonFields::Email, Department = PersonFields::Department,
                 State = PersonFields::State, Language = PersonFields::Language;

QString columnName(int column)
{
    return PersonFields::name(column);
}

// Header spellings an HR export uses, compared without case, blanks, '_' and '-'.
int columnOf(const QString &header)
{
    static const QHash<QString, int> names{
        {QStringLiteral("employeeid"), EmployeeId},
        {QStringLiteral("employeenumber"), EmployeeId},
        {QStringLiteral("personnelnumber"), EmployeeId},
        {QStringLiteral("givenname"), GivenName},
        {QStringLiteral("firstname"), GivenName},
        {QStringLiteral("surname"), Surname},
        {QStringLiteral("lastname"), Surname},
        {QStringLiteral("familyname"), Surname},
        {QStringLiteral("email"), Email},
        {QStringLiteral("mail"), Email},
        {QStringLiteral("emailaddress"), Email},
        {QStringLiteral("department"), Department},
        {QStringLiteral("state"), State},
        {QStringLiteral("status"), State},
        {QStringLiteral("language"), Language},
        {QStringLiteral("preferredlanguage"), Language},
        {QStringLiteral("lang"), Language},
    };
    QString key;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return names.value(key, -1);
}

// The offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no surrogates), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000;
        } else {
            return i;
        }
        unsigned code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

struct Record
{
    int line = 0;
    QStringList fields;
    QString problem; // a syntax problem in this record
};

// Splits the text into records, RFC 4180 style. A quote left open ends the file with that problem.
class Splitter
{
public:
    explicit Splitter(const QString &text) : m_text(text) {}
    bool atEnd() const { return m_pos >= m_text.size(); }

    Record next()
    {
        Record record;
        record.line = m_line;
        QString field;
        for (;;) {
            if (atEnd() || isLineEnd()) {
                skipLineEnd();
                record.fields << field;
                return record;
            }
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"') && field.isEmpty()) {
                const int startLine = m_line;
                ++m_pos;
                if (!readQuoted(&field)) {
                    record.problem =
                        PeopleCsv::tr("a quoted field that starts on line %1 is never closed").arg(startLine);
                    return record;
                }
                if (!atEnd() && !isLineEnd() && m_text.at(m_pos) != QLatin1Char(',')) {
                    record.problem = PeopleCsv::tr("text follows a closing double quote; a quote inside a quoted field "
                                                   "is written twice (\"\")");
                    skipRecord();
                    return record;
                }
                if (!atEnd() && m_text.at(m_pos) == QLatin1Char(',')) {
                    ++m_pos;
                    record.fields << field;
                    field.clear();
                    if (atEnd() || isLineEnd()) {
                        skipLineEnd();
                        record.fields << QString();
                        return record;
                    }
                }
                continue;
            }
            if (c == QLatin1Char('"')) {
                record.problem = PeopleCsv::tr("a double quote inside a field that does not start with one; put "
                                               "the whole field in quotes and write the quote twice");
                skipRecord();
                return record;
            }
            ++m_pos;
            if (c == QLatin1Char(',')) {
                record.fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
    }

private:
    bool isLineEnd() const { return m_text.at(m_pos) == QLatin1Char('\n') || m_text.at(m_pos) == QLatin1Char('\r'); }
    void skipLineEnd()
    {
        if (atEnd())
            return;
        if (m_text.at(m_pos) == QLatin1Char('\r'))
            ++m_pos;
        if (!atEnd() && m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
    }
    void skipRecord()
    {
        while (!atEnd() && !isLineEnd())
            ++m_pos;
        skipLineEnd();
    }
    bool readQuoted(QString *field)
    {
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"')) {
                if (!atEnd() && m_text.at(m_pos) == QLatin1Char('"')) {
                    ++m_pos;
                    *field += c;
                    continue;
                }
                return true;
            }
            if (c == QLatin1Char('\n') ||
                (c == QLatin1Char('\r') && (atEnd() || m_text.at(m_pos) != QLatin1Char('\n'))))
                ++m_line;
            *field += c;
        }
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

class Collector
{
public:
    explicit Collector(PeopleCsv::Parsed *parsed) : m_parsed(parsed) {}
    void add(int line, const QString &reason)
    {
        if (m_parsed->problems.size() < PeopleCsv::kMaxListedProblems)
            m_parsed->problems.append({line, reason});
        else
            ++m_parsed->moreProblems;
    }
    bool any() const { return !m_parsed->problems.isEmpty(); }

private:
    PeopleCsv::Parsed *m_parsed;
};

} // namespace

QString PeopleCsv::Problem::toString() const
{
    return line > 0 ? tr("Line %1: %2").arg(line).arg(reason) : reason;
}

QString PeopleCsv::Parsed::summary() const
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.toString();
    if (moreProblems > 0)
        lines << tr("… and %n more problem(s).", nullptr, moreProblems);
    return lines.join(QLatin1Char('\n'));
}

PeopleCsv::Parsed PeopleCsv::parse(const QByteArray &input)
{
    Parsed parsed;
    Collector problems(&parsed);
    if (input.size() > kMaxFileBytes) {
        problems.add(0, tr("The file is larger than %1 MiB.").arg(kMaxFileBytes / (1024 * 1024)));
        return parsed;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        problems.add(0, tr("The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again."));
        return parsed;
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        problems.add(int(bytes.left(bad).count('\n')) + 1,
                     tr("the file is not UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8 (CSV UTF-8) and "
                        "import it again")
                         .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                         .arg(bad));
        return parsed;
    }
    const QString text = QString::fromUtf8(bytes);
    Splitter splitter(text);
    if (splitter.atEnd()) {
        problems.add(0, tr("The file is empty; it needs a header line naming the columns."));
        return parsed;
    }
    // The header.
    const Record header = splitter.next();
    if (!header.problem.isEmpty()) {
        problems.add(header.line, header.problem);
        return parsed;
    }
    QList<int> columns;
    QHash<int, int> positions;
    for (int i = 0; i < header.fields.size(); ++i) {
        const int column = columnOf(header.fields.at(i));
        columns << column;
        if (column < 0) {
            if (!header.fields.at(i).trimmed().isEmpty())
                parsed.ignoredColumns << InputText::shown(header.fields.at(i).trimmed(), 40);
        } else if (positions.contains(column)) {
            problems.add(header.line, tr("the header names the %1 column twice").arg(columnName(column)));
        } else {
            positions.insert(column, i);
        }
    }
    for (const int required : {EmployeeId, GivenName, Surname}) {
        if (!positions.contains(required))
            problems.add(header.line, tr("the header has no %1 column (it names: %2)")
                                          .arg(columnName(required),
                                               InputText::shown(header.fields.join(QStringLiteral(", ")), 120)));
    }
    if (problems.any())
        return parsed;
    parsed.hasEmail = positions.contains(Email);
    parsed.hasDepartment = positions.contains(Department);
    parsed.hasLanguage = positions.contains(Language);

    QHash<QString, int> seen; // employee id -> its line
    QList<Row> rows;
    while (!splitter.atEnd()) {
        const Record record = splitter.next();
        if (!record.problem.isEmpty()) {
            problems.add(record.line, record.problem);
            continue;
        }
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue; // a blank line
        if (record.fields.size() != columns.size()) {
            problems.add(
                record.line,
                tr("%n field(s), but the header names %1", nullptr, int(record.fields.size())).arg(columns.size()));
            continue;
        }
        QString values[ColumnCount];
        bool rowOk = true;
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            values[it.key()] = record.fields.at(it.value()).trimmed();
            const QString problem = PersonFields::problem(it.key(), values[it.key()]);
            if (!problem.isEmpty()) {
                problems.add(record.line, problem);
                rowOk = false;
            }
        }
        if (!rowOk)
            continue;
        if (values[EmployeeId].isEmpty()) {
            problems.add(record.line, tr("the employee id is empty"));
            continue;
        }
        if (values[GivenName].isEmpty() && values[Surname].isEmpty()) {
            problems.add(record.line, tr("the person has neither a given name nor a surname"));
            continue;
        }
        const int earlier = seen.value(values[EmployeeId]);
        if (earlier > 0) {
            problems.add(
                record.line,
                tr("the employee id %1 is also on line %2").arg(InputText::shown(values[EmployeeId], 64)).arg(earlier));
            continue;
        }
        seen.insert(values[EmployeeId], record.line);
        if (rows.size() >= kMaxPeople) {
            problems.add(record.line, tr("the file lists more than %1 people").arg(kMaxPeople));
            break;
        }
        Person person;
        person.employeeId = values[EmployeeId];
        person.givenName = values[GivenName];
        person.surname = values[Surname];
        person.email = values[Email];
        person.department = values[Department];
        person.active = values[State].compare(PersonStates::Inactive, Qt::CaseInsensitive) != 0;
        person.language = PersonLanguage::of(values[Language]);
        rows.append({record.line, person});
    }
    if (!problems.any() && rows.isEmpty())
        problems.add(0, tr("The file names no people, only its header."));
    if (!problems.any())
        parsed.rows = std::move(rows);
    return parsed;
}

} // namespace tempcards
