#include "store/ModelTable.h"

#include "store/SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace lx::store {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, sha256, kind, labels, metrics, size_bytes, created_by, created_ms, active FROM sentiment_models");

ModelRow readRow(const QSqlQuery& q)
{
    ModelRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.sha256 = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.labels = q.value(4).toString();
    r.metrics = q.value(5).toString();
    r.sizeBytes = q.value(6).toLongLong();
    r.createdBy = q.value(7).toString();
    r.createdMs = q.value(8).toLongLong();
    r.active = q.value(9).toInt() == 1;
    return r;
}

} // namespace

Result<QList<ModelRow>> ModelTable::all(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kSelect + QStringLiteral(" ORDER BY id")); !st)
        return Result<QList<ModelRow>>(st);
    QList<ModelRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<std::optional<ModelRow>> ModelTable::find(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kSelect + QStringLiteral(" WHERE id = ?"), {id}); !st)
        return Result<std::optional<ModelRow>>(st);
    if (!q.next())
        return std::optional<ModelRow>();
    return std::optional<ModelRow>(readRow(q));
}

Result<std::optional<qint64>> ModelTable::activeId(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT id FROM sentiment_models WHERE active = 1")); !st)
        return Result<std::optional<qint64>>(st);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QByteArray> ModelTable::file(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT file FROM sentiment_models WHERE id = ?"), {id}); !st)
        return Result<QByteArray>(st);
    if (!q.next())
        return Result<QByteArray>::failure(QStringLiteral("no model number %1").arg(id));
    return q.value(0).toByteArray();
}

Result<qint64> ModelTable::insert(QSqlDatabase& db, const ModelRow& row, const QByteArray& file)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO sentiment_models(name, sha256, kind, labels, metrics, file, size_bytes,"
                                           " created_by, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {row.name, row.sha256, row.kind, row.labels, row.metrics, file, qint64(file.size()), row.createdBy,
                             row.createdMs});
    if (!st) {
        if (st.code() == ErrorCode::Conflict)
            return Result<qint64>::failure(QStringLiteral("this model file is already registered"), ErrorCode::Conflict);
        return Result<qint64>(st);
    }
    return q.lastInsertId().toLongLong();
}

Status ModelTable::activate(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT 1 FROM sentiment_models WHERE id = ?"), {id}); !st)
        return st;
    if (!q.next())
        return Status::failure(QStringLiteral("no model number %1").arg(id));
    q.finish();
    if (auto st = SqlUtil::exec(db, QStringLiteral("UPDATE sentiment_models SET active = 0 WHERE active = 1")); !st)
        return st;
    return SqlUtil::exec(db, QStringLiteral("UPDATE sentiment_models SET active = 1 WHERE id = ?"), {id});
}

} // namespace lx::store
