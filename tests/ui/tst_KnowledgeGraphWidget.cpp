#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "graph/ConceptDialog.h"
#include "graph/EdgeItem.h"
#include "graph/GraphService.h"
#include "graph/KnowledgeGraphWidget.h"
#include "graph/NodeItem.h"
#include "store/Workspace.h"
#include "tasks/TaskRunner.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace lx;

// Drives the real Knowledge graph panel on the offscreen platform.
class tst_KnowledgeGraphWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("g.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::optional<auth::Session> m_marketer;
    std::optional<auth::Session> m_agent;

    std::unique_ptr<ui::KnowledgeGraphWidget> open(const auth::Session& who, std::unique_ptr<ui::UiContext>& ctx)
    {
        ctx = std::make_unique<ui::UiContext>(ui::UiContext{m_tw.workspace(), m_tw.auth(), who, *m_runner});
        auto w = std::make_unique<ui::KnowledgeGraphWidget>(*ctx);
        w->resize(1100, 700);
        w->show();
        return w;
    }

    static bool waitShown(ui::KnowledgeGraphWidget& w, int concepts)
    {
        return QTest::qWaitFor([&] { return w.graph().concepts.size() == concepts && w.node(w.graph().concepts.first().id); },
                               20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        m_marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer, QStringLiteral("陈晨")).value();
        m_agent = m_tw.addOperator(QStringLiteral("ag"), auth::Role::Agent, QStringLiteral("王芳")).value();
        m_runner = std::make_unique<tasks::TaskRunner>();

        // A small graph: a chain 烟酰胺 → 提亮肤色 → 暗沉 plus a weak side relation and a stranger.
        graph::GraphDocument doc;
        auto concept = [&doc](const char* ref, const char* name, const char* type, double w) {
            graph::ConceptRecord c;
            c.ref = QString::fromLatin1(ref);
            c.name = QString::fromUtf8(name);
            c.type = QString::fromLatin1(type);
            c.weight = w;
            doc.concepts.append(c);
        };
        concept("a", "烟酰胺", "technical_principle", 9);
        concept("b", "提亮肤色", "product_feature", 8);
        concept("c", "暗沉", "application_scenario", 6);
        concept("d", "控油", "product_feature", 5);
        concept("e", "水光实验室", "brand", 10);
        auto relation = [&doc](const char* s, const char* t, const char* type, double w) {
            doc.relations.append(graph::RelationRecord{QString::fromLatin1(s), QString::fromLatin1(t), QString::fromLatin1(type), w, 0, {}});
        };
        relation("a", "b", "affects", 0.9);
        relation("b", "c", "affects", 0.8);
        relation("a", "d", "affects", 0.2);
        graph::GraphService service(m_tw.auth());
        auto r = service.import(*m_marketer, doc, {}, QStringLiteral("test"));
        QVERIFY(r && r.value().stored);
    }

    void firstShowingLaysOutAndSavesThePicture()
    {
        std::unique_ptr<ui::UiContext> ctx;
        auto w = open(*m_agent, ctx);
        QSignalSpy laidOut(w.get(), &ui::KnowledgeGraphWidget::layoutDone);
        QVERIFY(waitShown(*w, 5));
        QVERIFY(laidOut.count() > 0 || laidOut.wait(20000)); // it may finish while the graph is being shown
        QTRY_VERIFY_WITH_TIMEOUT(graph::GraphService(m_tw.auth()).graph(*m_agent).value().concepts.first().hasPosition, 10000);
        const graph::Graph saved = graph::GraphService(m_tw.auth()).graph(*m_agent).value();
        for (const graph::Concept& c : saved.concepts)
            QVERIFY(c.hasPosition);
        // Agents read; the editing buttons are not there for them.
        QVERIFY(w->findChild<QToolButton*>(QStringLiteral("graphAddConcept"))->isHidden());
        // The legend lists every concept type with its count.
        auto* types = w->findChild<QListWidget*>(QStringLiteral("graphConceptTypes"));
        QVERIFY(types->count() >= 5);
        QVERIFY(types->item(0)->text().contains(QStringLiteral("(2)"))); // two product features
    }

    void searchFocusesANode()
    {
        std::unique_ptr<ui::UiContext> ctx;
        auto w = open(*m_agent, ctx);
        QVERIFY(waitShown(*w, 5));
        auto* search = w->findChild<QLineEdit*>(QStringLiteral("graphSearch"));
        search->setText(QStringLiteral("提亮肤色"));
        QTest::keyClick(search, Qt::Key_Return);
        const qint64 target = w->graph().concepts.at(1).id;
        QCOMPARE(w->selectedConcept(), target);
        QVERIFY(w->node(target)->isSelected());
        // One hop: itself, 烟酰胺 and 暗沉 are shown; 控油 and the brand are not.
        QVERIFY(w->node(w->graph().concepts.at(0).id)->isVisible());
        QVERIFY(w->node(w->graph().concepts.at(2).id)->isVisible());
        QVERIFY(!w->node(w->graph().concepts.at(3).id)->isVisible());
        QVERIFY(!w->node(w->graph().concepts.at(4).id)->isVisible());
        // The view is centred on it.
        const QPointF centre = w->view()->mapToScene(w->view()->viewport()->rect().center());
        QVERIFY2(QLineF(centre, w->node(target)->pos()).length() < 5, qPrintable(QStringLiteral("%1,%2 vs %3,%4 vp %5x%6").arg(centre.x()).arg(centre.y()).arg(w->node(target)->pos().x()).arg(w->node(target)->pos().y()).arg(w->view()->viewport()->width()).arg(w->view()->viewport()->height())));
        // The details pane names its relations.
        const QString details = w->findChild<QTextBrowser*>(QStringLiteral("graphDetails"))->toPlainText();
        QVERIFY(details.contains(QStringLiteral("烟酰胺")));
        QVERIFY(details.contains(QStringLiteral("暗沉")));
        // By pinyin initials, and by alias-free partial name.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("yxa"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(w->selectedConcept(), w->graph().concepts.at(0).id);
        QVERIFY(w->node(w->graph().concepts.at(3).id)->isVisible()); // 控油 is one hop from 烟酰胺
        QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("graphShowAll")), Qt::LeftButton);
        for (const graph::Concept& c : w->graph().concepts)
            QVERIFY(w->node(c.id)->isVisible());
    }

    void filteringHidesEdgesBelowTheWeight()
    {
        std::unique_ptr<ui::UiContext> ctx;
        auto w = open(*m_agent, ctx);
        QVERIFY(waitShown(*w, 5));
        auto visibleEdges = [&w] {
            int n = 0;
            for (ui::EdgeItem* e : w->edges())
                n += e->isVisible() ? 1 : 0;
            return n;
        };
        QCOMPARE(visibleEdges(), 3);
        auto* minWeight = w->findChild<QDoubleSpinBox*>(QStringLiteral("graphMinWeight"));
        minWeight->setValue(0.5);
        QCOMPARE(visibleEdges(), 2);
        for (ui::EdgeItem* e : w->edges())
            QCOMPARE(e->isVisible(), e->weight() >= 0.5);
        minWeight->setValue(0.85);
        QCOMPARE(visibleEdges(), 1);
        minWeight->setValue(0);
        // Unticking a concept type in the legend hides its concepts and their relations.
        auto* types = w->findChild<QListWidget*>(QStringLiteral("graphConceptTypes"));
        for (int i = 0; i < types->count(); ++i) {
            if (types->item(i)->data(Qt::UserRole).toString() == QStringLiteral("technical_principle"))
                types->item(i)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(!w->node(w->graph().concepts.at(0).id)->isVisible());
        QCOMPARE(visibleEdges(), 1);
    }

    void marketerAddsAndUndoes()
    {
        std::unique_ptr<ui::UiContext> ctx;
        auto w = open(*m_marketer, ctx);
        QVERIFY(waitShown(*w, 5));
        auto* add = w->findChild<QToolButton*>(QStringLiteral("graphAddConcept"));
        QVERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        ui::ConceptDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<ui::ConceptDialog*>()) != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("conceptName"))->setText(QStringLiteral("神经酰胺"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(waitShown(*w, 6));
        auto* undo = w->findChild<QToolButton*>(QStringLiteral("graphUndo"));
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("神经酰胺")));
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(waitShown(*w, 5));
        QCOMPARE(graph::GraphService(m_tw.auth()).graph(*m_agent).value().concepts.size(), 5);
        auto* redo = w->findChild<QToolButton*>(QStringLiteral("graphRedo"));
        QTRY_VERIFY(redo->isEnabled());
        QTest::mouseClick(redo, Qt::LeftButton);
        QVERIFY(waitShown(*w, 6));
        // Back out of the test's way.
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(waitShown(*w, 5));

        // Removing a relation from the details pane, and undoing it.
        QVERIFY(w->focusConcept(QStringLiteral("控油")));
        auto* details = w->findChild<QTextBrowser*>(QStringLiteral("graphDetails"));
        QVERIFY(details->toHtml().contains(QStringLiteral("unrelate:")));
        const qint64 weak = w->graph().relations.at(2).id; // 烟酰胺 → 控油, 0.2
        Q_EMIT details->anchorClicked(QUrl(QStringLiteral("unrelate:%1").arg(weak)));
        QTRY_COMPARE_WITH_TIMEOUT(w->graph().relations.size(), 2, 10000);
        QTRY_VERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w->graph().relations.size(), 3, 10000);
        QCOMPARE(w->graph().relations.at(2).id, weak); // back under its own number
    }

    void exportsPngAndSvg()
    {
        std::unique_ptr<ui::UiContext> ctx;
        auto w = open(*m_agent, ctx);
        QVERIFY(waitShown(*w, 5));
        const QString png = m_tw.filePath(QStringLiteral("view.png"));
        const QString svg = m_tw.filePath(QStringLiteral("view.svg"));
        QVERIFY(w->exportView(png));
        QVERIFY(w->exportView(svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("<path") || bytes.contains("<ellipse") || bytes.contains("<circle"));
        // A concept name is in the drawing as text when labels are visible.
        QVERIFY(!w->exportView(QStringLiteral("/nonexistent-dir/view.png")));
    }
};

QTEST_MAIN(tst_KnowledgeGraphWidget)
#include "tst_KnowledgeGraphWidget.moc"
