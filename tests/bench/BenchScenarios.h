// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QSqlDatabase;

namespace tempcards::bench {

struct Size;

// Each prints one JSON object with its figures and throws BenchError when it cannot run. `folder` is a
// temporary folder for the scenario's databases.
void runOrderScenario(const QString &folder, const Size &size);
void runDispatchScenario(const QString &folder, const Size &size);
void runScaleScenario(const QString &folder, const Size &size);
void runStallScenario(const QString &folder, const Size &size);
void runLoginScenario(const QString &folder, const Size &size);
void runCardholdersScenario(const QString &folder, const Size &size);
// The card list sorted by each column over the cardholders scenario's database, which calls it.
void printSortFigures(const QSqlDatabase &db, const Size &size);
// The Assign dialog's directory search against a slapd it starts (scripts/ldap-test-server.sh).
void runDirectorySearchScenario(const QString &folder, const Size &size);
// Skipped (and says so) unless TEMPCARDS_BENCH_POSTGRES names a PostgreSQL server.
void runHandOverScenario(const QString &folder, const Size &size);

} // namespace tempcards::bench
