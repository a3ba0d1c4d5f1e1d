// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace tempcards {

// A secret systemd hands a service (LoadCredential=<name>:<file>): a file in $CREDENTIALS_DIRECTORY that
// only the service's own user can read, for the service's lifetime, never in its environment or on its
// command line (which other users and child processes see).
class ServiceCredential
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::ServiceCredential)

public:
    static inline const QString kDirectoryVariable = QStringLiteral("CREDENTIALS_DIRECTORY");
    static constexpr qint64 kMaximumBytes = 4096;

    // The credential's text without its trailing line ends; nullopt when the service was given no such
    // credential (no directory, or no file of that name in it). A file that is there but cannot be read, is
    // larger than kMaximumBytes or is empty sets `problem`, which names the file but never its content.
    static std::optional<QString> read(const QProcessEnvironment &environment, const QString &name, QString *problem);
};

} // namespace tempcards
