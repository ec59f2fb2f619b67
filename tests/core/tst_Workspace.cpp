#include "TestSupport.h"

#include "store/Migration.h"
#include "store/OperatorTable.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;
using lx::test::fileHash;
using lx::test::RawDb;

namespace {

Result<QVariant> insertOperator(QSqlDatabase& db, const QString& name)
{
    store::OperatorRow row;
    row.name = name;
    row.role = QStringLiteral("agent");
    row.passwordHash = QStringLiteral("$scrypt$ln=17,r=8,p=1$c2FsdA==$a2V5");
    auto id = store::OperatorTable::insert(db, row);
    if (!id)
        return Result<QVariant>(id.status());
    return QVariant(id.value());
}

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString makeWorkspace(const QString& name)
    {
        auto ws = store::Workspace::open(path(name));
        if (!ws)
            return {};
        ws.value()->writer().runSync([](QSqlDatabase& db) { return insertOperator(db, QStringLiteral("wang")); });
        return path(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newWorkspaceHasLatestSchemaAndWal()
    {
        auto ws = store::Workspace::open(path(QStringLiteral("new.lingxi")));
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(ws.value()->schemaVersion(), store::Migrations::latestVersion());
        auto info = ws.value()->info();
        QVERIFY(!info.workspaceId.isEmpty());
        QVERIFY(!info.createdAt.isEmpty());
        QCOMPARE(info.operators, 0);
        QSqlDatabase r = ws.value()->reader();
        QSqlQuery q(r);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), store::Migrations::latestVersion());
    }

    void missingFileIsNotCreatedWhenNotAsked()
    {
        store::OpenOptions options;
        options.createIfMissing = false;
        auto ws = store::Workspace::open(path(QStringLiteral("absent.lingxi")), options);
        QVERIFY(!ws);
        QVERIFY(ws.error().contains(QLatin1String("no workspace")));
        QVERIFY(!QFile::exists(path(QStringLiteral("absent.lingxi"))));
    }

    void migratesAnOlderWorkspace()
    {
        const QString p = path(QStringLiteral("old.lingxi"));
        const QList<store::Migration> v1{store::Migrations::all().first()};
        {
            store::OpenOptions options;
            options.migrations = &v1;
            auto ws = store::Workspace::open(p, options);
            QVERIFY2(ws, qPrintable(ws.error()));
            QCOMPARE(ws.value()->schemaVersion(), 1);
            auto r = ws.value()->writer().runSync([](QSqlDatabase& db) { return insertOperator(db, QStringLiteral("li")); });
            QVERIFY2(r, qPrintable(r.error()));
        }
        {
            RawDb raw(p);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QVERIFY(!raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='audit_log'")).toBool());
        }
        auto ws = store::Workspace::open(p);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(ws.value()->schemaVersion(), store::Migrations::latestVersion());
        auto info = ws.value()->info();
        QCOMPARE(info.operators, 1); // data survived the upgrade
        QSqlDatabase r = ws.value()->reader();
        QSqlQuery q(r);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(version) FROM schema_migrations")) && q.next());
        QStringList all;
        for (const auto& m : store::Migrations::all())
            all << QString::number(m.version);
        QCOMPARE(q.value(0).toString(), all.join(QLatin1Char(',')));
    }

    void failedMigrationLeavesFileExactlyAsItWas()
    {
        const QString p = path(QStringLiteral("failing.lingxi"));
        const QList<store::Migration> v1{store::Migrations::all().first()};
        {
            store::OpenOptions options;
            options.migrations = &v1;
            auto ws = store::Workspace::open(p, options);
            QVERIFY(ws);
            ws.value()->writer().runSync([](QSqlDatabase& db) { return insertOperator(db, QStringLiteral("zhao")); });
        }
        const QByteArray before = fileHash(p);
        QList<store::Migration> broken = store::Migrations::all();
        broken.append(store::Migration{store::Migrations::latestVersion() + 1, QStringLiteral("broken step"),
                                       {QStringLiteral("CREATE TABLE good(x)"), QStringLiteral("CREATE TABLE bad(")}});
        store::OpenOptions options;
        options.migrations = &broken;
        auto ws = store::Workspace::open(p, options);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(QLatin1String("broken step")), qPrintable(ws.error()));
        QVERIFY(ws.error().contains(QLatin1String("left as it was")));
        QCOMPARE(fileHash(p), before);
        RawDb raw(p);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('good','audit_log')")).toBool());
    }

