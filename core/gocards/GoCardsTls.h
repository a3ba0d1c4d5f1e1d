// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>

#include <optional>

namespace tempcards {

// TLS towards Go Cards: the server is always verified (against the system's CAs plus the configured
// ones), never waved through; a client certificate is presented when configured.
class GoCardsTls
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::GoCardsTls)

public:
    // The configuration for `config`, or nothing with *problem saying which PEM text is unusable.
    static std::optional<QSslConfiguration> configuration(const GoCardsConfig &config, QString *problem);
    // Why the server's certificate was refused, in words naming the problem.
    static QString describe(const QList<QSslError> &errors, const QString &host);
};

} // namespace tempcards
