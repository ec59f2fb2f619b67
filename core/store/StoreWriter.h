#pragma once

#include "common/Result.h"

#include <QFuture>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace lx::store {

// What a write job reports back once its batch has been committed (or rolled back).
struct WriteOutcome
{
    bool ok = false;
    QString error;
    QVariant value;
    ErrorCode code = ErrorCode::None;
};

enum class Durability {
    Normal, // synchronous=NORMAL: survives a crash of Lingxi, may lose the last commits on power loss
    Full,   // synchronous=FULL: consent, permissions and audit entries, durable against power loss
};

// Whether SQLite checks the job's foreign keys. A bulk import that resolves every reference
// itself, in the same transaction, says Trusted and saves a lookup per row.
enum class References {
    Checked,
    Trusted,
};

using WriteJob = std::function<Result<QVariant>(QSqlDatabase& db)>;

// A job's answer from a plain Status: no value on success, the reason on failure.
Result<QVariant> jobResult(const Status& status);

// The workspace's single writer: one thread, one connection, a job queue. Jobs that arrive
// while a batch is being written are committed together in the next transaction, each inside
// its own savepoint so that one failing job rolls back alone.
class StoreWriter final
{
public:
    explicit StoreWriter(const QString& databasePath);
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    // Opens the writer connection on its thread; fails with the reason when it cannot.
    Status start();

    QFuture<WriteOutcome> submit(WriteJob job, Durability durability = Durability::Normal,
                                 References references = References::Checked);

    // Submits and waits. For the CLI, tests and worker threads, never the GUI thread.
    Result<QVariant> runSync(WriteJob job, Durability durability = Durability::Normal);

    // Number of transactions committed since start (for tests and the benchmark).
    quint64 committedBatches() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lx::store
