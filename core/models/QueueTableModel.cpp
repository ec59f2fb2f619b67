#include "models/QueueTableModel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace lx::models {

QueueTableModel::QueueTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void QueueTableModel::setPolicy(const desk::EscalationPolicy& policy)
{
    m_policy = policy;
}

namespace {

bool sameRow(const desk::QueueItem& a, const desk::QueueItem& b)
{
    const store::ConversationRow& x = a.conversation;
    const store::ConversationRow& y = b.conversation;
    return x.updatedMs == y.updatedMs && x.state == y.state && x.agentId == y.agentId && x.lastText == y.lastText
           && x.streak == y.streak && x.vip == y.vip && x.callbackDueMs == y.callbackDueMs
           && x.openCallbacks == y.openCallbacks && x.answeredMs == y.answeredMs && a.sla == b.sla && a.mine == b.mine
           && x.agentName == y.agentName;
}

} // namespace

void QueueTableModel::setItems(const QList<desk::QueueItem>& items, qint64 nowMs)
{
    m_now = nowMs;
    QHash<qint64, int> incoming;
    for (int i = 0; i < items.size(); ++i)
        incoming.insert(items.at(i).conversation.id, i);
    // Gone rows, from the bottom so that row numbers stay valid.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_items.at(row).conversation.id)) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<qint64> present;
    for (int row = 0; row < m_items.size(); ++row) {
        const qint64 id = m_items.at(row).conversation.id;
        present.insert(id);
        const desk::QueueItem& fresh = items.at(incoming.value(id));
        const bool changed = !sameRow(m_items.at(row), fresh);
        m_items[row] = fresh;
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    QList<desk::QueueItem> added;
    for (const desk::QueueItem& item : items) {
        if (!present.contains(item.conversation.id))
            added.append(item);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size()) - 1);
        m_items.append(added);
        endInsertRows();
    }
}

void QueueTableModel::tick(qint64 nowMs)
{
    m_now = nowMs;
    if (!m_policy || m_items.isEmpty())
        return;
    for (desk::QueueItem& item : m_items) {
        const bool mine = item.mine;
        item = desk::DeskService::clocks(item.conversation, nowMs, *m_policy);
        item.mine = mine;
    }
    Q_EMIT dataChanged(index(0, SlaColumn), index(int(m_items.size()) - 1, SlaColumn));
}

int QueueTableModel::rowOf(qint64 conversationId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).conversation.id == conversationId)
            return i;
    }
    return -1;
}

int QueueTableModel::count(const QString& state) const
{
    int n = 0;
    for (const desk::QueueItem& i : m_items)
        n += i.conversation.state == state ? 1 : 0;
    return n;
}

int QueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueTableModel::durationText(qint64 ms)
{
    const qint64 s = std::abs(ms) / 1000;
    QString t;
    if (s < 3600)
        t = QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    else if (s < 48 * 3600)
        t = tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    else
        t = tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    return ms < 0 ? tr("overdue %1").arg(t) : t;
}

QString QueueTableModel::stateTitle(const QString& key)
{
    if (key == QLatin1String("bot"))
        return tr("Bot");
    if (key == QLatin1String("queued"))
        return tr("Waiting");
    if (key == QLatin1String("human"))
        return tr("With agent");
    if (key == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (key == QLatin1String("closed"))
        return tr("Closed");
    return key;
}

QString QueueTableModel::channelTitle(const QString& key)
{
    if (key == QLatin1String("wechat"))
        return tr("WeChat");
    if (key == QLatin1String("wecom"))
        return tr("WeCom");
    if (key == QLatin1String("weibo"))
        return tr("Weibo");
    if (key == QLatin1String("douyin"))
        return tr("Douyin");
    if (key == QLatin1String("xiaohongshu"))
        return tr("Xiaohongshu");
    if (key == QLatin1String("import"))
        return tr("Import");
    return key;
}

QString QueueTableModel::sentimentTitle(const QString& key)
{
    if (key == QLatin1String("positive"))
        return tr("positive");
    if (key == QLatin1String("neutral"))
        return tr("neutral");
    if (key == QLatin1String("negative"))
        return tr("negative");
    return {};
}

QString QueueTableModel::presenceTitle(const QString& key)
{
    if (key == QLatin1String("online"))
        return tr("Online");
    if (key == QLatin1String("busy"))
        return tr("Busy");
    if (key == QLatin1String("away"))
        return tr("Away");
    return tr("Offline");
}

QString QueueTableModel::slaText(const desk::QueueItem& item) const
{
    switch (item.sla) {
    case desk::SlaStatus::None:
        return {};
    case desk::SlaStatus::Achieved:
        return tr("answered");
    default:
        break;
    }
    const QString what = item.deadlineKind == QLatin1String("callback") ? tr("callback") : tr("reply");
    QString t = QStringLiteral("%1 %2").arg(what, durationText(item.remainingBusinessMs));
    if (m_policy && item.sla != desk::SlaStatus::Breached && !m_policy->calendar().isOpen(m_now))
        t += tr(" (paused)");
    return t;
}

qint64 QueueTableModel::urgency(const desk::QueueItem& item) const
{
    constexpr qint64 band = 1'000'000'000'000LL; // wider than any remaining time
    qint64 rank = 3;
    switch (item.sla) {
    case desk::SlaStatus::Breached: rank = 0; break;
    case desk::SlaStatus::Imminent: rank = 1; break;
    case desk::SlaStatus::Pending: rank = 2; break;
    default: rank = item.conversation.state == QLatin1String("closed") ? 5 : item.conversation.state == QLatin1String("bot") ? 4 : 3; break;
    }
    const qint64 within = item.deadlineMs ? std::clamp<qint64>(item.remainingBusinessMs, -band / 2 + 1, band / 2 - 1) + band / 2
                                          : band - 1 - std::min<qint64>(band - 1, item.conversation.lastMessageMs.value_or(0) / 1000);
    return rank * band + within;
}

bool QueueTableModel::unread(const desk::QueueItem& item) const
{
    const store::ConversationRow& c = item.conversation;
    if (!item.mine || c.state != QLatin1String("human") || !c.lastMessageMs)
        return false;
    return *c.lastMessageMs > std::max(c.answeredMs.value_or(0), m_seenMs.value(c.id, 0));
}

int QueueTableModel::unreadCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [this](const desk::QueueItem& i) { return unread(i); }));
}

