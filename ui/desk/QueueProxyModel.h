#pragma once

#include <QSortFilterProxyModel>

namespace lx::ui {

// The Queue panel's view of the queue model: most urgent first (breached, imminent, by time
// left), filtered by what the operator is looking at, and coloured: the SLA cell by urgency,
// negative sentiment in red, VIP and one's own conversations in bold.
class QueueProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueProxyModel)

public:
    enum class Filter { All, Mine, Waiting, Supervisor, Bot, Closed };

    explicit QueueProxyModel(QObject* parent = nullptr);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace lx::ui
