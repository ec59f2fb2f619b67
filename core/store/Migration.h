#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lx::store {

// One step of the workspace schema. Versions are consecutive from 1; a workspace records the
// highest version applied in PRAGMA user_version and every applied step in schema_migrations.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

class Migrations final
{
public:
    Migrations() = delete;
    // The schema this build writes, in order.
    static const QList<Migration>& all();
    static int latestVersion();
};

} // namespace lx::store
