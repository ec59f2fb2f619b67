#include "TestSupport.h"

#include "audit/AuditService.h"
#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;
using auth::Permission;
using auth::Role;

namespace {
const QString kAdminPassword = QStringLiteral("admin-pass-1");
QString passwordFor(Role r)
{
    return QStringLiteral("pw-%1-2026").arg(auth::roleKey(r));
}
} // namespace

class tst_AuthService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<auth::AuthService> m_auth;
    std::optional<auth::Session> m_admin;
    int m_counter = 0;

    auth::Session loginAs(Role role)
    {
        const QString name = auth::roleKey(role);
        auto s = m_auth->login(name, role == Role::Admin ? kAdminPassword : passwordFor(role));
        if (!s)
            qFatal("login failed: %s", qPrintable(s.error()));
        return s.value();
    }

    QList<audit::AuditEntry> auditEntries(const QString& actionPrefix = {})
    {
        audit::AuditService service(*m_auth);
        audit::AuditFilter f;
        f.actionPrefix = actionPrefix;
        f.limit = 0;
        return service.query(*m_admin, f).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("auth-%1.lingxi").arg(++m_counter)));
        QVERIFY2(ws, qPrintable(ws.error()));
        m_ws = ws.take();
        m_auth = std::make_unique<auth::AuthService>(*m_ws);
        QCOMPARE(m_auth->needsFirstAdmin().value(), true);
        auto admin = m_auth->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("刘洋"), kAdminPassword);
        QVERIFY2(admin, qPrintable(admin.error()));
        m_admin = admin.value();
        auth::OperatorService ops(*m_auth);
        for (Role r : {Role::Agent, Role::Marketer, Role::Supervisor}) {
            auto added = ops.add(*m_admin, auth::roleKey(r), QString(), r, passwordFor(r));
            QVERIFY2(added, qPrintable(added.error()));
        }
    }

    void cleanup()
    {
        m_admin.reset();
        m_auth.reset();
        m_ws.reset();
    }

    void firstAdminOnlyOnce()
    {
        QCOMPARE(m_auth->needsFirstAdmin().value(), false);
        auto again = m_auth->createFirstAdmin(QStringLiteral("intruder"), QString(), QStringLiteral("intruder-pass"));
        QVERIFY(!again);
        QVERIFY(again.error().contains(QLatin1String("already has operators")));
    }

    void wrongPasswordAndUnknownNameLookTheSame()
    {
        auto wrong = m_auth->login(QStringLiteral("agent"), QStringLiteral("not-the-password"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().startsWith(QLatin1String("wrong operator name or password")));
        QVERIFY(wrong.error().contains(QLatin1String("4 attempt")));
        auto unknown = m_auth->login(QStringLiteral("my-secret-password"), QStringLiteral("x"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error(), QStringLiteral("wrong operator name or password"));
        // The log has both failures, but not what was typed into the name field.
        const auto failures = auditEntries(QStringLiteral("auth.login_failed"));
        QCOMPARE(failures.size(), 2);
        for (const auto& e : failures) {
            QVERIFY(!e.target.contains(QLatin1String("my-secret-password")));
            QVERIFY(!e.actor.contains(QLatin1String("my-secret-password")));
        }
    }

    void fiveWrongPasswordsLockTheAccount()
    {
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_auth->setClock([&now] { return now; });
        for (int i = 1; i <= 4; ++i) {
            auto r = m_auth->login(QStringLiteral("agent"), QStringLiteral("guess-%1").arg(i));
            QVERIFY(!r);
            QVERIFY2(r.error().contains(QStringLiteral("%1 attempt").arg(5 - i)), qPrintable(r.error()));
        }
        auto fifth = m_auth->login(QStringLiteral("agent"), QStringLiteral("guess-5"));
        QVERIFY(!fifth);
        QVERIFY2(fifth.error().contains(QLatin1String("locked")), qPrintable(fifth.error()));
        // Even the right password is refused while locked.
        auto right = m_auth->login(QStringLiteral("agent"), passwordFor(Role::Agent));
        QVERIFY(!right);
        QVERIFY(right.error().contains(QLatin1String("locked")));
        QCOMPARE(auditEntries(QStringLiteral("auth.locked")).size(), 1);
        // The lock expires.
        now += auth::AuthService::kLockout_ms + 1000;
        QVERIFY(m_auth->login(QStringLiteral("agent"), passwordFor(Role::Agent)));
    }

    void adminUnlocksALockedAccount()
    {
        for (int i = 0; i < auth::AuthService::kMaxFailedLogins; ++i)
            QVERIFY(!m_auth->login(QStringLiteral("marketer"), QStringLiteral("wrong-%1").arg(i)));
        QVERIFY(!m_auth->login(QStringLiteral("marketer"), passwordFor(Role::Marketer)));
        auth::OperatorService ops(*m_auth);
        auto list = ops.list(*m_admin).value();
        auto it = std::find_if(list.cbegin(), list.cend(), [](const auth::Operator& o) { return o.name == QLatin1String("marketer"); });
        QVERIFY(it != list.cend());
        QVERIFY(it->locked);
        QVERIFY(ops.unlock(*m_admin, it->id));
        QVERIFY(m_auth->login(QStringLiteral("marketer"), passwordFor(Role::Marketer)));
    }

    void permissionMatrixHoldsThroughTheCoreApi_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("mayManageOperators");
        QTest::addColumn<bool>("mayReadAudit");
        QTest::addColumn<bool>("mayEditTemplates");
        QTest::addColumn<bool>("mayExportPersonalData");
        QTest::addColumn<bool>("mayHandleConversations");
        QTest::newRow("agent") << int(Role::Agent) << false << false << false << false << true;
        QTest::newRow("marketer") << int(Role::Marketer) << false << false << true << false << false;
        QTest::newRow("supervisor") << int(Role::Supervisor) << false << true << false << true << true; // PIPL export: supervisor or admin
        QTest::newRow("admin") << int(Role::Admin) << true << true << false << true << false;
    }

    void permissionMatrixHoldsThroughTheCoreApi()
    {
        QFETCH(int, role);
        QFETCH(bool, mayManageOperators);
        QFETCH(bool, mayReadAudit);
        QFETCH(bool, mayEditTemplates);
        QFETCH(bool, mayExportPersonalData);
        QFETCH(bool, mayHandleConversations);
        const auth::Session s = loginAs(Role(role));
        auth::OperatorService ops(*m_auth);
        audit::AuditService audit(*m_auth);
        const int deniedBefore = int(auditEntries(QStringLiteral("permission.denied")).size());

        // Real service calls: adding an operator, reading the audit log.
        auto added = ops.add(s, QStringLiteral("new-%1").arg(role), QString(), Role::Agent, QStringLiteral("new-pass-123"));
        QCOMPARE(bool(added), mayManageOperators);
        if (!mayManageOperators)
            QVERIFY2(added.error().startsWith(QLatin1String("permission denied")), qPrintable(added.error()));
        QCOMPARE(bool(ops.list(s)), mayManageOperators);
        QCOMPARE(bool(audit.query(s, {})), mayReadAudit);
        // Permissions whose services arrive with later modules are checked the same way.
        QCOMPARE(bool(m_auth->require(s, Permission::EditTemplates, QStringLiteral("template.save"))), mayEditTemplates);
        QCOMPARE(bool(m_auth->require(s, Permission::ExportPersonalData, QStringLiteral("profile.export"))),
                 mayExportPersonalData);
        QCOMPARE(bool(m_auth->require(s, Permission::HandleConversations, QStringLiteral("conversation.take"))),
                 mayHandleConversations);
        // Everyone may change their own password.
        QVERIFY(m_auth->require(s, Permission::ChangeOwnPassword, QStringLiteral("operator.change_password")));

        const int expectedDenials = int(!mayManageOperators) * 2 + int(!mayReadAudit) + int(!mayEditTemplates)
            + int(!mayExportPersonalData) + int(!mayHandleConversations);
        const auto denied = auditEntries(QStringLiteral("permission.denied"));
        QCOMPARE(int(denied.size()) - deniedBefore, expectedDenials);
        if (expectedDenials > 0)
            QCOMPARE(denied.first().actor, s.name());
    }

    void matrixTableMatchesEveryRole()
    {
        // Each role has something it may do and something it may not; admin alone manages operators.
        for (Role r : auth::allRoles()) {
            const auto allowed = auth::PermissionMatrix::permissionsOf(r);
            QVERIFY(!allowed.isEmpty());
            QVERIFY(allowed.size() < auth::PermissionMatrix::all().size());
            QCOMPARE(auth::PermissionMatrix::allows(r, Permission::ManageOperators), r == Role::Admin);
            QVERIFY(!auth::PermissionMatrix::key(allowed.first()).isEmpty());
        }
    }

    void roleChangeAppliesToALiveSession()
    {
        auth::OperatorService ops(*m_auth);
        const auth::Session supervisor = loginAs(Role::Supervisor);
        QVERIFY(m_auth->require(supervisor, Permission::ViewAudit, QStringLiteral("audit.read")));
        const qint64 id = supervisor.operatorId();
        QVERIFY(ops.changeRole(*m_admin, id, Role::Agent));
        QVERIFY(!m_auth->require(supervisor, Permission::ViewAudit, QStringLiteral("audit.read")));
        QVERIFY(ops.setDisabled(*m_admin, id, true));
        auto st = m_auth->require(supervisor, Permission::ChangeOwnPassword, QStringLiteral("x"));
        QVERIFY(!st);
        QVERIFY(st.error().contains(QLatin1String("disabled")));
        auto login = m_auth->login(QStringLiteral("supervisor"), passwordFor(Role::Supervisor));
        QVERIFY(!login);
        QVERIFY(login.error().contains(QLatin1String("disabled")));
    }

    void theLastAdminStays()
    {
        auth::OperatorService ops(*m_auth);
        auto self = ops.setDisabled(*m_admin, m_admin->operatorId(), true);
        QVERIFY(!self);
        auto demote = ops.changeRole(*m_admin, m_admin->operatorId(), Role::Agent);
        QVERIFY(!demote);
        QVERIFY(demote.error().contains(QLatin1String("last active admin")));
        // With a second admin, the first may be demoted.
        auto second = ops.add(*m_admin, QStringLiteral("admin2"), QString(), Role::Admin, QStringLiteral("second-admin"));
        QVERIFY(second);
        QVERIFY(ops.changeRole(*m_admin, m_admin->operatorId(), Role::Supervisor));
    }

    void changeOwnPasswordNeedsTheCurrentOne()
    {
        auth::OperatorService ops(*m_auth);
        const auth::Session agent = loginAs(Role::Agent);
        QVERIFY(!ops.changeOwnPassword(agent, QStringLiteral("wrong-current"), QStringLiteral("brand-new-pass")));
        QVERIFY(ops.changeOwnPassword(agent, passwordFor(Role::Agent), QStringLiteral("brand-new-pass")));
        QVERIFY(!m_auth->login(QStringLiteral("agent"), passwordFor(Role::Agent)));
        QVERIFY(m_auth->login(QStringLiteral("agent"), QStringLiteral("brand-new-pass")));
    }

    void passwordsNeverReachTheAuditLog()
    {
        auth::OperatorService ops(*m_auth);
        QVERIFY(ops.add(*m_admin, QStringLiteral("zhou"), QStringLiteral("周"), Role::Agent, QStringLiteral("zhou-secret-77")));
        QVERIFY(!m_auth->login(QStringLiteral("zhou"), QStringLiteral("zhou-typo-secret")));
        QVERIFY(m_auth->login(QStringLiteral("zhou"), QStringLiteral("zhou-secret-77")));
        for (const auto& e : auditEntries()) {
            const QString all = e.actor + e.target + QString::fromUtf8(QJsonDocument(e.details).toJson());
            QVERIFY2(!all.contains(QLatin1String("secret")), qPrintable(all));
            QVERIFY(!all.contains(kAdminPassword));
        }
    }
};

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_AuthService.moc"
