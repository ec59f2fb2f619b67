#include "store/SqlUtil.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace lx::store {

Status SqlUtil::applyConnectionPragmas(QSqlDatabase& db, bool writer)
{
    QSqlQuery q(db);
    const QStringList pragmas = writer
        ? QStringList{QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                      // Erased personal data is overwritten, not left in free pages.
                      QStringLiteral("PRAGMA secure_delete=ON"),
                      // Imports write into large B-trees: keep their working set in memory (128 MiB).
                      QStringLiteral("PRAGMA cache_size=-131072"),
                      // The writer checkpoints when idle (StoreWriter), not inside a commit; the
                      // log file is cut back to 64 MiB after each checkpoint.
                      QStringLiteral("PRAGMA journal_size_limit=67108864")}
        : QStringList{QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA query_only=ON")};
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return Status::failure(QStringLiteral("cannot configure the workspace connection: ") + q.lastError().text());
    }
    return Status::success();
}

ErrorCode SqlUtil::codeOf(int sqliteResult)
{
    switch (sqliteResult) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return ErrorCode::Conflict;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return ErrorCode::NotFound; // what the row refers to is not there
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_TRIGGER:
        return ErrorCode::Invalid;
    default:
        break;
    }
    switch (sqliteResult & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Invalid;
    default:
        return ErrorCode::Failed;
    }
}

Status SqlUtil::failure(const QSqlQuery& query)
{
    // The connection's extended result code says which constraint failed; Qt's error carries
    // only the primary code.
    int result = query.lastError().nativeErrorCode().toInt();
    if (sqlite3* h = handleOf(query.driver()))
        result = sqlite3_extended_errcode(h);
    return Status::failure(query.lastError().text(), codeOf(result));
}

Status SqlUtil::exec(QSqlQuery& query, const QString& sql, const QVariantList& binds)
{
    if (!query.prepare(sql))
        return failure(query);
    return execPrepared(query, binds);
}

Status SqlUtil::execPrepared(QSqlQuery& query, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // A null QString binds as SQL NULL; text columns mean "empty" by it. Pass an invalid
        // QVariant to store NULL on purpose.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
    if (!query.exec())
        return failure(query);
    return Status::success();
}

Status SqlUtil::exec(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    return exec(q, sql, binds);
}

qint64 SqlUtil::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

sqlite3* SqlUtil::handle(const QSqlDatabase& db)
{
    return handleOf(db.driver());
}

sqlite3* SqlUtil::handleOf(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace lx::store
