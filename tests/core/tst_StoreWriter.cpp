#include "TestSupport.h"

#include "store/SettingsTable.h"
#include "store/Workspace.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace lx;

class tst_StoreWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void jobsArriving_together_areCommittedInBatches()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("batch.lingxi")));
        QVERIFY(ws);
        auto& writer = ws.value()->writer();
        const quint64 before = writer.committedBatches();
        QList<QFuture<store::WriteOutcome>> futures;
        for (int i = 0; i < 1000; ++i) {
            futures << writer.submit(
                [i](QSqlDatabase& db) -> Result<QVariant> {
                    auto st = store::SettingsTable::setValue(db, QStringLiteral("k%1").arg(i), QString::number(i));
                    return st ? Result<QVariant>(QVariant(i)) : Result<QVariant>(st);
                },
                store::Durability::Full);
        }
        for (auto& f : futures) {
            f.waitForFinished();
            QVERIFY(f.result().ok);
        }
        const quint64 batches = writer.committedBatches() - before;
        QVERIFY2(batches < 1000, qPrintable(QString::number(batches)));
        QSqlDatabase r = ws.value()->reader();
        QSqlQuery q(r);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'k%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1000);
    }

    void aFailingJobRollsBackAlone()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("rollback.lingxi")));
        QVERIFY(ws);
        auto& writer = ws.value()->writer();
        auto set = [](const QString& key) {
            return [key](QSqlDatabase& db) -> Result<QVariant> {
                auto st = store::SettingsTable::setValue(db, key, QStringLiteral("v"));
                return st ? Result<QVariant>(QVariant()) : Result<QVariant>(st);
            };
        };
        auto a = writer.submit(set(QStringLiteral("a")));
        auto bad = writer.submit([](QSqlDatabase& db) -> Result<QVariant> {
            store::SettingsTable::setValue(db, QStringLiteral("half-written"), QStringLiteral("v"));
            return Result<QVariant>::failure(QStringLiteral("validation failed"));
        });
        auto c = writer.submit(set(QStringLiteral("c")));
        a.waitForFinished();
        bad.waitForFinished();
        c.waitForFinished();
        QVERIFY(a.result().ok);
        QVERIFY(!bad.result().ok);
        QCOMPARE(bad.result().error, QStringLiteral("validation failed"));
        QVERIFY(c.result().ok);
        QSqlDatabase r = ws.value()->reader();
        QCOMPARE(store::SettingsTable::value(r, QStringLiteral("a")).value(), QStringLiteral("v"));
        QCOMPARE(store::SettingsTable::value(r, QStringLiteral("c")).value(), QStringLiteral("v"));
        QCOMPARE(store::SettingsTable::value(r, QStringLiteral("half-written"), QStringLiteral("none")).value(),
                 QStringLiteral("none"));
    }

    void aFailingJobOnItsOwnLeavesNothing()
    {
        // A job that is alone in its transaction runs without a savepoint: its failure must still
        // undo everything it wrote, and the writer must go on.
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("alone.lingxi")));
        QVERIFY(ws);
        auto& writer = ws.value()->writer();
        auto bad = writer.runSync([](QSqlDatabase& db) -> Result<QVariant> {
            store::SettingsTable::setValue(db, QStringLiteral("half-written"), QStringLiteral("v"));
            return Result<QVariant>::failure(QStringLiteral("validation failed"));
        });
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("validation failed"));
        auto good = writer.runSync([](QSqlDatabase& db) -> Result<QVariant> {
            auto st = store::SettingsTable::setValue(db, QStringLiteral("after"), QStringLiteral("v"));
            return st ? Result<QVariant>(QVariant()) : Result<QVariant>(st);
        });
        QVERIFY2(good, qPrintable(good.error()));
        QSqlDatabase r = ws.value()->reader();
        QCOMPARE(store::SettingsTable::value(r, QStringLiteral("half-written"), QStringLiteral("none")).value(),
                 QStringLiteral("none"));
        QCOMPARE(store::SettingsTable::value(r, QStringLiteral("after")).value(), QStringLiteral("v"));
    }

    void anIdleWriterCopiesItsLogIntoTheDatabase()
    {
        // Commits go to the write-ahead log; once the writer has nothing to do, the log is copied
        // into the workspace file itself, without waiting for the workspace to close.
        const QString path = m_dir.filePath(QStringLiteral("idle.lingxi"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        const QByteArray marker = "idle-checkpoint-marker-7f3a";
        auto done = ws.value()->writer().runSync([&](QSqlDatabase& db) -> Result<QVariant> {
            auto st = store::SettingsTable::setValue(db, QStringLiteral("marker"), QString::fromLatin1(marker));
            return st ? Result<QVariant>(QVariant()) : Result<QVariant>(st);
        });
        QVERIFY(done);
        const auto inFile = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains(marker);
        };
        QTRY_VERIFY_WITH_TIMEOUT(inFile(), 10000);
    }

    void writerKilledMidBatchKeepsEveryCommittedBatch()
    {
        const QString p = m_dir.filePath(QStringLiteral("killed.lingxi"));
        const int rowsPerBatch = 3000;
        QProcess helper;
        helper.start(QStringLiteral(LX_TEST_HELPER_PATH), {p, QString::number(rowsPerBatch)});
        QVERIFY(helper.waitForStarted());
        int lastReported = 0;
        QByteArray pending;
        while (lastReported < 6) {
            QVERIFY2(helper.waitForReadyRead(30000), "the writer helper stopped reporting");
            pending += helper.readAllStandardOutput();
            while (pending.contains('\n')) {
                const int nl = int(pending.indexOf('\n'));
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed "))
                    lastReported = line.mid(10).toInt();
            }
        }
        // The next batch is being written now; kill without warning.
        QTest::qWait(15);
        ::kill(pid_t(helper.processId()), SIGKILL);
        QVERIFY(helper.waitForFinished(10000));
        pending += helper.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n')) {
            if (line.startsWith("committed "))
                lastReported = qMax(lastReported, line.mid(10).toInt());
        }

        auto ws = store::Workspace::open(p);
        QVERIFY2(ws, qPrintable(ws.error()));
        auto report = ws.value()->check();
        QVERIFY2(report.ok, qPrintable(report.integrityProblems.join(QLatin1Char(';'))));
        QSqlDatabase r = ws.value()->reader();
        QSqlQuery q(r);
        QVERIFY(q.exec(QStringLiteral("SELECT batch, count(*) FROM stress GROUP BY batch ORDER BY batch")));
        int batches = 0;
        while (q.next()) {
            ++batches;
            QCOMPARE(q.value(0).toInt(), batches);               // no gaps
            QCOMPARE(q.value(1).toInt(), rowsPerBatch);          // no half batch
        }
        QVERIFY2(batches >= lastReported,
                 qPrintable(QStringLiteral("%1 batches stored, %2 reported committed").arg(batches).arg(lastReported)));
        QVERIFY(batches <= lastReported + 1);
    }
};

QTEST_GUILESS_MAIN(tst_StoreWriter)
#include "tst_StoreWriter.moc"
