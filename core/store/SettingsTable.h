#pragma once

#include "common/Result.h"

#include <QString>

class QSqlDatabase;

namespace lx::store {

// Workspace-wide key/value settings (workspace id, demo flag, policies that later modules add).
class SettingsTable final
{
public:
    SettingsTable() = delete;
    static Result<QString> value(QSqlDatabase& db, const QString& key, const QString& fallback = {});
    static Status setValue(QSqlDatabase& db, const QString& key, const QString& value);
};

} // namespace lx::store
