#include "store/StoreWriter.h"

#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace lx::store {

namespace {
constexpr int kMaxJobsPerBatch = 512;
// The write-ahead log is copied into the database when the writer has been idle this long, so
// that a bulk import's batches do not each pay for a checkpoint; past the frame limit it is
// copied after the commit whatever comes next.
constexpr auto kCheckpointWhenIdle = std::chrono::milliseconds(750);
constexpr int kCheckpointFrames = 65536;

// SQLite calls this after each commit with the frames in the log (it replaces the automatic
// checkpoint, which is SQLite's own hook).
int countWalFrames(void* frames, sqlite3*, const char*, int count)
{
    *static_cast<int*>(frames) = count;
    return SQLITE_OK;
}

struct PendingJob
{
    WriteJob job;
    Durability durability = Durability::Normal;
    std::shared_ptr<QPromise<WriteOutcome>> promise;
    References references = References::Checked;
};
} // namespace

struct StoreWriter::Private
{
    QString path;
    QString connectionName;
    std::unique_ptr<QThread> thread;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable ready;
    std::deque<PendingJob> queue;
    bool stopping = false;
    bool started = false;
    QString startError;
    std::atomic<quint64> committed{0};

    int walFrames = 0;

    void loop();
    void checkpoint(QSqlDatabase& db);
    void writeBatch(QSqlDatabase& db, std::vector<PendingJob>& batch, bool& fullSync);
    bool foreignKeysOn = true; // as the connection's pragmas set it
};

Result<QVariant> jobResult(const Status& status)
{
    return status ? Result<QVariant>(QVariant()) : Result<QVariant>(status);
}

