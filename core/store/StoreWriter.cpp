#include "store/StoreWriter.h"

#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace lx::store {

namespace {
constexpr int kMaxJobsPerBatch = 512;

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

    void loop();
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
            promise->addResult(WriteOutcome{false, QCoreApplication::translate("StoreWriter", "the workspace is closed"), {}});
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
        return Result<QVariant>::failure(outcome.error);
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

        bool fullSync = false;
        while (error.isEmpty()) {
            std::vector<PendingJob> batch;
            {
                std::unique_lock<std::mutex> lock(mutex);
                wake.wait(lock, [this] { return stopping || !queue.empty(); });
                if (queue.empty() && stopping)
                    break;
                while (!queue.empty() && int(batch.size()) < kMaxJobsPerBatch) {
                    batch.push_back(std::move(queue.front()));
                    queue.pop_front();
                }
            }
            writeBatch(db, batch, fullSync);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
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
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        batchError = QCoreApplication::translate("StoreWriter", "the workspace is busy or read-only: ") + tx.lastError().text();
    } else {
        for (size_t i = 0; i < batch.size(); ++i) {
            QSqlQuery sp(db);
            sp.exec(QStringLiteral("SAVEPOINT lx_job"));
            Result<QVariant> r = batch[i].job ? batch[i].job(db)
                                              : Result<QVariant>::failure(QStringLiteral("empty job"));
            if (r) {
                sp.exec(QStringLiteral("RELEASE lx_job"));
                outcomes[i] = WriteOutcome{true, {}, r.value()};
            } else {
                sp.exec(QStringLiteral("ROLLBACK TO lx_job"));
                sp.exec(QStringLiteral("RELEASE lx_job"));
                outcomes[i] = WriteOutcome{false, r.error(), {}};
            }
        }
        if (!tx.exec(QStringLiteral("COMMIT"))) {
            batchError = QCoreApplication::translate("StoreWriter", "the workspace could not commit: ") + tx.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        } else {
            committed.fetch_add(1);
        }
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        WriteOutcome o = batchError.isEmpty() ? outcomes[i] : WriteOutcome{false, batchError, {}};
        batch[i].promise->addResult(o);
        batch[i].promise->finish();
    }
}

} // namespace lx::store
