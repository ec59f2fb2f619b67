#include "auth/AuthService.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "store/OperatorTable.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace lx::auth {

namespace {

// Spent on unknown names so that a wrong name takes as long as a wrong password.
const QString& dummyHash()
{
    static const QString h = PasswordHasher::hash(QStringLiteral("lingxi-timing-equaliser")).value();
    return h;
}

} // namespace

AuthService::AuthService(store::Workspace& workspace) : m_workspace(workspace)
{
}

void AuthService::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

qint64 AuthService::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

Result<bool> AuthService::needsFirstAdmin() const
{
    QSqlDatabase db = m_workspace.reader();
    auto n = store::OperatorTable::count(db);
    if (!n)
        return Result<bool>(n.status());
    return n.value() == 0;
}

Result<Session> AuthService::createFirstAdmin(const QString& name, const QString& displayName, const QString& password)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64 || trimmed.contains(QLatin1Char(' ')))
        return Result<Session>::failure(tr("an operator name has 1 to 64 characters and no spaces"));
    if (auto st = PasswordHasher::checkPolicy(password, trimmed); !st)
        return Result<Session>(st);
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return Result<Session>(hash.status());
    const qint64 now = nowMs();
    auto id = m_workspace.writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto count = store::OperatorTable::count(db);
            if (!count)
                return Result<QVariant>(count.status());
            if (count.value() > 0)
                return Result<QVariant>::failure(tr("this workspace already has operators; log in as an admin"));
            store::OperatorRow row;
            row.name = trimmed;
            row.displayName = displayName.trimmed();
            row.role = roleKey(Role::Admin);
            row.passwordHash = hash.value();
            row.createdMs = now;
            row.passwordChangedMs = now;
            auto newId = store::OperatorTable::insert(db, row);
            if (!newId)
                return Result<QVariant>(newId.status());
            if (auto st = store::OperatorTable::recordLogin(db, newId.value(), now); !st)
                return Result<QVariant>(st);
            if (auto st = audit::AuditLog::append(db, trimmed, QStringLiteral("operator.first_admin"), trimmed,
                                                  QJsonObject{{QStringLiteral("role"), roleKey(Role::Admin)}}, now);
                !st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<Session>(id.status());
    return Session(id.value().toLongLong(), trimmed, displayName.trimmed(), Role::Admin, now);
}

Result<Session> AuthService::login(const QString& name, const QString& password)
{
    const QString trimmed = name.trimmed();
    const QString generic = tr("wrong operator name or password");
    QSqlDatabase db = m_workspace.reader();
    auto found = store::OperatorTable::byName(db, trimmed);
    if (!found)
        return Result<Session>(found.status());
    const qint64 now = nowMs();

    if (!found.value()) {
        (void)PasswordHasher::verify(password, dummyHash());
        // The typed name may be a mistyped password: it is not written to the log.
        appendAudit(QStringLiteral("(unknown)"), QStringLiteral("auth.login_failed"), {},
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("unknown_operator")}}, now);
        return Result<Session>::failure(generic);
    }

    const store::OperatorRow op = *found.value();
    auto refuse = [&](const QString& reason, const QString& message) -> Result<Session> {
        appendAudit(op.name, QStringLiteral("auth.login_refused"), op.name,
                    QJsonObject{{QStringLiteral("reason"), reason}}, now);
        return Result<Session>::failure(message);
    };

    if (op.disabled)
        return refuse(QStringLiteral("disabled"), tr("the account %1 is disabled; ask an admin").arg(op.name));
    if (op.lockedUntilMs > now) {
        const QString until = QDateTime::fromMSecsSinceEpoch(op.lockedUntilMs).toString(QStringLiteral("HH:mm"));
        return refuse(QStringLiteral("locked"),
                      tr("the account %1 is locked after %2 wrong passwords until %3, or until an admin unlocks it")
                          .arg(op.name)
                          .arg(kMaxFailedLogins)
                          .arg(until));
    }

    auto role = roleFromKey(op.role);
    auto verified = PasswordHasher::verify(password, op.passwordHash);
    if (!verified || !role)
        return Result<Session>::failure(tr("the account %1 cannot log in: its stored credentials are unreadable")
                                            .arg(op.name));

    if (!verified.value()) {
        auto outcome = m_workspace.writer().runSync(
            [=](QSqlDatabase& wdb) -> Result<QVariant> {
                // Re-read inside the transaction: two wrong attempts at once both count.
                auto current = store::OperatorTable::byId(wdb, op.id);
                if (!current || !current.value())
                    return Result<QVariant>::failure(QStringLiteral("operator vanished"));
                int failures = current.value()->failedAttempts + 1;
                qint64 lockedUntil = 0;
                if (failures >= kMaxFailedLogins) {
                    lockedUntil = now + kLockout_ms;
                    failures = 0;
                }
                if (auto st = store::OperatorTable::recordFailedLogin(wdb, op.id, failures, lockedUntil); !st)
                    return Result<QVariant>(st);
                QJsonObject details{{QStringLiteral("attempt"), lockedUntil ? kMaxFailedLogins : failures}};
                if (auto st = audit::AuditLog::append(wdb, op.name, QStringLiteral("auth.login_failed"), op.name,
                                                      details, now);
                    !st)
                    return Result<QVariant>(st);
                if (lockedUntil) {
                    if (auto st = audit::AuditLog::append(
                            wdb, op.name, QStringLiteral("auth.locked"), op.name,
                            QJsonObject{{QStringLiteral("until_ms"), QString::number(lockedUntil)}}, now);
                        !st)
                        return Result<QVariant>(st);
                    return QVariant(-1);
                }
                return QVariant(kMaxFailedLogins - failures);
            },
            store::Durability::Full);
        if (!outcome)
            return Result<Session>(outcome.status());
        const int left = outcome.value().toInt();
        if (left < 0)
            return Result<Session>::failure(
                tr("wrong password; the account %1 is now locked for %2 minutes").arg(op.name).arg(kLockout_ms / 60000));
        return Result<Session>::failure(tr("%1 (%n attempt(s) left before the account locks)", nullptr, left).arg(generic));
    }

    QString rehash;
    if (PasswordHasher::needsRehash(op.passwordHash)) {
        if (auto h = PasswordHasher::hash(password))
            rehash = h.value();
    }
    auto ok = m_workspace.writer().runSync(
        [=](QSqlDatabase& wdb) -> Result<QVariant> {
            if (auto st = store::OperatorTable::recordLogin(wdb, op.id, now); !st)
                return Result<QVariant>(st);
            if (!rehash.isEmpty()) {
                if (auto st = store::OperatorTable::setPasswordHash(wdb, op.id, rehash, op.passwordChangedMs); !st)
                    return Result<QVariant>(st);
            }
            return store::jobResult(audit::AuditLog::append(wdb, op.name, QStringLiteral("auth.login"), op.name,
                                                            QJsonObject{{QStringLiteral("role"), op.role}}, now));
        },
        store::Durability::Full);
    if (!ok)
        return Result<Session>(ok.status());
    return Session(op.id, op.name, op.displayName, *role, now);
}

