#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace lx::store {

struct ExperimentVariantRow
{
    QString label;
    qint64 itemId = 0;
    int version = 0;
    double weight = 1;
};

struct ExperimentRow
{
    qint64 id = 0;
    QString name;
    QString salt;
    QString metric;
    QStringList guardrails;
    std::optional<double> baseline;
    std::optional<double> mde;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString status;
    QString createdBy;
    qint64 createdMs = 0;
    QList<ExperimentVariantRow> variants;
};

// SQL for experiments and their variants.
class ExperimentTable final
{
public:
    ExperimentTable() = delete;
    static Result<QList<ExperimentRow>> all(QSqlDatabase& db);
    static Result<std::optional<ExperimentRow>> find(QSqlDatabase& db, qint64 id);
    static Result<qint64> insert(QSqlDatabase& db, const ExperimentRow& row);
    static Status setStatus(QSqlDatabase& db, qint64 id, const QString& status);
};

} // namespace lx::store
