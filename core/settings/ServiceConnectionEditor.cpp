// SPDX-License-Identifier: Apache-2.0
#include "ServiceConnectionEditor.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "Logging.h"
#include "Sql.h"

namespace tempcards {

ServiceConnectionEditor::ServiceConnectionEditor(QString service, QString object, Texts texts, Describe describe)
    : m_service(std::move(service)), m_object(std::move(object)), m_texts(std::move(texts)),
      m_describe(std::move(describe))
{}

bool ServiceConnectionEditor::takeSaved(const std::optional<ServiceConnectionStore::Saved> &saved, bool sameServer,
                                        bool mayKeep, const QString &moved, const QString &hidden, QString *secret,
                                        bool *kept, QString *problem)
{
    *kept = false;
    if (!saved || !saved->secretSaved)
        return true;
    if (!sameServer) {
        *problem = moved;
        return false;
    }
    if (saved->secretHidden && !mayKeep) {
        *problem = hidden;
        return false;
    }
    *secret = saved->secret;
    *kept = true;
    return true;
}

Outcome ServiceConnectionEditor::save(QSqlDatabase &db, const CoreContext &context, const Session &by,
                                      const Resolve &resolve) const
{
    try {
        WriteTransaction transaction(db);
        const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageSettings);
        if (refusal != Authorizer::Refusal::None)
            return Outcome::failure(Authorizer::message(refusal, m_texts.saveAction));
        const std::optional<ServiceConnectionStore::Saved> before = ServiceConnectionStore::load(db, m_service);
        QString problem;
        const std::optional<Change> change = resolve(before, &problem);
        if (!change)
            return Outcome::failure(problem);
        ServiceConnectionStore::save(db, m_service, change->settings, change->secret, by.userName,
                                     context.clock->nowUtc());
        context.audit->append(db, {by.userName, QStringLiteral("settings.change"), m_object,
                                   before ? m_describe(before->settings) : QVariant(), change->description,
                                   AuditRecord::Result::Success,
                                   change->secret ? m_texts.secretName + QStringLiteral(" replaced") : QString()});
        transaction.commit();
        qCInfo(lcDatabase).noquote() << by.userName << "saved" << m_object << ":" << change->description;
        return Outcome::success(m_texts.saved);
    } catch (const DatabaseError &error) {
        return Outcome::failure(error.userMessage());
    }
}

Outcome ServiceConnectionEditor::forget(QSqlDatabase &db, const CoreContext &context, const Session &by) const
{
    try {
        WriteTransaction transaction(db);
        const auto refusal = Authorizer::checkPermission(db, by, Permissions::ManageSettings);
        if (refusal != Authorizer::Refusal::None)
            return Outcome::failure(Authorizer::message(refusal, m_texts.removeAction));
        const std::optional<ServiceConnectionStore::Saved> before = ServiceConnectionStore::load(db, m_service);
        if (!before)
            return Outcome::success(m_texts.nothingToRemove);
        ServiceConnectionStore::remove(db, m_service);
        context.audit->append(db,
                              {by.userName, QStringLiteral("settings.change"), m_object, m_describe(before->settings),
                               QVariant(), AuditRecord::Result::Success, m_service + QStringLiteral(" removed")});
        transaction.commit();
        return Outcome::success(m_texts.removed);
    } catch (const DatabaseError &error) {
        return Outcome::failure(error.userMessage());
    }
}

} // namespace tempcards