Status AuthService::require(const Session& session, Permission permission, const QString& action,
                            const QString& target) const
{
    QSqlDatabase db = m_workspace.reader();
    auto current = store::OperatorTable::byId(db, session.operatorId());
    QString reason;
    std::optional<Role> role;
    if (!current)
        return current.status();
    if (!current.value()) {
        reason = tr("your account no longer exists");
    } else if (current.value()->disabled) {
        reason = tr("your account has been disabled");
    } else {
        role = roleFromKey(current.value()->role);
        if (!role)
            reason = tr("your account has an unknown role");
        else if (!PermissionMatrix::allows(*role, permission))
            reason = tr("permission denied: a %1 may not %2").arg(roleTitle(*role), permissionTitle(permission));
    }
    if (reason.isEmpty())
        return Status::success();

    appendAudit(session.name(), QStringLiteral("permission.denied"), target,
                QJsonObject{{QStringLiteral("permission"), PermissionMatrix::key(permission)},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("role"), role ? roleKey(*role) : QString()}},
                nowMs());
    return Status::failure(reason, ErrorCode::Denied);
}

Status AuthService::record(const Session& session, const QString& action, const QString& target,
                           const QJsonObject& details) const
{
    return appendAudit(session.name(), action, target, details, nowMs());
}

Status AuthService::appendAudit(const QString& actor, const QString& action, const QString& target,
                                const QJsonObject& details, qint64 timeMs) const
{
    auto r = m_workspace.writer().runSync(
        [=](QSqlDatabase& wdb) { return store::jobResult(audit::AuditLog::append(wdb, actor, action, target, details, timeMs)); },
        store::Durability::Full);
    if (!r)
        qWarning("lingxi: an audit entry (%s) could not be written: %s", qPrintable(action), qPrintable(r.error()));
    return r.status();
}

QString AuthService::roleTitle(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("customer-service agent");
    case Role::Marketer:
        return tr("marketer");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("admin");
    }
    return {};
}

QString AuthService::permissionTitle(Permission permission)
{
    switch (permission) {
    case Permission::ChangeOwnPassword:
        return tr("change their own password");
    case Permission::HandleConversations:
        return tr("take over and answer conversations");
    case Permission::ViewAllQueues:
        return tr("see every agent's queue");
    case Permission::HandleEscalations:
        return tr("handle supervisor escalations");
    case Permission::UseScripts:
        return tr("insert scripts as replies");
    case Permission::EditScripts:
        return tr("edit the script library");
    case Permission::ViewTemplates:
        return tr("read content templates");
    case Permission::EditTemplates:
        return tr("edit content templates");
    case Permission::RunExperiments:
        return tr("run A/B experiments");
    case Permission::OverrideQualityGate:
        return tr("let content past the quality gate, with a reason");
    case Permission::ViewExperiments:
        return tr("view experiment results");
    case Permission::ViewDashboard:
        return tr("view the dashboard");
    case Permission::ViewModelQuality:
        return tr("view model quality");
    case Permission::TrainModels:
        return tr("train sentiment models");
    case Permission::ManageModels:
        return tr("import and activate models");
    case Permission::ViewProfiles:
        return tr("view user profiles");
    case Permission::ImportData:
        return tr("import profiles and events");
    case Permission::ExportPersonalData:
        return tr("export personal data");
    case Permission::DeletePersonalData:
        return tr("delete personal data");
    case Permission::WithdrawConsent:
        return tr("record a user's withdrawal of consent");
    case Permission::ViewGraph:
        return tr("view the knowledge graph");
    case Permission::EditGraph:
        return tr("edit the knowledge graph");
    case Permission::ManageLexicons:
        return tr("manage lexicons");
    case Permission::ManageOperators:
        return tr("manage operators");
    case Permission::ViewAudit:
        return tr("read the audit log");
    case Permission::ManageWorkspace:
        return tr("back up and check the workspace");
    }
    return {};
}

} // namespace lx::auth
