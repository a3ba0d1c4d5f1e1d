// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

namespace tempcards {

// A parse or validation problem, located for the administrator (1-based line and column).
struct ScriptError
{
    int line = 0;
    int column = 0;
    QString reason;
    QString toString() const;
};

// The Smart ID style options script: one `Name = value` per line, `//` comments, values are strings in
// double quotes (escapes \" \\ \n \t), numbers (1, -2.5, 1e-05), true/false, or lists in [ ] (which may span lines).
// This class only parses; which names exist and what they accept is TempCardOptions' business.
class OptionsScript
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::OptionsScript)

public:
    struct Entry
    {
        QVariant value; // QString, qint64, double, bool or QVariantList
        int line = 0;
        int nameColumn = 0;
        int valueColumn = 0;
        int valueStart = 0; // offsets of the value's text in the script, for in-place edits
        int valueEnd = 0;
    };
    struct Parsed
    {
        QMap<QString, Entry> entries;
        std::optional<ScriptError> error;
    };

    static Parsed parse(const QString &script);
    // The script with `name`'s value replaced by `value` (comments and layout kept), or the line appended
    // when the name is not set. The script must parse.
    static QString withValue(const QString &script, const QString &name, const QVariant &value);
    // How a value is written in a script.
    static QString literal(const QVariant &value);
};

} // namespace tempcards
