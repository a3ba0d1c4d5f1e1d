// SPDX-License-Identifier: Apache-2.0
#include "Backoff.h"

#include <QRandomGenerator>
#include <QtGlobal>

namespace tempcards {

int Backoff::delayMs(const RetryPolicy &policy, int failures, int retryAfterSeconds, QRandomGenerator &random)
{
    const int shift = qBound(0, failures - 1, 20);
    const qint64 ceiling = qMin<qint64>(policy.maxDelayMs, qint64(policy.baseDelayMs) << shift);
    const qint64 jitter = ceiling > 0 ? qint64(random.bounded(double(ceiling) + 1.0)) : 0;
    const qint64 floor = retryAfterSeconds > 0 ? qint64(retryAfterSeconds) * 1000 : 0;
    return int(qMin<qint64>(qMax(jitter, floor), 24 * 3600 * 1000));
}

} // namespace tempcards
