#include "store/Workspace.h"

#include "store/SqlUtil.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

namespace lx::store {

namespace {

// 'LXWS' in SQLite's application_id header field marks a Lingxi workspace.
constexpr qint32 kApplicationId = 0x4C585753;
constexpr int kHeaderBytes = 100;

quint32 readBigEndian(const QByteArray& b, int offset, int width)
{
    quint32 v = 0;
    for (int i = 0; i < width; ++i)
        v = (v << 8) | quint8(b.at(offset + i));
    return v;
}

// Checks the SQLite header without letting SQLite touch the file, so that a damaged file is
// reported and never "repaired" by a write.
Status validateHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(Workspace::tr("cannot read %1: %2").arg(path, f.errorString()));
    const qint64 size = f.size();
    if (size == 0)
        return Status::failure(Workspace::tr("%1 is an empty file, not a Lingxi workspace").arg(path));
    const QByteArray header = f.read(kHeaderBytes);
    if (header.size() < kHeaderBytes || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Status::failure(
            Workspace::tr("%1 is not a Lingxi workspace: it is not an SQLite database (damaged or another kind of file)")
                .arg(path));
    quint32 pageSize = readBigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Status::failure(Workspace::tr("%1 is damaged: its header gives an impossible page size").arg(path));
    const quint32 changeCounter = readBigEndian(header, 24, 4);
    const quint32 pageCount = readBigEndian(header, 28, 4);
    const quint32 validFor = readBigEndian(header, 92, 4);
    if (size % pageSize != 0 && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return Status::failure(
            Workspace::tr("%1 is truncated or damaged: its size is not a whole number of pages").arg(path));
    // With a write-ahead log beside it, a file cut short by a crash during a checkpoint is still
    // whole: SQLite replays the log on open. Only a lone file can be judged by its header.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (!walPending && changeCounter == validFor && pageCount > 0 && quint64(size) < quint64(pageCount) * pageSize)
        return Status::failure(Workspace::tr("%1 is truncated: it holds %2 bytes where its header records %3")
                                   .arg(path)
                                   .arg(size)
                                   .arg(quint64(pageCount) * pageSize));
    return Status::success();
}

Status checkWritable(const QFileInfo& fi)
{
    // Root passes access(2) checks on anything, so the permission bits are read as well.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!fi.isWritable() || !(fi.permissions() & writeBits))
        return Status::failure(
            Workspace::tr("%1 is read-only: Lingxi needs to write to its workspace. Copy it or change its permissions.")
                .arg(fi.filePath()));
    QFileInfo dir(fi.absolutePath());
    if (!dir.isWritable() || !(dir.permissions() & writeBits))
        return Status::failure(
            Workspace::tr("the folder %1 is read-only: SQLite keeps its write-ahead log beside the workspace")
                .arg(fi.absolutePath()));
    return Status::success();
}

QString uniqueConnectionName(const QString& prefix, const QString& role)
{
    static std::atomic<quint64> counter{0};
    return prefix + QLatin1Char('-') + role + QLatin1Char('-') + QString::number(counter.fetch_add(1));
}

struct Probe
{
    qint32 applicationId = 0;
    int userVersion = 0;
    int objects = 0;
};

const QString kReaderOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000");

Result<Probe> probe(const QString& path, const QString& connectionName, const QString& databaseName,
                    const QString& options)
{
    Probe p;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                p.applicationId = q.value(0).toInt();
            else
                error = q.lastError().text();
            if (error.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                p.userVersion = q.value(0).toInt();
            else if (error.isEmpty())
                error = q.lastError().text();
            if (error.isEmpty() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
                p.objects = q.value(0).toInt();
            else if (error.isEmpty())
                error = q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!error.isEmpty())
        return Result<Probe>::failure(
            Workspace::tr("%1 is damaged and cannot be read (%2)").arg(path, error.trimmed()));
    return p;
}


} // namespace

Workspace::~Workspace()
{
    m_writer.reset();
    std::lock_guard<std::mutex> lock(m_readersMutex);
    for (const QString& name : std::as_const(m_readerNames))
        QSqlDatabase::removeDatabase(name);
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.lingxi"));
}

QString Workspace::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const OpenOptions& options)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QList<Migration>& migrations = options.migrations ? *options.migrations : Migrations::all();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    QFileInfo fi(path);
    std::unique_ptr<Workspace> ws(new Workspace());
    ws->m_path = fi.absoluteFilePath();
    ws->m_connectionPrefix = QStringLiteral("lx-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ws->m_readOnly = options.readOnly;
    ws->m_readerDatabaseName = ws->m_path;
    ws->m_readerOptions = kReaderOptions;
    if (options.readOnly && fi.exists() && !checkWritable(fi)) {
        // On read-only media SQLite can neither take a lock nor create the -shm file a WAL reader
        // needs: the file is read as immutable, which is exact for a copy no one is writing (a
        // log beside it with commits in it is read the ordinary way).
        const QFileInfo wal(ws->m_path + QStringLiteral("-wal"));
        if (!(wal.exists() && wal.size() > 0)) {
            ws->m_readerDatabaseName = QUrl::fromLocalFile(ws->m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
            ws->m_readerOptions = QStringLiteral("QSQLITE_OPEN_URI;") + kReaderOptions;
        }
    }

    bool created = false;
    if (fi.exists()) {
        if (fi.isDir())
            return R::failure(Workspace::tr("%1 is a folder, not a workspace file").arg(path));
        // A device or a FIFO is never opened: reading a FIFO's header would wait for a writer.
        if (!fi.isFile())
            return R::failure(Workspace::tr("%1 is not a regular file, not a workspace").arg(path));
        if (auto st = validateHeader(ws->m_path); !st)
            return R(st);
        auto p = probe(ws->m_path, uniqueConnectionName(ws->m_connectionPrefix, QStringLiteral("probe")),
                       ws->m_readerDatabaseName, ws->m_readerOptions);
        if (!p)
            return R(p.status());
        if (p.value().applicationId != kApplicationId && p.value().objects > 0)
            return R::failure(
                Workspace::tr("%1 is not a Lingxi workspace: it is another program's SQLite database").arg(path));
        if (p.value().userVersion > latest)
            return R::failure(Workspace::tr("%1 was written by a newer Lingxi (schema %2; this version knows up to %3). "
                                             "Update Lingxi to open it; the file was not changed.")
                                  .arg(path)
                                  .arg(p.value().userVersion)
                                  .arg(latest));
        if (options.readOnly) {
            ws->m_schemaVersion = p.value().userVersion;
            return R(std::move(ws)); // no migration, no writer: nothing here writes
        }
        if (auto st = checkWritable(fi); !st)
            return R(st);
    } else {
        if (options.readOnly)
            return R::failure(Workspace::tr("there is no workspace at %1").arg(path));
        if (!options.createIfMissing)
            return R::failure(Workspace::tr("there is no workspace at %1").arg(path));
        if (!QDir().mkpath(fi.absolutePath()))
            return R::failure(Workspace::tr("cannot create the folder %1").arg(fi.absolutePath()));
        created = true;
    }

    if (auto st = ws->migrate(migrations); !st) {
        if (created) {
            QFile::remove(ws->m_path);
            QFile::remove(ws->m_path + QStringLiteral("-wal"));
            QFile::remove(ws->m_path + QStringLiteral("-shm"));
        }
        return R(st);
    }

    ws->m_writer = std::make_unique<StoreWriter>(ws->m_path);
    if (auto st = ws->m_writer->start(); !st)
        return R(st);
    return R(std::move(ws));
}

namespace {

// Runs every step above `current` inside the caller's transaction; returns the version reached.
Result<int> applyPending(QSqlDatabase& db, const QString& path, const QList<Migration>& migrations, int current)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (current == 0) {
        if (auto st = SqlUtil::exec(db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)); !st)
            return Result<int>(st);
        if (auto st = SqlUtil::exec(db, QStringLiteral("CREATE TABLE schema_migrations ("
                                                       " version INTEGER PRIMARY KEY,"
                                                       " description TEXT NOT NULL,"
                                                       " applied_at TEXT NOT NULL)"));
            !st)
            return Result<int>(st);
    }
    int version = current;
    for (const Migration& m : migrations) {
        if (m.version <= current)
            continue;
        if (m.version != version + 1)
            return Result<int>::failure(Workspace::tr("schema step %1 is missing").arg(version + 1));
        for (const QString& sql : m.statements) {
            if (auto st = SqlUtil::exec(db, sql); !st)
                return Result<int>::failure(Workspace::tr("upgrading %1 to schema %2 (%3) failed: %4. "
                                                          "The workspace was left as it was.")
                                                .arg(path)
                                                .arg(m.version)
                                                .arg(m.description, st.error()));
        }
        if (auto st = SqlUtil::exec(db,
                                    QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) "
                                                   "VALUES (?, ?, ?)"),
                                    {m.version, m.description, now});
            !st)
            return Result<int>(st);
        version = m.version;
    }
    if (current == 0) {
        if (auto st = SqlUtil::exec(db,
                                    QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES ('workspace_id', ?), "
                                                   "('created_at', ?)"),
                                    {QUuid::createUuid().toString(QUuid::WithoutBraces), now});
            !st)
            return Result<int>(st);
    }
    if (auto st = SqlUtil::exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version)); !st)
        return Result<int>(st);
    return version;
}

} // namespace

