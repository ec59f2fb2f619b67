#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace lx::store {

struct AuditRow
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString actor;
    QString action;
    QString target;
    QString details; // compact JSON object
    QString prevHash;
    QString hash;
};

struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

struct AuditQuery
{
    QString actor;        // exact, empty = any
    QString actionPrefix; // "auth." matches every auth action; empty = any
    qint64 fromMs = 0;    // inclusive, 0 = open
    qint64 toMs = 0;      // exclusive, 0 = open
    int limit = 5000;     // newest first
};

// SQL for the append-only audit log and its recorded head (the last entry's seq and hash).
class AuditTable final
{
public:
    AuditTable() = delete;

    static Result<std::optional<AuditHead>> head(QSqlDatabase& db);
    static Status append(QSqlDatabase& db, const AuditRow& row);
    static Result<QList<AuditRow>> query(QSqlDatabase& db, const AuditQuery& filter);
    static Result<QStringList> distinctActors(QSqlDatabase& db);
    static Result<qint64> count(QSqlDatabase& db);
    // Visits every row in seq order; visitor returns false to stop early.
    static Status forEach(QSqlDatabase& db, const std::function<bool(const AuditRow&)>& visitor);
};

} // namespace lx::store
