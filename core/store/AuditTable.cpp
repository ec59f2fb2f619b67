#include "store/AuditTable.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {
AuditRow readRow(const QSqlQuery& q)
{
    AuditRow r;
    r.seq = q.value(0).toLongLong();
    r.timeMs = q.value(1).toLongLong();
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.target = q.value(4).toString();
    r.details = q.value(5).toString();
    r.prevHash = q.value(6).toString();
    r.hash = q.value(7).toString();
    return r;
}
const QString kSelect = QStringLiteral("SELECT seq, time_ms, actor, action, target, details, prev_hash, hash FROM audit_log");
} // namespace

Result<std::optional<AuditHead>> AuditTable::head(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")); !st)
        return Result<std::optional<AuditHead>>(st);
    if (!q.next())
        return std::optional<AuditHead>();
    return std::optional<AuditHead>(AuditHead{q.value(0).toLongLong(), q.value(1).toString()});
}

Status AuditTable::append(QSqlDatabase& db, const AuditRow& row)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO audit_log(seq, time_ms, actor, action, target, details, "
                                           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {row.seq, row.timeMs, row.actor, row.action, row.target, row.details, row.prevHash, row.hash});
    if (!st)
        return st;
    return SqlUtil::exec(q,
                         QStringLiteral("INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) "
                                        "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                         {row.seq, row.hash});
}

Result<QList<AuditRow>> AuditTable::query(QSqlDatabase& db, const AuditQuery& f)
{
    QString sql = kSelect + QStringLiteral(" WHERE 1=1");
    QVariantList binds;
    if (!f.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds << f.actor;
    }
    if (!f.actionPrefix.isEmpty()) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        binds << f.actionPrefix.size() << f.actionPrefix;
    }
    if (f.fromMs > 0) {
        sql += QStringLiteral(" AND time_ms >= ?");
        binds << f.fromMs;
    }
    if (f.toMs > 0) {
        sql += QStringLiteral(" AND time_ms < ?");
        binds << f.toMs;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << (f.limit > 0 ? f.limit : -1);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = SqlUtil::exec(q, sql, binds); !st)
        return Result<QList<AuditRow>>(st);
    QList<AuditRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<QStringList> AuditTable::distinctActors(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")); !st)
        return Result<QStringList>(st);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> AuditTable::count(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM audit_log")); !st)
        return Result<qint64>(st);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status AuditTable::forEach(QSqlDatabase& db, const std::function<bool(const AuditRow&)>& visitor)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = SqlUtil::exec(q, kSelect + QStringLiteral(" ORDER BY seq")); !st)
        return st;
    while (q.next()) {
        if (!visitor(readRow(q)))
            break;
    }
    return Status::success();
}

} // namespace lx::store
