// SPDX-License-Identifier: Apache-2.0
#include "GoCardsSimulator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <QJsonArray>
#include <QSet>

#include <memory>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace tempcards::sim {

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

GoCardsSimulator::GoCardsSimulator(const SimulatorConfig &config, QObject *parent)
    : QAbstractHttpServer(parent), m_ledger(config), m_injector(config.faultRates, config.faultSeed),
      m_delayMs(config.responseDelayMs)
{
    if (config.productionStepMs > 0) {
        m_productionTimer.setInterval(qBound(50, config.productionStepMs / 4, 1000));
        connect(&m_productionTimer, &QTimer::timeout, this, [this] {
            const SimulatorConfig &c = m_ledger.config();
            m_ledger.production().advance(QDateTime::currentDateTimeUtc(), c.productionStepMs, c.failureRate);
        });
        m_productionTimer.start();
    }
}

quint16 GoCardsSimulator::listenOn(const QHostAddress &address, quint16 port)
{
    m_port = listen(address, port);
    return m_port;
}

void GoCardsSimulator::queueFaults(const QString &path, const QList<Fault> &faults, int retryAfterSeconds)
{
    m_faults[path] += faults;
    m_retryAfterSeconds = retryAfterSeconds;
}

bool GoCardsSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // An answer leaves in several writes; with Nagle's algorithm the last of them waits for the client's
    // delayed ACK (40 ms on Linux), which made every order take ~90 ms on loopback.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Qt's HTTP client sends a request's headers and body in two writes and holds the body (Nagle) until
    // the headers are acknowledged; Linux delays that ACK by 40 ms once a connection looks interactive.
    // Acknowledging whatever arrives at once (TCP_QUICKACK is not sticky: set again on every read) keeps a
    // 500-card order from waiting 40 ms for nothing.
    if (!socket->property("quickAck").toBool()) {
        socket->setProperty("quickAck", true);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const int on = 1;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
        });
    }
    const QString path = request.url().path();
    std::optional<Fault> fault;
    if (!m_faults.value(path).isEmpty())
        fault = m_faults[path].takeFirst();
    else if (path != QLatin1String("/_sim/ledger"))
        fault = m_injector.draw(path);
    Exchange exchange;
    exchange.method =
        request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
    exchange.path = path;
    exchange.idempotencyKey = QString::fromLatin1(header(request, "Idempotency-Key"));
    exchange.requestId = QString::fromLatin1(header(request, "X-Request-Id"));
    exchange.fault = fault ? faultName(*fault) : QString();
    m_exchanges.append(exchange);
    const SimReply reply = route(request, path, fault);
    respond(request, socket, reply, fault, int(m_exchanges.size()) - 1);
    return true;
}

void GoCardsSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(
                   SimulatorLedger::error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")).body),
               QHttpServerResponder::StatusCode::NotFound);
}

SimReply GoCardsSimulator::route(const QHttpServerRequest &request, const QString &path, std::optional<Fault> fault)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (fault && !commitsFirst(*fault)) {
        const QString retry = QStringLiteral("retry later");
        switch (*fault) {
        case Fault::ServerError:
            return SimulatorLedger::error(500, QStringLiteral("server_error"), QStringLiteral("simulated failure"));
        case Fault::Unavailable: {
            SimReply reply = SimulatorLedger::error(503, QStringLiteral("unavailable"), retry);
            reply.headers.append({"Retry-After", QByteArray::number(m_retryAfterSeconds)});
            return reply;
        }
        case Fault::RateLimited: {
            SimReply reply = SimulatorLedger::error(429, QStringLiteral("rate_limited"), retry);
            reply.headers.append({"Retry-After", QByteArray::number(m_retryAfterSeconds)});
            return reply;
        }
        case Fault::InvalidToken:
            return SimulatorLedger::error(401, QStringLiteral("invalid_token"), QStringLiteral("token expired"));
        case Fault::TokenExpired:
            m_ledger.revokeTokens();
            return SimulatorLedger::error(401, QStringLiteral("invalid_token"), QStringLiteral("token expired"));
        case Fault::InvalidRequest:
            return SimulatorLedger::error(400, QStringLiteral("invalid_request"), QStringLiteral("layout withdrawn"));
        case Fault::KeyInUse:
            return SimulatorLedger::error(409, QStringLiteral("idempotency_key_in_use"), retry);
        case Fault::KeyReused:
            return SimulatorLedger::error(422, QStringLiteral("idempotency_key_reused"),
                                          QStringLiteral("different body"));
        case Fault::Redirect: {
            SimReply reply{307, {}, {{"Location", "http://elsewhere.example/api/v2/orders"}}};
            return reply;
        }
        default:
            break;
        }
    }
    if (post && path == QLatin1String("/api/v2/auth/token"))
        return m_ledger.issueToken(request.body(), now);
    const QString cardsPrefix = QStringLiteral("/api/v2/cards/");
    if (!post && (path == QLatin1String("/api/v2/events") || path.startsWith(cardsPrefix))) {
        if (!m_ledger.isTokenValid(header(request, "Authorization"), now))
            return SimulatorLedger::error(401, QStringLiteral("invalid_token"),
                                          QStringLiteral("unknown or expired token"));
        if (path.startsWith(cardsPrefix))
            return m_ledger.production().card(path.mid(cardsPrefix.size()));
        return events(request, fault);
    }
    if (!post && path == QLatin1String("/api/v2/orders")) {
        if (!m_ledger.isTokenValid(header(request, "Authorization"), now))
            return SimulatorLedger::error(401, QStringLiteral("invalid_token"),
                                          QStringLiteral("unknown or expired token"));
        return m_ledger.ordersHolding(
            QUrlQuery(request.url()).allQueryItemValues(QStringLiteral("externalId"), QUrl::FullyDecoded));
    }
    if (!post && path == QLatin1String("/api/v2/order-log")) {
        if (!m_ledger.isTokenValid(header(request, "Authorization"), now))
            return SimulatorLedger::error(401, QStringLiteral("invalid_token"),
                                          QStringLiteral("unknown or expired token"));
        const QUrlQuery query(request.url());
        return m_ledger.orderLog(query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded),
                                 query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded),
                                 query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded));
    }
    if (!post && path == QLatin1String("/_sim/ledger"))
        return ledgerReport();
    if (post && path == QLatin1String("/api/v2/orders")) {
        if (!m_ledger.isTokenValid(header(request, "Authorization"), now))
            return SimulatorLedger::error(401, QStringLiteral("invalid_token"),
                                          QStringLiteral("unknown or expired token"));
        const QString key = QString::fromLatin1(header(request, "Idempotency-Key"));
        if (m_keysInFlight.contains(key))
            return SimulatorLedger::error(409, QStringLiteral("idempotency_key_in_use"),
                                          QStringLiteral("this key is still being processed"));
        if (fault == Fault::KeyExpiry)
            m_ledger.forgetKey(key);
        return m_ledger.placeOrder(key, request.body(), now);
    }
    return SimulatorLedger::error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

