#include "store/ProfileQuery.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

const QStringList kColumns = {QStringLiteral("platform"), QStringLiteral("gender"), QStringLiteral("age_band"),
                              QStringLiteral("city_tier"), QStringLiteral("occupation"), QStringLiteral("value_tier"),
                              QStringLiteral("vip"), QStringLiteral("attitude"), QStringLiteral("minor")};

// WHERE clause over profile_layers aliased l; only whitelisted column names reach the SQL.
Result<QString> where(const QList<SegmentCondition>& segment, QVariantList& binds)
{
    QStringList parts;
    for (const SegmentCondition& c : segment) {
        QString sql;
        switch (c.kind) {
        case SegmentCondition::Kind::Column: {
            if (!kColumns.contains(c.column) || c.codes.isEmpty())
                return Result<QString>::failure(QStringLiteral("segment column"));
            QStringList marks;
            for (int code : c.codes) {
                marks.append(QStringLiteral("?"));
                binds.append(code);
            }
            sql = QStringLiteral("l.%1 IN (%2)").arg(c.column, marks.join(u','));
            break;
        }
        case SegmentCondition::Kind::Tag: {
            QStringList marks;
            for (const QString& t : c.tags) {
                marks.append(QStringLiteral("?"));
                binds.append(t);
            }
            sql = QStringLiteral("l.profile_id IN (SELECT profile_id FROM profile_tags WHERE tag IN (%1))").arg(marks.join(u','));
            break;
        }
        case SegmentCondition::Kind::Consent: {
            int bits = 0;
            for (int b : c.codes)
                bits |= b;
            // Sensitive-data consent (bit 8) is also needed for a user under 14.
            sql = QStringLiteral("((l.consents & %1) = %1 AND (l.minor = 0 OR (l.consents & 8) = 8))").arg(bits);
            break;
        }
        }
        parts.append(c.negate ? QStringLiteral("NOT ") + sql : sql);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> ProfileQuery::count(QSqlDatabase& db, const QList<SegmentCondition>& segment)
{
    QVariantList binds;
    auto w = where(segment, binds);
    if (!w)
        return Result<qint64>(w.status());
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT COUNT(*) FROM profile_layers l") + w.value(), binds); !st)
        return Result<qint64>(st);
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<ProfileListRow>> ProfileQuery::page(QSqlDatabase& db, const QList<SegmentCondition>& segment, qint64 offset, int limit)
{
    QVariantList binds;
    auto w = where(segment, binds);
    if (!w)
        return Result<QList<ProfileListRow>>(w.status());
    binds.append(limit);
    binds.append(offset);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT p.id, p.platform, p.platform_user_id, p.name_masked, p.phone_masked, p.city,"
                                               " l.gender, l.age_band, l.city_tier, l.occupation, l.value_tier, l.attitude,"
                                               " l.consents, l.vip, l.last_seen_ms"
                                               " FROM (SELECT * FROM profile_layers l%1 ORDER BY l.profile_id LIMIT ? OFFSET ?) l"
                                               " JOIN profiles p ON p.id = l.profile_id ORDER BY l.profile_id")
                                    .arg(w.value()),
                                binds);
        !st)
        return Result<QList<ProfileListRow>>(st);
    QList<ProfileListRow> out;
    while (q.next()) {
        ProfileListRow r;
        r.id = q.value(0).toLongLong();
        r.platform = q.value(1).toString();
        r.platformUserId = q.value(2).toString();
        r.nameMasked = q.value(3).toString();
        r.phoneMasked = q.value(4).toString();
        r.city = q.value(5).toString();
        r.gender = q.value(6).toInt();
        r.ageBand = q.value(7).toInt();
        r.cityTier = q.value(8).toInt();
        r.occupation = q.value(9).toInt();
        r.valueTier = q.value(10).toInt();
        r.attitude = q.value(11).toInt();
        r.consents = q.value(12).toInt();
        r.vip = q.value(13).toInt() != 0;
        if (!q.value(14).isNull())
            r.lastSeenMs = q.value(14).toLongLong();
        out.append(r);
    }
    return out;
}

