#include "store/DeskTable.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

template<typename T>
QVariant opt(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

std::optional<qint64> optLong(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<double> optDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

const QString kConversationSelect = QStringLiteral(
    "SELECT c.id, c.channel, c.external_id, c.platform_user_id, c.profile_id, c.user_label, c.vip, c.state,"
    " c.agent_id, COALESCE(NULLIF(o.display_name, ''), o.name, ''), c.streak, c.queued_ms, c.first_response_due_ms, c.sla_warned,"
    " c.assigned_ms, c.answered_ms, c.last_message_ms, c.last_text, c.last_sentiment, c.created_ms, c.updated_ms,"
    " (SELECT MIN(due_ms) FROM desk_callbacks b WHERE b.conversation_id = c.id AND b.done_ms IS NULL),"
    " (SELECT COUNT(*) FROM desk_callbacks b WHERE b.conversation_id = c.id AND b.done_ms IS NULL)"
    " FROM desk_conversations c LEFT JOIN operators o ON o.id = c.agent_id");

ConversationRow readConversation(const QSqlQuery& q)
{
    ConversationRow r;
    r.id = q.value(0).toLongLong();
    r.channel = q.value(1).toString();
    r.externalId = q.value(2).toString();
    r.platformUserId = q.value(3).toString();
    r.profileId = optLong(q.value(4));
    r.userLabel = q.value(5).toString();
    r.vip = q.value(6).toInt() != 0;
    r.state = q.value(7).toString();
    r.agentId = optLong(q.value(8));
    r.agentName = q.value(9).toString();
    r.streak = q.value(10).toInt();
    r.queuedMs = optLong(q.value(11));
    r.firstResponseDueMs = optLong(q.value(12));
    r.slaWarned = q.value(13).toInt() != 0;
    r.assignedMs = optLong(q.value(14));
    r.answeredMs = optLong(q.value(15));
    r.lastMessageMs = optLong(q.value(16));
    r.lastText = q.value(17).toString();
    r.lastSentiment = q.value(18).toString();
    r.createdMs = q.value(19).toLongLong();
    r.updatedMs = q.value(20).toLongLong();
    r.callbackDueMs = optLong(q.value(21));
    r.openCallbacks = q.value(22).toInt();
    return r;
}

Result<std::optional<ConversationRow>> oneConversation(QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kConversationSelect + QStringLiteral(" WHERE ") + where, binds); !st)
        return Result<std::optional<ConversationRow>>(st);
    if (!q.next())
        return std::optional<ConversationRow>();
    return std::optional<ConversationRow>(readConversation(q));
}

} // namespace

Result<std::optional<ConversationRow>> DeskTable::conversation(QSqlDatabase& db, qint64 id)
{
    return oneConversation(db, QStringLiteral("c.id = ?"), {id});
}

Result<std::optional<ConversationRow>> DeskTable::conversationByExternal(QSqlDatabase& db, const QString& channel,
                                                                         const QString& externalId)
{
    return oneConversation(db, QStringLiteral("c.channel = ? AND c.external_id = ?"), {channel, externalId});
}

Result<QList<ConversationRow>> DeskTable::conversations(QSqlDatabase& db, qint64 closedSinceMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                kConversationSelect
                                    + QStringLiteral(" WHERE c.state <> 'closed' OR c.updated_ms >= ? ORDER BY c.id"),
                                {closedSinceMs});
        !st)
        return Result<QList<ConversationRow>>(st);
    QList<ConversationRow> out;
    while (q.next())
        out.append(readConversation(q));
    return out;
}

Result<qint64> DeskTable::insertConversation(QSqlDatabase& db, const ConversationRow& r)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO desk_conversations(channel, external_id, platform_user_id,"
                                               " profile_id, user_label, vip, state, streak, created_ms, updated_ms)"
                                               " VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                {r.channel, r.externalId, r.platformUserId, opt(r.profileId), r.userLabel, int(r.vip),
                                 r.state, r.streak, r.createdMs, r.updatedMs});
        !st)
        return Result<qint64>(st);
    return q.lastInsertId().toLongLong();
}

Status DeskTable::saveConversation(QSqlDatabase& db, const ConversationRow& r)
{
    return SqlUtil::exec(db,
                         QStringLiteral("UPDATE desk_conversations SET profile_id = ?, user_label = ?, vip = ?, state = ?,"
                                        " agent_id = ?, streak = ?, queued_ms = ?, first_response_due_ms = ?,"
                                        " sla_warned = ?, assigned_ms = ?, answered_ms = ?, last_message_ms = ?,"
                                        " last_text = ?, last_sentiment = ?, updated_ms = ? WHERE id = ?"),
                         {opt(r.profileId), r.userLabel, int(r.vip), r.state, opt(r.agentId), r.streak, opt(r.queuedMs),
                          opt(r.firstResponseDueMs), int(r.slaWarned), opt(r.assignedMs), opt(r.answeredMs),
                          opt(r.lastMessageMs), r.lastText, r.lastSentiment, r.updatedMs, r.id});
}

