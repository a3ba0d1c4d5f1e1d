// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tempcards {

// Rules for new user names and passwords, checked in core whatever the dialog did.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::Credentials)

public:
    static constexpr int kMinPasswordLength = 12;
    static constexpr int kMaxPasswordLength = 256;
    static constexpr int kMaxUserNameLength = 64;

    // User names are compared without case and surrounding blanks; this is the stored form.
    static QString normalizedUserName(const QString &userName) { return userName.trimmed().toLower(); }
    // Empty when acceptable, else a sentence naming the rule.
    static QString checkUserName(const QString &userName);
    static QString checkNewPassword(const QString &password, const QString &repeated);
};

} // namespace tempcards
