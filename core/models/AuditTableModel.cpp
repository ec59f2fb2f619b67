#include "models/AuditTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace lx::models {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AuditTableModel::setEntries(QList<audit::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return actionTitle(e.action);
        case TargetColumn:
            return e.target;
        case DetailsColumn: {
            // "key: value" pairs read better than JSON; the details pane shows the JSON itself.
            QStringList parts;
            for (auto it = e.details.constBegin(); it != e.details.constEnd(); ++it) {
                const QJsonValue v = it.value();
                const QString text = v.isString() ? v.toString()
                    : v.isDouble()                ? QString::number(v.toDouble())
                    : v.isBool()                  ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                  : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                parts << it.key() + QStringLiteral(": ") + text;
            }
            return parts.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return e.action;
        return {};
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.time;
    case ActionKeyRole:
        return e.action;
    case DetailsJsonRole:
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    case HashRole:
        return e.hash;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(TimeRole, "time");
    names.insert(ActionKeyRole, "actionKey");
    names.insert(DetailsJsonRole, "details");
    names.insert(HashRole, "hash");
    return names;
}

QString AuditTableModel::actionTitle(const QString& action)
{
    static const QList<QPair<const char*, const char*>> titles = {
        {"auth.login", QT_TR_NOOP("Logged in")},
        {"auth.login_failed", QT_TR_NOOP("Failed login")},
        {"auth.login_refused", QT_TR_NOOP("Login refused")},
        {"auth.locked", QT_TR_NOOP("Account locked")},
        {"auth.logout", QT_TR_NOOP("Logged out")},
        {"permission.denied", QT_TR_NOOP("Permission denied")},
        {"operator.first_admin", QT_TR_NOOP("Created the first admin")},
        {"operator.add", QT_TR_NOOP("Added an operator")},
        {"operator.disable", QT_TR_NOOP("Disabled an operator")},
        {"operator.enable", QT_TR_NOOP("Enabled an operator")},
        {"operator.change_role", QT_TR_NOOP("Changed a role")},
        {"operator.reset_password", QT_TR_NOOP("Reset a password")},
        {"operator.unlock", QT_TR_NOOP("Unlocked an account")},
        {"operator.change_password", QT_TR_NOOP("Changed own password")},
        {"workspace.backup", QT_TR_NOOP("Backed up the workspace")},
        {"workspace.check", QT_TR_NOOP("Checked the workspace")},
        {"audit.verify", QT_TR_NOOP("Verified the audit log")},
    };
    for (const auto& t : titles) {
        if (action == QLatin1String(t.first))
            return tr(t.second);
    }
    return action;
}

} // namespace lx::models
