#include "store/DashboardQuery.h"

#include "store/SqlUtil.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(QStringLiteral("?"));
    return m.join(QLatin1Char(','));
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Binds for "... IN (list) AND time_ms >= ? AND time_ms < ?".
QVariantList listAndPeriod(const QStringList& list, qint64 fromMs, qint64 toMs)
{
    QVariantList binds;
    for (const QString& v : list)
        binds.append(v);
    binds << fromMs << toMs;
    return binds;
}

Result<qint64> countOf(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, sql, binds); !st)
        return Result<qint64>(st);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Rows whose first column is a time; the rest as text.
Result<RowTable> rowsOf(QSqlDatabase& db, const QString& sql, const QVariantList& binds, int columns)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, sql, binds); !st)
        return Result<RowTable>(st);
    RowTable t;
    while (q.next()) {
        QStringList row{when(q.value(0).toLongLong())};
        for (int c = 1; c < columns; ++c)
            row.append(q.value(c).toString());
        t.rows.append(row);
    }
    return t;
}

const QString kChinaDay = QStringLiteral("date((time_ms + 28800000) / 1000, 'unixepoch')");

} // namespace

Result<QPair<EngagementCounts, EngagementCounts>> DashboardQuery::engagement(QSqlDatabase& db, qint64 previousFromMs,
                                                                              qint64 fromMs, qint64 toMs,
                                                                              const QList<int>& impression, const QList<int>& click,
                                                                              const QList<int>& conversion, const QList<int>& engagement)
{
    using R = Result<QPair<EngagementCounts, EngagementCounts>>;
    // One scan: each relevant event falls into its KPI group (impression 1, click 2, conversion 3,
    // engagement 4) and period; distinct users are counted per group and period. (Measured on a
    // million events: a per-user pass with eight conditional columns is slower, and so are eight
    // separate COUNT(DISTINCT) scans.)
    QVariantList binds{fromMs};
    QStringList cases;
    QList<int> all;
    int group = 0;
    for (const QList<int>* set : {&impression, &click, &conversion, &engagement}) {
        ++group;
        cases.append(QStringLiteral("WHEN type IN (%1) THEN %2").arg(marks(set->size())).arg(group));
        for (int t : *set) {
            binds.append(t);
            all.append(t);
        }
    }
    binds.append(previousFromMs);
    binds.append(toMs);
    for (int t : all)
        binds.append(t);
    const QString sql = QStringLiteral("SELECT time_ms >= ? AS cur, CASE %1 END AS g, COUNT(DISTINCT profile_id), COUNT(*)"
                                       " FROM events WHERE time_ms >= ? AND time_ms < ? AND type IN (%2) GROUP BY cur, g")
                            .arg(cases.join(QLatin1Char(' ')), marks(all.size()));
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, sql, binds); !st)
        return R(st);
    QPair<EngagementCounts, EngagementCounts> out;
    while (q.next()) {
        EngagementCounts& c = q.value(0).toInt() ? out.first : out.second;
        const qint64 users = q.value(2).toLongLong();
        switch (q.value(1).toInt()) {
        case 1: c.impressed = users; break;
        case 2: c.clicked = users; break;
        case 3: c.converted = users; break;
        case 4: c.engaged = users; break;
        default: break;
        }
        c.events += q.value(3).toLongLong();
    }
    return out;
}

Result<QList<SentimentDay>> DashboardQuery::sentimentByDay(QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    using R = Result<QList<SentimentDay>>;
    QMap<QDate, SentimentDay> days;
    auto add = [&days](const QString& day, const QString& label, qint64 n) {
        const QDate d = QDate::fromString(day, Qt::ISODate);
        SentimentDay& s = days[d];
        s.date = d;
        if (label == QLatin1String("positive"))
            s.positive += n;
        else if (label == QLatin1String("neutral"))
            s.neutral += n;
        else if (label == QLatin1String("negative"))
            s.negative += n;
    };
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT %1, sentiment, COUNT(*) FROM desk_messages WHERE role = 'user'"
                                               " AND sentiment IS NOT NULL AND time_ms >= ? AND time_ms < ? GROUP BY 1, 2")
                                    .arg(kChinaDay),
                                {fromMs, toMs});
        !st)
        return R(st);
    while (q.next())
        add(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong());
    QSqlQuery e(db);
    if (auto st = SqlUtil::exec(e,
                                QStringLiteral("SELECT %1, sentiment, COUNT(*) FROM events WHERE sentiment IN (1, 2, 3)"
                                               " AND time_ms >= ? AND time_ms < ? GROUP BY 1, 2")
                                    .arg(kChinaDay),
                                {fromMs, toMs});
        !st)
        return R(st);
    while (e.next()) {
        const int s = e.value(1).toInt();
        add(e.value(0).toString(),
            s == 1 ? QStringLiteral("positive") : s == 2 ? QStringLiteral("neutral") : QStringLiteral("negative"),
            e.value(2).toLongLong());
    }
    return days.values();
}