    void refusesANewerWorkspaceUntouched()
    {
        const QString p = makeWorkspace(QStringLiteral("newer.lingxi"));
        {
            RawDb raw(p);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=99")));
        }
        const QByteArray before = fileHash(p);
        auto ws = store::Workspace::open(p);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(QLatin1String("newer Lingxi")), qPrintable(ws.error()));
        QVERIFY(ws.error().contains(QLatin1String("99")));
        QCOMPARE(fileHash(p), before);
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << "text" << "not an SQLite database";
        QTest::newRow("empty") << "empty" << "empty file";
        QTest::newRow("truncated") << "truncated" << "truncated";
        QTest::newRow("foreign") << "foreign" << "another program";
        QTest::newRow("scrambled pages") << "scrambled" << "damaged";
    }

    void refusesDamagedFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString p = path(QStringLiteral("damaged-%1.lingxi").arg(kind));
        if (kind == QLatin1String("text")) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("platform,platform_user_id\nwechat,42\n");
        } else if (kind == QLatin1String("empty")) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("scrambled")) {
            const QString src = makeWorkspace(QStringLiteral("src-%1.lingxi").arg(kind));
            QFile in(src);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray bytes = in.readAll();
            QVERIFY(bytes.size() >= 4096 * 4);
            if (kind == QLatin1String("truncated")) {
                bytes.truncate(bytes.size() / 2);
            } else {
                // Keep the header, overwrite the schema page: SQLite sees a valid file with garbage in it.
                for (int i = 100; i < 4096; ++i)
                    bytes[i] = char(i * 37);
            }
            QFile out(p);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        } else if (kind == QLatin1String("foreign")) {
            RawDb raw(p);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, file TEXT)")));
        }
        const QByteArray before = fileHash(p);
        auto ws = store::Workspace::open(p);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(expected), qPrintable(ws.error()));
        QVERIFY(!ws.error().contains(QLatin1Char('\n')));
        QCOMPARE(fileHash(p), before);
    }

    void refusesReadOnlyFile()
    {
        const QString p = makeWorkspace(QStringLiteral("readonly.lingxi"));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = fileHash(p);
        auto ws = store::Workspace::open(p);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(QLatin1String("read-only")), qPrintable(ws.error()));
        QCOMPARE(fileHash(p), before);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    }

    void backupIsAConsistentCopy()
    {
        const QString p = path(QStringLiteral("live.lingxi"));
        auto ws = store::Workspace::open(p);
        QVERIFY(ws);
        for (int i = 0; i < 50; ++i)
            ws.value()->writer().submit([i](QSqlDatabase& db) { return insertOperator(db, QStringLiteral("op%1").arg(i)); });
        ws.value()->writer().runSync([](QSqlDatabase& db) { return insertOperator(db, QStringLiteral("last")); });
        const QString copy = path(QStringLiteral("copy.lingxi"));
        qint64 lastDone = 0, lastTotal = 0;
        auto st = ws.value()->backupTo(copy, [&](qint64 d, qint64 t) {
            lastDone = d;
            lastTotal = t;
            return true;
        });
        QVERIFY2(st, qPrintable(st.error()));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);
        // Writing goes on; the copy stays what it was.
        ws.value()->writer().runSync([](QSqlDatabase& db) { return insertOperator(db, QStringLiteral("after")); });
        auto restored = store::Workspace::open(copy);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored.value()->info().operators, 51);
        QVERIFY(restored.value()->check().ok);
        QCOMPARE(restored.value()->info().workspaceId, ws.value()->info().workspaceId);

        const QByteArray copyHash = fileHash(copy);
        auto again = ws.value()->backupTo(copy);
        QVERIFY(!again);
        QVERIFY(again.error().contains(QLatin1String("already exists")));
        QCOMPARE(fileHash(copy), copyHash);
    }

    void cancelledBackupLeavesNoFile()
    {
        auto ws = store::Workspace::open(path(QStringLiteral("cancel.lingxi")));
        QVERIFY(ws);
        const QString copy = path(QStringLiteral("cancelled-copy.lingxi"));
        auto st = ws.value()->backupTo(copy, [](qint64, qint64) { return false; });
        QVERIFY(!st);
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    }

    void checkFindsForeignKeyProblems()
    {
        const QString p = makeWorkspace(QStringLiteral("fk.lingxi"));
        {
            RawDb raw(p);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, operator_id INTEGER "
                                            "REFERENCES operators(id))")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes(operator_id) VALUES (999)")));
        }
        auto ws = store::Workspace::open(p);
        QVERIFY(ws);
        auto report = ws.value()->check();
        QVERIFY(!report.ok);
        QVERIFY(report.integrityProblems.isEmpty());
        QCOMPARE(report.foreignKeyProblems.size(), 1);
        QVERIFY(report.foreignKeyProblems.first().contains(QLatin1String("notes")));
    }
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_Workspace.moc"
