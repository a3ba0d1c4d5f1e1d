// SPDX-License-Identifier: Apache-2.0
#pragma once

class QRandomGenerator;

namespace tempcards {

struct RetryPolicy
{
    int maxAttempts = 4;    // attempts in one run of a dispatch job, the first included
    int baseDelayMs = 500;  // the ceiling of the first wait; it doubles per attempt
    int maxDelayMs = 8000;  // the cap of the ceiling
    int deadlineMs = 30000; // no new attempt starts after this much time in one run
};

// Exponential backoff with full jitter: a uniform wait in [0, min(cap, base * 2^(failures-1))], but never
// shorter than the server's Retry-After.
class Backoff
{
public:
    static int delayMs(const RetryPolicy &policy, int failures, int retryAfterSeconds, QRandomGenerator &random);
};

} // namespace tempcards
