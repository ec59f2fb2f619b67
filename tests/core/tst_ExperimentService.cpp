#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "content/ContentService.h"
#include "experiments/ExperimentService.h"
#include "store/Workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;
using namespace lx::experiments;

class tst_ExperimentService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<auth::AuthService> m_auth;
    std::optional<auth::Session> m_marketer, m_agent, m_supervisor;
    QList<content::ContentItem> m_templates, m_scripts;

    Experiment draft(const QString& name) const
    {
        Experiment e;
        e.name = name;
        e.metric = QStringLiteral("conversion");
        e.guardrails = {QStringLiteral("engagement")};
        e.variants = {ExperimentVariant{QString(), m_templates.at(0).id, 0, 1},
                      ExperimentVariant{QString(), m_templates.at(1).id, 1, 1}};
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("x.lingxi")));
        QVERIFY(ws);
        m_ws = ws.take();
        m_auth = std::make_unique<auth::AuthService>(*m_ws);
        auto admin = m_auth->createFirstAdmin(QStringLiteral("admin"), QString(), QStringLiteral("admin-pass-1")).value();
        auth::OperatorService ops(*m_auth);
        QVERIFY(ops.add(admin, QStringLiteral("mk"), QString(), auth::Role::Marketer, QStringLiteral("mk-pass-2026")));
        QVERIFY(ops.add(admin, QStringLiteral("ag"), QString(), auth::Role::Agent, QStringLiteral("ag-pass-2026")));
        QVERIFY(ops.add(admin, QStringLiteral("sv"), QString(), auth::Role::Supervisor, QStringLiteral("sv-pass-2026")));
        m_marketer = m_auth->login(QStringLiteral("mk"), QStringLiteral("mk-pass-2026")).value();
        m_agent = m_auth->login(QStringLiteral("ag"), QStringLiteral("ag-pass-2026")).value();
        m_supervisor = m_auth->login(QStringLiteral("sv"), QStringLiteral("sv-pass-2026")).value();
        content::ContentService content(*m_auth);
        m_templates = content.list(*m_marketer, content::ContentKind::Template).value();
        m_scripts = content.list(*m_marketer, content::ContentKind::Script).value();
        QVERIFY(m_templates.size() >= 2);
    }

    void marketerCreatesFromTemplateVersions()
    {
        ExperimentService service(*m_auth);
        auto e = service.create(*m_marketer, draft(QStringLiteral("美妆首图 A/B")));
        QVERIFY2(e, qPrintable(e.error()));
        QCOMPARE(e.value().status, QStringLiteral("draft"));
        QCOMPARE(e.value().variants.size(), 2);
        QCOMPARE(e.value().variants.at(0).label, QStringLiteral("A"));
        QCOMPARE(e.value().variants.at(0).version, m_templates.at(0).version); // 0 means the latest
        QCOMPARE(e.value().salt.size(), 32);
        QCOMPARE(e.value().createdBy, QStringLiteral("mk"));
        // Supervisors read; agents do not.
        QCOMPARE(service.list(*m_supervisor).value().size(), 1);
        QVERIFY(!service.list(*m_agent));
        QVERIFY(!service.create(*m_supervisor, draft(QStringLiteral("another"))));
    }

    void badDefinitionsAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("one variant") << 0 << "two or three";
        QTest::newRow("four variants") << 1 << "two or three";
        QTest::newRow("missing item") << 2 << "no template or script";
        QTest::newRow("missing version") << 3 << "no version";
        QTest::newRow("mixed kinds") << 4 << "all templates or all scripts";
        QTest::newRow("bad metric") << 5 << "primary metric";
        QTest::newRow("ends before it starts") << 6 << "end after";
        QTest::newRow("zero weight") << 7 << "positive";
        QTest::newRow("duplicate name") << 8 << "already exists";
    }

    void badDefinitionsAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, mentions);
        Experiment e = draft(QStringLiteral("bad %1").arg(which));
        switch (which) {
        case 0: e.variants.removeLast(); break;
        case 1: e.variants += QList<ExperimentVariant>{e.variants.at(0), e.variants.at(1)}; break;
        case 2: e.variants[1].itemId = 99999; break;
        case 3: e.variants[1].version = 42; break;
        case 4: e.variants[1].itemId = m_scripts.at(0).id; break;
        case 5: e.metric = QStringLiteral("revenue"); break;
        case 6: e.startMs = 2000; e.endMs = 1000; break;
        case 7: e.variants[0].weight = 0; break;
        case 8: e.name = QStringLiteral("美妆首图 A/B"); break;
        }
        auto r = ExperimentService(*m_auth).create(*m_marketer, e);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    }

    void runningExperimentsAssignStably()
    {
        ExperimentService service(*m_auth);
        Experiment d = draft(QStringLiteral("three-way"));
        d.variants.append(ExperimentVariant{QString(), m_templates.at(2 % m_templates.size()).id, 0, 2});
        auto e = service.create(*m_marketer, d);
        QVERIFY2(e, qPrintable(e.error()));
        const qint64 id = e.value().id;
        QCOMPARE(service.assign(*m_supervisor, id, QStringLiteral("u1")).value(), QString()); // draft: nobody enrolled
        QVERIFY(service.setStatus(*m_marketer, id, QStringLiteral("running")));
        QHash<QString, int> counts;
        for (int i = 0; i < 4000; ++i) {
            const QString label = service.assign(*m_supervisor, id, QStringLiteral("user-%1").arg(i)).value();
            QCOMPARE(service.assign(*m_supervisor, id, QStringLiteral("user-%1").arg(i)).value(), label);
            counts[label] += 1;
        }
        QCOMPARE(counts.size(), 3);
        QVERIFY(std::abs(counts.value(QStringLiteral("C")) - 2000) < 150); // weight 2 of 4
        QVERIFY(!service.setStatus(*m_marketer, id, QStringLiteral("draft")));
        QVERIFY(service.setStatus(*m_marketer, id, QStringLiteral("stopped")));
        QCOMPARE(service.assign(*m_supervisor, id, QStringLiteral("user-1")).value(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_ExperimentService)
#include "tst_ExperimentService.moc"
