// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsConnectionService.h"
#include "GoCardsError.h"
#include "Job.h"

#include <QPointer>

class QNetworkAccessManager;

namespace tempcards {

class GoCardsClient;
class GoCardsTokenJob;

// "Test connection": asks Go Cards for an access token with the connection in the form (the saved secret
// and key where the form leaves them empty), on a client of its own, so the connection in force is not
// touched. Nothing is saved and nothing is ordered. A Job: errorCode() is a GoCardsError; message() says what
// happened either way.
class GoCardsConnectionCheckJob : public Job
{
    Q_OBJECT

public:
    GoCardsConnectionCheckJob(const CoreContext &context, QNetworkAccessManager *nam, const Session &by,
                              const GoCardsConnectionForm &form, const GoCardsConfig &timeouts,
                              QObject *parent = nullptr);
    ~GoCardsConnectionCheckJob() override;

    bool ok() const { return isFinished() && errorCode() == 0; }
    GoCardsError error() const { return GoCardsError(errorCode()); }
    QString message() const { return m_message; }

private:
    void run() override;
    void abort() override;
    void finish(GoCardsError error, const QString &message);

    CoreContext m_context;
    QNetworkAccessManager *m_nam;
    Session m_by;
    GoCardsConnectionForm m_form;
    GoCardsConfig m_timeouts;
    GoCardsClient *m_client = nullptr;
    QPointer<GoCardsTokenJob> m_token;
    QString m_message;
};

} // namespace tempcards
