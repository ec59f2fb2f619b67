#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlDriver;
class QSqlQuery;
struct sqlite3;

namespace lx::store {

// Small helpers shared by the store's tables; the only module that speaks SQL.
class SqlUtil final
{
public:
    SqlUtil() = delete;

    static Status applyConnectionPragmas(QSqlDatabase& db, bool writer);
    // Prepares, binds positionally and executes; the error names the statement's purpose.
    static Status exec(QSqlQuery& query, const QString& sql, const QVariantList& binds = {});
    static Status exec(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
    // Binds and executes a statement prepared once and run many times (a batch's statements).
    static Status execPrepared(QSqlQuery& query, const QVariantList& binds);
    static qint64 nowMs();
    // A failed statement as a Status whose code says what kind of failure it was (a unique key
    // is a conflict, a check or a reference is invalid input, a locked file is busy, …).
    static Status failure(const QSqlQuery& query);
    // SQLite's (extended) result code as an ErrorCode.
    static ErrorCode codeOf(int sqliteResult);
    // The connection's SQLite handle, for the bulk paths that bypass QSqlQuery (nullptr if none).
    static sqlite3* handle(const QSqlDatabase& db);

private:
    static sqlite3* handleOf(const QSqlDriver* driver);
};

} // namespace lx::store
