// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsError.h"
#include "Job.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace tempcards {

class GoCardsClient;
class GoCardsRequestJob;
class GoCardsTokenJob;

// One authorized call: gets a token, runs the request the factory makes for it, and on invalid_token
// logs in again once and repeats the call. For reads (events, cards); orders use DispatchBatchJob, which
// must commit between the token and the POST. A Job: errorCode() is a GoCardsError.
class GoCardsCallJob : public Job
{
    Q_OBJECT

public:
    using Factory = std::function<GoCardsRequestJob *(const QString &token)>;

    GoCardsCallJob(GoCardsClient *client, Factory factory, QObject *parent = nullptr);
    GoCardsError error() const { return GoCardsError(errorCode()); }
    QJsonObject json() const { return m_json; }

private:
    void run() override;
    void abort() override;
    void requestToken();
    void finish(GoCardsError error, const QString &message);

    GoCardsClient *m_client;
    Factory m_factory;
    bool m_retried = false;
    QPointer<GoCardsTokenJob> m_tokenJob;
    QPointer<GoCardsRequestJob> m_request;
    QJsonObject m_json;
};

} // namespace tempcards