StoreWriter::StoreWriter(const QString& databasePath) : d(std::make_unique<Private>())
{
    d->path = databasePath;
    d->connectionName = QStringLiteral("lx-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoreWriter::~StoreWriter()
{
    if (!d->thread)
        return;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->thread->wait();
}

Status StoreWriter::start()
{
    if (d->thread)
        return Status::failure(QStringLiteral("the writer is already running"));
    d->thread.reset(QThread::create([this] { d->loop(); }));
    d->thread->setObjectName(QStringLiteral("lx-store-writer"));
    d->thread->start();
    std::unique_lock<std::mutex> lock(d->mutex);
    d->ready.wait(lock, [this] { return d->started || !d->startError.isEmpty(); });
    if (!d->startError.isEmpty())
        return Status::failure(d->startError);
    return Status::success();
}

QFuture<WriteOutcome> StoreWriter::submit(WriteJob job, Durability durability, References references)
{
    auto promise = std::make_shared<QPromise<WriteOutcome>>();
    promise->start();
    QFuture<WriteOutcome> future = promise->future();
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        if (d->stopping || !d->started) {
            promise->addResult(
                WriteOutcome{false, QCoreApplication::translate("StoreWriter", "the workspace is closed"), {}, ErrorCode::Io});
            promise->finish();
            return future;
        }
        d->queue.push_back(PendingJob{std::move(job), durability, promise, references});
    }
    d->wake.notify_one();
    return future;
}

Result<QVariant> StoreWriter::runSync(WriteJob job, Durability durability)
{
    QFuture<WriteOutcome> f = submit(std::move(job), durability);
    f.waitForFinished();
    WriteOutcome outcome = f.result();
    if (!outcome.ok)
        return Result<QVariant>::failure(outcome.error, outcome.code);
    return outcome.value;
}

quint64 StoreWriter::committedBatches() const
{
    return d->committed.load();
}

void StoreWriter::Private::loop()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QString error;
        if (!db.open())
            error = QStringLiteral("cannot open the workspace for writing: ") + db.lastError().text();
        else if (auto st = SqlUtil::applyConnectionPragmas(db, true); !st)
            error = st.error();
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (error.isEmpty())
                started = true;
            else
                startError = error;
        }
        ready.notify_all();

        if (error.isEmpty())
            sqlite3_wal_hook(SqlUtil::handle(db), countWalFrames, &walFrames);

        bool fullSync = false;
        while (error.isEmpty()) {
            std::vector<PendingJob> batch;
            bool idle = false;
            {
                std::unique_lock<std::mutex> lock(mutex);
                const auto due = [this] { return stopping || !queue.empty(); };
                if (walFrames > 0)
                    idle = !wake.wait_for(lock, kCheckpointWhenIdle, due);
                else
                    wake.wait(lock, due);
                if (queue.empty() && stopping)
                    break;
                while (!queue.empty() && int(batch.size()) < kMaxJobsPerBatch) {
                    batch.push_back(std::move(queue.front()));
                    queue.pop_front();
                }
            }
            if (idle) {
                checkpoint(db);
                continue;
            }
            writeBatch(db, batch, fullSync);
            if (walFrames > kCheckpointFrames)
                checkpoint(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void StoreWriter::Private::checkpoint(QSqlDatabase& db)
{
    // Passive: readers are never blocked. Frames a reader still needs stay in the log and the
    // next idle moment tries again.
    int logFrames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(SqlUtil::handle(db), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc == SQLITE_OK && copied >= logFrames)
        walFrames = 0;
    else if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        walFrames = 0; // not a WAL database, or nothing to do: do not spin on it
}

void StoreWriter::Private::writeBatch(QSqlDatabase& db, std::vector<PendingJob>& batch, bool& fullSync)
{
    bool wantFull = false;
    for (const auto& j : batch)
        wantFull = wantFull || j.durability == Durability::Full;
    if (wantFull != fullSync) {
        QSqlQuery q(db);
        q.exec(wantFull ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
        fullSync = wantFull;
    }
    // Foreign keys are switched outside a transaction only; any job that wants them checked
    // gets them for the whole batch.
    bool wantChecks = false;
    for (const auto& j : batch)
        wantChecks = wantChecks || j.references == References::Checked;
    if (wantChecks != foreignKeysOn) {
        QSqlQuery q(db);
        q.exec(wantChecks ? QStringLiteral("PRAGMA foreign_keys=ON") : QStringLiteral("PRAGMA foreign_keys=OFF"));
        foreignKeysOn = wantChecks;
    }

    std::vector<WriteOutcome> outcomes(batch.size());
    QSqlQuery tx(db);
    QString batchError;
    ErrorCode batchCode = ErrorCode::Failed;
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        batchError = QCoreApplication::translate("StoreWriter", "the workspace is busy or read-only: ") + tx.lastError().text();
        batchCode = SqlUtil::failure(tx).code();
    } else {
        // Each job runs inside a savepoint so that a failing one leaves the others of the batch;
        // a job alone in its batch needs none (a failure rolls the transaction back), which
        // spares SQLite a copy of every page it touches in the savepoint's sub-journal.
        const bool alone = batch.size() == 1;
        for (size_t i = 0; i < batch.size(); ++i) {
            QSqlQuery sp(db);
            if (!alone)
                sp.exec(QStringLiteral("SAVEPOINT lx_job"));
            Result<QVariant> r = batch[i].job ? batch[i].job(db)
                                              : Result<QVariant>::failure(QStringLiteral("empty job"));
            if (r) {
                if (!alone)
                    sp.exec(QStringLiteral("RELEASE lx_job"));
                outcomes[i] = WriteOutcome{true, {}, r.value(), ErrorCode::None};
            } else {
                if (!alone) {
                    sp.exec(QStringLiteral("ROLLBACK TO lx_job"));
                    sp.exec(QStringLiteral("RELEASE lx_job"));
                }
                outcomes[i] = WriteOutcome{false, r.error(), {}, r.code()};
            }
        }
        if (alone && !outcomes.front().ok) {
            // Nothing of the job stays; the batch itself did not fail.
            if (!tx.exec(QStringLiteral("ROLLBACK"))) {
                batchError = QCoreApplication::translate("StoreWriter", "the workspace could not roll back: ") + tx.lastError().text();
                batchCode = ErrorCode::Io;
            }
        } else if (!tx.exec(QStringLiteral("COMMIT"))) {
            batchError = QCoreApplication::translate("StoreWriter", "the workspace could not commit: ") + tx.lastError().text();
            batchCode = SqlUtil::failure(tx).code();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        } else {
            committed.fetch_add(1);
        }
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        WriteOutcome o = batchError.isEmpty() ? outcomes[i] : WriteOutcome{false, batchError, {}, batchCode};
        batch[i].promise->addResult(o);
        batch[i].promise->finish();
    }
}

} // namespace lx::store
