#pragma once

#include "audit/AuditService.h"

#include <QAbstractTableModel>
#include <QList>

namespace lx::models {

// Audit entries, newest first, as the audit viewer shows them.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, TimeRole, ActionKeyRole, DetailsJsonRole, HashRole };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(QList<audit::AuditEntry> entries);
    const audit::AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A readable sentence for an action key, e.g. "auth.login" -> "Logged in".
    static QString actionTitle(const QString& action);
    // The details as "name: value" pairs in the user's language ("from: human, reason: closed"
    // reads "从：坐席处理中，原因：已结束"); unknown keys and values stay as written.
    static QString detailsText(const QJsonObject& details);
    static QString detailKeyTitle(const QString& key);
    static QString detailValueText(const QString& key, const QJsonValue& value);
    static QString reasonText(const QString& reason);

private:
    QList<audit::AuditEntry> m_entries;
};

} // namespace lx::models
