#include "auth/Role.h"

namespace lx::auth {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Marketer:
        return QStringLiteral("marketer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (Role r : allRoles()) {
        if (roleKey(r) == k)
            return r;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Agent, Role::Marketer, Role::Supervisor, Role::Admin};
}

} // namespace lx::auth
