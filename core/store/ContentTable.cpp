#include "store/ContentTable.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {
const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.kind, i.grp, i.platform, i.name, coalesce(i.builtin_id, ''), i.created_ms,"
    " v.version, v.body, v.author, v.time_ms, i.segment, i.tags"
    " FROM content_items i JOIN content_versions v ON v.item_id = i.id"
    " AND v.version = (SELECT max(version) FROM content_versions WHERE item_id = i.id)");

ContentItemRow readItem(const QSqlQuery& q)
{
    ContentItemRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.group = q.value(2).toString();
    r.platform = q.value(3).toString();
    r.name = q.value(4).toString();
    r.builtinId = q.value(5).toString();
    r.createdMs = q.value(6).toLongLong();
    r.latestVersion = q.value(7).toInt();
    r.latestBody = q.value(8).toString();
    r.latestAuthor = q.value(9).toString();
    r.latestMs = q.value(10).toLongLong();
    r.segment = q.value(11).toString();
    r.tags = q.value(12).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    return r;
}

ContentVersionRow readVersion(const QSqlQuery& q)
{
    ContentVersionRow r;
    r.itemId = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.body = q.value(2).toString();
    r.author = q.value(3).toString();
    r.timeMs = q.value(4).toLongLong();
    r.note = q.value(5).toString();
    r.overrideBy = q.value(6).toString();
    r.overrideReason = q.value(7).toString();
    r.overrideMs = q.value(8).toLongLong();
    return r;
}
} // namespace

Result<QList<ContentItemRow>> ContentTable::items(QSqlDatabase& db, const QString& kind)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kItemSelect + QStringLiteral(" WHERE i.kind = ? ORDER BY i.grp, i.name"), {kind}); !st)
        return Result<QList<ContentItemRow>>(st);
    QList<ContentItemRow> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

Result<std::optional<ContentItemRow>> ContentTable::item(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kItemSelect + QStringLiteral(" WHERE i.id = ?"), {id}); !st)
        return Result<std::optional<ContentItemRow>>(st);
    if (!q.next())
        return std::optional<ContentItemRow>();
    return std::optional<ContentItemRow>(readItem(q));
}

Result<QList<ContentVersionRow>> ContentTable::versions(QSqlDatabase& db, qint64 itemId)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT item_id, version, body, author, time_ms, note, coalesce(override_by, ''),"
                                               " coalesce(override_reason, ''), coalesce(override_ms, 0) FROM content_versions "
                                               "WHERE item_id = ? ORDER BY version DESC"),
                                {itemId});
        !st)
        return Result<QList<ContentVersionRow>>(st);
    QList<ContentVersionRow> out;
    while (q.next())
        out.append(readVersion(q));
    return out;
}

Result<std::optional<ContentVersionRow>> ContentTable::version(QSqlDatabase& db, qint64 itemId, int version)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT item_id, version, body, author, time_ms, note, coalesce(override_by, ''),"
                                               " coalesce(override_reason, ''), coalesce(override_ms, 0) FROM content_versions "
                                               "WHERE item_id = ? AND version = ?"),
                                {itemId, version});
        !st)
        return Result<std::optional<ContentVersionRow>>(st);
    if (!q.next())
        return std::optional<ContentVersionRow>();
    return std::optional<ContentVersionRow>(readVersion(q));
}

Result<qint64> ContentTable::insertItem(QSqlDatabase& db, const ContentItemRow& row)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO content_items(kind, grp, platform, name, builtin_id, created_ms, segment, tags) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {row.kind, row.group, row.platform, row.name,
                             row.builtinId.isEmpty() ? QVariant() : QVariant(row.builtinId), row.createdMs, row.segment,
                             row.tags.join(QLatin1Char('|'))});
    if (!st) {
        if (st.code() == ErrorCode::Conflict)
            return Result<qint64>::failure(QStringLiteral("a %1 named %2 already exists").arg(row.kind, row.name), ErrorCode::Conflict);
        return Result<qint64>(st);
    }
    return q.lastInsertId().toLongLong();
}

Result<int> ContentTable::addVersion(QSqlDatabase& db, qint64 itemId, const QString& body, const QString& author,
                                     qint64 timeMs, const QString& note)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM content_versions WHERE item_id = ?"),
                                {itemId});
        !st || !q.next())
        return Result<int>::failure(QStringLiteral("cannot number the new version"));
    const int next = q.value(0).toInt();
    q.finish();
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO content_versions(item_id, version, body, author, time_ms, note) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                                {itemId, next, body, author, timeMs, note});
        !st)
        return Result<int>(st);
    return next;
}

Result<bool> ContentTable::setOverride(QSqlDatabase& db, qint64 itemId, int version, const QString& by,
                                       const QString& reason, qint64 timeMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("UPDATE content_versions SET override_by = ?, override_reason = ?, override_ms = ?"
                                               " WHERE item_id = ? AND version = ?"),
                                {by, reason, timeMs, itemId, version});
        !st)
        return Result<bool>(st);
    return q.numRowsAffected() == 1;
}

Result<bool> ContentTable::hasBuiltin(QSqlDatabase& db, const QString& builtinId)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT 1 FROM content_items WHERE builtin_id = ?"), {builtinId}); !st)
        return Result<bool>(st);
    return q.next();
}

Status ContentTable::setAudience(QSqlDatabase& db, qint64 itemId, const QString& platform, const QString& segment,
                                 const QStringList& tags)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("UPDATE content_items SET platform = ?, segment = ?, tags = ? WHERE id = ?"),
                                {platform, segment, tags.join(QLatin1Char('|')), itemId});
        !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no template or script %1").arg(itemId));
    return Status::success();
}

Result<QList<ContentTable::LexiconRow>> ContentTable::lexicons(QSqlDatabase& db, bool withWords)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT category, allow, %1, word_count, source, added_by, time_ms FROM lexicons"
                                               " ORDER BY allow, category")
                                    .arg(withWords ? QStringLiteral("words") : QStringLiteral("''")));
        !st)
        return Result<QList<LexiconRow>>(st);
    QList<LexiconRow> out;
    while (q.next())
        out.append(LexiconRow{q.value(0).toString(), q.value(1).toBool(), q.value(2).toString(), q.value(3).toInt(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    return out;
}

Status ContentTable::putLexicon(QSqlDatabase& db, const LexiconRow& row)
{
    QSqlQuery q(db);
    return SqlUtil::exec(q,
                         QStringLiteral("INSERT OR REPLACE INTO lexicons(category, allow, words, word_count, source, added_by, time_ms)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {row.category, row.allow ? 1 : 0, row.words, row.wordCount, row.source, row.addedBy, row.timeMs});
}

Result<bool> ContentTable::removeLexicon(QSqlDatabase& db, const QString& category)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("DELETE FROM lexicons WHERE category = ?"), {category}); !st)
        return Result<bool>(st);
    return q.numRowsAffected() > 0;
}

} // namespace lx::store