Result<QList<FirstResponse>> DashboardQuery::firstResponses(QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT c.id, c.user_label, c.queued_ms,"
                                               " (SELECT MIN(m.time_ms) FROM desk_messages m WHERE m.conversation_id = c.id"
                                               "   AND m.role IN ('agent','supervisor') AND m.time_ms >= c.queued_ms),"
                                               " (SELECT m.author FROM desk_messages m WHERE m.conversation_id = c.id"
                                               "   AND m.role IN ('agent','supervisor') AND m.time_ms >= c.queued_ms ORDER BY m.time_ms, m.id LIMIT 1)"
                                               " FROM desk_conversations c WHERE c.queued_ms >= ? AND c.queued_ms < ?"
                                               " ORDER BY c.queued_ms"),
                                {fromMs, toMs});
        !st)
        return Result<QList<FirstResponse>>(st);
    QList<FirstResponse> out;
    while (q.next()) {
        FirstResponse r;
        r.conversationId = q.value(0).toLongLong();
        r.user = q.value(1).toString();
        r.queuedMs = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            r.firstReplyMs = q.value(3).toLongLong();
        r.firstReplier = q.value(4).toString();
        out.append(r);
    }
    return out;
}

Result<qint64> DashboardQuery::alertCount(QSqlDatabase& db, const QStringList& kinds, qint64 fromMs, qint64 toMs)
{
    return countOf(db,
                   QStringLiteral("SELECT COUNT(DISTINCT conversation_id) FROM desk_alerts WHERE kind IN (%1)"
                                  " AND time_ms >= ? AND time_ms < ?")
                       .arg(marks(kinds.size())),
                   listAndPeriod(kinds, fromMs, toMs));
}

Result<RowTable> DashboardQuery::alertRows(QSqlDatabase& db, const QStringList& kinds, qint64 fromMs, qint64 toMs)
{
    return rowsOf(db,
                  QStringLiteral("SELECT a.time_ms, a.conversation_id, c.user_label, a.kind, a.text FROM desk_alerts a"
                                 " JOIN desk_conversations c ON c.id = a.conversation_id"
                                 " WHERE a.kind IN (%1) AND a.time_ms >= ? AND a.time_ms < ? ORDER BY a.time_ms DESC")
                      .arg(marks(kinds.size())),
                  listAndPeriod(kinds, fromMs, toMs), 5);
}

Result<QPair<qint64, qint64>> DashboardQuery::callbacks(QSqlDatabase& db, qint64 nowMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT COUNT(*), SUM(due_ms < ?) FROM desk_callbacks WHERE done_ms IS NULL"),
                                {nowMs});
        !st)
        return Result<QPair<qint64, qint64>>(st);
    if (!q.next())
        return QPair<qint64, qint64>(0, 0);
    return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<RowTable> DashboardQuery::callbackRows(QSqlDatabase& db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT b.due_ms, b.conversation_id, c.user_label, c.state, c.last_text"
                                 " FROM desk_callbacks b JOIN desk_conversations c ON c.id = b.conversation_id"
                                 " WHERE b.done_ms IS NULL ORDER BY b.due_ms"),
                  {}, 5);
}

Result<qint64> DashboardQuery::messageCount(QSqlDatabase& db, const QString& role, qint64 fromMs, qint64 toMs)
{
    return countOf(db, QStringLiteral("SELECT COUNT(*) FROM desk_messages WHERE role = ? AND time_ms >= ? AND time_ms < ?"),
                   {role, fromMs, toMs});
}

