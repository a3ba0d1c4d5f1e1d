// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsError.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

namespace tempcards {

class GoCardsCallJob;

// "Refresh from Go Cards" for one card: asks GET /api/v2/cards/{id} and applies the answer like an event
// (through the state graph, audited). finished() is emitted once, never from start() or cancel().
class RefreshCardJob : public QObject
{
    Q_OBJECT

public:
    RefreshCardJob(const CoreContext &context, const Session &session, qint64 cardId, QObject *parent = nullptr);
    void start();
    void cancel();

    bool ok() const { return m_ok; }
    QString message() const { return m_message; }

signals:
    void finished();
    void changed(const QList<qint64> &cardIds);

private:
    void begin();
    void ask(const QString &goCardsCardId);
    void finish(bool ok, const QString &message);

    CoreContext m_context;
    Session m_session;
    qint64 m_cardId;
    QPointer<GoCardsCallJob> m_call;
    bool m_ok = false;
    bool m_finished = false;
    QString m_message;
};

} // namespace tempcards
