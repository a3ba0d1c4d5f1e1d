// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace tempcards {

// Installs Qt's own and tempcards' translations for `locale` into the running application. English has a
// translation too: it supplies the plural forms of messages such as "%n card(s)". Call after the
// QCoreApplication exists; the translators live as long as it does.
void installTranslations(const QLocale &locale = QLocale());

// The languages tempcards speaks: a QLocale name ("de") and the language's name in itself ("Deutsch").
struct Language
{
    QString code;
    QString name;
};
QList<Language> availableLanguages();

// The client's language setting, kept with the workstation's other settings under this key: a code from
// availableLanguages(), or empty to follow the system's language.
inline const QString kLanguageSettingKey = QStringLiteral("language");
// The locale to run in: the language chosen, or the system's when none (or one no longer offered) is.
// Makes it the application's default locale, so dates and numbers follow the language too.
QLocale applyLanguageSetting(const QString &chosen);

} // namespace tempcards
