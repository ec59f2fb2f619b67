#pragma once

#include "auth/OperatorService.h"

#include <QAbstractTableModel>
#include <QList>

namespace lx::models {

// The operators of a workspace as the admin's Operators panel lists them.
class OperatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorTableModel)

public:
    enum Column { NameColumn, DisplayNameColumn, RoleColumn, StateColumn, LastLoginColumn, ColumnCount };
    enum Role { OperatorIdRole = Qt::UserRole + 1, RoleKeyRole, DisabledRole, LockedRole };

    explicit OperatorTableModel(QObject* parent = nullptr);

    void setOperators(QList<auth::Operator> operators);
    const auth::Operator& operatorAt(int row) const { return m_operators.at(row); }
    int rowOf(qint64 operatorId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<auth::Operator> m_operators;
};

} // namespace lx::models
