#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "content/ContentService.h"
#include "experiments/ExperimentService.h"
#include "profiles/ProfileService.h"
#include "store/Workspace.h"

#include <QFile>
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

    void countsFromEventsAndConsentGating()
    {
        qputenv("LINGXI_KEYRING_DIR", m_dir.filePath(QStringLiteral("keys")).toUtf8());
        ExperimentService service(*m_auth);
        auto created = service.create(*m_marketer, draft(QStringLiteral("首图 A/B")));
        QVERIFY2(created, qPrintable(created.error()));
        const qint64 id = created.value().id;
        const QString tag = QString::number(id);
        auto write = [this](const char* name, const QString& text) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(text.toUtf8());
            return path;
        };
        QString profiles;
        for (int u = 1; u <= 5; ++u)
            profiles += QStringLiteral(R"({"platform":"wechat","platform_user_id":"u%1","consents":[{"purpose":"marketing","granted":%2,"time":"2026-11-01T00:00:00+08:00","source":"form"}]})"
                                       "\n")
                            .arg(u)
                            .arg(u == 4 ? QStringLiteral("false") : QStringLiteral("true"));
        profiles::ProfileService people(*m_auth);
        auto imported = people.importProfiles(*m_marketer, write("p.jsonl", profiles), {});
        QVERIFY2(imported, qPrintable(imported.error()));
        const QString events = QStringLiteral(
            "platform,platform_user_id,time,type,experiment,variant\n"
            "wechat,u1,2026-11-20T10:00:00+08:00,impression,%1,A\n"
            "wechat,u1,2026-11-20T10:05:00+08:00,conversion,%1,\n"
            "wechat,u2,2026-11-20T11:00:00+08:00,impression,%1,A\n"
            "wechat,u2,2026-11-20T11:30:00+08:00,impression,%1,Z\n"
            "wechat,u3,2026-11-21T09:00:00+08:00,purchase,,\n"            // before exposure: not a success
            "wechat,u3,2026-11-21T10:00:00+08:00,impression,%1,B\n"
            "wechat,u3,2026-11-22T10:00:00+08:00,purchase,,\n"            // untagged, after: a success
            "wechat,u4,2026-11-21T10:00:00+08:00,impression,%1,B\n"       // no consent
            "wechat,u4,2026-11-21T10:10:00+08:00,conversion,%1,B\n"
            "wechat,u5,2026-11-21T12:00:00+08:00,view,%2,B\n"              // tagged by name
            "wechat,u5,2026-11-21T12:01:00+08:00,click,%2,B\n"             // not this metric
            "wechat,u1,2026-11-22T10:00:00+08:00,impression,%1,B\n"        // seen in two variants
            "wechat,u2,2026-11-22T10:00:00+08:00,conversion,other,\n")     // another experiment
                                   .arg(tag, QStringLiteral("首图 A/B"));
        auto ev = people.importEvents(*m_marketer, write("e.csv", events), {});
        QVERIFY2(ev, qPrintable(ev.error()));
        auto counts = service.countsFromEvents(id);
        QVERIFY2(counts, qPrintable(counts.error()));
        const EventCounts& c = counts.value();
        QCOMPARE(c.input.variants.size(), 2);
        QCOMPARE(c.input.variants.at(0).name, QStringLiteral("A"));
        QCOMPARE(c.input.variants.at(0).exposures, 2);   // u1, u2
        QCOMPARE(c.input.variants.at(0).conversions, 1); // u1
        QCOMPARE(c.input.variants.at(1).exposures, 2);   // u3, u5
        QCOMPARE(c.input.variants.at(1).conversions, 1); // u3
        QCOMPARE(c.excludedNoConsent, 1);
        QCOMPARE(c.unknownVariant, 1);
        QCOMPARE(c.inSeveralVariants, 1);
        qint64 dailyExposures = 0;
        for (const DailyCounts& d : c.input.days)
            dailyExposures += d.exposures;
        QCOMPARE(dailyExposures, 4);

        // Enrolment: a user without consent to marketing is never assigned a variant.
        QVERIFY(service.setStatus(*m_marketer, id, QStringLiteral("running")));
        QCOMPARE(service.assign(*m_marketer, id, QStringLiteral("wechat:u4")).value(), QString());
        QVERIFY(!service.assign(*m_marketer, id, QStringLiteral("wechat:u1")).value().isEmpty());
        // Withdrawal takes effect at once.
        QVERIFY(people.withdrawConsent(*m_marketer, QStringLiteral("wechat"), QStringLiteral("u1"), QStringLiteral("marketing"), QStringLiteral("test")));
        QCOMPARE(service.assign(*m_marketer, id, QStringLiteral("wechat:u1")).value(), QString());
        QCOMPARE(service.countsFromEvents(id).value().excludedNoConsent, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ExperimentService)
#include "tst_ExperimentService.moc"
