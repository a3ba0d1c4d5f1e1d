// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectoryReadJob.h"
#include "PeopleCsv.h"

namespace tempcards {

// The people a directory read found, as the import takes them: each checked as a file's row is (the fields'
// lengths and characters, the e-mail address, a name), a problem named by the entry's DN. Any problem
// leaves no rows, so that a sync, like an import, applies all of it or nothing.
class DirectoryPeople
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::DirectoryPeople)

public:
    static PeopleCsv::Parsed parsed(const QList<DirectoryPerson> &people);
};

} // namespace tempcards
