#include "auth/OperatorService.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "store/OperatorTable.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace lx::auth {

OperatorService::OperatorService(AuthService& auth) : m_auth(auth)
{
}

Status OperatorService::checkName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 64)
        return Status::failure(tr("an operator name has 1 to 64 characters"));
    for (QChar c : n) {
        if (c.isSpace() || !c.isPrint())
            return Status::failure(tr("an operator name cannot contain spaces or control characters"));
    }
    return Status::success();
}

Result<QList<Operator>> OperatorService::list(const Session& actor) const
{
    if (auto st = m_auth.require(actor, Permission::ManageOperators, QStringLiteral("operator.list")); !st)
        return Result<QList<Operator>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::OperatorTable::all(db);
    if (!rows)
        return Result<QList<Operator>>(rows.status());
    const qint64 now = m_auth.nowMs();
    QList<Operator> out;
    for (const auto& r : rows.value()) {
        Operator op;
        op.id = r.id;
        op.name = r.name;
        op.displayName = r.displayName;
        op.role = roleFromKey(r.role).value_or(Role::Agent);
        op.disabled = r.disabled;
        op.locked = r.lockedUntilMs > now;
        op.createdMs = r.createdMs;
        op.lastLoginMs = r.lastLoginMs;
        op.passwordChangedMs = r.passwordChangedMs;
        out.append(op);
    }
    return out;
}

Result<Operator> OperatorService::add(const Session& actor, const QString& name, const QString& displayName, Role role,
                                      const QString& password)
{
    const QString n = name.trimmed();
    if (auto st = m_auth.require(actor, Permission::ManageOperators, QStringLiteral("operator.add"), n); !st)
        return Result<Operator>(st);
    if (auto st = checkName(n); !st)
        return Result<Operator>(st);
    if (auto st = PasswordHasher::checkPolicy(password, n); !st)
        return Result<Operator>(st);
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return Result<Operator>(hash.status());
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    store::OperatorRow row;
    row.name = n;
    row.displayName = displayName.trimmed();
    row.role = roleKey(role);
    row.passwordHash = hash.value();
    row.createdMs = now;
    row.passwordChangedMs = now;
    auto id = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto newId = store::OperatorTable::insert(db, row);
            if (!newId)
                return Result<QVariant>(newId.status());
            auto st = audit::AuditLog::append(db, actorName, QStringLiteral("operator.add"), n,
                                              QJsonObject{{QStringLiteral("role"), row.role}}, now);
            if (!st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<Operator>(id.status());
    Operator op;
    op.id = id.value().toLongLong();
    op.name = n;
    op.displayName = row.displayName;
    op.role = role;
    op.createdMs = now;
    op.passwordChangedMs = now;
    return op;
}

Status OperatorService::setDisabled(const Session& actor, qint64 operatorId, bool disabled)
{
    const QString action = disabled ? QStringLiteral("operator.disable") : QStringLiteral("operator.enable");
    if (auto st = m_auth.require(actor, Permission::ManageOperators, action, QString::number(operatorId)); !st)
        return st;
    if (disabled && operatorId == actor.operatorId())
        return Status::failure(tr("you cannot disable your own account"));
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    auto r = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto target = store::OperatorTable::byId(db, operatorId);
            if (!target || !target.value())
                return Result<QVariant>::failure(tr("no such operator"));
            if (disabled && target.value()->role == roleKey(Role::Admin) && !target.value()->disabled) {
                auto admins = store::OperatorTable::countActiveWithRole(db, roleKey(Role::Admin));
                if (admins && admins.value() <= 1)
                    return Result<QVariant>::failure(tr("the last active admin cannot be disabled"));
            }
            if (auto st = store::OperatorTable::setDisabled(db, operatorId, disabled); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, actorName, action, target.value()->name, {}, now));
        },
        store::Durability::Full);
    return r.status();
}

