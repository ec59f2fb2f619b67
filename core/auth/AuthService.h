#pragma once

#include "auth/Permission.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace lx::store {
class Workspace;
}

namespace lx::auth {

// Logs operators in and answers, for every mutating service call, whether the acting operator
// may do it. A refusal is an error value and an audit entry, whatever the UI showed.
class AuthService final
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr qint64 kLockout_ms = 15 * 60 * 1000;

    explicit AuthService(store::Workspace& workspace);

    store::Workspace& workspace() const { return m_workspace; }

    // True while the workspace has no operator at all: the first start asks for an admin.
    Result<bool> needsFirstAdmin() const;
    Result<Session> createFirstAdmin(const QString& name, const QString& displayName, const QString& password);

    // Slow on purpose (scrypt): call it off the GUI thread.
    Result<Session> login(const QString& name, const QString& password);

    // Passes when the operator behind the session is still active and its current role allows
    // the permission; otherwise records "permission.denied" and returns the reason.
    Status require(const Session& session, Permission permission, const QString& action,
                   const QString& target = {}) const;

    // Writes one audit entry for the session's operator (durably).
    Status record(const Session& session, const QString& action, const QString& target,
                  const QJsonObject& details = {}) const;

    // Tests move time forward to see a lockout expire.
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;

    static QString roleTitle(Role role);
    static QString permissionTitle(Permission permission);

private:
    // One audit entry in its own durable transaction; a failure is logged and returned.
    Status appendAudit(const QString& actor, const QString& action, const QString& target,
                       const QJsonObject& details, qint64 timeMs) const;

    store::Workspace& m_workspace;
    std::function<qint64()> m_clock;
};

} // namespace lx::auth
