#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "desk/BusinessCalendar.h"
#include "desk/DeskReplay.h"
#include "desk/DeskTypes.h"
#include "desk/EscalationPolicy.h"
#include "store/DeskTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <mutex>

namespace lx::auth {
class AuthService;
}
namespace lx::text {
class LexiconMatcher;
}

namespace lx::desk {

// One user message arriving from a channel (or an import).
struct InboundMessage
{
    QString channel = QStringLiteral("import");
    QString conversation;     // the channel's conversation id
    QString platformUserId;   // links the conversation to a profile on platform channels
    QString text;
    qint64 time_ms = 0;
    std::optional<bool> vip;
    std::optional<SentimentReading> sentiment; // classified by the desk's model when absent
};

struct IngestOutcome
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    PolicyDecision decision;
    QString botReply; // what the bot sent, if it answered
};

enum class SlaStatus { None, Pending, Imminent, Breached, Achieved };

// One row of the queue as an operator sees it, with its clocks worked out at `now`.
struct QueueItem
{
    store::ConversationRow conversation;
    SlaStatus sla = SlaStatus::None;
    QString deadlineKind;              // "first_response" or "callback"
    std::optional<qint64> deadlineMs;  // the nearest open deadline
    qint64 remainingBusinessMs = 0;    // negative once breached
    double usedShare = 0;              // of the nearest clock
    bool mine = false;
};

struct AssignmentReport
{
    QList<QPair<qint64, QString>> assigned; // conversation, agent name
    int stillWaiting = 0;
};

struct SlaReport
{
    int breached = 0;      // moved to the supervisor queue
    int warned = 0;        // imminent-breach alerts raised
    int requeued = 0;      // taken back from agents who did not answer
};

// A script as one conversation gets it: when the script is a variant of a running A/B test, the
// variant this user is assigned to (users without consent to marketing get the script as chosen).
struct ScriptChoice
{
    QString text;
    std::optional<qint64> experimentId;
    QString variant;
    QString note; // "A/B test 3, variant B" or why the user is not in it
};

// What a reply carried, to count it as an exposure of an experiment's variant.
struct ReplyExposure
{
    qint64 experimentId = 0;
    QString variant;
};

struct ReplyOutcome
{
    qint64 messageId = 0;
    QStringList blocking;  // quality-gate errors; non-empty means nothing was sent
    QStringList warnings;
};

// The conversation desk: messages in, the escalation policy, who holds what, SLA clocks on the
// business calendar, assignment by presence and capacity, and the queues. Every state change is
// one writer job with its audit entry; a takeover is one conditional UPDATE, so two operators
// can never hold the same conversation.
class DeskService final
{
    Q_DECLARE_TR_FUNCTIONS(DeskService)

public:
    explicit DeskService(auth::AuthService& auth);

    // The sentiment model for messages that arrive without a label (the GUI and the CLI set it).
    void setSentiment(SentimentFn classify);

    // The workspace's calendar; the shipped China calendar until a supervisor sets one.
    Result<BusinessCalendar> calendar() const;
    // Only a calendar a supervisor has set (the replay's default is around the clock).
    Result<std::optional<BusinessCalendar>> savedCalendar() const;
    Status setCalendar(const auth::Session& actor, const BusinessCalendar& calendar);
    Result<PolicyConfig> policy() const;
    Status setPolicy(const auth::Session& actor, const PolicyConfig& config);
    // Values that canned replies may use ({产品名}, {联系方式}, …), workspace-wide.
    Result<QHash<QString, QString>> replyValues() const;
    Status setReplyValues(const auth::Session& actor, const QHash<QString, QString>& values);

    Result<IngestOutcome> ingest(const auth::Session& actor, const InboundMessage& message);