Status Workspace::migrate(const QList<Migration>& migrations)
{
    const QString name = uniqueConnectionName(m_connectionPrefix, QStringLiteral("setup"));
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            result = Status::failure(Workspace::tr("cannot open %1: %2").arg(m_path, db.lastError().text()));
        int current = 0;
        if (result) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                current = q.value(0).toInt();
            q.finish();
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
                || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
                result = Status::failure(Workspace::tr("cannot switch %1 to write-ahead logging").arg(m_path));
        }
        const bool pending = std::any_of(migrations.cbegin(), migrations.cend(),
                                         [current](const Migration& m) { return m.version > current; });
        // All pending steps run in one transaction: a failing step rolls the whole upgrade back and
        // the file stays exactly as it was.
        if (result && pending) {
            result = SqlUtil::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
            if (result) {
                auto reached = applyPending(db, m_path, migrations, current);
                result = reached ? SqlUtil::exec(db, QStringLiteral("COMMIT")) : reached.status();
                if (result)
                    current = reached.value();
                else
                    SqlUtil::exec(db, QStringLiteral("ROLLBACK"));
            }
        }
        m_schemaVersion = current;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QSqlDatabase Workspace::reader()
{
    thread_local quint64 threadTag = 0;
    static std::atomic<quint64> nextTag{1};
    if (threadTag == 0)
        threadTag = nextTag.fetch_add(1);
    const QString name = m_connectionPrefix + QStringLiteral("-read-") + QString::number(threadTag);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_readerDatabaseName);
    db.setConnectOptions(m_readerOptions);
    if (db.open())
        SqlUtil::applyConnectionPragmas(db, false);
    std::lock_guard<std::mutex> lock(m_readersMutex);
    m_readerNames.append(name);
    return db;
}

