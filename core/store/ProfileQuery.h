#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace lx::store {

// One condition of a segment, in stored terms: a profile_layers column against codes, a tag,
// or a purpose bit (consent, with the separate sensitive consent for users under 14).
struct SegmentCondition
{
    enum class Kind { Column, Tag, Consent };
    Kind kind = Kind::Column;
    QString column;      // Column: a profile_layers column
    QList<int> codes;    // Column: any of these; Consent: the purpose bits (all required)
    QStringList tags;    // Tag: any of these
    bool negate = false;
};

struct ProfileListRow
{
    qint64 id = 0;
    QString platform, platformUserId, nameMasked, phoneMasked, city;
    int gender = 0, ageBand = 0, cityTier = 0, occupation = 0, valueTier = 0, attitude = 0, consents = 0;
    bool vip = false;
    std::optional<qint64> lastSeenMs;
};

struct FunnelStepCount
{
    int type = 0;
    qint64 users = 0;
};

// Read-side SQL for segments, profile pages and funnels. Segments are counted on the narrow
// profile_layers table; funnels run entirely in SQL over the events' (user, type, time) order.
class ProfileQuery final
{
public:
    ProfileQuery() = delete;

    static Result<qint64> count(QSqlDatabase& db, const QList<SegmentCondition>& segment);
    static Result<QList<ProfileListRow>> page(QSqlDatabase& db, const QList<SegmentCondition>& segment, qint64 offset, int limit);
    static Result<QList<qint64>> ids(QSqlDatabase& db, const QList<SegmentCondition>& segment);
    // Counts per layer value of one column within the segment (for the builder's hints).
    static Result<QList<qint64>> breakdown(QSqlDatabase& db, const QList<SegmentCondition>& segment, const QString& column, int values);

    // Users who did step 1 in [fromMs, toMs], then each later step in order, no later than
    // windowMs after their first step 1 in that range.
    static Result<QList<FunnelStepCount>> funnel(QSqlDatabase& db, const QList<int>& types, qint64 fromMs, qint64 toMs,
                                                 qint64 windowMs, const QList<SegmentCondition>& segment);

    // Profiles not seen since the cutoff (last_seen, else first seen, else created).
    static Result<QList<qint64>> inactiveSince(QSqlDatabase& db, qint64 cutoffMs);
};

} // namespace lx::store
