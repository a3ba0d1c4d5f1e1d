// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsConnectionService.h"
#include "GoCardsError.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace tempcards {

class GoCardsClient;
class GoCardsTokenJob;

// "Test connection": asks Go Cards for an access token with the connection in the form (the saved secret
// and key where the form leaves them empty), on a client of its own, so the connection in force is not
// touched. Nothing is saved and nothing is ordered. finished() is emitted once, never from start().
class GoCardsConnectionTest : public QObject
{
    Q_OBJECT

public:
    GoCardsConnectionTest(const CoreContext &context, QNetworkAccessManager *nam, const Session &by,
                          const GoCardsConnectionForm &form, const GoCardsConfig &timeouts, QObject *parent = nullptr);
    ~GoCardsConnectionTest() override;

    void start();
    void cancel();
    bool ok() const { return m_error == GoCardsError::None && m_finished; }
    GoCardsError error() const { return m_error; }
    QString message() const { return m_message; }

signals:
    void finished();

private:
    void finish(GoCardsError error, const QString &message);

    CoreContext m_context;
    QNetworkAccessManager *m_nam;
    Session m_by;
    GoCardsConnectionForm m_form;
    GoCardsConfig m_timeouts;
    GoCardsClient *m_client = nullptr;
    QPointer<GoCardsTokenJob> m_token;
    GoCardsError m_error = GoCardsError::None;
    QString m_message;
    bool m_finished = false;
};

} // namespace tempcards
