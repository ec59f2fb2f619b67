#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace lx::store {

// Users doing each kind of thing in a period (one pass over the events).
struct EngagementCounts
{
    qint64 impressed = 0;
    qint64 clicked = 0;
    qint64 converted = 0;  // conversion or purchase
    qint64 engaged = 0;    // like, comment, share or favorite
    qint64 events = 0;
};

struct SentimentDay
{
    QDate date;
    qint64 positive = 0, neutral = 0, negative = 0;
};

struct FirstResponse
{
    qint64 conversationId = 0;
    QString user;
    qint64 queuedMs = 0;
    std::optional<qint64> firstReplyMs;
    QString firstReplier; // the author of the first reply
};

// A table of rows for the dashboard's click-through.
struct RowTable
{
    QStringList headers;
    QList<QStringList> rows;
};

// The dashboard's aggregates, computed in SQL so that a workspace with a million events opens
// in well under a second.
class DashboardQuery final
{
public:
    DashboardQuery() = delete;

    // [from, to) and the period before it, [previousFrom, from), in one scan.
    static Result<QPair<EngagementCounts, EngagementCounts>> engagement(QSqlDatabase& db, qint64 previousFromMs,
                                                                         qint64 fromMs, qint64 toMs,
                                                                         const QList<int>& impression, const QList<int>& click,
                                                                         const QList<int>& conversion, const QList<int>& engagement);
    // Daily sentiment of user messages at the desk and of events that carry one (China days).
    static Result<QList<SentimentDay>> sentimentByDay(QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    static Result<QList<FirstResponse>> firstResponses(QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    static Result<qint64> alertCount(QSqlDatabase& db, const QStringList& kinds, qint64 fromMs, qint64 toMs);
    static Result<RowTable> alertRows(QSqlDatabase& db, const QStringList& kinds, qint64 fromMs, qint64 toMs);
    // Open callbacks: (due, overdue at nowMs).
    static Result<QPair<qint64, qint64>> callbacks(QSqlDatabase& db, qint64 nowMs);
    static Result<RowTable> callbackRows(QSqlDatabase& db);
    static Result<qint64> messageCount(QSqlDatabase& db, const QString& role, qint64 fromMs, qint64 toMs);
    // One operator's slice: replies written under one of their names, callbacks on the
    // conversations they hold, the sentiment of the conversations they answered.
    static Result<qint64> replyCount(QSqlDatabase& db, const QStringList& authors, qint64 fromMs, qint64 toMs);
    static Result<RowTable> replyRows(QSqlDatabase& db, const QStringList& authors, qint64 fromMs, qint64 toMs);
    static Result<QPair<qint64, qint64>> callbacksHeldBy(QSqlDatabase& db, qint64 operatorId, qint64 nowMs);
    static Result<QList<SentimentDay>> sentimentAnsweredBy(QSqlDatabase& db, const QStringList& authors, qint64 fromMs, qint64 toMs);
    // Users (platform, masked name or id) who did one of the types in the period, newest first.
    static Result<RowTable> userRows(QSqlDatabase& db, const QList<int>& types, qint64 fromMs, qint64 toMs, int limit);
};

} // namespace lx::store
