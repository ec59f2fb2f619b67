#include "store/SettingsTable.h"

#include "store/SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

Result<QString> SettingsTable::value(QSqlDatabase& db, const QString& key, const QString& fallback)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}); !st)
        return Result<QString>(st);
    return q.next() ? q.value(0).toString() : fallback;
}

Status SettingsTable::setValue(QSqlDatabase& db, const QString& key, const QString& value)
{
    return SqlUtil::exec(db,
                         QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {key, value});
}

} // namespace lx::store
