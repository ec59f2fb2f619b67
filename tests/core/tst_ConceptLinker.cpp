#include "graph/ConceptLinker.h"
#include "graph/RelatedConcepts.h"
#include "text/TextNormalizer.h"

#include <QTest>

using namespace lx;
using namespace lx::graph;

class tst_ConceptLinker : public QObject
{
    Q_OBJECT

private:
    Graph m_graph;
    ConceptLinker m_linker;

    // The original text between a mention's code-point offsets.
    static QString slice(const QString& text, const ConceptMention& m)
    {
        const int a = text::TextNormalizer::utf16Offset(text, m.start);
        const int b = text::TextNormalizer::utf16Offset(text, m.end);
        return text.mid(a, b - a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_graph.concepts = {
            Concept{1, QStringLiteral("烟酰胺"), QStringLiteral("technical_principle"), {QStringLiteral("维生素B3"), QStringLiteral("Niacinamide")}, {}, 9},
            Concept{2, QStringLiteral("水光修护精华"), QStringLiteral("product"), {}, {}, 10},
            Concept{3, QStringLiteral("水光实验室"), QStringLiteral("brand"), {QStringLiteral("水光")}, {}, 10},
            Concept{4, QStringLiteral("精华"), QStringLiteral("product_category"), {QStringLiteral("精华液")}, {}, 5},
            Concept{5, QStringLiteral("敏感肌"), QStringLiteral("skin_type"), {}, {}, 8},
            Concept{6, QStringLiteral("维生素C"), QStringLiteral("technical_principle"), {QStringLiteral("VC")}, {}, 8},
            Concept{7, QStringLiteral("维C"), QStringLiteral("product"), {QStringLiteral("VC")}, {}, 1},
            Concept{8, QStringLiteral("A"), QStringLiteral("brand"), {}, {}, 1}, // one letter: too short to link
        };
        QVERIFY(m_linker.build(m_graph));
    }

    void findsNamesAndAliasesAtOriginalOffsets()
    {
        const QString text = QStringLiteral("😀我是敏感肌，想问 NIACINAMIDE 和维生素B３能一起用吗？");
        const QList<ConceptMention> found = m_linker.link(text);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).conceptId, 5);
        QCOMPARE(found.at(0).start, 3); // the emoji is one code point
        QCOMPARE(slice(text, found.at(0)), QStringLiteral("敏感肌"));
        QCOMPARE(found.at(1).conceptId, 1);
        QCOMPARE(slice(text, found.at(1)), QStringLiteral("NIACINAMIDE"));
        QCOMPARE(found.at(2).conceptId, 1);
        QCOMPARE(slice(text, found.at(2)), QStringLiteral("维生素B３")); // full-width digit
        QCOMPARE(found.at(2).matchedText, QStringLiteral("维生素B３"));
    }

    void seesThroughTraditionalAndFiller()
    {
        const QString text = QStringLiteral("請問 水 光 修·護 精 華 適合敏感肌嗎");
        const QList<ConceptMention> found = m_linker.link(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).conceptId, 2); // the product, not the brand's alias 水光 nor the category 精华
        QCOMPARE(slice(text, found.at(0)), QStringLiteral("水 光 修·護 精 華"));
        QCOMPARE(found.at(1).conceptId, 5);
    }

    void oneSpanTwoConceptsReportsBoth()
    {
        const QList<ConceptMention> found = m_linker.link(QStringLiteral("vc 精华液"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).conceptId, 6);
        QCOMPARE(found.at(1).conceptId, 7);
        QCOMPARE(found.at(0).start, found.at(1).start);
        QCOMPARE(found.at(2).conceptId, 4);
        QCOMPARE(found.at(2).end, 6);
    }

    void suggestsNeighboursNotYetMentioned()
    {
        Graph g = m_graph;
        g.relations = {Relation{1, 2, 1, QStringLiteral("contains"), 0.9},   // 水光修护精华 contains 烟酰胺
                       Relation{2, 2, 3, QStringLiteral("belongs_to"), 1.0},  // ... belongs to the brand: not suggested
                       Relation{3, 2, 5, QStringLiteral("suits"), 0.8},       // ... suits 敏感肌
                       Relation{4, 6, 1, QStringLiteral("affects"), 0.1},     // unrelated to the text
                       Relation{5, 1, 4, QStringLiteral("belongs_to"), 0.5}};
        const QString text = QStringLiteral("水光修护精华上新");
        const QList<Suggestion> s = RelatedConcepts::suggest(g, m_linker.link(text));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).name, QStringLiteral("烟酰胺")); // 0.9 × 9 beats 0.8 × 8
        QCOMPARE(s.at(0).relationType, QStringLiteral("contains"));
        QCOMPARE(s.at(1).name, QStringLiteral("敏感肌"));
        // Once the text mentions it, it is no longer suggested; its own neighbours are.
        const QList<Suggestion> more = RelatedConcepts::suggest(g, m_linker.link(text + QStringLiteral("，含烟酰胺")));
        QCOMPARE(more.size(), 3);
        QVERIFY(std::none_of(more.cbegin(), more.cend(), [](const Suggestion& x) { return x.name == QStringLiteral("烟酰胺"); }));
    }

    void nothingToFind()
    {
        QVERIFY(m_linker.link(QStringLiteral("今天天气不错 A")).isEmpty());
        QVERIFY(m_linker.link(QString()).isEmpty());
        ConceptLinker empty;
        QVERIFY(empty.link(QStringLiteral("烟酰胺")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ConceptLinker)
#include "tst_ConceptLinker.moc"
