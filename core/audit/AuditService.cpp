// SPDX-License-Identifier: Apache-2.0
#include "AuditService.h"

#include "AuditLog.h"
#include "AuditVerification.h"
#include "Authorizer.h"
#include "Database.h"
#include "Logging.h"

#include <QSaveFile>

namespace tempcards {

namespace {

// Empty when `by` may read the trail now, else the refusal in words.
QString refusalFor(const QSqlDatabase &db, const Session &by, const QString &what)
{
    const auto refusal = Authorizer::checkPermission(db, by, Permissions::ReadAudit);
    return refusal == Authorizer::Refusal::None ? QString() : Authorizer::message(refusal, what);
}

} // namespace

AuditService::AuditService(const CoreContext &context, QObject *parent) : QObject(parent), m_context(context) {}

AuditService::Page AuditService::readPage(const Session &by, const AuditFilter &filter, qint64 beforeId, int limit)
{
    Page page;
    try {
        const QSqlDatabase db = m_context.database->connection();
        const QString refusal = refusalFor(db, by, tr("Read the audit trail"));
        if (!refusal.isEmpty()) {
            page.outcome = Outcome::failure(refusal);
            return page;
        }
        page.rows = AuditTrail::page(db, filter, beforeId, limit);
        if (beforeId == 0)
            page.actions = AuditTrail::actions(db);
        page.outcome = Outcome::success();
    } catch (const DatabaseError &error) {
        page.outcome = Outcome::failure(error.userMessage());
    }
    return page;
}

QFuture<AuditService::Page> AuditService::page(const Session &by, const AuditFilter &filter, qint64 beforeId, int limit)
{
    return QtFuture::makeReadyFuture().then(
        m_context.pool, [this, by, filter, beforeId, limit] { return readPage(by, filter, beforeId, limit); });
}

QFuture<Outcome> AuditService::exportCsv(const Session &by, const AuditFilter &filter, const QString &path)
{
    const CoreContext context = m_context;
    return QtFuture::makeReadyFuture().then(m_context.pool, [context, by, filter, path]() -> Outcome {
        qint64 written = 0;
        try {
            const QSqlDatabase db = context.database->connection();
            const QString refusal = refusalFor(db, by, tr("Export the audit trail"));
            if (!refusal.isEmpty())
                return Outcome::failure(refusal);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Outcome::failure(tr("%1 could not be written: %2").arg(path, file.errorString()));
            written = AuditTrail::writeCsv(db, filter, &file);
            if (written < 0 || !file.commit())
                return Outcome::failure(tr("%1 could not be written: %2").arg(path, file.errorString()));
        } catch (const DatabaseError &error) {
            return Outcome::failure(error.userMessage());
        }
        // Who took a copy of the trail, and of how much, is itself on the trail.
        context.database->writer()
            .run([context, by, path, written](QSqlDatabase &db) {
                try {
                    WriteTransaction transaction(db);
                    context.audit->append(db, {by.userName, QStringLiteral("audit.export"), path, QVariant(),
                                               QString::number(written), AuditRecord::Result::Success,
                                               QStringLiteral("%1 records").arg(written)});
                    transaction.commit();
                } catch (const DatabaseError &error) {
                    qCWarning(lcDatabase) << "the audit export could not be recorded:" << error.message();
                }
            })
            .waitForFinished();
        return Outcome::success(tr("%n record(s) exported to %1.", nullptr, int(written)).arg(path));
    });
}

QFuture<Outcome> AuditService::verify(const Session &by, const QString &checkpointFile)
{
    const CoreContext context = m_context;
    return QtFuture::makeReadyFuture().then(m_context.pool, [context, by, checkpointFile]() -> Outcome {
        try {
            const QSqlDatabase db = context.database->connection();
            const QString refusal = refusalFor(db, by, tr("Verify the audit trail"));
            if (!refusal.isEmpty())
                return Outcome::failure(refusal);
            if (!checkpointFile.isEmpty()) {
                const AuditVerification::Result result = AuditVerification::run(db, checkpointFile, {});
                return result.exitCode == 0 ? Outcome::success(result.text) : Outcome::failure(result.text);
            }
            const AuditChain::Verdict verdict = AuditChain::verify(db);
            if (verdict.ok)
                return Outcome::success(tr("The audit trail is intact: %n record(s).", nullptr, int(verdict.records)));
            return Outcome::failure(tr("The audit trail is NOT intact. %1").arg(verdict.reason));
        } catch (const DatabaseError &error) {
            return Outcome::failure(error.userMessage());
        }
    });
}

} // namespace tempcards
