// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tempcards {

// How the exports write CSV (RFC 4180, UTF-8, CRLF): a cell in quotes when it holds a comma, a quote or a line
// break, and a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) led by an apostrophe,
// so that an exported name such as "=HYPERLINK(...)" stays text.
namespace CsvLine {
QString cell(const QString &value);
QByteArray of(const QStringList &cells); // the cells joined, with the line's CRLF
} // namespace CsvLine

} // namespace tempcards
