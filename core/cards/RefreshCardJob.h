// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "Job.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QPointer>

#include "CardState.h"

namespace tempcards {

class GoCardsCallJob;

// "Refresh from Go Cards" for one card: asks GET /api/v2/cards/{id} and applies the answer like an event
// (through the state graph, audited). A Job: errorCode() is 1 when it failed; message() says what happened
// either way. On PostgreSQL with login roles a workstation cannot ask Go Cards (only the batch sync reads
// the secret): it hands the refresh to a dispatcher (HandOver) and waits for its card.refresh record.
class RefreshCardJob : public Job
{
    Q_OBJECT

public:
    RefreshCardJob(const CoreContext &context, const Session &session, qint64 cardId, QObject *parent = nullptr);
    bool ok() const { return isFinished() && errorCode() == 0; }
    // The batch sync's own refresh, asked for by a workstation: no account's permission to check (the
    // database lets only the batch sync's role write what it reports), audited as `session`'s name also
    // when it fails, so the workstation hears the answer.
    void setForWorkstation() { m_forWorkstation = true; }
    QString message() const { return m_message; }

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void run() override;
    void abort() override;
    void ask(const QString &goCardsCardId);
    void finish(bool ok, const QString &message);
    void failForWorkstation(const QString &message);
    void handOver();
    void watch(qint64 afterAuditId, CardState before);

    CoreContext m_context;
    Session m_session;
    qint64 m_cardId;
    QPointer<GoCardsCallJob> m_call;
    QString m_message;
    bool m_forWorkstation = false;
    QElapsedTimer m_handedAt; // handOver(): since the notification
};

} // namespace tempcards
