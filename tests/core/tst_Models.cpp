#include "auth/AuthService.h"
#include "models/AuditTableModel.h"
#include "models/OperatorTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using namespace lx;

class tst_Models : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditModelShowsEntriesReadably()
    {
        models::AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        audit::AuditEntry e;
        e.seq = 7;
        e.time = QDateTime(QDate(2026, 11, 28), QTime(9, 30));
        e.actor = QStringLiteral("agent");
        e.action = QStringLiteral("auth.login_failed");
        e.target = QStringLiteral("agent");
        e.details = QJsonObject{{QStringLiteral("attempt"), 2}};
        audit::AuditEntry f = e;
        f.seq = 8;
        f.action = QStringLiteral("custom.thing");
        model.setEntries({e, f});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(models::AuditTableModel::ColumnCount));
        QCOMPARE(model.index(0, models::AuditTableModel::ActionColumn).data().toString(), QStringLiteral("Failed login"));
        QCOMPARE(model.index(1, models::AuditTableModel::ActionColumn).data().toString(), QStringLiteral("custom.thing"));
        QCOMPARE(model.index(0, models::AuditTableModel::DetailsColumn).data().toString(), QStringLiteral("attempt: 2"));
        QCOMPARE(model.index(0, 0).data(models::AuditTableModel::SeqRole).toLongLong(), 7);
        QCOMPARE(model.index(0, 0).data(models::AuditTableModel::ActionKeyRole).toString(),
                 QStringLiteral("auth.login_failed"));
        QCOMPARE(model.headerData(models::AuditTableModel::ActorColumn, Qt::Horizontal).toString(), QStringLiteral("Operator"));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void operatorModelShowsState()
    {
        models::OperatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auth::Operator a;
        a.id = 1;
        a.name = QStringLiteral("wang");
        a.displayName = QStringLiteral("王芳");
        a.role = auth::Role::Agent;
        auth::Operator b = a;
        b.id = 2;
        b.name = QStringLiteral("li");
        b.disabled = true;
        auth::Operator c = a;
        c.id = 3;
        c.name = QStringLiteral("zhao");
        c.locked = true;
        c.lastLoginMs = QDateTime(QDate(2026, 11, 1), QTime(8, 0)).toMSecsSinceEpoch();
        model.setOperators({a, b, c});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, models::OperatorTableModel::StateColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(1, models::OperatorTableModel::StateColumn).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model.index(2, models::OperatorTableModel::StateColumn).data().toString(), QStringLiteral("Locked"));
        QCOMPARE(model.index(0, models::OperatorTableModel::LastLoginColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(0, models::OperatorTableModel::RoleColumn).data().toString(),
                 auth::AuthService::roleTitle(auth::Role::Agent));
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.index(1, 0).data(models::OperatorTableModel::DisabledRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_Models.moc"
