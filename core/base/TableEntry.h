// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace tempcards {

// The entry for `id` in one of the constant tables that describe each member of an enum (the process
// tables): a C array of structs with an `id` member. Every id is in its table, which the tests check, so a
// missing one is a programming error.
template <typename Entry, std::size_t N, typename Id> const Entry &tableEntry(const Entry (&table)[N], Id id)
{
    for (const Entry &entry : table) {
        if (entry.id == id)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace tempcards
