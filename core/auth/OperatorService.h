#pragma once

#include "auth/Role.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lx::auth {

class AuthService;

struct Operator
{
    qint64 id = 0;
    QString name;
    QString displayName;
    Role role = Role::Agent;
    bool disabled = false;
    bool locked = false;
    qint64 createdMs = 0;
    qint64 lastLoginMs = 0;
    qint64 passwordChangedMs = 0;
};

// Admins add, disable and re-role operators; everyone may change their own password. Each call
// checks the acting session's permission and writes its audit entry in the same transaction.
class OperatorService final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)

public:
    explicit OperatorService(AuthService& auth);

    Result<QList<Operator>> list(const Session& actor) const;
    Result<Operator> add(const Session& actor, const QString& name, const QString& displayName, Role role,
                         const QString& password);
    Status setDisabled(const Session& actor, qint64 operatorId, bool disabled);
    Status changeRole(const Session& actor, qint64 operatorId, Role role);
    Status resetPassword(const Session& actor, qint64 operatorId, const QString& newPassword);
    Status unlock(const Session& actor, qint64 operatorId);
    Status changeOwnPassword(const Session& actor, const QString& currentPassword, const QString& newPassword);

    static Status checkName(const QString& name);

private:
    // Policy check, hashing (slow), and the write with its audit entry in one transaction.
    Status storePassword(const Session& actor, qint64 operatorId, const QString& operatorName,
                         const QString& newPassword, const QString& action);

    AuthService& m_auth;
};

} // namespace lx::auth
