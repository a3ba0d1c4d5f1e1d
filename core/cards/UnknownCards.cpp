// SPDX-License-Identifier: Apache-2.0
#include "UnknownCards.h"

#include "Clock.h"
#include "Sql.h"

namespace tempcards {

void UnknownCards::note(const QSqlDatabase &db, const CardReport &report, const QDateTime &now)
{
    const QString detail = !report.uid.isEmpty() ? report.uid : report.failureReason;
    const QString at = toStorageTime(now);
    SqlQuery(db, QStringLiteral("INSERT INTO unknown_cards (gocards_card_id, external_id, state, detail, "
                                "first_reported_at, last_reported_at) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (gocards_card_id) DO UPDATE SET state = excluded.state, "
                                "detail = COALESCE(NULLIF(excluded.detail, ''), unknown_cards.detail), "
                                "last_reported_at = excluded.last_reported_at"))
        .bind(report.cardId)
        .bind(report.externalId)
        .bind(report.state)
        .bind(detail)
        .bind(at)
        .bind(at)
        .exec();
}

void UnknownCards::noteOrdered(const QSqlDatabase &db, const CardReport &report, const QDateTime &now)
{
    const QString at = toStorageTime(now);
    SqlQuery(db, QStringLiteral("INSERT INTO unknown_cards (gocards_card_id, external_id, state, detail, "
                                "first_reported_at, last_reported_at) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (gocards_card_id) DO NOTHING"))
        .bind(report.cardId)
        .bind(report.externalId)
        .bind(report.state)
        .bind(report.failureReason)
        .bind(at)
        .bind(at)
        .exec();
}

QList<UnknownCard> UnknownCards::list(const QSqlDatabase &db, int limit)
{
    SqlQuery query(db, QStringLiteral("SELECT gocards_card_id, external_id, state, detail, first_reported_at, "
                                      "last_reported_at FROM unknown_cards ORDER BY first_reported_at, "
                                      "gocards_card_id LIMIT ?"));
    query.bind(limit).exec();
    QList<UnknownCard> cards;
    while (query.next()) {
        cards.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), fromStorageTime(query.value(4).toString()),
                      fromStorageTime(query.value(5).toString())});
    }
    return cards;
}

int UnknownCards::count(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM unknown_cards")).scalar().toInt();
}

} // namespace tempcards
