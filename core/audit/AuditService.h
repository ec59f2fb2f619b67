#pragma once

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lx::auth {
class AuthService;
}

namespace lx::audit {

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action;
    QString target;
    QJsonObject details;
    QString hash;
};

struct AuditFilter
{
    QString actor;
    QString actionPrefix;
    QDateTime from;
    QDateTime to;
    int limit = 5000;
};

// Reading the audit log is itself a permission (supervisors and admins) and is not audited per
// query; verification needs none, so automation can check a workspace without logging in.
class AuditService final
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(auth::AuthService& auth);

    Result<QList<AuditEntry>> query(const auth::Session& actor, const AuditFilter& filter) const;
    Result<QStringList> actors(const auth::Session& actor) const;
    VerifyReport verify(const std::function<bool(qint64, qint64)>& progress = {}) const;

private:
    auth::AuthService& m_auth;
};

} // namespace lx::audit
