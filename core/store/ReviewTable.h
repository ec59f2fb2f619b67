#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace lx::store {

// A user message the model labelled, as the review sampler sees it.
struct PredictionRow
{
    qint64 messageId = 0;
    QString text;
    QString predicted;
    double confidence = 0;
    qint64 timeMs = 0;
};

struct ReviewRow
{
    qint64 messageId = 0;
    QString day;
    QString text;
    QString predicted;
    std::optional<double> confidence;
    bool sensitive = false;
    QString keyword;
    QString label;      // empty while waiting
    QString reviewer;
    qint64 timeMs = 0;  // of the message
};

// SQL for the model-quality review queue.
class ReviewTable final
{
public:
    ReviewTable() = delete;
    // Model-labelled user messages of [from, to) not yet in the review table.
    static Result<QList<PredictionRow>> unsampled(QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    static Status insert(QSqlDatabase& db, const ReviewRow& row);
    static Result<QList<ReviewRow>> waiting(QSqlDatabase& db, int limit);
    static Result<bool> setLabel(QSqlDatabase& db, qint64 messageId, const QString& label, const QString& reviewer, qint64 nowMs);
    // Per sampling day: (day, reviewed, confirmed), oldest first.
    static Result<QList<std::tuple<QString, qint64, qint64>>> perDay(QSqlDatabase& db);
    // Reviewed rows whose label differs from the prediction.
    static Result<QList<ReviewRow>> corrections(QSqlDatabase& db);
};

} // namespace lx::store
