// SPDX-License-Identifier: Apache-2.0
#include "Credentials.h"

#include "InputText.h"

#include <QRegularExpression>

namespace tempcards {

QString Credentials::checkUserName(const QString &userName)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9._@-]*$"));
    const QString name = normalizedUserName(userName);
    if (name.isEmpty())
        return tr("Enter a user name.");
    if (name.size() > kMaxUserNameLength)
        return tr("A user name can have at most %1 characters.").arg(kMaxUserNameLength);
    if (!allowed.match(name).hasMatch())
        return tr("A user name may contain only letters a-z, digits and the characters . _ @ - and must start "
                  "with a letter or digit.");
    return {};
}

QString Credentials::checkNewPassword(const QString &password, const QString &repeated)
{
    if (password.size() < kMinPasswordLength)
        return tr("The password must have at least %1 characters.").arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return tr("The password can have at most %1 characters.").arg(kMaxPasswordLength);
    if (InputText::hasControl(password))
        return tr("The password must not contain control characters.");
    // Invisible, and usually copied by accident with text from a document or web page.
    if (InputText::hasBidiControl(password))
        return tr("The password must not contain invisible text-direction marks.");
    if (password != repeated)
        return tr("The two passwords are not the same.");
    return {};
}

} // namespace tempcards
