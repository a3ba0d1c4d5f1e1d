// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace tempcards {

class GoCardsClient;
class GoCardsRequest;
class GoCardsTokenJob;

// One authorized call: gets a token, runs the request the factory makes for it, and on invalid_token
// logs in again once and repeats the call. For reads (events, cards); orders use DispatchBatchJob, which
// must commit between the token and the POST. finished() is emitted once, never from start() or cancel().
class GoCardsCallJob : public QObject
{
    Q_OBJECT

public:
    using Factory = std::function<GoCardsRequest *(const QString &token)>;

    GoCardsCallJob(GoCardsClient *client, Factory factory, QObject *parent = nullptr);
    void start();
    void cancel();

    GoCardsError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QJsonObject json() const { return m_json; }

signals:
    void finished();

private:
    void requestToken();
    void finish(GoCardsError error, const QString &message);

    GoCardsClient *m_client;
    Factory m_factory;
    bool m_retried = false;
    bool m_finished = false;
    QPointer<GoCardsTokenJob> m_tokenJob;
    QPointer<GoCardsRequest> m_request;
    GoCardsError m_error = GoCardsError::None;
    QString m_errorString;
    QJsonObject m_json;
};

} // namespace tempcards
