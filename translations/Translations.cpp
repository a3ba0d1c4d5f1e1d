// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tempcards {

void installTranslations(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    // English is the fallback for a language without a translation, so plurals read right everywhere.
    if (own->load(locale, QStringLiteral("tempcards"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("tempcards_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace tempcards
