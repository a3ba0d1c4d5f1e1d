// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "Job.h"
#include "Session.h"

#include <QPointer>

namespace tempcards {

class GoCardsCallJob;

// "Refresh from Go Cards" for one card: asks GET /api/v2/cards/{id} and applies the answer like an event
// (through the state graph, audited). A Job: errorCode() is 1 when it failed; message() says what happened
// either way.
class RefreshCardJob : public Job
{
    Q_OBJECT

public:
    RefreshCardJob(const CoreContext &context, const Session &session, qint64 cardId, QObject *parent = nullptr);
    bool ok() const { return isFinished() && errorCode() == 0; }
    QString message() const { return m_message; }

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void ask(const QString &goCardsCardId);
    void finish(bool ok, const QString &message);

    CoreContext m_context;
    Session m_session;
    qint64 m_cardId;
    QPointer<GoCardsCallJob> m_call;
    QString m_message;
};

} // namespace tempcards
