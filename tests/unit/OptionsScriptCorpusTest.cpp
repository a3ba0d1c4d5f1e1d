// SPDX-License-Identifier: Apache-2.0
// The fuzz target's properties over its committed corpus, with the ordinary compiler in every test run:
// an input the fuzzer once found (saved into the corpus) stays fixed.
#include "OptionsScriptProperties.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace tempcards;

TEST_CASE("the options script fuzz corpus keeps every parser property", "[options][fuzz]")
{
    const QDir corpus(QStringLiteral(TEMPCARDS_FUZZ_CORPUS_DIR));
    const QStringList files = corpus.entryList(QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(name.toStdString());
        CHECK(fuzz::checkOptionsScript(QString::fromUtf8(file.readAll())).empty());
    }
    // Edges no corpus file holds: nothing, a lone quote, a deep list, a NUL and a very long line.
    for (const QString &script :
         {QString(), QStringLiteral("\""), QStringLiteral("a = ") + QString(300000, QLatin1Char('[')),
          QStringLiteral("batchSize = 1\u0000"), QStringLiteral("x = ") + QString(100000, QLatin1Char('9'))}) {
        INFO(script.left(40).toStdString());
        CHECK(fuzz::checkOptionsScript(script).empty());
    }
    // Found by the fuzz target's corpus test: 300,000 '[' overflowed the stack. Now refused, located.
    const auto deep = OptionsScript::parse(QStringLiteral("a = ") + QString(300000, QLatin1Char('[')));
    REQUIRE(deep.error);
    CHECK(deep.error->reason.contains(QStringLiteral("nested more than 16 deep")));
    CHECK(deep.error->line == 1);
    CHECK(deep.error->column == 5 + 16);
}
