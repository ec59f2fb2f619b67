#include "common/CsvReader.h"
#include "graph/GraphCsv.h"
#include "graph/GraphCypher.h"
#include "graph/GraphFiles.h"
#include "graph/GraphJson.h"
#include "graph/GraphMl.h"
#include "graph/GraphTypes.h"

#include <QBuffer>
#include <QTest>

using namespace lx;
using namespace lx::graph;

namespace {

Graph sampleGraph()
{
    Graph g;
    g.types = GraphTypes::builtins();
    g.types.append(GraphType{TypeKind::Concept, QStringLiteral("skin_type"), QStringLiteral("肤质"), false});
    g.concepts = {
        Concept{1, QStringLiteral("烟酰胺"), QStringLiteral("technical_principle"),
                {QStringLiteral("维生素B3"), QStringLiteral("niacinamide")}, QStringLiteral("抑制黑色素转移, 兼顾\"控油\""), 9},
        Concept{2, QStringLiteral("提亮肤色"), QStringLiteral("product_feature"), {}, QString(), 0.25},
        Concept{3, QStringLiteral("敏感肌"), QStringLiteral("skin_type"), {QStringLiteral("敏感皮")},
                QStringLiteral("多行\n描述, 带逗号 'and quotes' \\ backslash"), 8},
    };
    g.relations = {Relation{10, 1, 2, QStringLiteral("affects"), 0.9}, Relation{11, 2, 3, QStringLiteral("contains"), 0.1}};
    return g;
}

void compareRecords(const GraphDocument& doc, const Graph& g)
{
    QVERIFY2(doc.issues.isEmpty(), qPrintable(doc.issues.isEmpty() ? QString() : doc.issues.first().reason));
    QCOMPARE(doc.concepts.size(), g.concepts.size());
    QCOMPARE(doc.relations.size(), g.relations.size());
    for (int i = 0; i < g.concepts.size(); ++i) {
        QCOMPARE(doc.concepts.at(i).name, g.concepts.at(i).name);
        QCOMPARE(doc.concepts.at(i).type, g.concepts.at(i).type);
        QCOMPARE(doc.concepts.at(i).aliases, g.concepts.at(i).aliases);
        QCOMPARE(doc.concepts.at(i).description, g.concepts.at(i).description);
        QCOMPARE(doc.concepts.at(i).weight, g.concepts.at(i).weight);
    }
    for (int i = 0; i < g.relations.size(); ++i) {
        const Relation& r = g.relations.at(i);
        // The file refers to concepts by its own ids; they lead back to the same concepts.
        auto nameOf = [&doc](const QString& ref) {
            for (const ConceptRecord& c : doc.concepts) {
                if (c.ref == ref)
                    return c.name;
            }
            return QString();
        };
        QCOMPARE(nameOf(doc.relations.at(i).source), g.concept(r.source)->name);
        QCOMPARE(nameOf(doc.relations.at(i).target), g.concept(r.target)->name);
        QCOMPARE(doc.relations.at(i).type, r.type);
        QCOMPARE(doc.relations.at(i).weight, r.weight);
    }
}

} // namespace