SimReply GoCardsSimulator::events(const QHttpServerRequest &request, std::optional<Fault> fault)
{
    const QUrlQuery query(request.url());
    SimReply reply = m_ledger.production().events(query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded),
                                                  query.queryItemValue(QStringLiteral("limit")));
    if (reply.status != 200 || !fault)
        return reply;
    const QJsonArray given = reply.body.value(QStringLiteral("events")).toArray();
    QJsonArray events;
    if (fault == Fault::EventsRepeated) {
        for (const QJsonValue &event : given)
            events << event << event;
    } else if (fault == Fault::EventsReordered) {
        for (auto it = given.end(); it != given.begin();)
            events << *--it;
    } else if (fault == Fault::EventsUnknownCard) {
        const QString id = QStringLiteral("unknown-%1").arg(++m_unknownCards);
        events << QJsonObject{{QStringLiteral("eventId"), QStringLiteral("ev-") + id},
                              {QStringLiteral("topic"), QStringLiteral("CARD_PRODUCED")},
                              {QStringLiteral("data"),
                               QJsonObject{{QStringLiteral("cardId"), id},
                                           {QStringLiteral("externalId"), id},
                                           {QStringLiteral("state"), QStringLiteral("PRODUCED")},
                                           {QStringLiteral("reportData"),
                                            QJsonObject{{QStringLiteral("uid"), QStringLiteral("04FFFFFFFFFFFF")}}}}}};
        for (const QJsonValue &event : given)
            events << event;
    } else {
        return reply;
    }
    reply.body.insert(QStringLiteral("events"), events);
    return reply;
}

SimReply GoCardsSimulator::ledgerReport() const
{
    int twice = 0;
    QSet<QString> seen;
    for (const SimulatorLedger::Order &order : m_ledger.orders()) {
        for (const QJsonValue &card : order.response.value(QStringLiteral("cards")).toArray()) {
            const QString id = card.toObject().value(QStringLiteral("externalId")).toString();
            twice += m_ledger.timesOrdered(id) > 1 && !seen.contains(id) ? 1 : 0;
            seen.insert(id);
        }
    }
    QJsonObject injected;
    for (auto it = m_injector.injected().cbegin(); it != m_injector.injected().cend(); ++it)
        injected.insert(it.key(), it.value());
    return SimReply{200,
                    {{QStringLiteral("orders"), int(m_ledger.orders().size())},
                     {QStringLiteral("orderedCards"), m_ledger.orderedCardCount()},
                     {QStringLiteral("cardsOrderedTwice"), twice},
                     {QStringLiteral("requests"), int(m_exchanges.size())},
                     {QStringLiteral("faultsInjected"), injected},
                     {QStringLiteral("faultsInjectedTotal"), m_injector.injectedTotal()}},
                    {}};
}

void GoCardsSimulator::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SimReply &reply,
                               std::optional<Fault> fault, int exchange)
{
    const QString key = QString::fromLatin1(header(request, "Idempotency-Key"));
    if (fault == Fault::Stall)
        return; // the socket stays open and silent
    if (fault == Fault::DropAfterCommit) {
        socket->abort();
        return;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    int status = reply.status;
    if (fault == Fault::MalformedJson)
        body = "<html>this is not JSON</html>";
    if (fault == Fault::OversizeBody)
        body = "{\"padding\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    if (fault == Fault::ResetMidBody) {
        // The whole length is announced, half is sent, then a reset (SO_LINGER 0), not an orderly close.
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status) +
                      " OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 2));
        socket->flush();
        const linger reset{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
        return;
    }
    QPointer<QTcpSocket> alive(socket);
    auto write = [this, responder, alive, body, status, headers = reply.headers, exchange, key] {
        m_keysInFlight.remove(key);
        if (!alive)
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
        responder->writeHeader("Content-Type", "application/json");
        responder->writeHeader("Content-Length", QByteArray::number(body.size()));
        for (const auto &h : headers)
            responder->writeHeader(h.first, h.second);
        responder->writeBody(body);
        m_exchanges[exchange].status = status;
    };
    if (m_delayMs <= 0)
        return write();
    if (!key.isEmpty())
        m_keysInFlight.insert(key);
    QTimer::singleShot(m_delayMs, this, write);
}

} // namespace tempcards::sim
