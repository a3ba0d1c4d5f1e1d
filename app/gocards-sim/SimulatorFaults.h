// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace tempcards::sim {

// What the simulator can do wrong on a request: queued by a test for the next requests to one path, or drawn
// at a rate for every request (FaultInjector, gocards-sim --fault).
enum class Fault {
    ServerError,       // 500; drawn at a rate it comes as a burst of 3 to 5
    Unavailable,       // 503 with Retry-After
    RateLimited,       // 429 with Retry-After
    InvalidToken,      // 401 invalid_token
    TokenExpired,      // every token expires now: this request and the next ones with it get 401
    InvalidRequest,    // 400 invalid_request; nothing is committed
    KeyInUse,          // 409 idempotency_key_in_use
    KeyReused,         // 422 idempotency_key_reused
    Redirect,          // 307 to another host; nothing is committed
    MalformedJson,     // the request is carried out, the answer is not JSON
    OversizeBody,      // the request is carried out, the answer is 2 MiB
    DropAfterCommit,   // the request is carried out, the connection is closed without an answer
    Stall,             // the request is carried out, no answer is ever written
    ResetMidBody,      // the request is carried out, the connection is reset halfway through the answer
    KeyExpiry,         // an order's idempotency key is forgotten first, as after Go Cards' 24 hours: a resend
                       // of an order Go Cards holds is refused as already ordered (orders only)
    EventsRepeated,    // an events page delivers each of its events twice
    EventsReordered,   // an events page delivers its events last first
    EventsUnknownCard, // an events page starts with an event for a card Go Cards never made
};

// The request is carried out before the fault strikes (so the client must not take it as not done).
bool commitsFirst(Fault fault);
// The name gocards-sim --fault takes ("server-error", "drop-after-commit", ...).
QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);
// The faults --fault can select.
const QList<Fault> &rateFaults();

struct FaultRate
{
    Fault fault;
    double rate; // share of the requests it can strike, 0 to 1
};
// "name=rate", as --fault takes it; nothing and a reason when it is not one.
std::optional<FaultRate> parseFaultRate(const QString &text, QString *problem);

// Draws faults at their rates for each request, repeatably for a seed: each strikes that share of the requests
// it applies to, as long as the rates add up to at most 1. Events faults strike only the events feed,
// key-expiry only orders; the others any request. Counts what it injected.
class FaultInjector
{
public:
    FaultInjector(QList<FaultRate> rates, quint32 seed);
    bool isEmpty() const { return m_rates.isEmpty(); }
    std::optional<Fault> draw(const QString &path);
    const QMap<QString, int> &injected() const { return m_injected; } // by faultName()
    int injectedTotal() const;

private:
    QList<FaultRate> m_rates;
    QRandomGenerator m_random;
    int m_burstLeft = 0;
    QMap<QString, int> m_injected;
};

} // namespace tempcards::sim
