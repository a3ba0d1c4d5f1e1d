// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

namespace tempcards {

// Installs Qt's own and tempcards' translations for `locale` into the running application. English has a
// translation too: it supplies the plural forms of messages such as "%n card(s)". Call after the
// QCoreApplication exists; the translators live as long as it does.
void installTranslations(const QLocale &locale = QLocale());

} // namespace tempcards
