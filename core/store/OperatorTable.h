#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace lx::store {

struct OperatorRow
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QString role;
    QString passwordHash;
    bool disabled = false;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    qint64 createdMs = 0;
    qint64 passwordChangedMs = 0;
    qint64 lastLoginMs = 0;
};

// SQL for the operators table. Callers pass the connection: the writer's inside a job, or a
// reader for lookups.
class OperatorTable final
{
public:
    OperatorTable() = delete;

    static Result<QList<OperatorRow>> all(QSqlDatabase& db);
    static Result<std::optional<OperatorRow>> byName(QSqlDatabase& db, const QString& name);
    static Result<std::optional<OperatorRow>> byId(QSqlDatabase& db, qint64 id);
    static Result<qint64> count(QSqlDatabase& db);
    static Result<qint64> countActiveWithRole(QSqlDatabase& db, const QString& role);

    static Result<qint64> insert(QSqlDatabase& db, const OperatorRow& row);
    static Status setDisabled(QSqlDatabase& db, qint64 id, bool disabled);
    static Status setRole(QSqlDatabase& db, qint64 id, const QString& role);
    static Status setPasswordHash(QSqlDatabase& db, qint64 id, const QString& hash, qint64 nowMs);
    static Status recordFailedLogin(QSqlDatabase& db, qint64 id, int failedAttempts, qint64 lockedUntilMs);
    static Status recordLogin(QSqlDatabase& db, qint64 id, qint64 nowMs);
};

} // namespace lx::store
