#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace lx::store {

struct ModelRow
{
    qint64 id = 0;
    QString name;
    QString sha256;
    QString kind;
    QString labels;  // JSON array
    QString metrics; // JSON object
    qint64 sizeBytes = 0;
    QString createdBy;
    qint64 createdMs = 0;
    bool active = false;
};

// SQL for the sentiment model registry. Files live in the workspace as BLOBs, so a backup holds
// the models too and registration is one transaction.
class ModelTable final
{
public:
    ModelTable() = delete;
    static Result<QList<ModelRow>> all(QSqlDatabase& db);
    static Result<std::optional<ModelRow>> find(QSqlDatabase& db, qint64 id);
    static Result<std::optional<qint64>> activeId(QSqlDatabase& db);
    static Result<QByteArray> file(QSqlDatabase& db, qint64 id);
    static Result<qint64> insert(QSqlDatabase& db, const ModelRow& row, const QByteArray& file);
    // Makes one model the active one (and no other), in the caller's transaction.
    static Status activate(QSqlDatabase& db, qint64 id);
};

} // namespace lx::store
