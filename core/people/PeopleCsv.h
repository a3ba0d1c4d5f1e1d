// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Person.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tempcards {

// Reads an HR export of cardholders: CSV as RFC 4180 describes it (comma separated, fields in double quotes
// when they hold a comma, a quote or a line break, quotes doubled inside), UTF-8 with or without a byte order
// mark, CRLF or LF line ends, a header line naming the columns in any order. Columns: employee id, given name
// and surname (required), e-mail, department, state ("active" or "inactive"; empty, or no such column, is
// active: an HR export lists the people who are there), language (a tag such as "de" or "sv-SE"; it picks
// the expiry reminder's language). Each field is checked by PersonFields. Headers are
// matched without case, spaces, '_' or '-' ("Employee ID", "employee_id"); other columns are ignored and
// named. Every problem is collected with the line it is on, and a file with any problem yields no people at
// all, so an import never applies part of a file. Plain functions; no database.
class PeopleCsv
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::PeopleCsv)

public:
    static constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;
    static constexpr int kMaxPeople = 2'000'000;
    static constexpr int kMaxListedProblems = 100; // the rest are counted

    struct Problem
    {
        int line = 0; // 1-based; 0 for the file as a whole
        QString reason;
        QString toString() const;
    };
    struct Row
    {
        int line = 0;
        Person person;
    };
    struct Parsed
    {
        QList<Row> rows;            // empty when problems is not
        QList<Problem> problems;    // at most kMaxListedProblems
        int moreProblems = 0;       // problems found beyond those listed
        QStringList ignoredColumns; // header names that are not ours, as written
        // Whether the file has these optional columns; without one, an import keeps what is stored.
        bool hasEmail = false;
        bool hasDepartment = false;
        bool hasLanguage = false;
        bool ok() const { return problems.isEmpty(); }
        QString summary() const; // every listed problem, one per line, and how many more
    };

    static Parsed parse(const QByteArray &bytes);
};

} // namespace tempcards
