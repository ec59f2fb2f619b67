#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lx::auth {

enum class Role { Agent, Marketer, Supervisor, Admin };

// Stable keys stored in the workspace and used on the command line.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QList<Role> allRoles();

} // namespace lx::auth
