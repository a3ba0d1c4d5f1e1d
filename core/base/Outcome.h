// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace tempcards {

// The result of an operation that either happened or did not, with a sentence for the user either way.
struct Outcome
{
    bool ok = false;
    QString message;

    static Outcome success(const QString &message = {}) { return {true, message}; }
    static Outcome failure(const QString &message) { return {false, message}; }
};

} // namespace tempcards