void QueueTableModel::markSeen(qint64 conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    const bool was = unread(m_items.at(row));
    m_seenMs.insert(conversationId, std::max(m_seenMs.value(conversationId, 0),
                                             m_items.at(row).conversation.lastMessageMs.value_or(0)));
    if (was)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const desk::QueueItem& item = m_items.at(index.row());
    const store::ConversationRow& c = item.conversation;
    switch (role) {
    case ConversationIdRole: return c.id;
    case StateKeyRole: return c.state;
    case SlaStatusRole: return int(item.sla);
    case UrgencyRole: return urgency(item);
    case SentimentKeyRole: return c.lastSentiment;
    case VipRole: return c.vip;
    case MineRole: return item.mine;
    case RemainingRole: return item.remainingBusinessMs;
    case UnreadRole: return unread(item);
    default: break;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == SlaColumn) {
            QStringList lines;
            if (c.firstResponseDueMs && c.state != QLatin1String("bot"))
                lines.append(tr("First reply due %1").arg(QDateTime::fromMSecsSinceEpoch(*c.firstResponseDueMs).toString(QStringLiteral("MM-dd HH:mm"))));
            if (c.callbackDueMs)
                lines.append(tr("Callback due %1 (%2 open)").arg(QDateTime::fromMSecsSinceEpoch(*c.callbackDueMs).toString(QStringLiteral("MM-dd HH:mm"))).arg(c.openCallbacks));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == LastMessageColumn)
            return c.lastText;
        if (index.column() == UserColumn && unread(item))
            return tr("New message from the customer since you last looked or replied");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case VipColumn: return c.vip ? QStringLiteral("VIP") : QString();
    case UserColumn: return unread(item) ? QStringLiteral("● ") + c.userLabel : c.userLabel;
    case ChannelColumn: return channelTitle(c.channel);
    case LastMessageColumn: return QString(c.lastText).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case SentimentColumn: return sentimentTitle(c.lastSentiment);
    case StreakColumn: return c.streak > 0 ? QString::number(c.streak) : QString();
    case SlaColumn: return slaText(item);
    case StateColumn: return stateTitle(c.state);
    case AgentColumn: return c.agentName;
    case ColumnCount: break;
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case VipColumn: return tr("VIP");
    case UserColumn: return tr("User");
    case ChannelColumn: return tr("Channel");
    case LastMessageColumn: return tr("Last message");
    case SentimentColumn: return tr("Sentiment");
    case StreakColumn: return tr("Streak");
    case SlaColumn: return tr("SLA");
    case StateColumn: return tr("State");
    case AgentColumn: return tr("Agent");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> QueueTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(StateKeyRole, "state");
    names.insert(SlaStatusRole, "slaStatus");
    names.insert(UrgencyRole, "urgency");
    names.insert(SentimentKeyRole, "sentiment");
    names.insert(VipRole, "vip");
    names.insert(MineRole, "mine");
    names.insert(RemainingRole, "remaining");
    names.insert(UnreadRole, "unread");
    return names;
}

} // namespace lx::models