Result<bool> DeskTable::claim(QSqlDatabase& db, qint64 id, qint64 agentId, const QStringList& fromStates,
                              const QString& toState, qint64 nowMs)
{
    QStringList marks;
    QVariantList binds{toState, agentId, nowMs, nowMs, id};
    for (const QString& s : fromStates) {
        marks.append(QStringLiteral("?"));
        binds.append(s);
    }
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("UPDATE desk_conversations SET state = ?, agent_id = ?, assigned_ms = ?,"
                                               " updated_ms = ? WHERE id = ? AND agent_id IS NULL AND state IN (")
                                    + marks.join(QLatin1Char(',')) + QStringLiteral(")"),
                                binds);
        !st)
        return Result<bool>(st);
    return q.numRowsAffected() == 1;
}

Result<qint64> DeskTable::insertMessage(QSqlDatabase& db, const DeskMessageRow& r)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO desk_messages(conversation_id, role, author, time_ms, text,"
                                               " sentiment, p_positive, p_neutral, p_negative, action, streak)"
                                               " VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                                {r.conversationId, r.role, r.author, r.timeMs, r.text,
                                 r.sentiment.isEmpty() ? QVariant() : QVariant(r.sentiment), opt(r.pPositive),
                                 opt(r.pNeutral), opt(r.pNegative), r.action, opt(r.streak)});
        !st)
        return Result<qint64>(st);
    return q.lastInsertId().toLongLong();
}

Result<qint64> DeskTable::messageCount(QSqlDatabase& db, qint64 conversationId, const QString& role)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM desk_messages WHERE conversation_id = ? AND role = ?"),
                                {conversationId, role});
        !st)
        return Result<qint64>(st);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<DeskMessageRow>> DeskTable::messages(QSqlDatabase& db, qint64 conversationId)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT id, conversation_id, role, author, time_ms, text, sentiment,"
                                               " p_positive, p_neutral, p_negative, action, streak FROM desk_messages"
                                               " WHERE conversation_id = ? ORDER BY time_ms, id"),
                                {conversationId});
        !st)
        return Result<QList<DeskMessageRow>>(st);
    QList<DeskMessageRow> out;
    while (q.next()) {
        DeskMessageRow r;
        r.id = q.value(0).toLongLong();
        r.conversationId = q.value(1).toLongLong();
        r.role = q.value(2).toString();
        r.author = q.value(3).toString();
        r.timeMs = q.value(4).toLongLong();
        r.text = q.value(5).toString();
        r.sentiment = q.value(6).toString();
        r.pPositive = optDouble(q.value(7));
        r.pNeutral = optDouble(q.value(8));
        r.pNegative = optDouble(q.value(9));
        r.action = q.value(10).toString();
        if (!q.value(11).isNull())
            r.streak = q.value(11).toInt();
        out.append(r);
    }
    return out;
}

Result<qint64> DeskTable::lastMessageId(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM desk_messages")); !st)
        return Result<qint64>(st);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status DeskTable::insertComplaint(QSqlDatabase& db, const ComplaintRow& r)
{
    return SqlUtil::exec(db,
                         QStringLiteral("INSERT INTO desk_complaints(conversation_id, message_id, label, text, time_ms)"
                                        " VALUES (?,?,?,?,?)"),
                         {r.conversationId, r.messageId, r.label, r.text, r.timeMs});
}

Result<QList<ComplaintRow>> DeskTable::complaints(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT id, conversation_id, message_id, label, text, time_ms"
                                                  " FROM desk_complaints ORDER BY id"));
        !st)
        return Result<QList<ComplaintRow>>(st);
    QList<ComplaintRow> out;
    while (q.next())
        out.append(ComplaintRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

Status DeskTable::insertCallback(QSqlDatabase& db, const CallbackRow& r)
{
    return SqlUtil::exec(db, QStringLiteral("INSERT INTO desk_callbacks(conversation_id, created_ms, due_ms) VALUES (?,?,?)"),
                         {r.conversationId, r.createdMs, r.dueMs});
}

Result<QList<CallbackRow>> DeskTable::openCallbacks(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT id, conversation_id, created_ms, due_ms, warned, breached_ms"
                                                  " FROM desk_callbacks WHERE done_ms IS NULL ORDER BY due_ms"));
        !st)
        return Result<QList<CallbackRow>>(st);
    QList<CallbackRow> out;
    while (q.next()) {
        CallbackRow r;
        r.id = q.value(0).toLongLong();
        r.conversationId = q.value(1).toLongLong();
        r.createdMs = q.value(2).toLongLong();
        r.dueMs = q.value(3).toLongLong();
        r.warned = q.value(4).toInt() != 0;
        r.breachedMs = optLong(q.value(5));
        out.append(r);
    }
    return out;
}

