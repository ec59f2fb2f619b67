#include "desk/DeskTypes.h"

namespace lx::desk {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromKey(const QString& key, const E (&values)[N], QString (*keyOf)(E))
{
    for (E v : values) {
        if (keyOf(v) == key)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString stateKey(ConversationState s)
{
    switch (s) {
    case ConversationState::Bot: return QStringLiteral("bot");
    case ConversationState::Queued: return QStringLiteral("queued");
    case ConversationState::Human: return QStringLiteral("human");
    case ConversationState::Supervisor: return QStringLiteral("supervisor");
    case ConversationState::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<ConversationState> stateFromKey(const QString& key)
{
    static const ConversationState all[] = {ConversationState::Bot, ConversationState::Queued, ConversationState::Human,
                                            ConversationState::Supervisor, ConversationState::Closed};
    return fromKey(key, all, stateKey);
}

QString actionKey(PolicyAction a)
{
    switch (a) {
    case PolicyAction::AutoReply: return QStringLiteral("auto_reply");
    case PolicyAction::Soothe: return QStringLiteral("soothe");
    case PolicyAction::NotifyAgent: return QStringLiteral("notify_agent");
    case PolicyAction::CallbackTask: return QStringLiteral("callback_task");
    case PolicyAction::EscalateSupervisor: return QStringLiteral("escalate_supervisor");
    case PolicyAction::NotifySupervisor: return QStringLiteral("notify_supervisor");
    case PolicyAction::QueueHuman: return QStringLiteral("queue_human");
    case PolicyAction::None: return QStringLiteral("none");
    }
    return {};
}

QString presenceKey(Presence p)
{
    switch (p) {
    case Presence::Online: return QStringLiteral("online");
    case Presence::Busy: return QStringLiteral("busy");
    case Presence::Away: return QStringLiteral("away");
    case Presence::Offline: return QStringLiteral("offline");
    }
    return {};
}

std::optional<Presence> presenceFromKey(const QString& key)
{
    static const Presence all[] = {Presence::Online, Presence::Busy, Presence::Away, Presence::Offline};
    return fromKey(key, all, presenceKey);
}

QString roleKey(MessageRole r)
{
    switch (r) {
    case MessageRole::User: return QStringLiteral("user");
    case MessageRole::Bot: return QStringLiteral("bot");
    case MessageRole::Agent: return QStringLiteral("agent");
    case MessageRole::Supervisor: return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<MessageRole> roleFromKey(const QString& key)
{
    static const MessageRole all[] = {MessageRole::User, MessageRole::Bot, MessageRole::Agent, MessageRole::Supervisor};
    return fromKey(key, all, roleKey);
}

const QStringList& channels()
{
    static const QStringList list{QStringLiteral("wechat"), QStringLiteral("wecom"), QStringLiteral("weibo"),
                                  QStringLiteral("douyin"), QStringLiteral("xiaohongshu"), QStringLiteral("import")};
    return list;
}

} // namespace lx::desk

#include <QDateTime>
#include <QTimeZone>

namespace lx::desk {

std::optional<qint64> parseIsoTime(const QString& text, int defaultOffset_s)
{
    const QString t = text.trimmed();
    if (t.size() < 16 || !t.contains(QLatin1Char('T')))
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone(defaultOffset_s));
    return dt.toMSecsSinceEpoch();
}

} // namespace lx::desk
