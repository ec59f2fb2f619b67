#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace lx::store {

struct ConversationRow
{
    qint64 id = 0;
    QString channel;
    QString externalId;
    QString platformUserId;
    std::optional<qint64> profileId;
    QString userLabel;
    bool vip = false;
    QString state = QStringLiteral("bot");
    std::optional<qint64> agentId;
    QString agentName;                 // read only (joined)
    int streak = 0;
    std::optional<qint64> queuedMs;    // when it last began to wait for a person
    std::optional<qint64> firstResponseDueMs;
    bool slaWarned = false;
    std::optional<qint64> assignedMs;
    std::optional<qint64> answeredMs;  // last reply by a person
    std::optional<qint64> lastMessageMs;
    QString lastText;
    QString lastSentiment;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    std::optional<qint64> callbackDueMs; // read only: the earliest open callback
    int openCallbacks = 0;               // read only
};

struct DeskMessageRow
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString role;   // user, bot, agent, supervisor
    QString author;
    qint64 timeMs = 0;
    QString text;
    QString sentiment;
    std::optional<double> pPositive, pNeutral, pNegative;
    QString action;
    std::optional<int> streak;
};

struct CallbackRow
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 createdMs = 0;
    qint64 dueMs = 0;
    bool warned = false;
    std::optional<qint64> doneMs;
    QString doneBy;
    std::optional<qint64> breachedMs;
};

struct AgentRow
{
    qint64 operatorId = 0;
    QString name;
    QString displayName;
    QString role;
    QString presence = QStringLiteral("offline");
    int capacity = 5;
    qint64 presenceMs = 0;
    qint64 lastAssignedMs = 0;
    int load = 0; // conversations held now
};

struct AlertRow
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString kind;
    std::optional<qint64> agentId;
    bool forSupervisors = false;
    qint64 timeMs = 0;
    QString text;
};

struct ComplaintRow
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString label;
    QString text;
    qint64 timeMs = 0;
};

// SQL for the conversation desk.
class DeskTable final
{
public:
    DeskTable() = delete;

    static Result<std::optional<ConversationRow>> conversation(QSqlDatabase& db, qint64 id);
    static Result<std::optional<ConversationRow>> conversationByExternal(QSqlDatabase& db, const QString& channel,
                                                                         const QString& externalId);
    // Every open conversation, and those closed since closedSinceMs.
    static Result<QList<ConversationRow>> conversations(QSqlDatabase& db, qint64 closedSinceMs);
    static Result<qint64> insertConversation(QSqlDatabase& db, const ConversationRow& row);
    static Status saveConversation(QSqlDatabase& db, const ConversationRow& row);
    // The atomic takeover: one conditional UPDATE; true when this caller got the conversation.
    static Result<bool> claim(QSqlDatabase& db, qint64 id, qint64 agentId, const QStringList& fromStates,
                              const QString& toState, qint64 nowMs);

    static Result<qint64> insertMessage(QSqlDatabase& db, const DeskMessageRow& row);
    static Result<QList<DeskMessageRow>> messages(QSqlDatabase& db, qint64 conversationId);
    static Result<qint64> messageCount(QSqlDatabase& db, qint64 conversationId, const QString& role);
    static Result<qint64> lastMessageId(QSqlDatabase& db);

    static Status insertComplaint(QSqlDatabase& db, const ComplaintRow& row);
    static Result<QList<ComplaintRow>> complaints(QSqlDatabase& db);

    static Status insertCallback(QSqlDatabase& db, const CallbackRow& row);
    static Result<QList<CallbackRow>> openCallbacks(QSqlDatabase& db);
    static Status completeCallbacks(QSqlDatabase& db, qint64 conversationId, qint64 nowMs, const QString& by);
    static Status markCallback(QSqlDatabase& db, qint64 id, bool warned, std::optional<qint64> breachedMs);

    // Agents and supervisors (not disabled) with their presence, capacity and load.
    static Result<QList<AgentRow>> agents(QSqlDatabase& db);
    static Status saveAgent(QSqlDatabase& db, const AgentRow& row);

    // Whether the operator holds an open conversation with this profile's user.
    static Result<bool> holdsProfile(QSqlDatabase& db, qint64 operatorId, qint64 profileId);

    static Status insertAlert(QSqlDatabase& db, const AlertRow& row);
    static Result<QList<AlertRow>> alerts(QSqlDatabase& db, qint64 sinceMs);
};

} // namespace lx::store
