// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QLoggingCategory>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tempcards-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral("test"));
    // Quiet by default: only warnings of our own categories; QT_LOGGING_RULES brings the rest back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tempcards.*.info=false"));
    // Tests read the English texts the user reads, plurals included.
    tempcards::installTranslations(QLocale(QLocale::English));
    return Catch::Session().run(argc, argv);
}
