#include "audit/AuditService.h"

#include "auth/AuthService.h"
#include "store/AuditTable.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QSqlDatabase>

namespace lx::audit {

AuditService::AuditService(auth::AuthService& auth) : m_auth(auth)
{
}

Result<QList<AuditEntry>> AuditService::query(const auth::Session& actor, const AuditFilter& filter) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewAudit, QStringLiteral("audit.read")); !st)
        return Result<QList<AuditEntry>>(st);
    store::AuditQuery q;
    q.actor = filter.actor;
    q.actionPrefix = filter.actionPrefix;
    q.fromMs = filter.from.isValid() ? filter.from.toMSecsSinceEpoch() : 0;
    q.toMs = filter.to.isValid() ? filter.to.toMSecsSinceEpoch() : 0;
    q.limit = filter.limit;
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::AuditTable::query(db, q);
    if (!rows)
        return Result<QList<AuditEntry>>(rows.status());
    QList<AuditEntry> out;
    out.reserve(rows.value().size());
    for (const auto& r : rows.value()) {
        AuditEntry e;
        e.seq = r.seq;
        e.time = QDateTime::fromMSecsSinceEpoch(r.timeMs);
        e.actor = r.actor;
        e.action = r.action;
        e.target = r.target;
        e.details = QJsonDocument::fromJson(r.details.toUtf8()).object();
        e.hash = r.hash;
        out.append(e);
    }
    return out;
}

Result<QStringList> AuditService::actors(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewAudit, QStringLiteral("audit.read")); !st)
        return Result<QStringList>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return store::AuditTable::distinctActors(db);
}

VerifyReport AuditService::verify(const std::function<bool(qint64, qint64)>& progress) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    return AuditLog::verify(db, progress);
}

} // namespace lx::audit
