#pragma once

#include "common/Result.h"
#include "desk/BusinessCalendar.h"
#include "desk/DeskTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace lx::desk {

// The desk's rules as data (kept in the workspace, editable by supervisors). Each routing rule
// can be switched off (0 or an empty list) and is named in the reason when it fires.
struct PolicyConfig
{
    int firstResponse_min = 5;      // first human response, business minutes
    int callback_h = 24;            // callback deadline after the second negative message, business hours
    int agentAnswer_min = 10;       // an assigned agent who has not answered by then loses the conversation
    double imminentShare = 0.75;    // SLA warning once this share of the time is used
    bool vipToHuman = true;         // a VIP whom the bot is answering goes to a person
    int questionsToHuman = 2;       // this many questions in one message make it complex
    int longMessage_chars = 200;    // a message longer than this is complex
    double minConfidence = 0.55;    // the model's confidence below this is complex
    QStringList complaintWords;     // 投诉, 12315, 退款 … make a message complex
    QStringList personWords;        // 转人工, 人工客服 … the user asks for a person

    static PolicyConfig defaults();
    static Result<PolicyConfig> fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};

// One user message as the policy sees it.
struct PolicyMessage
{
    qint64 time_ms = 0;
    QString text;
    bool vip = false;
    QString sentiment;                  // positive, neutral or negative
    std::optional<double> confidence;   // when the model classified it (absent when given)
};

// What a conversation carries from one message to the next.
struct PolicyState
{
    ConversationState state = ConversationState::Bot;
    int streak = 0;
};

struct PolicyDecision
{
    PolicyAction action = PolicyAction::None;
    ConversationState state = ConversationState::Bot; // after the message
    int streak = 0;
    std::optional<qint64> callbackDeadline_ms;
    QStringList reasons; // rule keys that sent the message to a person: vip, questions, …
    bool businessOpen = true;
};

} // namespace lx::desk

Q_DECLARE_METATYPE(lx::desk::PolicyDecision)

namespace lx::desk {

// The escalation ladder and the bot-or-human routing (the seed practice, exactly):
//  - the streak counts consecutive negative user messages; neutral or positive resets it;
//  - streak 1: soothe (notify_agent when a person holds the conversation); 2: callback_task due
//    in 24 business hours, the conversation queues for a person; 3: escalate_supervisor; while a
//    supervisor has it, each further negative message is notify_supervisor;
//  - otherwise a message the bot is answering goes to a person (queue_human) when a routing rule
//    fires (VIP, several questions, complaint words, very long, low model confidence, asks for a
//    person), else the bot answers (auto_reply). Outside business hours the bot answers and the
//    queued conversation's clock waits (business time).
// Pure: the desk service and the replay call the same function.
class EscalationPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(EscalationPolicy)

public:
    EscalationPolicy(PolicyConfig config, BusinessCalendar calendar);

    PolicyDecision decide(const PolicyState& before, const PolicyMessage& message) const;
    // The routing rules that fire for this message (keys), whatever the conversation's state.
    QStringList routingReasons(const PolicyMessage& message) const;
    static QString reasonText(const QString& key);

    const PolicyConfig& config() const { return m_config; }
    const BusinessCalendar& calendar() const { return m_calendar; }

private:
    int questionCount(const QString& folded) const;

    PolicyConfig m_config;
    BusinessCalendar m_calendar;
    QStringList m_complaintFolded;
    QStringList m_personFolded;
};

} // namespace lx::desk