Result<qint64> DashboardQuery::replyCount(QSqlDatabase& db, const QStringList& authors, qint64 fromMs, qint64 toMs)
{
    return countOf(db,
                   QStringLiteral("SELECT COUNT(*) FROM desk_messages WHERE role IN ('agent','supervisor') AND author IN (%1)"
                                  " AND time_ms >= ? AND time_ms < ?")
                       .arg(marks(authors.size())),
                   listAndPeriod(authors, fromMs, toMs));
}

Result<RowTable> DashboardQuery::replyRows(QSqlDatabase& db, const QStringList& authors, qint64 fromMs, qint64 toMs)
{
    return rowsOf(db,
                  QStringLiteral("SELECT m.time_ms, m.conversation_id, c.user_label, m.text FROM desk_messages m"
                                 " JOIN desk_conversations c ON c.id = m.conversation_id"
                                 " WHERE m.role IN ('agent','supervisor') AND m.author IN (%1)"
                                 " AND m.time_ms >= ? AND m.time_ms < ? ORDER BY m.time_ms DESC LIMIT 1000")
                      .arg(marks(authors.size())),
                  listAndPeriod(authors, fromMs, toMs), 4);
}

Result<QPair<qint64, qint64>> DashboardQuery::callbacksHeldBy(QSqlDatabase& db, qint64 operatorId, qint64 nowMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT COUNT(*), SUM(b.due_ms < ?) FROM desk_callbacks b"
                                               " JOIN desk_conversations c ON c.id = b.conversation_id"
                                               " WHERE b.done_ms IS NULL AND c.agent_id = ?"),
                                {nowMs, operatorId});
        !st)
        return Result<QPair<qint64, qint64>>(st);
    if (!q.next())
        return QPair<qint64, qint64>(0, 0);
    return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<QList<SentimentDay>> DashboardQuery::sentimentAnsweredBy(QSqlDatabase& db, const QStringList& authors, qint64 fromMs,
                                                                qint64 toMs)
{
    QVariantList binds{fromMs, toMs};
    for (const QString& a : authors)
        binds.append(a);
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT %1, u.sentiment, COUNT(*) FROM desk_messages u WHERE u.role = 'user'"
                                               " AND u.sentiment IS NOT NULL AND u.time_ms >= ? AND u.time_ms < ?"
                                               " AND EXISTS (SELECT 1 FROM desk_messages a WHERE a.conversation_id = u.conversation_id"
                                               "   AND a.role IN ('agent','supervisor') AND a.author IN (%2)) GROUP BY 1, 2")
                                    .arg(QString(kChinaDay).replace(QStringLiteral("time_ms"), QStringLiteral("u.time_ms")),
                                         marks(authors.size())),
                                binds);
        !st)
        return Result<QList<SentimentDay>>(st);
    QMap<QDate, SentimentDay> days;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        SentimentDay& s = days[d];
        s.date = d;
        const QString label = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (label == QLatin1String("positive"))
            s.positive += n;
        else if (label == QLatin1String("neutral"))
            s.neutral += n;
        else
            s.negative += n;
    }
    return days.values();
}

Result<RowTable> DashboardQuery::userRows(QSqlDatabase& db, const QList<int>& types, qint64 fromMs, qint64 toMs, int limit)
{
    QVariantList binds;
    for (int t : types)
        binds.append(t);
    binds << fromMs << toMs << limit;
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT p.platform, CASE WHEN p.name_masked <> '' THEN p.name_masked ELSE p.platform_user_id END,"
                                               " MAX(e.time_ms), COUNT(*) FROM events e JOIN profiles p ON p.id = e.profile_id"
                                               " WHERE e.type IN (%1) AND e.time_ms >= ? AND e.time_ms < ?"
                                               " GROUP BY e.profile_id ORDER BY 3 DESC LIMIT ?")
                                    .arg(marks(types.size())),
                                binds);
        !st)
        return Result<RowTable>(st);
    RowTable t;
    while (q.next())
        t.rows.append({q.value(0).toString(), q.value(1).toString(), when(q.value(2).toLongLong()), q.value(3).toString()});
    return t;
}

} // namespace lx::store
