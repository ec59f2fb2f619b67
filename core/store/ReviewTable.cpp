#include "store/ReviewTable.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

const QString kReviewSelect = QStringLiteral(
    "SELECT r.message_id, r.day, m.text, r.predicted, r.confidence, r.sensitive, r.keyword, COALESCE(r.label, ''),"
    " COALESCE(r.reviewer, ''), m.time_ms FROM model_reviews r JOIN desk_messages m ON m.id = r.message_id");

ReviewRow readReview(const QSqlQuery& q)
{
    ReviewRow r;
    r.messageId = q.value(0).toLongLong();
    r.day = q.value(1).toString();
    r.text = q.value(2).toString();
    r.predicted = q.value(3).toString();
    if (!q.value(4).isNull())
        r.confidence = q.value(4).toDouble();
    r.sensitive = q.value(5).toInt() != 0;
    r.keyword = q.value(6).toString();
    r.label = q.value(7).toString();
    r.reviewer = q.value(8).toString();
    r.timeMs = q.value(9).toLongLong();
    return r;
}

} // namespace

Result<QList<PredictionRow>> ReviewTable::unsampled(QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT m.id, m.text, m.sentiment, MAX(COALESCE(m.p_positive, 0), COALESCE(m.p_neutral, 0),"
                                               " COALESCE(m.p_negative, 0)), m.time_ms FROM desk_messages m"
                                               " WHERE m.role = 'user' AND m.sentiment IS NOT NULL AND m.p_negative IS NOT NULL"
                                               " AND m.time_ms >= ? AND m.time_ms < ?"
                                               " AND NOT EXISTS (SELECT 1 FROM model_reviews r WHERE r.message_id = m.id)"
                                               " ORDER BY m.id"),
                                {fromMs, toMs});
        !st)
        return Result<QList<PredictionRow>>(st);
    QList<PredictionRow> out;
    while (q.next())
        out.append(PredictionRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                                 q.value(4).toLongLong()});
    return out;
}

Status ReviewTable::insert(QSqlDatabase& db, const ReviewRow& r)
{
    return SqlUtil::exec(db,
                         QStringLiteral("INSERT OR IGNORE INTO model_reviews(message_id, day, predicted, confidence, sensitive, keyword)"
                                        " VALUES (?,?,?,?,?,?)"),
                         {r.messageId, r.day, r.predicted, r.confidence ? QVariant(*r.confidence) : QVariant(), int(r.sensitive),
                          r.keyword});
}

Result<QList<ReviewRow>> ReviewTable::waiting(QSqlDatabase& db, int limit)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kReviewSelect + QStringLiteral(" WHERE r.label IS NULL ORDER BY r.sensitive DESC, r.day, r.message_id LIMIT ?"),
                                {limit});
        !st)
        return Result<QList<ReviewRow>>(st);
    QList<ReviewRow> out;
    while (q.next())
        out.append(readReview(q));
    return out;
}

Result<bool> ReviewTable::setLabel(QSqlDatabase& db, qint64 messageId, const QString& label, const QString& reviewer, qint64 nowMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("UPDATE model_reviews SET label = ?, reviewer = ?, reviewed_ms = ? WHERE message_id = ?"),
                                {label, reviewer, nowMs, messageId});
        !st)
        return Result<bool>(st);
    return q.numRowsAffected() == 1;
}

Result<QList<std::tuple<QString, qint64, qint64>>> ReviewTable::perDay(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT day, COUNT(*), SUM(label = predicted) FROM model_reviews"
                                                  " WHERE label IS NOT NULL GROUP BY day ORDER BY day"));
        !st)
        return Result<QList<std::tuple<QString, qint64, qint64>>>(st);
    QList<std::tuple<QString, qint64, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

Result<QList<ReviewRow>> ReviewTable::corrections(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kReviewSelect + QStringLiteral(" WHERE r.label IS NOT NULL AND r.label <> r.predicted ORDER BY r.day, r.message_id"));
        !st)
        return Result<QList<ReviewRow>>(st);
    QList<ReviewRow> out;
    while (q.next())
        out.append(readReview(q));
    return out;
}

} // namespace lx::store
