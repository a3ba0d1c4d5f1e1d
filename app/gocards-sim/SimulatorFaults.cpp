// SPDX-License-Identifier: Apache-2.0
#include "SimulatorFaults.h"

#include <numeric>

namespace tempcards::sim {

namespace {
struct Named
{
    Fault fault;
    const char *name;
};
// The order is the order of drawing, and of --help.
const Named kNames[] = {
    {Fault::ServerError, "server-error"},
    {Fault::Unavailable, "unavailable"},
    {Fault::RateLimited, "rate-limited"},
    {Fault::TokenExpired, "token-expired"},
    {Fault::Redirect, "redirect"},
    {Fault::MalformedJson, "malformed-json"},
    {Fault::OversizeBody, "oversize-body"},
    {Fault::DropAfterCommit, "drop-after-commit"},
    {Fault::Stall, "stall"},
    {Fault::ResetMidBody, "reset-mid-body"},
    {Fault::KeyExpiry, "key-expiry"},
    {Fault::EventsRepeated, "events-repeated"},
    {Fault::EventsReordered, "events-reordered"},
    {Fault::EventsUnknownCard, "events-unknown-card"},
    {Fault::InvalidToken, "invalid-token"},
    {Fault::InvalidRequest, "invalid-request"},
    {Fault::KeyInUse, "key-in-use"},
    {Fault::KeyReused, "key-reused"},
};

bool forEventsOnly(Fault fault)
{
    return fault == Fault::EventsRepeated || fault == Fault::EventsReordered || fault == Fault::EventsUnknownCard;
}
} // namespace

bool commitsFirst(Fault fault)
{
    return fault == Fault::MalformedJson || fault == Fault::OversizeBody || fault == Fault::DropAfterCommit ||
           fault == Fault::Stall || fault == Fault::ResetMidBody || forEventsOnly(fault);
}

QString faultName(Fault fault)
{
    for (const Named &named : kNames) {
        if (named.fault == fault)
            return QLatin1String(named.name);
    }
    return {};
}

std::optional<Fault> faultFromName(const QString &name)
{
    for (const Named &named : kNames) {
        if (name == QLatin1String(named.name))
            return named.fault;
    }
    return std::nullopt;
}

const QList<Fault> &rateFaults()
{
    // Refusals that end an order for good (invalid-request, key-reused) are for queued tests only: at a rate
    // they would fail cards on purpose, which a soak run could not tell from a fault of the client.
    static const QList<Fault> faults = {Fault::ServerError,     Fault::Unavailable,      Fault::RateLimited,
                                        Fault::TokenExpired,    Fault::Redirect,         Fault::MalformedJson,
                                        Fault::OversizeBody,    Fault::DropAfterCommit,  Fault::Stall,
                                        Fault::ResetMidBody,    Fault::KeyExpiry,        Fault::EventsRepeated,
                                        Fault::EventsReordered, Fault::EventsUnknownCard};
    return faults;
}

std::optional<FaultRate> parseFaultRate(const QString &text, QString *problem)
{
    const QString name = text.section(QLatin1Char('='), 0, 0).trimmed();
    const std::optional<Fault> fault = faultFromName(name);
    if (!fault || !rateFaults().contains(*fault)) {
        QStringList names;
        for (Fault f : rateFaults())
            names << faultName(f);
        *problem = QStringLiteral("unknown fault \"%1\"; one of %2").arg(name, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    bool ok = false;
    const double rate = text.section(QLatin1Char('='), 1).toDouble(&ok);
    if (!text.contains(QLatin1Char('=')) || !ok || !(rate >= 0 && rate <= 1)) {
        *problem = QStringLiteral("the rate of %1 must be a number from 0 to 1, as in %1=0.05").arg(name);
        return std::nullopt;
    }
    return FaultRate{*fault, rate};
}

FaultInjector::FaultInjector(QList<FaultRate> rates, quint32 seed) : m_rates(std::move(rates)), m_random(seed) {}

std::optional<Fault> FaultInjector::draw(const QString &path)
{
    const auto strike = [this](Fault fault) {
        m_injected[faultName(fault)] += 1;
        return fault;
    };
    if (m_burstLeft > 0) {
        --m_burstLeft;
        return strike(Fault::ServerError);
    }
    // One draw per request, so each fault strikes its own share of the requests it applies to (while the
    // rates add up to at most 1).
    const bool events = path == QLatin1String("/api/v2/events");
    const double draw = m_random.generateDouble();
    double below = 0;
    for (const FaultRate &rate : std::as_const(m_rates)) {
        if ((forEventsOnly(rate.fault) && !events) ||
            (rate.fault == Fault::KeyExpiry && path != QLatin1String("/api/v2/orders")))
            continue;
        below += rate.rate;
        if (draw >= below)
            continue;
        if (rate.fault == Fault::ServerError)
            m_burstLeft = 2 + int(m_random.bounded(3)); // the burst's other 2 to 4
        return strike(rate.fault);
    }
    return std::nullopt;
}

int FaultInjector::injectedTotal() const
{
    return std::accumulate(m_injected.cbegin(), m_injected.cend(), 0);
}

} // namespace tempcards::sim
