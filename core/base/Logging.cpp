// SPDX-License-Identifier: Apache-2.0
#include "Logging.h"

Q_LOGGING_CATEGORY(lcDatabase, "tempcards.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "tempcards.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProcess, "tempcards.process", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGoCards, "tempcards.gocards", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOptions, "tempcards.options", QtInfoMsg)
