#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace lx::store {

struct ContentItemRow
{
    qint64 id = 0;
    QString kind;
    QString group;
    QString platform;
    QString name;
    QString builtinId;
    QString segment;   // "", "high_value", "high_activity", "new_user"
    QStringList tags;
    qint64 createdMs = 0;
    int latestVersion = 0;
    QString latestBody;
    QString latestAuthor;
    qint64 latestMs = 0;
};

struct ContentVersionRow
{
    qint64 itemId = 0;
    int version = 0;
    QString body;
    QString author;
    qint64 timeMs = 0;
    QString note;
    QString overrideBy;     // a supervisor who let this version past the quality gate, or empty
    QString overrideReason;
    qint64 overrideMs = 0;
};

// SQL for templates and scripts and their versions.
class ContentTable final
{
public:
    ContentTable() = delete;
    static Result<QList<ContentItemRow>> items(QSqlDatabase& db, const QString& kind);
    static Result<std::optional<ContentItemRow>> item(QSqlDatabase& db, qint64 id);
    static Result<QList<ContentVersionRow>> versions(QSqlDatabase& db, qint64 itemId);
    static Result<std::optional<ContentVersionRow>> version(QSqlDatabase& db, qint64 itemId, int version);
    static Result<qint64> insertItem(QSqlDatabase& db, const ContentItemRow& row);
    static Result<int> addVersion(QSqlDatabase& db, qint64 itemId, const QString& body, const QString& author,
                                  qint64 timeMs, const QString& note);
    // Records a supervisor's override of the quality gate for one version; false when there is no such version.
    static Result<bool> setOverride(QSqlDatabase& db, qint64 itemId, int version, const QString& by,
                                    const QString& reason, qint64 timeMs);
    static Result<bool> hasBuiltin(QSqlDatabase& db, const QString& builtinId);
    static Status setAudience(QSqlDatabase& db, qint64 itemId, const QString& platform, const QString& segment,
                              const QStringList& tags);

    // The workspace's own lexicons (allow = false) and allow-lists (allow = true), by category.
    struct LexiconRow
    {
        QString category;
        bool allow = false;
        QString words; // one per line, as checked on the way in
        int wordCount = 0;
        QString source;
        QString addedBy;
        qint64 timeMs = 0;
    };
    static Result<QList<LexiconRow>> lexicons(QSqlDatabase& db, bool withWords);
    static Status putLexicon(QSqlDatabase& db, const LexiconRow& row);
    static Result<bool> removeLexicon(QSqlDatabase& db, const QString& category);
};

} // namespace lx::store
