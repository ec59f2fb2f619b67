#pragma once

#include "auth/Permission.h"
#include "auth/Role.h"

#include <QString>

namespace lx::auth {

class AuthService;

// Proof that an operator logged in. Only AuthService makes one, so a service call that takes a
// Session knows who is acting; the role is re-read from the workspace on every check.
class Session
{
public:
    qint64 operatorId() const { return m_operatorId; }
    const QString& name() const { return m_name; }
    const QString& displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    qint64 loginMs() const { return m_loginMs; }
    // What the role allows at login time; the UI uses it to build the navigation.
    bool can(Permission p) const { return PermissionMatrix::allows(m_role, p); }

private:
    friend class AuthService;
    Session(qint64 id, QString name, QString displayName, Role role, qint64 loginMs)
        : m_operatorId(id), m_name(std::move(name)), m_displayName(std::move(displayName)), m_role(role),
          m_loginMs(loginMs)
    {
    }

    qint64 m_operatorId = 0;
    QString m_name;
    QString m_displayName;
    Role m_role = Role::Agent;
    qint64 m_loginMs = 0;
};

} // namespace lx::auth