Status OperatorService::changeRole(const Session& actor, qint64 operatorId, Role role)
{
    if (auto st = m_auth.require(actor, Permission::ManageOperators, QStringLiteral("operator.change_role"),
                                 QString::number(operatorId));
        !st)
        return st;
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    const QString newRole = roleKey(role);
    auto r = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto target = store::OperatorTable::byId(db, operatorId);
            if (!target || !target.value())
                return Result<QVariant>::failure(tr("no such operator"));
            const QString oldRole = target.value()->role;
            if (oldRole == newRole)
                return QVariant();
            if (oldRole == roleKey(Role::Admin) && !target.value()->disabled) {
                auto admins = store::OperatorTable::countActiveWithRole(db, oldRole);
                if (admins && admins.value() <= 1)
                    return Result<QVariant>::failure(tr("the last active admin must stay an admin"));
            }
            if (auto st = store::OperatorTable::setRole(db, operatorId, newRole); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(
                db, actorName, QStringLiteral("operator.change_role"), target.value()->name,
                QJsonObject{{QStringLiteral("from"), oldRole}, {QStringLiteral("to"), newRole}}, now));
        },
        store::Durability::Full);
    return r.status();
}

Status OperatorService::resetPassword(const Session& actor, qint64 operatorId, const QString& newPassword)
{
    if (auto st = m_auth.require(actor, Permission::ManageOperators, QStringLiteral("operator.reset_password"),
                                 QString::number(operatorId));
        !st)
        return st;
    QSqlDatabase rdb = m_auth.workspace().reader();
    auto target = store::OperatorTable::byId(rdb, operatorId);
    if (!target || !target.value())
        return Status::failure(tr("no such operator"));
    return storePassword(actor, operatorId, target.value()->name, newPassword, QStringLiteral("operator.reset_password"));
}

Status OperatorService::storePassword(const Session& actor, qint64 operatorId, const QString& operatorName,
                                      const QString& newPassword, const QString& action)
{
    if (auto st = PasswordHasher::checkPolicy(newPassword, operatorName); !st)
        return st;
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.status();
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    auto r = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::OperatorTable::setPasswordHash(db, operatorId, hash.value(), now); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, actorName, action, operatorName, {}, now));
        },
        store::Durability::Full);
    return r.status();
}

Status OperatorService::unlock(const Session& actor, qint64 operatorId)
{
    if (auto st = m_auth.require(actor, Permission::ManageOperators, QStringLiteral("operator.unlock"),
                                 QString::number(operatorId));
        !st)
        return st;
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    auto r = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto target = store::OperatorTable::byId(db, operatorId);
            if (!target || !target.value())
                return Result<QVariant>::failure(tr("no such operator"));
            if (auto st = store::OperatorTable::recordFailedLogin(db, operatorId, 0, 0); !st)
                return Result<QVariant>(st);
            return store::jobResult(
                audit::AuditLog::append(db, actorName, QStringLiteral("operator.unlock"), target.value()->name, {}, now));
        },
        store::Durability::Full);
    return r.status();
}

Status OperatorService::changeOwnPassword(const Session& actor, const QString& currentPassword,
                                          const QString& newPassword)
{
    if (auto st = m_auth.require(actor, Permission::ChangeOwnPassword, QStringLiteral("operator.change_password")); !st)
        return st;
    QSqlDatabase rdb = m_auth.workspace().reader();
    auto self = store::OperatorTable::byId(rdb, actor.operatorId());
    if (!self || !self.value())
        return Status::failure(tr("your account no longer exists"));
    auto ok = PasswordHasher::verify(currentPassword, self.value()->passwordHash);
    if (!ok || !ok.value())
        return Status::failure(tr("the current password is wrong"));
    if (currentPassword == newPassword)
        return Status::failure(tr("the new password must differ from the current one"));
    return storePassword(actor, actor.operatorId(), actor.name(), newPassword,
                         QStringLiteral("operator.change_password"));
}

} // namespace lx::auth
