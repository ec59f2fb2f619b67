#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "store/AuditTable.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;
using audit::VerifyReport;
using lx::test::RawDb;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A workspace with `count` entries, closed again so the test can edit the file directly.
    QString makeLog(int count)
    {
        const QString p = m_dir.filePath(QStringLiteral("audit-%1.lingxi").arg(++m_counter));
        auto ws = store::Workspace::open(p);
        if (!ws)
            return {};
        for (int i = 1; i <= count; ++i) {
            ws.value()->writer().runSync([i](QSqlDatabase& db) -> Result<QVariant> {
                auto st = audit::AuditLog::append(db, QStringLiteral("agent%1").arg(i % 3), QStringLiteral("test.action"),
                                                  QStringLiteral("conversation/%1").arg(i),
                                                  QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("note"), QStringLiteral("回访")}},
                                                  1764300000000LL + i * 1000);
                return st ? Result<QVariant>(QVariant()) : Result<QVariant>(st);
            });
        }
        return p;
    }

    VerifyReport verify(const QString& p)
    {
        auto ws = store::Workspace::open(p);
        if (!ws)
            qFatal("cannot reopen: %s", qPrintable(ws.error()));
        QSqlDatabase db = ws.value()->reader();
        return audit::AuditLog::verify(db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void intactChainVerifies()
    {
        const QString p = makeLog(40);
        const VerifyReport r = verify(p);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.entriesChecked, 40);
    }

    void emptyLogVerifies()
    {
        const QString p = makeLog(0);
        QVERIFY(verify(p).ok);
    }

    void entriesAreLinked()
    {
        const QString p = makeLog(3);
        RawDb raw(p);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq=1")).toString(),
                 audit::AuditLog::genesisHash());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq=3")).toString(),
                 raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq=2")).toString());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT hash FROM audit_head")).toString(),
                 raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq=3")).toString());
    }

    void lingxiItselfCannotRewriteTheLog()
    {
        const QString p = makeLog(3);
        RawDb raw(p);
        QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_log SET actor='x' WHERE seq=1")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq=1")));
    }

    void tamperingIsCaughtAndNamed_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("firstBad");
        const QString dropGuards = QStringLiteral("DROP TRIGGER audit_log_no_update;DROP TRIGGER audit_log_no_delete");
        QTest::newRow("details changed") << (dropGuards.split(QLatin1Char(';')) << QStringLiteral(
                                                 "UPDATE audit_log SET details='{\"n\":7}' WHERE seq=7"))
                                         << int(VerifyReport::Problem::Changed) << 7;
        QTest::newRow("actor changed") << (dropGuards.split(QLatin1Char(';'))
                                           << QStringLiteral("UPDATE audit_log SET actor='supervisor' WHERE seq=12"))
                                       << int(VerifyReport::Problem::Changed) << 12;
        QTest::newRow("time changed") << (dropGuards.split(QLatin1Char(';'))
                                          << QStringLiteral("UPDATE audit_log SET time_ms=time_ms+60000 WHERE seq=3"))
                                      << int(VerifyReport::Problem::Changed) << 3;
        QTest::newRow("entry deleted") << (dropGuards.split(QLatin1Char(';'))
                                           << QStringLiteral("DELETE FROM audit_log WHERE seq=9"))
                                       << int(VerifyReport::Problem::Deleted) << 9;
        QTest::newRow("first entry deleted") << (dropGuards.split(QLatin1Char(';'))
                                                 << QStringLiteral("DELETE FROM audit_log WHERE seq=1"))
                                             << int(VerifyReport::Problem::Deleted) << 1;
        QTest::newRow("last entries deleted") << (dropGuards.split(QLatin1Char(';'))
                                                  << QStringLiteral("DELETE FROM audit_log WHERE seq>=18"))
                                              << int(VerifyReport::Problem::Deleted) << 18;
        QTest::newRow("entry inserted at the end")
            << QStringList{QStringLiteral("INSERT INTO audit_log(seq,time_ms,actor,action,target,details,prev_hash,hash) "
                                          "SELECT 21, time_ms, 'admin', 'operator.add', 'ghost', '{}', hash, hash "
                                          "FROM audit_log WHERE seq=20")}
            << int(VerifyReport::Problem::Inserted) << 21;
        QTest::newRow("entry inserted, the rest renumbered")
            << (dropGuards.split(QLatin1Char(';'))
                << QStringLiteral("UPDATE audit_log SET seq=-seq WHERE seq>=5")
                << QStringLiteral("UPDATE audit_log SET seq=1-seq WHERE seq<0")
                << QStringLiteral("INSERT INTO audit_log(seq,time_ms,actor,action,target,details,prev_hash,hash) "
                                  "SELECT 5, time_ms, 'admin', 'operator.add', 'ghost', '{}', hash, 'x' "
                                  "FROM audit_log WHERE seq=4"))
            << int(VerifyReport::Problem::Changed) << 5;
        QTest::newRow("head rewound") << QStringList{QStringLiteral("UPDATE audit_head SET seq=19")}
                                      << int(VerifyReport::Problem::Inserted) << 20;
    }

    void tamperingIsCaughtAndNamed()
    {
        QFETCH(QStringList, sql);
        QFETCH(int, problem);
        QFETCH(int, firstBad);
        const QString p = makeLog(20);
        {
            RawDb raw(p);
            for (const QString& s : sql)
                QVERIFY2(raw.exec(s), qPrintable(s));
        }
        const VerifyReport r = verify(p);
        QVERIFY(!r.ok);
        QCOMPARE(int(r.problem), problem);
        QCOMPARE(r.firstBadSeq, qint64(firstBad));
        QVERIFY(r.message.contains(QString::number(firstBad)));
    }

    void aForgedButWellHashedInsertionIsCaught()
    {
        // The forger recomputes the inserted entry's hash and renumbers the rest; the entries after it
        // still carry hashes over their old numbers, which verify() recognises as a shift.
        const QString p = makeLog(10);
        {
            RawDb raw(p);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            store::AuditRow forged;
            forged.seq = 5;
            forged.timeMs = 1764300004500LL;
            forged.actor = QStringLiteral("admin");
            forged.action = QStringLiteral("operator.add");
            forged.target = QStringLiteral("ghost");
            forged.details = QStringLiteral("{}");
            forged.prevHash = raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq=4")).toString();
            forged.hash = audit::AuditLog::computeHash(forged);
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET seq=-seq WHERE seq>=5")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET seq=1-seq WHERE seq<0")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO audit_log VALUES (5, %1, 'admin', 'operator.add', 'ghost', '{}', '%2', '%3')")
                                 .arg(forged.timeMs)
                                 .arg(forged.prevHash, forged.hash)));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_head SET seq=11")));
        }
        const VerifyReport r = verify(p);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, VerifyReport::Problem::Inserted);
        QCOMPARE(r.firstBadSeq, 5);
    }

    void canonicalFormSeparatesFields()
    {
        // "ab"+"c" and "a"+"bc" must not hash alike.
        store::AuditRow a;
        a.actor = QStringLiteral("ab");
        a.action = QStringLiteral("c");
        store::AuditRow b = a;
        b.actor = QStringLiteral("a");
        b.action = QStringLiteral("bc");
        QVERIFY(audit::AuditLog::computeHash(a) != audit::AuditLog::computeHash(b));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
