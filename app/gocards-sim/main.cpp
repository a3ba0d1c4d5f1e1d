// SPDX-License-Identifier: Apache-2.0
// gocards-sim: the Nexus GO Cards simulator, for demos, training and tests.
#include "GoCardsSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

using namespace tempcards::sim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gocards-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMPCARDS_VERSION));

    SimulatorConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates Nexus GO Cards (its API as tempcards uses it) for demos and tests. It accepts the "
                       "demo credentials below unless told others, keeps everything in memory and listens on "
                       "loopback unless given another address: it is never a production service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  QStringLiteral("Port to listen on; 0 picks a free one (default: 8787)."),
                                  QStringLiteral("port"), QStringLiteral("8787"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     QStringLiteral("Address to listen on (default: 127.0.0.1, this computer only)."),
                                     QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QStringLiteral("Accepted client id (default: %1).").arg(config.clientId),
                                      QStringLiteral("id"), config.clientId);
    const QCommandLineOption secret(QStringLiteral("client-secret"),
                                    QStringLiteral("Accepted client secret (default: %1).").arg(config.clientSecret),
                                    QStringLiteral("secret"), config.clientSecret);
    const QCommandLineOption organisation(
        QStringLiteral("organisation-id"),
        QStringLiteral("Accepted organisation id (default: %1).").arg(config.organisationId), QStringLiteral("id"),
        config.organisationId);
    const QCommandLineOption lifetime(
        QStringLiteral("token-lifetime"),
        QStringLiteral("Seconds an access token is valid (default: %1).").arg(config.tokenLifetimeSeconds),
        QStringLiteral("seconds"), QString::number(config.tokenLifetimeSeconds));
    const QCommandLineOption window(QStringLiteral("idempotency-window"),
                                    QStringLiteral("Seconds an order's Idempotency-Key answers with the first answer; "
                                                   "after that the same request is a new one (default: %1).")
                                        .arg(config.idempotencyWindowSeconds),
                                    QStringLiteral("seconds"), QString::number(config.idempotencyWindowSeconds));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   QStringLiteral("Delay before every answer, in milliseconds (default: 0)."),
                                   QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption step(QStringLiteral("production-step-ms"),
                                  QStringLiteral("How long each production step takes (ordered to in production to "
                                                 "produced), in milliseconds; 0 stops production (default: 5000)."),
                                  QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption failures(
        QStringLiteral("failure-rate"),
        QStringLiteral("Share of cards that fail in production, from 0 to 1 (default: 0.05)."), QStringLiteral("rate"),
        QStringLiteral("0.05"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed for the simulated failures and chip UIDs (default: 1)."),
                                  QStringLiteral("number"), QStringLiteral("1"));
    QStringList faultNames;
    for (Fault f : rateFaults())
        faultNames << faultName(f);
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Strike this share of the requests with a fault, as name=rate (repeatable), for example "
                       "--fault drop-after-commit=0.05. Faults: %1. server-error comes in bursts of 3 to 5; the "
                       "events faults strike only the events feed. GET /_sim/ledger tells what was accepted and "
                       "injected.")
            .arg(faultNames.join(QStringLiteral(", "))),
        QStringLiteral("name=rate"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Seed for drawing the faults (default: 1)."),
                                       QStringLiteral("number"), QStringLiteral("1"));
    parser.addOptions({port, address, clientId, secret, organisation, lifetime, window, delay, step, failures, seed,
                       fault, faultSeed});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err << "gocards-sim: --port must be a number from 0 to 65535\n";
        return 2;
    }
    const QHostAddress host(parser.value(address));
    if (host.isNull()) {
        err << "gocards-sim: --address is not an IP address: " << parser.value(address) << "\n";
        return 2;
    }
    config.clientId = parser.value(clientId);
    config.clientSecret = parser.value(secret);
    config.organisationId = parser.value(organisation);
    config.tokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || config.tokenLifetimeSeconds < 1) {
        err << "gocards-sim: --token-lifetime must be a positive number of seconds\n";
        return 2;
    }
    config.idempotencyWindowSeconds = parser.value(window).toInt(&ok);
    if (!ok || config.idempotencyWindowSeconds < 1) {
        err << "gocards-sim: --idempotency-window must be a positive number of seconds\n";
        return 2;
    }
    config.responseDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || config.responseDelayMs < 0) {
        err << "gocards-sim: --delay-ms must be zero or a positive number\n";
        return 2;
    }

    config.productionStepMs = parser.value(step).toInt(&ok);
    if (!ok || config.productionStepMs < 0) {
        err << "gocards-sim: --production-step-ms must be zero or a positive number\n";
        return 2;
    }
    config.failureRate = parser.value(failures).toDouble(&ok);
    if (!ok || config.failureRate < 0 || config.failureRate > 1) {
        err << "gocards-sim: --failure-rate must be a number from 0 to 1\n";
        return 2;
    }
    config.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        err << "gocards-sim: --seed must be a non-negative whole number\n";
        return 2;
    }

    for (const QString &text : parser.values(fault)) {
        QString problem;
        const std::optional<FaultRate> rate = parseFaultRate(text, &problem);
        if (!rate) {
            err << "gocards-sim: --fault: " << problem << "\n";
            return 2;
        }
        config.faultRates << *rate;
    }
    config.faultSeed = parser.value(faultSeed).toUInt(&ok);
    if (!ok) {
        err << "gocards-sim: --fault-seed must be a non-negative whole number\n";
        return 2;
    }

    GoCardsSimulator simulator(config);
    const quint16 listening = simulator.listenOn(host, quint16(portNumber));
    if (listening == 0) {
        err << "gocards-sim: cannot listen on " << host.toString() << ":" << portNumber << "\n";
        return 1;
    }
    const QString shown = host.protocol() == QAbstractSocket::IPv6Protocol
                              ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                              : host.toString();
    QTextStream(stdout) << "listening on http://" << shown << ":" << listening << Qt::endl;
    return app.exec();
}
