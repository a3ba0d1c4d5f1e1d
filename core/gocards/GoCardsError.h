// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace tempcards {

// The outcome classes of a Go Cards call, after the contract's error table.
enum class GoCardsError {
    None,
    InvalidRequest,       // 400 invalid_request: permanent, the batch's cards fail
    InvalidClient,        // 401 invalid_client: the credentials are wrong; nothing changes state
    InvalidToken,         // 401 invalid_token: re-authenticate once and repeat
    IdempotencyKeyInUse,  // 409: the same key is still being processed; retry later
    IdempotencyKeyReused, // 422: a client bug; stop and report
    RateLimited,          // 429: retry after Retry-After
    ServerError,          // 5xx: transient
    Network,              // refused, reset, unreachable host: transient
    Timeout,              // transfer timeout or overall deadline: transient
    Redirect,             // 3xx: refused; never followed
    TooLarge,             // response over 1 MiB: refused
    BadResponse,          // not JSON where JSON is due, or a field missing or of the wrong type
    UnexpectedStatus,     // any other status; not retried automatically
    Configuration,        // bad URL, credentials or certificates; nothing was sent
    Tls,                  // the server's certificate was refused, or the TLS handshake failed
    Cancelled,            // cancel() was called
};

namespace GoCardsErrors {
// Worth trying again later with the same key and body (the outcome may be unknown, but no retry can order
// a card twice).
bool isTransient(GoCardsError error);
// A short English name for logs.
const char *name(GoCardsError error);
// Maps an HTTP status and the contract's "error" field to a class.
GoCardsError classify(int httpStatus, const QString &errorCode);
} // namespace GoCardsErrors

} // namespace tempcards
