#pragma once

#include "common/Result.h"
#include "store/Migration.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace lx::store {

struct WorkspaceInfo
{
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    qint64 sizeBytes = 0;
    QString workspaceId;
    QString createdAt;
    bool demo = false;
    qint64 operators = 0;
    qint64 auditEntries = 0;
    QString sqliteVersion;
};

struct CheckReport
{
    bool ok = true;
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
};

// How the caller wants an existing or missing file treated.
struct OpenOptions
{
    bool createIfMissing = true;
    // Reads only: never creates, migrates or writes the file, starts no writer (writer() must not
    // be called), and works on a copy on read-only media (a read-only file or folder is opened
    // as immutable). For check, verify and info.
    bool readOnly = false;
    // Tests inject their own migration list (an older schema, a failing step).
    const QList<Migration>* migrations = nullptr;
};

// A workspace is one SQLite file: WAL, foreign keys on, versioned schema. Opening validates the
// file before anything writes to it, so a corrupt, truncated, foreign, newer or read-only file is
// refused with a clear reason and left untouched. Writes go through writer(); reads use
// reader(), one read-only connection per calling thread.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    static Result<std::unique_ptr<Workspace>> open(const QString& path, const OpenOptions& options = {});
    static QString defaultPath();
    static QString sqliteVersion();

    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    StoreWriter& writer() { return *m_writer; }
    bool isReadOnly() const { return m_readOnly; }

    // A read-only connection owned by the calling thread (created on first use).
    QSqlDatabase reader();
    // SQLite's data_version on the calling thread's reader: it moves whenever any other
    // connection, in this process or another, commits to the workspace (-1 on failure).
    qint64 dataVersion();

    WorkspaceInfo info();
    CheckReport check();

    // Online, consistent copy through SQLite's backup API. progress(done, total) may return false
    // to cancel; a cancelled or failed backup removes the partial file. An existing file at
    // destination is never overwritten.
    Status backupTo(const QString& destination, const std::function<bool(qint64, qint64)>& progress = {});

private:
    Workspace() = default;
    Status migrate(const QList<Migration>& migrations);

    QString m_path;
    QString m_connectionPrefix;
    bool m_readOnly = false;
    // How reader() names the database and its options (an immutable URI in read-only mode on
    // read-only media).
    QString m_readerDatabaseName;
    QString m_readerOptions;
    int m_schemaVersion = 0;
    std::unique_ptr<StoreWriter> m_writer;
    std::mutex m_readersMutex;
    QStringList m_readerNames;
};

} // namespace lx::store
