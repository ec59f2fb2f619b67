#include "TestSupport.h"

#include "audit/AuditService.h"
#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "demo/DemoWorkspace.h"
#include "graph/GraphFiles.h"
#include "graph/GraphService.h"
#include "graph/GraphStats.h"
#include "store/Workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;
using namespace lx::graph;

namespace {

// Concepts and relations by their natural keys, ids left out: what "the same graph" means
// across workspaces.
QStringList canonical(const Graph& g)
{
    QStringList out;
    QHash<qint64, QString> key;
    for (const Concept& c : g.concepts) {
        key.insert(c.id, c.type + QLatin1Char('/') + c.name);
        out.append(QStringLiteral("C %1/%2 [%3] {%4} %5")
                       .arg(c.type, c.name, c.aliases.join(QLatin1Char('|')), c.description)
                       .arg(c.weight, 0, 'g', 17));
    }
    for (const Relation& r : g.relations)
        out.append(QStringLiteral("R %1 -%2-> %3 %4").arg(key.value(r.source), r.type, key.value(r.target)).arg(r.weight, 0, 'g', 17));
    for (const GraphType& t : g.types)
        out.append(QStringLiteral("T %1 %2 %3").arg(int(t.kind)).arg(t.key, t.label));
    out.sort();
    return out;
}

} // namespace

