#include "desk/QueueProxyModel.h"

#include "desk/DeskService.h"
#include "models/QueueTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lx::ui {

using models::QueueTableModel;

QueueProxyModel::QueueProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(QueueTableModel::UrgencyRole);
}

void QueueProxyModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool QueueProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString state = i.data(QueueTableModel::StateKeyRole).toString();
    switch (m_filter) {
    case Filter::All: return state != QLatin1String("closed");
    case Filter::Mine: return i.data(QueueTableModel::MineRole).toBool() && state != QLatin1String("closed");
    case Filter::Waiting: return state == QLatin1String("queued");
    case Filter::Supervisor: return state == QLatin1String("supervisor");
    case Filter::Bot: return state == QLatin1String("bot");
    case Filter::Closed: return state == QLatin1String("closed");
    }
    return true;
}

bool QueueProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return left.data(QueueTableModel::UrgencyRole).toLongLong() < right.data(QueueTableModel::UrgencyRole).toLongLong();
}

QVariant QueueProxyModel::data(const QModelIndex& index, int role) const
{
    const int column = index.column();
    if (role == Qt::BackgroundRole && column == QueueTableModel::SlaColumn) {
        switch (desk::SlaStatus(index.data(QueueTableModel::SlaStatusRole).toInt())) {
        case desk::SlaStatus::Breached: return QBrush(QColor(0xf8, 0xd0, 0xd0));
        case desk::SlaStatus::Imminent: return QBrush(QColor(0xff, 0xe8, 0xb0));
        case desk::SlaStatus::Pending: return QBrush(QColor(0xdf, 0xf2, 0xe1));
        default: break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == QueueTableModel::SlaColumn
            && desk::SlaStatus(index.data(QueueTableModel::SlaStatusRole).toInt()) == desk::SlaStatus::Breached)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        if (column == QueueTableModel::SentimentColumn || column == QueueTableModel::StreakColumn) {
            const QString s = index.data(QueueTableModel::SentimentKeyRole).toString();
            if (s == QLatin1String("negative"))
                return QBrush(QColor(0xb4, 0x23, 0x18));
            if (s == QLatin1String("positive") && column == QueueTableModel::SentimentColumn)
                return QBrush(QColor(0x1e, 0x7b, 0x34));
        }
        if (column == QueueTableModel::VipColumn)
            return QBrush(QColor(0xa1, 0x62, 0x07));
    }
    if (role == Qt::FontRole) {
        const bool strong = column == QueueTableModel::VipColumn || column == QueueTableModel::SlaColumn
                            || index.data(QueueTableModel::MineRole).toBool();
        if (strong) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace lx::ui
