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

// One user's part in an experiment, read from the events: the variant they were shown, when
// first, when they first succeeded afterwards (the metric's event), and whether they consent.
struct ExposureRow
{
    qint64 profileId = 0;
    QString variant;
    qint64 firstExposureMs = 0;
    std::optional<qint64> firstSuccessMs;
    bool consented = false;
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
    // Users exposed to the experiment (events whose experiment is one of keys, of an exposure
    // type, with a variant); success = the first success-type event at or after the exposure that
    // is tagged with the experiment or untagged, no later than endMs; consented = the profile's
    // current consent bits include consentBit.
    static Result<QList<ExposureRow>> exposures(QSqlDatabase& db, const QStringList& keys, const QList<int>& exposureTypes,
                                                const QList<int>& successTypes, int consentBit, std::optional<qint64> endMs);
};

} // namespace lx::store