    Result<store::ConversationRow> take(const auth::Session& actor, qint64 conversationId);
    Result<store::ConversationRow> handBack(const auth::Session& actor, qint64 conversationId);
    // Closes a conversation; the reason (why it ends: solved, spam, no answer …) goes to the audit log.
    Result<store::ConversationRow> close(const auth::Session& actor, qint64 conversationId, const QString& reason = {});
    Result<store::ConversationRow> escalate(const auth::Session& actor, qint64 conversationId, const QString& reason);
    // With an exposure, the reply also records an impression of that experiment's variant for the
    // user (an event, so that the experiment's analysis counts the desk's sends).
    Result<ReplyOutcome> reply(const auth::Session& actor, qint64 conversationId, const QString& text,
                               const std::optional<ReplyExposure>& exposure = std::nullopt);
    // The quality gate alone (what reply() runs first): compliance hits and unfilled variables
    // block; the panel shows it as the agent types.
    Result<ReplyOutcome> checkReply(const QString& text) const;

    // Next queued conversations to online agents with free capacity.
    Result<AssignmentReport> assignQueued(const auth::Session& actor);
    // The same for the desk monitor, which acts for the workspace rather than for an operator
    // (its changes are audited as the system).
    Result<AssignmentReport> assignQueuedNow();
    // A supervisor gives one conversation to one agent; over capacity only with force. The
    // returned text (empty when there is nothing to add) says what else happened: over capacity,
    // the agent not online, or a first reply already overdue — the assignment acknowledges that
    // breach and starts a new first-reply clock for the agent.
    Result<QString> assign(const auth::Session& actor, qint64 conversationId, const QString& agentName, bool force);
    Status setPresence(const auth::Session& actor, Presence presence, std::optional<int> capacity = {},
                       const QString& agentName = {});
    Result<QList<store::AgentRow>> agents(const auth::Session& actor) const;
    // Breaches to the supervisor queue, imminent-breach alerts, conversations back from agents
    // who did not answer in time. The desk runs it every few seconds.
    Result<SlaReport> enforceSla(const auth::Session& actor);
    Result<SlaReport> enforceSlaNow(); // for the desk monitor, as assignQueuedNow

    // Agents: their own, the waiting queue, the bot's conversations; supervisors: everything.
    // Sorted by urgency.
    Result<QList<QueueItem>> queue(const auth::Session& actor) const;
    Result<store::ConversationRow> conversation(const auth::Session& actor, qint64 conversationId) const;
    Result<QList<store::DeskMessageRow>> transcript(const auth::Session& actor, qint64 conversationId) const;
    Result<QList<store::AlertRow>> alerts(const auth::Session& actor, qint64 sinceMs) const;
    // A canned reply for this conversation: the script with the workspace's reply values and the
    // user's own ({称呼}/{user}, {城市}/{city}) filled in; a variable without a value stays as
    // {name} for the agent to fill (the quality gate will not let it go out unfilled).
    Result<QString> prepareScript(const auth::Session& actor, qint64 conversationId, const QString& body) const;
    // The script item for this conversation, its experiment variant chosen and filled in.
    Result<ScriptChoice> scriptForConversation(const auth::Session& actor, qint64 conversationId, qint64 scriptItemId) const;
    // Complaint records as CSV (label,text); supervisors and admins (audited).
    Result<qint64> exportComplaints(const auth::Session& actor, const QString& path) const;

    // The clocks of one conversation at `now` (pure; the queue model calls it every second).
    static QueueItem clocks(const store::ConversationRow& row, qint64 nowMs, const EscalationPolicy& policy);
    static void sortByUrgency(QList<QueueItem>& items);
    Result<EscalationPolicy> escalationPolicy() const;

private:
    Result<store::ConversationRow> transition(const auth::Session& actor, qint64 conversationId, const QString& action,
                                              const QString& reason);
    Result<store::ConversationRow> load(qint64 id) const;

    Result<std::shared_ptr<text::LexiconMatcher>> compliance() const;

    auth::AuthService& m_auth;
    SentimentFn m_classify;
    mutable std::mutex m_complianceMutex;
    mutable std::shared_ptr<text::LexiconMatcher> m_compliance;
    mutable QString m_complianceRevision;
};

} // namespace lx::desk
