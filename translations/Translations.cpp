// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

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

QList<Language> availableLanguages()
{
    // Each name in its own language, so a user finds theirs whatever the client speaks now.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("sv"), QStringLiteral("Svenska")}};
}

QLocale applyLanguageSetting(const QString &chosen)
{
    const QList<Language> languages = availableLanguages();
    const bool offered = std::any_of(languages.cbegin(), languages.cend(),
                                     [&](const Language &language) { return language.code == chosen; });
    if (!offered)
        return QLocale::system();
    // The chosen language with the system's country where the two go together (de with de_AT), so a
    // German-speaking Austrian keeps Austrian dates.
    const QLocale system = QLocale::system();
    QLocale locale(chosen);
    const QLocale here(locale.language(), system.territory());
    if (here.language() == locale.language() && here.territory() == system.territory())
        locale = here;
    QLocale::setDefault(locale);
    return locale;
}

} // namespace tempcards
