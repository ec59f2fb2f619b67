#include "store/ExperimentTable.h"

#include "store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

QVariant optionalValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optionalValue(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

Status loadVariants(QSqlDatabase& db, ExperimentRow& row)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT label, item_id, version, weight FROM experiment_variants"
                                               " WHERE experiment_id = ? ORDER BY label"),
                                {row.id});
        !st)
        return st;
    while (q.next())
        row.variants.append(ExperimentVariantRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt(),
                                                 q.value(3).toDouble()});
    return Status::success();
}

const QString kSelect = QStringLiteral("SELECT id, name, salt, metric, guardrails, baseline, mde, start_ms, end_ms, status,"
                                       " created_by, created_ms FROM experiments");

ExperimentRow readRow(const QSqlQuery& q)
{
    ExperimentRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.salt = q.value(2).toString();
    r.metric = q.value(3).toString();
    for (const auto& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        r.guardrails.append(v.toString());
    if (!q.value(5).isNull())
        r.baseline = q.value(5).toDouble();
    if (!q.value(6).isNull())
        r.mde = q.value(6).toDouble();
    if (!q.value(7).isNull())
        r.startMs = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        r.endMs = q.value(8).toLongLong();
    r.status = q.value(9).toString();
    r.createdBy = q.value(10).toString();
    r.createdMs = q.value(11).toLongLong();
    return r;
}

} // namespace

Result<QList<ExperimentRow>> ExperimentTable::all(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kSelect + QStringLiteral(" ORDER BY id")); !st)
        return Result<QList<ExperimentRow>>(st);
    QList<ExperimentRow> out;
    while (q.next())
        out.append(readRow(q));
    q.finish();
    for (ExperimentRow& r : out) {
        if (auto st = loadVariants(db, r); !st)
            return Result<QList<ExperimentRow>>(st);
    }
    return out;
}

Result<std::optional<ExperimentRow>> ExperimentTable::find(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kSelect + QStringLiteral(" WHERE id = ?"), {id}); !st)
        return Result<std::optional<ExperimentRow>>(st);
    if (!q.next())
        return std::optional<ExperimentRow>();
    ExperimentRow r = readRow(q);
    q.finish();
    if (auto st = loadVariants(db, r); !st)
        return Result<std::optional<ExperimentRow>>(st);
    return std::optional<ExperimentRow>(r);
}

Result<qint64> ExperimentTable::insert(QSqlDatabase& db, const ExperimentRow& row)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO experiments(name, salt, metric, guardrails, baseline, mde, start_ms,"
                                           " end_ms, status, created_by, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {row.name, row.salt, row.metric,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(row.guardrails)).toJson(QJsonDocument::Compact)),
                             optionalValue(row.baseline), optionalValue(row.mde), optionalValue(row.startMs),
                             optionalValue(row.endMs), row.status, row.createdBy, row.createdMs});
    if (!st) {
        if (st.code() == ErrorCode::Conflict)
            return Result<qint64>::failure(QStringLiteral("an experiment named %1 already exists").arg(row.name), ErrorCode::Conflict);
        return Result<qint64>(st);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (const ExperimentVariantRow& v : row.variants) {
        if (auto vs = SqlUtil::exec(db,
                                    QStringLiteral("INSERT INTO experiment_variants(experiment_id, label, item_id, version,"
                                                   " weight) VALUES (?, ?, ?, ?, ?)"),
                                    {id, v.label, v.itemId, v.version, v.weight});
            !vs)
            return Result<qint64>(vs);
    }
    return id;
}

Status ExperimentTable::setStatus(QSqlDatabase& db, qint64 id, const QString& status)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("UPDATE experiments SET status = ? WHERE id = ?"), {status, id}); !st)
        return st;
    return q.numRowsAffected() == 1 ? Status::success() : Status::failure(QStringLiteral("no experiment number %1").arg(id));
}

Result<QList<ExposureRow>> ExperimentTable::exposures(QSqlDatabase& db, const QStringList& keys, const QList<int>& exposureTypes,
                                                      const QList<int>& successTypes, int consentBit, std::optional<qint64> endMs)
{
    auto marks = [](qsizetype n) {
        QStringList m;
        for (qsizetype i = 0; i < n; ++i)
            m.append(QStringLiteral("?"));
        return m.join(QLatin1Char(','));
    };
    QVariantList binds;
    for (int t : successTypes)
        binds.append(t);
    for (const QString& k : keys)
        binds.append(k);
    binds.append(endMs ? QVariant(*endMs) : QVariant(std::numeric_limits<qint64>::max()));
    binds.append(consentBit);
    for (const QString& k : keys)
        binds.append(k);
    for (int t : exposureTypes)
        binds.append(t);
    const QString sql =
        QStringLiteral("SELECT x.profile_id, x.variant, x.first_ms,"
                       " (SELECT MIN(s.time_ms) FROM events s WHERE s.profile_id = x.profile_id AND s.type IN (%1)"
                       "   AND (s.experiment IN (%2) OR s.experiment IS NULL OR s.experiment = '')"
                       "   AND s.time_ms >= x.first_ms AND s.time_ms <= ?),"
                       " (COALESCE((SELECT l.consents FROM profile_layers l WHERE l.profile_id = x.profile_id), 0) & ?) <> 0"
                       " FROM (SELECT profile_id, variant, MIN(time_ms) AS first_ms FROM events"
                       "       WHERE experiment IN (%2) AND type IN (%3) AND variant IS NOT NULL AND variant <> ''"
                       "       GROUP BY profile_id, variant) x ORDER BY x.first_ms, x.profile_id")
            .arg(marks(successTypes.size()), marks(keys.size()), marks(exposureTypes.size()));
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, sql, binds); !st)
        return Result<QList<ExposureRow>>(st);
    QList<ExposureRow> out;
    while (q.next()) {
        ExposureRow r;
        r.profileId = q.value(0).toLongLong();
        r.variant = q.value(1).toString();
        r.firstExposureMs = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            r.firstSuccessMs = q.value(3).toLongLong();
        r.consented = q.value(4).toInt() != 0;
        out.append(r);
    }
    return out;
}

} // namespace lx::store