class tst_GraphService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Bench
    {
        std::unique_ptr<store::Workspace> ws;
        std::unique_ptr<auth::AuthService> auth;
        std::optional<auth::Session> marketer;
        std::optional<auth::Session> agent;
        std::optional<auth::Session> admin;
    };

    Bench fresh()
    {
        Bench b;
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("graph-%1.lingxi").arg(++m_counter)));
        if (!ws)
            qFatal("open: %s", qPrintable(ws.error()));
        b.ws = ws.take();
        b.auth = std::make_unique<auth::AuthService>(*b.ws);
        b.admin = b.auth->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("admin-pass-1")).value();
        auth::OperatorService ops(*b.auth);
        (void)ops.add(*b.admin, QStringLiteral("mk"), QStringLiteral("陈晨"), auth::Role::Marketer, QStringLiteral("mk-pass-2026"));
        (void)ops.add(*b.admin, QStringLiteral("ag"), QStringLiteral("王芳"), auth::Role::Agent, QStringLiteral("ag-pass-2026"));
        b.marketer = b.auth->login(QStringLiteral("mk"), QStringLiteral("mk-pass-2026")).value();
        b.agent = b.auth->login(QStringLiteral("ag"), QStringLiteral("ag-pass-2026")).value();
        return b;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.lingxi"));
        auto st = demo::DemoWorkspace::create(m_demo);
        QVERIFY2(st, qPrintable(st.error()));
    }

    void demoGraphIsRealAndConnected()
    {
        auto ws = store::Workspace::open(m_demo);
        QVERIFY(ws);
        auto g = GraphService::read(*ws.value());
        QVERIFY(g);
        const GraphStats s = GraphStats::compute(g.value());
        QVERIFY(s.concepts >= 200);
        QVERIFY(s.relations >= 400);
        QCOMPARE(s.components, 1);
        QVERIFY(s.isolated.isEmpty());
        // The demo's beauty template sells 水光修护精华 with 5% 烟酰胺 + 神经酰胺: the graph agrees.
        const Concept* product = nullptr;
        for (const Concept& c : g.value().concepts) {
            if (c.name == QStringLiteral("水光修护精华"))
                product = &c;
        }
        QVERIFY(product);
        QStringList contains;
        for (const Relation& r : g.value().relations) {
            if (r.source == product->id && r.type == QStringLiteral("contains"))
                contains.append(g.value().concept(r.target)->name);
        }
        QVERIFY(contains.contains(QStringLiteral("烟酰胺")));
        QVERIFY(contains.contains(QStringLiteral("神经酰胺")));
        for (const char* type : {"product_feature", "technical_principle", "application_scenario", "product", "brand"})
            QVERIFY2(s.conceptsByType.value(QString::fromLatin1(type)) > 0, type);
        for (const char* type : {"contains", "belongs_to", "affects", "substitutes"})
            QVERIFY2(s.relationsByType.value(QString::fromLatin1(type)) > 0, type);
    }

    void roundTripThroughEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(GraphFormat::Csv);
        QTest::newRow("json") << int(GraphFormat::Json);
        QTest::newRow("graphml") << int(GraphFormat::GraphMl);
    }

    void roundTripThroughEveryFormat()
    {
        QFETCH(int, format);
        const auto fmt = GraphFormat(format);
        auto demo = store::Workspace::open(m_demo);
        QVERIFY(demo);
        const Graph original = GraphService::read(*demo.value()).value();
        const QString path = m_dir.filePath(QStringLiteral("export-%1.%2").arg(++m_counter).arg(GraphFiles::formatName(fmt)));
        QVERIFY(GraphFiles::write(original, fmt, path));

        Bench b = fresh();
        GraphService service(*b.auth);
        auto doc = GraphFiles::read(path, fmt, fmt == GraphFormat::Csv ? GraphFiles::defaultRelationsPath(path) : QString());
        QVERIFY(doc);
        ImportOptions options;
        options.newTypes = fmt != GraphFormat::Json; // only JSON carries the workspace's own types
        auto report = service.import(*b.marketer, doc.value(), options, path);
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(report.value().stored);
        QCOMPARE(report.value().rejected, 0);
        QCOMPARE(report.value().conceptsAdded, int(original.concepts.size()));
        QCOMPARE(report.value().relationsAdded, int(original.relations.size()));
        Graph copy = service.graph(*b.marketer).value();
        if (fmt == GraphFormat::Json) {
            QCOMPARE(canonical(copy), canonical(original));
        } else {
            // Types travel as keys only; everything else is identical.
            copy.types.clear();
            Graph o = original;
            o.types.clear();
            QCOMPARE(canonical(copy), canonical(o));
        }
        // The same file again changes nothing.
        const QStringList before = canonical(service.graph(*b.marketer).value());
        auto again = service.import(*b.marketer, doc.value(), options, path);
        QVERIFY(again && again.value().stored);
        QCOMPARE(again.value().conceptsAdded + again.value().conceptsUpdated, 0);
        QCOMPARE(again.value().relationsAdded + again.value().relationsUpdated, 0);
        QCOMPARE(again.value().concepts, int(original.concepts.size()));
        QCOMPARE(canonical(service.graph(*b.marketer).value()), before);
    }

    void badFileStoresNothing()
    {
        Bench b = fresh();
        GraphService service(*b.auth);
        const QString concepts = writeFile(QStringLiteral("bad-c.csv"),
                                           "name,type,weight\n保湿,product_feature,1\n甘油,technical_principle,1\n"
                                           "保湿,product feature,2\n香味,flavour,1\n");
        const QString relations = writeFile(QStringLiteral("bad-r.csv"),
                                            "source,target,type,weight\n甘油,保湿,affects,0.7\n甘油,不存在,affects,0.5\n"
                                            "甘油,保湿,affects,0.2\n保湿,保湿,affects,0.1\n甘油,保湿,likes,0.3\n");
        auto doc = GraphFiles::read(concepts, GraphFormat::Csv, relations);
        QVERIFY(doc);
        test::RawDb raw(b.ws->path());
        const int auditBefore = raw.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        auto report = service.import(*b.marketer, doc.value(), {}, QStringLiteral("bad-c.csv"));
        QVERIFY(report);
        QVERIFY(!report.value().stored);
        QCOMPARE(report.value().rejected, 6);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM graph_concepts")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM graph_relations")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
        QStringList found;
        for (const GraphIssue& i : report.value().errors)
            found.append(QStringLiteral("%1:%2").arg(i.where).arg(i.line));
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("bad-c.csv:4"), QStringLiteral("bad-c.csv:5"), QStringLiteral("bad-r.csv:3"),
                                     QStringLiteral("bad-r.csv:4"), QStringLiteral("bad-r.csv:5"), QStringLiteral("bad-r.csv:6")}));
        auto reasonAt = [&](const QString& where, int line) {
            for (const GraphIssue& i : report.value().errors) {
                if (i.where == where && i.line == line)
                    return i.reason;
            }
            return QString();
        };
        QVERIFY(reasonAt(QStringLiteral("bad-c.csv"), 4).contains(QStringLiteral("duplicate")));
        QVERIFY(reasonAt(QStringLiteral("bad-c.csv"), 5).contains(QStringLiteral("unknown concept type")));
        QVERIFY(reasonAt(QStringLiteral("bad-r.csv"), 3).contains(QStringLiteral("missing endpoint")));
        QVERIFY(reasonAt(QStringLiteral("bad-r.csv"), 4).contains(QStringLiteral("duplicate")));
        QVERIFY(reasonAt(QStringLiteral("bad-r.csv"), 5).contains(QStringLiteral("itself")));
        QVERIFY(reasonAt(QStringLiteral("bad-r.csv"), 6).contains(QStringLiteral("unknown relation type")));

        // Told to skip bad records, the good ones go in.
        ImportOptions skip;
        skip.skipBad = true;
        auto partial = service.import(*b.marketer, doc.value(), skip, QStringLiteral("bad-c.csv"));
        QVERIFY(partial && partial.value().stored);
        QCOMPARE(partial.value().conceptsAdded, 2);
        QCOMPARE(partial.value().relationsAdded, 1);
        QCOMPARE(partial.value().rejected, 6);
    }

    void foreignGraphMlStoresWithOurTypes()
    {
        Bench b = fresh();
        GraphService service(*b.auth);
        auto doc = GraphFiles::read(QStringLiteral(LX_TEST_DATA "/graph/yed_skincare.graphml"), GraphFormat::GraphMl);
        QVERIFY(doc);
        auto report = service.import(*b.marketer, doc.value(), {}, QStringLiteral("yed"));
        QVERIFY(report && report.value().stored);
        const Graph g = service.graph(*b.agent).value();
        QCOMPARE(g.concepts.size(), 3);
        QCOMPARE(g.concepts.at(0).type, QStringLiteral("technical_principle"));
        QCOMPARE(g.concepts.at(1).type, QStringLiteral("product_feature"));
        QCOMPARE(g.concepts.at(2).type, QStringLiteral("application_scenario"));
        QCOMPARE(g.relations.size(), 2);
        QCOMPARE(g.relations.at(1).type, QStringLiteral("contains"));

        auto bad = GraphFiles::read(QStringLiteral(LX_TEST_DATA "/graph/bad_edges.graphml"), GraphFormat::GraphMl);
        QVERIFY(bad);
        auto rejected = service.import(*b.marketer, bad.value(), {}, QStringLiteral("bad_edges"));
        QVERIFY(rejected && !rejected.value().stored);
        QList<int> lines;
        for (const GraphIssue& i : rejected.value().errors)
            lines.append(i.line);
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<int>{11, 12, 13}));
        QCOMPARE(service.graph(*b.agent).value().concepts.size(), 3);
    }

    void integrityRulesAndPermissions()
    {
        Bench b = fresh();
        GraphService service(*b.auth);
        auto a = service.addConcept(*b.marketer, Concept{0, QStringLiteral("玻尿酸"), QStringLiteral("Technical Principle"),
                                                         {QStringLiteral("透明质酸"), QStringLiteral("玻尿酸")}, {}, 8});
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a.value().type, QStringLiteral("technical_principle"));
        QCOMPARE(a.value().aliases, QStringList{QStringLiteral("透明质酸")}); // the name is not its own alias
        auto c = service.addConcept(*b.marketer, Concept{0, QStringLiteral("补水"), QStringLiteral("product_feature"), {}, {}, 5});
        QVERIFY(c);
        // Unique names per type (case-insensitive), but the same name may exist under another type.
        QVERIFY(!service.addConcept(*b.marketer, Concept{0, QStringLiteral("玻尿酸"), QStringLiteral("technical_principle"), {}, {}, 1}));
        QVERIFY(service.addConcept(*b.marketer, Concept{0, QStringLiteral("玻尿酸"), QStringLiteral("product"), {}, {}, 1}));
        QVERIFY(!service.addConcept(*b.marketer, Concept{0, QStringLiteral("x"), QStringLiteral("flavour"), {}, {}, 1}));
        QVERIFY(!service.addConcept(*b.marketer, Concept{0, QStringLiteral("  "), QStringLiteral("brand"), {}, {}, 1}));
        QVERIFY(!service.addConcept(*b.marketer, Concept{0, QStringLiteral("y"), QStringLiteral("brand"), {}, {}, -1}));

        auto r = service.addRelation(*b.marketer, Relation{0, a.value().id, c.value().id, QStringLiteral("affects"), 0.9});
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!service.addRelation(*b.marketer, Relation{0, a.value().id, c.value().id, QStringLiteral("affects"), 0.3}));
        QVERIFY(service.addRelation(*b.marketer, Relation{0, a.value().id, c.value().id, QStringLiteral("contains"), 0.3}));
        QVERIFY(!service.addRelation(*b.marketer, Relation{0, a.value().id, 9999, QStringLiteral("affects"), 0.3}));
        QVERIFY(!service.addRelation(*b.marketer, Relation{0, a.value().id, a.value().id, QStringLiteral("affects"), 0.3}));
        QVERIFY(!service.addRelation(*b.marketer, Relation{0, c.value().id, a.value().id, QStringLiteral("affects"), 1.2}));

        // The store holds the rules even for whoever goes around the service.
        test::RawDb raw(b.ws->path());
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO graph_relations(source, target, type, weight) VALUES (%1, 424242, 'affects', 0.5)")
                              .arg(a.value().id)));
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO graph_relations(source, target, type, weight) VALUES (%1, %2, 'affects', 0.5)")
                              .arg(a.value().id)
                              .arg(c.value().id))); // duplicate
        QVERIFY(!raw.exec(QStringLiteral("UPDATE graph_relations SET weight = 3")));

        // Agents read but do not edit; the refusal is audited.
        QVERIFY(service.graph(*b.agent));
        auto denied = service.addConcept(*b.agent, Concept{0, QStringLiteral("z"), QStringLiteral("brand"), {}, {}, 1});
        QVERIFY(!denied);
        QVERIFY(!service.graph(*b.admin)); // admins run the workspace, not its knowledge ...
        graph::GraphDocument one;
        one.concepts.append(graph::ConceptRecord{QString(), QStringLiteral("导入的概念"), QStringLiteral("brand"), {}, {}, 1, 2, {}});
        auto imported = service.import(*b.admin, one, {}, QStringLiteral("admin.csv"));
        QVERIFY2(imported && imported.value().stored, qPrintable(imported.error())); // ... but bring data in
        QVERIFY(!service.import(*b.agent, one, {}, QStringLiteral("agent.csv")));

        // Rename and re-weight, audited with before and after.
        Concept renamed = a.value();
        renamed.name = QStringLiteral("透明质酸钠");
        renamed.weight = 9;
        QVERIFY(service.updateConcept(*b.marketer, renamed));
        Relation reweighted = r.value();
        reweighted.weight = 0.4;
        QVERIFY(service.updateRelation(*b.marketer, reweighted));
        audit::AuditService audits(*b.auth);
        audit::AuditFilter f;
        f.actionPrefix = QStringLiteral("graph.");
        f.limit = 0;
        auto entries = audits.query(*b.admin, f);
        QVERIFY(entries);
        QStringList actions;
        for (const auto& e : entries.value())
            actions.append(e.action);
        QVERIFY(actions.contains(QStringLiteral("graph.concept.update")));
        QVERIFY(actions.contains(QStringLiteral("graph.relation.update")));
        QVERIFY(actions.contains(QStringLiteral("graph.relation.add")));

        // Delete spells out what goes with the concept, and undo puts all of it back.
        auto impact = service.deletionImpact(*b.marketer, a.value().id);
        QVERIFY(impact);
        QCOMPARE(impact.value().relations.size(), 2);
        auto removed = service.deleteConcept(*b.marketer, a.value().id);
        QVERIFY(removed);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM graph_relations")).toInt(), 0);
        auto restored = service.restoreConcept(*b.marketer, removed.value());
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored.value().id, a.value().id);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM graph_relations")).toInt(), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT name FROM graph_concepts WHERE id = %1").arg(a.value().id)).toString(),
                 QStringLiteral("透明质酸钠"));
        QVERIFY(b.ws->check().ok);
    }

    void layoutIsSaved()
    {
        Bench b = fresh();
        GraphService service(*b.auth);
        auto a = service.addConcept(*b.marketer, Concept{0, QStringLiteral("A"), QStringLiteral("brand"), {}, {}, 1});
        QVERIFY(a);
        QVERIFY(service.savePositions(*b.agent, {NodePosition{a.value().id, 12.5, -40, true}}));
        const Graph g = service.graph(*b.agent).value();
        QVERIFY(g.concepts.first().hasPosition);
        QCOMPARE(g.concepts.first().x, 12.5);
        QCOMPARE(g.concepts.first().y, -40.0);
        QVERIFY(g.concepts.first().pinned);
    }

    void statsCountComponentsAndIsolated()
    {
        Graph g;
        for (int i = 1; i <= 6; ++i)
            g.concepts.append(Concept{i, QStringLiteral("c%1").arg(i), i <= 3 ? QStringLiteral("brand") : QStringLiteral("product"), {}, {}, 1});
        g.relations = {Relation{1, 1, 2, QStringLiteral("contains"), 1}, Relation{2, 2, 3, QStringLiteral("affects"), 1},
                       Relation{3, 4, 5, QStringLiteral("affects"), 1}};
        const GraphStats s = GraphStats::compute(g);
        QCOMPARE(s.components, 3);
        QCOMPARE(s.componentSizes, (QList<int>{3, 2, 1}));
        QCOMPARE(s.isolated, QList<qint64>{6});
        QCOMPARE(s.degreeDistribution.value(0), 1);
        QCOMPARE(s.degreeDistribution.value(1), 4);
        QCOMPARE(s.degreeDistribution.value(2), 1);
        QCOMPARE(s.conceptsByType.value(QStringLiteral("brand")), 3);
        QCOMPARE(s.relationsByType.value(QStringLiteral("affects")), 2);
        QCOMPARE(s.meanDegree, 1.0);
    }
};

QTEST_GUILESS_MAIN(tst_GraphService)
#include "tst_GraphService.moc"
