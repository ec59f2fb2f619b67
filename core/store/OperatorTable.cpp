#include "store/OperatorTable.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

const QString kColumns = QStringLiteral("id, name, display_name, role, password_hash, disabled, failed_attempts, "
                                        "locked_until_ms, created_ms, password_changed_ms, last_login_ms");

OperatorRow readRow(const QSqlQuery& q)
{
    OperatorRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.displayName = q.value(2).toString();
    r.role = q.value(3).toString();
    r.passwordHash = q.value(4).toString();
    r.disabled = q.value(5).toInt() != 0;
    r.failedAttempts = q.value(6).toInt();
    r.lockedUntilMs = q.value(7).toLongLong();
    r.createdMs = q.value(8).toLongLong();
    r.passwordChangedMs = q.value(9).toLongLong();
    r.lastLoginMs = q.value(10).toLongLong();
    return r;
}

Result<std::optional<OperatorRow>> one(QSqlDatabase& db, const QString& where, const QVariant& key)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operators WHERE ") + where,
                                {key});
        !st)
        return Result<std::optional<OperatorRow>>(st);
    if (!q.next())
        return std::optional<OperatorRow>();
    return std::optional<OperatorRow>(readRow(q));
}

Status expectOneRow(QSqlQuery& q, const Status& st)
{
    if (!st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no such operator"));
    return Status::success();
}

} // namespace

Result<QList<OperatorRow>> OperatorTable::all(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operators ORDER BY name"));
        !st)
        return Result<QList<OperatorRow>>(st);
    QList<OperatorRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<std::optional<OperatorRow>> OperatorTable::byName(QSqlDatabase& db, const QString& name)
{
    return one(db, QStringLiteral("name = ?"), name);
}

Result<std::optional<OperatorRow>> OperatorTable::byId(QSqlDatabase& db, qint64 id)
{
    return one(db, QStringLiteral("id = ?"), id);
}

Result<qint64> OperatorTable::count(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM operators")); !st)
        return Result<qint64>(st);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> OperatorTable::countActiveWithRole(QSqlDatabase& db, const QString& role)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM operators WHERE role = ? AND disabled = 0"),
                                {role});
        !st)
        return Result<qint64>(st);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> OperatorTable::insert(QSqlDatabase& db, const OperatorRow& row)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO operators(name, display_name, role, password_hash, disabled, "
                                           "created_ms, password_changed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {row.name, row.displayName, row.role, row.passwordHash, row.disabled ? 1 : 0, row.createdMs,
                             row.passwordChangedMs});
    if (!st) {
        if (st.code() == ErrorCode::Conflict)
            return Result<qint64>::failure(QStringLiteral("an operator named %1 already exists").arg(row.name), ErrorCode::Conflict);
        return Result<qint64>(st);
    }
    return q.lastInsertId().toLongLong();
}

Status OperatorTable::setDisabled(QSqlDatabase& db, qint64 id, bool disabled)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("UPDATE operators SET disabled = ?, failed_attempts = 0, locked_until_ms = 0 "
                                           "WHERE id = ?"),
                            {disabled ? 1 : 0, id});
    return expectOneRow(q, st);
}

Status OperatorTable::setRole(QSqlDatabase& db, qint64 id, const QString& role)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q, QStringLiteral("UPDATE operators SET role = ? WHERE id = ?"), {role, id});
    return expectOneRow(q, st);
}

Status OperatorTable::setPasswordHash(QSqlDatabase& db, qint64 id, const QString& hash, qint64 nowMs)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("UPDATE operators SET password_hash = ?, password_changed_ms = ?, "
                                           "failed_attempts = 0, locked_until_ms = 0 WHERE id = ?"),
                            {hash, nowMs, id});
    return expectOneRow(q, st);
}

Status OperatorTable::recordFailedLogin(QSqlDatabase& db, qint64 id, int failedAttempts, qint64 lockedUntilMs)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q, QStringLiteral("UPDATE operators SET failed_attempts = ?, locked_until_ms = ? WHERE id = ?"),
                            {failedAttempts, lockedUntilMs, id});
    return expectOneRow(q, st);
}

Status OperatorTable::recordLogin(QSqlDatabase& db, qint64 id, qint64 nowMs)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(
        q, QStringLiteral("UPDATE operators SET failed_attempts = 0, locked_until_ms = 0, last_login_ms = ? WHERE id = ?"),
        {nowMs, id});
    return expectOneRow(q, st);
}

} // namespace lx::store