Result<QList<qint64>> ProfileQuery::ids(QSqlDatabase& db, const QList<SegmentCondition>& segment)
{
    QVariantList binds;
    auto w = where(segment, binds);
    if (!w)
        return Result<QList<qint64>>(w.status());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT l.profile_id FROM profile_layers l") + w.value(), binds); !st)
        return Result<QList<qint64>>(st);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QList<qint64>> ProfileQuery::breakdown(QSqlDatabase& db, const QList<SegmentCondition>& segment, const QString& column, int values)
{
    if (!kColumns.contains(column))
        return Result<QList<qint64>>::failure(QStringLiteral("segment column"));
    QVariantList binds;
    auto w = where(segment, binds);
    if (!w)
        return Result<QList<qint64>>(w.status());
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT l.%1, COUNT(*) FROM profile_layers l%2 GROUP BY l.%1").arg(column, w.value()), binds);
        !st)
        return Result<QList<qint64>>(st);
    QList<qint64> out(values, 0);
    while (q.next()) {
        const int code = q.value(0).toInt();
        if (code >= 0 && code < values)
            out[code] = q.value(1).toLongLong();
    }
    return out;
}

Result<QList<FunnelStepCount>> ProfileQuery::funnel(QSqlDatabase& db, const QList<int>& types, qint64 fromMs, qint64 toMs,
                                                    qint64 windowMs, const QList<SegmentCondition>& segment)
{
    if (types.size() < 2)
        return Result<QList<FunnelStepCount>>::failure(QStringLiteral("a funnel needs two steps or more"));
    QVariantList binds;
    auto w = where(segment, binds);
    if (!w)
        return Result<QList<FunnelStepCount>>(w.status());
    // s1: each user's first step-1 event in range; sK: their first step-K event after s(K-1)
    // and within the window of s1.
    QStringList ctes;
    QVariantList all;
    const QString segmentJoin = segment.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" AND e.profile_id IN (SELECT l.profile_id FROM profile_layers l%1)").arg(w.value());
    ctes.append(QStringLiteral("s1 AS (SELECT e.profile_id, MIN(e.time_ms) AS t0, MIN(e.time_ms) AS t FROM events e"
                               " WHERE e.type = ? AND e.time_ms BETWEEN ? AND ?%1 GROUP BY e.profile_id)")
                    .arg(segmentJoin));
    all << types.at(0) << fromMs << toMs;
    all += binds;
    for (int k = 1; k < types.size(); ++k) {
        ctes.append(QStringLiteral("s%1 AS (SELECT s.profile_id, s.t0, MIN(e.time_ms) AS t FROM s%2 s JOIN events e"
                                   " ON e.profile_id = s.profile_id AND e.type = ? AND e.time_ms >= s.t AND e.time_ms <= s.t0 + ?"
                                   " GROUP BY s.profile_id)")
                        .arg(k + 1)
                        .arg(k));
        all << types.at(k) << windowMs;
    }
    QStringList counts;
    for (int k = 1; k <= types.size(); ++k)
        counts.append(QStringLiteral("(SELECT COUNT(*) FROM s%1)").arg(k));
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QStringLiteral(" SELECT ")
                                       + counts.join(QStringLiteral(", ")),
                                all);
        !st)
        return Result<QList<FunnelStepCount>>(st);
    QList<FunnelStepCount> out;
    if (!q.next())
        return out;
    for (int k = 0; k < types.size(); ++k)
        out.append(FunnelStepCount{types.at(k), q.value(k).toLongLong()});
    return out;
}

Result<QList<qint64>> ProfileQuery::inactiveSince(QSqlDatabase& db, qint64 cutoffMs)
{
    QSqlQuery q(db);
    // Inactive by the profile's own dates and by its events: an import cut short before it
    // moved last_seen never makes an active user look inactive.
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT p.id FROM profiles p"
                                                  " WHERE COALESCE(p.last_seen_ms, p.first_seen_ms, p.created_ms) < ?"
                                                  " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.profile_id = p.id AND e.time_ms >= ?)"
                                                  " ORDER BY p.id"),
                                {cutoffMs, cutoffMs});
        !st)
        return Result<QList<qint64>>(st);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace lx::store