class tst_GraphFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvReaderQuotesAndLines()
    {
        QByteArray bytes = "\xEF\xBB\xBFname,desc\r\n\"a, b\",\"two\r\nlines\"\r\nplain,\"say \"\"hi\"\"\"\r\n";
        QBuffer buf(&bytes);
        QVERIFY(buf.open(QIODevice::ReadOnly));
        CsvReader reader(buf);
        CsvRecord r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields, (QStringList{QStringLiteral("name"), QStringLiteral("desc")}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 2);
        QCOMPARE(r.fields.at(0), QStringLiteral("a, b"));
        QVERIFY(r.fields.at(1).startsWith(QStringLiteral("two")) && r.fields.at(1).endsWith(QStringLiteral("lines")));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 4); // the record after a two-line field starts on line 4
        QCOMPARE(r.fields.at(1), QStringLiteral("say \"hi\""));
        QVERIFY(!reader.next(r));
    }

    void csvReaderReportsBadUtf8AndGoesOn()
    {
        QByteArray bytes = "name,type\nok,brand\nbad\xff\xfe,brand\nalso ok,brand\n\"never closed,brand\n";
        QBuffer buf(&bytes);
        QVERIFY(buf.open(QIODevice::ReadOnly));
        CsvReader reader(buf);
        CsvRecord r;
        QList<CsvRecord> all;
        while (reader.next(r))
            all.append(r);
        QCOMPARE(all.size(), 5);
        QVERIFY(all.at(2).error.contains(QStringLiteral("UTF-8")));
        QCOMPARE(all.at(2).line, 3);
        QCOMPARE(all.at(3).fields.at(0), QStringLiteral("also ok"));
        QVERIFY(all.at(4).error.contains(QStringLiteral("never closed")));
        QCOMPARE(all.at(4).line, 5);
    }

    void csvRoundTrip()
    {
        const Graph g = sampleGraph();
        QByteArray concepts = GraphCsv::writeConcepts(g);
        QByteArray relations = GraphCsv::writeRelations(g);
        QBuffer cb(&concepts), rb(&relations);
        QVERIFY(cb.open(QIODevice::ReadOnly) && rb.open(QIODevice::ReadOnly));
        GraphDocument doc;
        GraphCsv::readConcepts(cb, QStringLiteral("c.csv"), doc);
        GraphCsv::readRelations(rb, QStringLiteral("r.csv"), doc);
        compareRecords(doc, g);
    }

    void jsonRoundTripKeepsUserTypes()
    {
        const Graph g = sampleGraph();
        const GraphDocument doc = GraphJson::read(GraphJson::write(g), QStringLiteral("g.json"));
        compareRecords(doc, g);
        QCOMPARE(doc.types.size(), 1);
        QCOMPARE(doc.types.first().key, QStringLiteral("skin_type"));
        QCOMPARE(doc.types.first().label, QStringLiteral("肤质"));
    }

    void graphMlRoundTrip()
    {
        const Graph g = sampleGraph();
        const QByteArray xml = GraphMl::write(g);
        QVERIFY(xml.contains("edgedefault=\"directed\""));
        QVERIFY(xml.contains("attr.name=\"aliases\""));
        compareRecords(GraphMl::read(xml, QStringLiteral("g.graphml")), g);
    }

    void csvBadLinesAreNumbered()
    {
        QByteArray concepts = "id,name,type,weight\n1,保湿,product_feature,1\n2,,brand,1\n3,甘油,technical_principle,heavy\n"
                              "4,尿素,technical_principle,-2\n\n5,乳酸,,1\n";
        QBuffer cb(&concepts);
        QVERIFY(cb.open(QIODevice::ReadOnly));
        GraphDocument doc;
        GraphCsv::readConcepts(cb, QStringLiteral("c.csv"), doc);
        QCOMPARE(doc.concepts.size(), 1);
        QCOMPARE(doc.issues.size(), 4);
        QCOMPARE(doc.issues.at(0).line, 3);
        QVERIFY(doc.issues.at(0).reason.contains(QStringLiteral("no name")));
        QCOMPARE(doc.issues.at(1).line, 4);
        QVERIFY(doc.issues.at(1).reason.contains(QStringLiteral("bad weight")));
        QCOMPARE(doc.issues.at(2).line, 5);
        QCOMPARE(doc.issues.at(3).line, 7); // the blank line 6 is skipped, not reported
        QCOMPARE(doc.unreadable, 4);

        QByteArray noHeader = "name,weight\n保湿,1\n";
        QBuffer nb(&noHeader);
        QVERIFY(nb.open(QIODevice::ReadOnly));
        GraphDocument doc2;
        GraphCsv::readConcepts(nb, QStringLiteral("c.csv"), doc2);
        QCOMPARE(doc2.issues.size(), 1);
        QVERIFY(doc2.issues.first().reason.contains(QStringLiteral("'type'")));
    }

    void jsonErrorsCarryTheElementsLine()
    {
        const QByteArray json = "{\n"
                                "  \"concepts\": [\n"
                                "    {\"id\": 1, \"name\": \"保湿\", \"type\": \"product_feature\"},\n"
                                "    {\"id\": 2, \"name\": \"甘油\",\n"
                                "     \"type\": \"technical_principle\", \"weight\": \"lots\"},\n"
                                "    {\"id\": 3, \"type\": \"brand\"}\n"
                                "  ],\n"
                                "  \"relations\": [\n"
                                "    {\"source\": 2, \"target\": 1, \"type\": \"affects\", \"weight\": 0.5},\n"
                                "    {\"source\": 2, \"type\": \"affects\"}\n"
                                "  ]\n"
                                "}\n";
        const GraphDocument doc = GraphJson::read(json, QStringLiteral("g.json"));
        QCOMPARE(doc.concepts.size(), 1);
        QCOMPARE(doc.relations.size(), 1);
        QCOMPARE(doc.issues.size(), 3);
        QCOMPARE(doc.issues.at(0).line, 4);
        QCOMPARE(doc.issues.at(0).where, QStringLiteral("concepts[1]"));
        QCOMPARE(doc.issues.at(1).line, 6);
        QCOMPARE(doc.issues.at(2).line, 10);
        QVERIFY(doc.issues.at(2).reason.contains(QStringLiteral("missing endpoint")));
        QCOMPARE(doc.relations.first().source, QStringLiteral("2"));

        const GraphDocument broken = GraphJson::read("{\n \"concepts\": [\n  {\"name\": }\n]}", QStringLiteral("b.json"));
        QCOMPARE(broken.issues.size(), 1);
        QCOMPARE(broken.issues.first().line, 3);
    }

    void foreignGraphMlImports()
    {
        QFile f(QStringLiteral(LX_TEST_DATA "/graph/yed_skincare.graphml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const GraphDocument doc = GraphMl::read(f.readAll(), QStringLiteral("yed_skincare.graphml"));
        QVERIFY2(doc.issues.isEmpty(), qPrintable(doc.issues.isEmpty() ? QString() : doc.issues.first().reason));
        QCOMPARE(doc.concepts.size(), 3);
        QCOMPARE(doc.concepts.at(0).name, QStringLiteral("Niacinamide"));          // "Label" attribute
        QCOMPARE(doc.concepts.at(0).type, QStringLiteral("technical principle")); // the key's default
        QCOMPARE(doc.concepts.at(0).aliases, (QStringList{QStringLiteral("烟酰胺"), QStringLiteral("维生素B3")}));
        QCOMPARE(doc.concepts.at(0).weight, 9.0);
        QCOMPARE(doc.concepts.at(1).type, QStringLiteral("Product Feature"));
        QCOMPARE(doc.concepts.at(2).name, QStringLiteral("熬夜加班"));              // from the yEd node label
        QCOMPARE(doc.relations.size(), 2);
        QCOMPARE(doc.relations.at(0).type, QStringLiteral("affects"));
        QCOMPARE(doc.relations.at(0).weight, 0.9);
        QCOMPARE(doc.relations.at(1).type, QStringLiteral("CONTAINS"));
        QCOMPARE(doc.relations.at(1).weight, 0.5); // the weight key's default
        // Type names as other tools write them resolve to ours.
        const QStringList known = Graph{{}, {}, GraphTypes::builtins()}.typeKeys(TypeKind::Concept);
        QCOMPARE(GraphTypes::resolve(doc.concepts.at(0).type, known), QStringLiteral("technical_principle"));
        QCOMPARE(GraphTypes::resolve(doc.concepts.at(1).type, known), QStringLiteral("product_feature"));
        QCOMPARE(GraphTypes::resolve(doc.concepts.at(2).type, known), QStringLiteral("application_scenario"));
        QCOMPARE(GraphTypes::resolve(QStringLiteral("产品功能"), known), QStringLiteral("product_feature"));
        QCOMPARE(GraphTypes::resolve(QStringLiteral("flavour"), known), QString());
    }

    void badGraphMlReportsLines()
    {
        QFile f(QStringLiteral(LX_TEST_DATA "/graph/bad_edges.graphml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const GraphDocument doc = GraphMl::read(f.readAll(), QStringLiteral("bad_edges.graphml"));
        // Read-level: the weight of 2 (line 12). Endpoint and type problems surface on import.
        QCOMPARE(doc.issues.size(), 1);
        QCOMPARE(doc.issues.first().line, 12);
        QCOMPARE(doc.relations.size(), 3);

        const GraphDocument notXml = GraphMl::read("<graphml>\n<graph>\n<node id='a'>\n</graph>", QStringLiteral("x"));
        QCOMPARE(notXml.issues.size(), 1);
        QVERIFY(notXml.issues.first().reason.contains(QStringLiteral("not valid XML")));
        QVERIFY(notXml.concepts.isEmpty());
    }

    void cypherQuotesEverything()
    {
        QCOMPARE(GraphCypher::quote(QStringLiteral("it's a \\ \"test\"\nnext")),
                 QStringLiteral("'it\\'s a \\\\ \\\"test\\\"\\nnext'"));
        QCOMPARE(GraphCypher::quoteName(QStringLiteral("odd`type")), QStringLiteral("`odd``type`"));
        Graph g = sampleGraph();
        g.concepts[0].name = QStringLiteral("x'}) DETACH DELETE n //");
        const QString script = QString::fromUtf8(GraphCypher::write(g));
        QVERIFY(script.contains(QStringLiteral("name: 'x\\'}) DETACH DELETE n //'")));
        QCOMPARE(script.count(QStringLiteral("MERGE (c:Concept")), 3);
        QCOMPARE(script.count(QStringLiteral("MERGE (a)-[r:`affects`]->(b)")), 1);
        QVERIFY(script.contains(QStringLiteral("SET r.weight = 0.9;")));
        // Every statement ends its line; no line break inside a literal.
        for (const QString& line : script.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY(line.startsWith(QStringLiteral("//")) || line.endsWith(QLatin1Char(';')));
    }
};

QTEST_GUILESS_MAIN(tst_GraphFormats)
#include "tst_GraphFormats.moc"
