#include "models/OperatorTableModel.h"

#include "auth/AuthService.h"

#include <QDateTime>
#include <QLocale>

namespace lx::models {

OperatorTableModel::OperatorTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void OperatorTableModel::setOperators(QList<auth::Operator> operators)
{
    beginResetModel();
    m_operators = std::move(operators);
    endResetModel();
}

int OperatorTableModel::rowOf(qint64 operatorId) const
{
    for (int i = 0; i < m_operators.size(); ++i) {
        if (m_operators.at(i).id == operatorId)
            return i;
    }
    return -1;
}

int OperatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auth::Operator& op = m_operators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return op.name;
        case DisplayNameColumn:
            return op.displayName;
        case RoleColumn:
            return auth::AuthService::roleTitle(op.role);
        case StateColumn:
            if (op.disabled)
                return tr("Disabled");
            return op.locked ? tr("Locked") : tr("Active");
        case LastLoginColumn:
            return op.lastLoginMs > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(op.lastLoginMs), QStringLiteral("yyyy-MM-dd HH:mm"))
                : tr("never");
        default:
            return {};
        }
    case OperatorIdRole:
        return op.id;
    case RoleKeyRole:
        return auth::roleKey(op.role);
    case DisabledRole:
        return op.disabled;
    case LockedRole:
        return op.locked;
    default:
        return {};
    }
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Login name");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case LastLoginColumn:
        return tr("Last login");
    default:
        return {};
    }
}

QHash<int, QByteArray> OperatorTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(OperatorIdRole, "operatorId");
    names.insert(RoleKeyRole, "roleKey");
    names.insert(DisabledRole, "disabled");
    names.insert(LockedRole, "locked");
    return names;
}

} // namespace lx::models
