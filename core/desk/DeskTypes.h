#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lx::desk {

// Who answers a conversation now.
enum class ConversationState { Bot, Queued, Human, Supervisor, Closed };

// What the policy does with one user message (the replay's `action`).
enum class PolicyAction { AutoReply, Soothe, NotifyAgent, CallbackTask, EscalateSupervisor, NotifySupervisor, QueueHuman, None };

enum class Presence { Online, Busy, Away, Offline };

enum class MessageRole { User, Bot, Agent, Supervisor };

// Stable keys for the store, the CLI and the audit log ("bot", "escalate_supervisor", …).
QString stateKey(ConversationState s);
std::optional<ConversationState> stateFromKey(const QString& key);
QString actionKey(PolicyAction a);
QString presenceKey(Presence p);
std::optional<Presence> presenceFromKey(const QString& key);
QString roleKey(MessageRole r);
std::optional<MessageRole> roleFromKey(const QString& key);
// wechat, wecom, weibo, douyin, xiaohongshu, import.
const QStringList& channels();

} // namespace lx::desk

namespace lx::desk {

// A sentiment answer as the desk keeps it with a user message.
struct SentimentReading
{
    QString label; // positive, neutral or negative
    double positive = 0;
    double neutral = 0;
    double negative = 0;
    std::optional<double> confidence; // set when a model answered (absent when the label was given)
};

} // namespace lx::desk

namespace lx::desk {

// ISO-8601 date and time to milliseconds since the epoch; a time without an offset is read at
// defaultOffset_s (the calendar's). None when it is not a date and time.
std::optional<qint64> parseIsoTime(const QString& text, int defaultOffset_s);

} // namespace lx::desk
