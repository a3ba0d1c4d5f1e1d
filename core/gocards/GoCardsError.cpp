// SPDX-License-Identifier: Apache-2.0
#include "GoCardsError.h"

namespace tempcards {

bool GoCardsErrors::isTransient(GoCardsError error)
{
    switch (error) {
    case GoCardsError::IdempotencyKeyInUse:
    case GoCardsError::RateLimited:
    case GoCardsError::ServerError:
    case GoCardsError::Network:
    case GoCardsError::Timeout:
    case GoCardsError::TooLarge:
    case GoCardsError::BadResponse:
        return true;
    default:
        return false;
    }
}

const char *GoCardsErrors::name(GoCardsError error)
{
    switch (error) {
    case GoCardsError::None:
        return "none";
    case GoCardsError::InvalidRequest:
        return "invalid_request";
    case GoCardsError::InvalidClient:
        return "invalid_client";
    case GoCardsError::InvalidToken:
        return "invalid_token";
    case GoCardsError::IdempotencyKeyInUse:
        return "idempotency_key_in_use";
    case GoCardsError::IdempotencyKeyReused:
        return "idempotency_key_reused";
    case GoCardsError::RateLimited:
        return "rate_limited";
    case GoCardsError::ServerError:
        return "server_error";
    case GoCardsError::Network:
        return "network";
    case GoCardsError::Timeout:
        return "timeout";
    case GoCardsError::Redirect:
        return "redirect";
    case GoCardsError::TooLarge:
        return "too_large";
    case GoCardsError::BadResponse:
        return "bad_response";
    case GoCardsError::UnexpectedStatus:
        return "unexpected_status";
    case GoCardsError::Tls:
        return "tls";
    case GoCardsError::Configuration:
        return "configuration";
    case GoCardsError::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

GoCardsError GoCardsErrors::classify(int status, const QString &code)
{
    if (status >= 200 && status < 300)
        return GoCardsError::None;
    if (status >= 300 && status < 400)
        return GoCardsError::Redirect;
    if (status >= 500)
        return GoCardsError::ServerError;
    if (status == 429)
        return GoCardsError::RateLimited;
    if (status == 400 && code == QLatin1String("invalid_request"))
        return GoCardsError::InvalidRequest;
    if (status == 401)
        return code == QLatin1String("invalid_token") ? GoCardsError::InvalidToken : GoCardsError::InvalidClient;
    if (status == 409 && code == QLatin1String("idempotency_key_in_use"))
        return GoCardsError::IdempotencyKeyInUse;
    if (status == 422 && code == QLatin1String("idempotency_key_reused"))
        return GoCardsError::IdempotencyKeyReused;
    return GoCardsError::UnexpectedStatus;
}

} // namespace tempcards