qint64 Workspace::dataVersion()
{
    QSqlDatabase db = reader();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

WorkspaceInfo Workspace::info()
{
    WorkspaceInfo info;
    info.path = m_path;
    info.schemaVersion = m_schemaVersion;
    info.latestSchemaVersion = Migrations::latestVersion();
    info.sizeBytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    info.sqliteVersion = sqliteVersion();
    QSqlDatabase db = reader();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('workspace_id','created_at','demo')"))) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (key == QLatin1String("workspace_id"))
                info.workspaceId = q.value(1).toString();
            else if (key == QLatin1String("created_at"))
                info.createdAt = q.value(1).toString();
            else if (key == QLatin1String("demo"))
                info.demo = q.value(1).toString() == QLatin1String("1");
        }
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM operators")) && q.next())
        info.operators = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        info.auditEntries = q.value(0).toLongLong();
    return info;
}

CheckReport Workspace::check()
{
    CheckReport report;
    QSqlDatabase db = reader();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.integrityProblems << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrityProblems << line;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.foreignKeyProblems << q.lastError().text();
    } else {
        while (q.next())
            report.foreignKeyProblems << QStringLiteral("%1 row %2 points to a missing %3 row")
                                             .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    report.ok = report.integrityProblems.isEmpty() && report.foreignKeyProblems.isEmpty();
    return report;
}

Status Workspace::backupTo(const QString& destination, const std::function<bool(qint64, qint64)>& progress)
{
    const QFileInfo destInfo(destination);
    if (destInfo.exists())
        return Status::failure(Workspace::tr("%1 already exists; choose a new file for the backup").arg(destination));
    if (destInfo.absoluteFilePath() == m_path)
        return Status::failure(Workspace::tr("the backup cannot replace the workspace itself"));
    if (!QDir().mkpath(destInfo.absolutePath()))
        return Status::failure(Workspace::tr("cannot create the folder %1").arg(destInfo.absolutePath()));
    sqlite3* source = SqlUtil::handle(reader());
    if (!source)
        return Status::failure(Workspace::tr("the workspace connection is not available for backup"));

    const QString partial = destInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString err = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Status::failure(Workspace::tr("cannot create %1: %2").arg(destination, err));
    }
    Status result = Status::success();
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        result = Status::failure(Workspace::tr("backup failed: ") + QString::fromUtf8(sqlite3_errmsg(target)));
    } else {
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, 64);
            const qint64 total = sqlite3_backup_pagecount(backup);
            const qint64 done = total - sqlite3_backup_remaining(backup);
            if (progress && !progress(done, total)) {
                result = Status::failure(Workspace::tr("backup cancelled"));
                break;
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                QThread::msleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        if (result && rc != SQLITE_DONE)
            result = Status::failure(Workspace::tr("backup failed: ") + QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_backup_finish(backup);
    }
    sqlite3_close(target);
    if (result && !QFile::rename(partial, destInfo.absoluteFilePath()))
        result = Status::failure(Workspace::tr("cannot move the backup into place at %1").arg(destination));
    if (!result)
        QFile::remove(partial);
    return result;
}

} // namespace lx::store
