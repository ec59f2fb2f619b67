#pragma once

#include "desk/DeskService.h"
#include "desk/EscalationPolicy.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace lx::models {

// The desk's queue as the Queue panel shows it. setItems() merges a fresh read into the rows it
// has (rows keep their place, changed rows emit one dataChanged each, new rows are appended,
// gone rows removed), so a view's selection and scroll survive live updates; tick() moves the
// SLA countdowns on without a read.
class QueueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableModel)

public:
    enum Column {
        VipColumn,
        UserColumn,
        ChannelColumn,
        LastMessageColumn,
        SentimentColumn,
        StreakColumn,
        SlaColumn,
        StateColumn,
        AgentColumn,
        ColumnCount
    };
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        StateKeyRole,      // bot, queued, human, supervisor, closed
        SlaStatusRole,     // int(desk::SlaStatus)
        UrgencyRole,       // sorts most urgent first (ascending)
        SentimentKeyRole,  // positive, neutral, negative or empty
        VipRole,
        MineRole,
        RemainingRole,     // business ms to the nearest deadline (negative once breached)
        UnreadRole,        // the customer wrote after the holder's last reply and last look
    };

    explicit QueueTableModel(QObject* parent = nullptr);

    void setPolicy(const desk::EscalationPolicy& policy);
    void setItems(const QList<desk::QueueItem>& items, qint64 nowMs);
    // Recomputes the clocks at nowMs and repaints the SLA column.
    void tick(qint64 nowMs);
    int rowOf(qint64 conversationId) const;
    const desk::QueueItem& itemAt(int row) const { return m_items.at(row); }
    // Counts by state for the panel's summary line.
    int count(const QString& state) const;
    // The operator has the conversation open up to its last customer message: no longer unread.
    void markSeen(qint64 conversationId);
    bool unread(const desk::QueueItem& item) const;
    int unreadCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "4:35", "1 h 20 min", "overdue 3 min" (business time).
    static QString durationText(qint64 ms);
    static QString stateTitle(const QString& key);
    static QString channelTitle(const QString& key);
    static QString sentimentTitle(const QString& key);
    static QString presenceTitle(const QString& key);

private:
    QString slaText(const desk::QueueItem& item) const;
    qint64 urgency(const desk::QueueItem& item) const;

    QList<desk::QueueItem> m_items;
    std::optional<desk::EscalationPolicy> m_policy;
    qint64 m_now = 0;
    QHash<qint64, qint64> m_seenMs; // per conversation: the last customer message the operator had open
};

} // namespace lx::models
