#include "graph/ForceLayout.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace lx::graph;

namespace {

// A graph of `clusters` dense groups joined by one edge each: a layout worth the name puts
// related concepts closer than unrelated ones.
void clustered(int clusters, int size, std::vector<LayoutNode>& nodes, std::vector<LayoutEdge>& edges)
{
    nodes.assign(size_t(clusters * size), LayoutNode());
    std::mt19937 rng(3);
    for (int c = 0; c < clusters; ++c) {
        for (int i = 0; i < size; ++i) {
            for (int j = i + 1; j < size; ++j) {
                if (rng() % 3 == 0 || j == i + 1)
                    edges.push_back(LayoutEdge{c * size + i, c * size + j, 0.8});
            }
        }
        if (c > 0)
            edges.push_back(LayoutEdge{(c - 1) * size, c * size, 0.2});
    }
}

double distance(const LayoutNode& a, const LayoutNode& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

class tst_ForceLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relatedConceptsEndUpCloser()
    {
        std::vector<LayoutNode> nodes;
        std::vector<LayoutEdge> edges;
        clustered(6, 12, nodes, edges);
        QVERIFY(ForceLayout::run(nodes, edges, LayoutOptions{}));
        double within = 0, across = 0;
        int nw = 0, na = 0;
        for (size_t i = 0; i < nodes.size(); ++i) {
            for (size_t j = i + 1; j < nodes.size(); ++j) {
                const bool same = i / 12 == j / 12;
                (same ? within : across) += distance(nodes[i], nodes[j]);
                ++(same ? nw : na);
            }
        }
        QVERIFY2(within / nw * 2 < across / na, qPrintable(QStringLiteral("within %1 across %2").arg(within / nw).arg(across / na)));
        for (const LayoutNode& n : nodes) {
            QVERIFY(std::isfinite(n.x) && std::isfinite(n.y));
            QVERIFY(n.placed);
        }
        // No two concepts on top of each other.
        double closest = 1e9;
        for (size_t i = 0; i < nodes.size(); ++i)
            for (size_t j = i + 1; j < nodes.size(); ++j)
                closest = std::min(closest, distance(nodes[i], nodes[j]));
        QVERIFY(closest > 5);
    }

    void sameInputSamePicture()
    {
        std::vector<LayoutNode> a, b;
        std::vector<LayoutEdge> edges, edges2;
        clustered(3, 10, a, edges);
        clustered(3, 10, b, edges2);
        ForceLayout::run(a, edges, LayoutOptions{});
        ForceLayout::run(b, edges2, LayoutOptions{});
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].x, b[i].x);
            QCOMPARE(a[i].y, b[i].y);
        }
    }

    void pinnedNodesStay()
    {
        std::vector<LayoutNode> nodes;
        std::vector<LayoutEdge> edges;
        clustered(2, 8, nodes, edges);
        nodes[3] = LayoutNode{500, -300, true, true};
        nodes[9] = LayoutNode{-20, 40, true, false}; // placed but free: a starting point only
        ForceLayout::run(nodes, edges, LayoutOptions{});
        QCOMPARE(nodes[3].x, 500.0);
        QCOMPARE(nodes[3].y, -300.0);
        QVERIFY(nodes[9].x != -20.0 || nodes[9].y != 40.0);
    }

    void cancelStopsEarly()
    {
        std::vector<LayoutNode> nodes;
        std::vector<LayoutEdge> edges;
        clustered(4, 10, nodes, edges);
        int calls = 0;
        const bool finished = ForceLayout::run(nodes, edges, LayoutOptions{}, [&calls](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!finished);
        QVERIFY(calls < 20);
    }

    void barnesHutAgreesWithExactForces()
    {
        // Same start, both methods: the pictures differ in detail but not in scale.
        std::vector<LayoutNode> approx, exact;
        std::vector<LayoutEdge> edges;
        clustered(5, 10, approx, edges);
        exact = approx;
        LayoutOptions o;
        ForceLayout::run(approx, edges, o);
        o.exact = true;
        ForceLayout::run(exact, edges, o);
        auto spread = [](const std::vector<LayoutNode>& n) {
            double cx = 0, cy = 0;
            for (const auto& p : n) {
                cx += p.x;
                cy += p.y;
            }
            cx /= double(n.size());
            cy /= double(n.size());
            double s = 0;
            for (const auto& p : n)
                s += std::hypot(p.x - cx, p.y - cy);
            return s / double(n.size());
        };
        const double ratio = spread(approx) / spread(exact);
        QVERIFY2(ratio > 0.7 && ratio < 1.4, qPrintable(QString::number(ratio)));
    }

    void emptyAndSingle()
    {
        std::vector<LayoutNode> none;
        QVERIFY(ForceLayout::run(none, {}, LayoutOptions{}));
        std::vector<LayoutNode> one(1);
        QVERIFY(ForceLayout::run(one, {}, LayoutOptions{}));
        QVERIFY(std::isfinite(one[0].x));
    }
};

QTEST_GUILESS_MAIN(tst_ForceLayout)
#include "tst_ForceLayout.moc"