Status DeskTable::completeCallbacks(QSqlDatabase& db, qint64 conversationId, qint64 nowMs, const QString& by)
{
    return SqlUtil::exec(db,
                         QStringLiteral("UPDATE desk_callbacks SET done_ms = ?, done_by = ?"
                                        " WHERE conversation_id = ? AND done_ms IS NULL"),
                         {nowMs, by, conversationId});
}

Status DeskTable::markCallback(QSqlDatabase& db, qint64 id, bool warned, std::optional<qint64> breachedMs)
{
    return SqlUtil::exec(db, QStringLiteral("UPDATE desk_callbacks SET warned = ?, breached_ms = ? WHERE id = ?"),
                         {int(warned), opt(breachedMs), id});
}

Result<QList<AgentRow>> DeskTable::agents(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(
            q, QStringLiteral("SELECT o.id, o.name, o.display_name, o.role, COALESCE(a.presence, 'offline'),"
                              " COALESCE(a.capacity, 5), COALESCE(a.presence_ms, 0), COALESCE(a.last_assigned_ms, 0),"
                              " (SELECT COUNT(*) FROM desk_conversations c WHERE c.agent_id = o.id"
                              "   AND c.state IN ('human','supervisor'))"
                              " FROM operators o LEFT JOIN desk_agents a ON a.operator_id = o.id"
                              " WHERE o.disabled = 0 AND o.role IN ('agent','supervisor') ORDER BY o.name"));
        !st)
        return Result<QList<AgentRow>>(st);
    QList<AgentRow> out;
    while (q.next()) {
        AgentRow r;
        r.operatorId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.displayName = q.value(2).toString();
        r.role = q.value(3).toString();
        r.presence = q.value(4).toString();
        r.capacity = q.value(5).toInt();
        r.presenceMs = q.value(6).toLongLong();
        r.lastAssignedMs = q.value(7).toLongLong();
        r.load = q.value(8).toInt();
        out.append(r);
    }
    return out;
}

Status DeskTable::saveAgent(QSqlDatabase& db, const AgentRow& r)
{
    return SqlUtil::exec(db,
                         QStringLiteral("INSERT INTO desk_agents(operator_id, presence, capacity, presence_ms, last_assigned_ms)"
                                        " VALUES (?,?,?,?,?) ON CONFLICT(operator_id) DO UPDATE SET"
                                        " presence = excluded.presence, capacity = excluded.capacity,"
                                        " presence_ms = excluded.presence_ms, last_assigned_ms = excluded.last_assigned_ms"),
                         {r.operatorId, r.presence, r.capacity, r.presenceMs, r.lastAssignedMs});
}

Result<bool> DeskTable::holdsProfile(QSqlDatabase& db, qint64 operatorId, qint64 profileId)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT 1 FROM desk_conversations WHERE profile_id = ? AND agent_id = ?"
                                               " AND state IN ('human','supervisor') LIMIT 1"),
                                {profileId, operatorId});
        !st)
        return Result<bool>(st);
    return q.next();
}

Status DeskTable::insertAlert(QSqlDatabase& db, const AlertRow& r)
{
    return SqlUtil::exec(db,
                         QStringLiteral("INSERT INTO desk_alerts(conversation_id, kind, agent_id, for_supervisors, time_ms, text)"
                                        " VALUES (?,?,?,?,?,?)"),
                         {r.conversationId, r.kind, opt(r.agentId), int(r.forSupervisors), r.timeMs, r.text});
}

Result<QList<AlertRow>> DeskTable::alerts(QSqlDatabase& db, qint64 sinceMs)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT id, conversation_id, kind, agent_id, for_supervisors, time_ms, text"
                                               " FROM desk_alerts WHERE time_ms >= ? ORDER BY id DESC LIMIT 200"),
                                {sinceMs});
        !st)
        return Result<QList<AlertRow>>(st);
    QList<AlertRow> out;
    while (q.next())
        out.append(AlertRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), optLong(q.value(3)),
                            q.value(4).toInt() != 0, q.value(5).toLongLong(), q.value(6).toString()});
    return out;
}

} // namespace lx::store
