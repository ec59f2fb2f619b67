// Knowledge graph figures: force layout of 500/2,000 and 5,000/20,000 concepts/relations with
// Barnes-Hut against the exact all-pairs forces (the peer, same run), and the frame time of the
// graph view panning and zooming a 5,000-concept graph with zoom-dependent labels against
// drawing every label (the peer). Prints JSON; asserts nothing.
#include "graph/EdgeItem.h"
#include "graph/ForceLayout.h"
#include "graph/GraphPalette.h"
#include "graph/NodeItem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <cstdio>
#include <random>

using namespace lx;

namespace {

// A graph shaped like real ones: a few hubs, many small concepts, relations mostly within
// topical clusters (preferential attachment inside clusters, a few bridges between them).
void makeGraph(int concepts, int relations, std::vector<graph::LayoutNode>& nodes, std::vector<graph::LayoutEdge>& edges)
{
    std::mt19937 rng(42);
    nodes.assign(size_t(concepts), graph::LayoutNode());
    edges.clear();
    const int clusters = std::max(4, concepts / 60);
    std::vector<std::vector<int>> members(static_cast<size_t>(clusters));
    for (int i = 0; i < concepts; ++i)
        members[size_t(i % clusters)].push_back(i);
    std::uniform_real_distribution<double> unit(0, 1);
    while (int(edges.size()) < relations) {
        const bool bridge = unit(rng) < 0.05;
        const auto& a = members[size_t(rng() % clusters)];
        const auto& b = bridge ? members[size_t(rng() % clusters)] : a;
        // Preferential: the square of a uniform number favours the first (hub) members.
        const int s = a[size_t(std::pow(unit(rng), 2) * double(a.size()))];
        const int t = b[size_t(unit(rng) * double(b.size()))];
        if (s != t)
            edges.push_back(graph::LayoutEdge{s, t, 0.2 + 0.8 * unit(rng)});
    }
}

QJsonObject layoutFigures(int concepts, int relations, bool exactPeer)
{
    std::vector<graph::LayoutNode> nodes;
    std::vector<graph::LayoutEdge> edges;
    makeGraph(concepts, relations, nodes, edges);
    graph::LayoutOptions options;
    auto bh = nodes;
    QElapsedTimer timer;
    timer.start();
    graph::ForceLayout::run(bh, edges, options);
    const double bhMs = double(timer.nsecsElapsed()) / 1e6;
    QJsonObject out{{QStringLiteral("concepts"), concepts},
                    {QStringLiteral("relations"), relations},
                    {QStringLiteral("iterations"), options.iterations},
                    {QStringLiteral("barnes_hut_ms"), qRound(bhMs)}};
    // The peer: exact forces. At 5,000 concepts a full run takes minutes, so it runs 20 steps
    // and the figure is scaled to the same number of steps.
    auto exact = nodes;
    graph::LayoutOptions exactOptions = options;
    exactOptions.exact = true;
    if (!exactPeer)
        exactOptions.iterations = 20;
    timer.restart();
    graph::ForceLayout::run(exact, edges, exactOptions);
    const double exactMs = double(timer.nsecsElapsed()) / 1e6 * options.iterations / exactOptions.iterations;
    out.insert(QStringLiteral("exact_ms"), qRound(exactMs));
    out.insert(QStringLiteral("exact_measured_iterations"), exactOptions.iterations);
    out.insert(QStringLiteral("speedup"), qRound(exactMs / bhMs * 10) / 10.0);
    return out;
}

// Mean and worst milliseconds per frame over a pan-and-zoom sequence, painting the view into an
// image of a desktop-sized viewport the way the widget paints its viewport.
QJsonObject frameFigures(QGraphicsView& view, bool allLabels)
{
    ui::NodeItem::setAlwaysShowLabels(allLabels);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    qint64 drawnItems = 0;
    const QRectF all = view.scene()->itemsBoundingRect();
    struct Step
    {
        double scale;
        QPointF centre;
    };
    QList<Step> steps;
    // Zooming in from the overview on the dense middle, then panning across it at 4x.
    const double fit = std::min(view.viewport()->width() / all.width(), view.viewport()->height() / all.height());
    for (int i = 0; i < 12; ++i)
        steps.append(Step{fit * std::pow(10.0, i / 11.0), all.center()});
    for (int i = 0; i < 12; ++i)
        steps.append(Step{fit * 4, all.center() + QPointF(all.width() * (i / 11.0 - 0.5) * 0.5, all.height() * 0.1)});
    for (const Step& s : steps) {
        view.setTransform(QTransform::fromScale(s.scale, s.scale));
        view.centerOn(s.centre);
        frame.fill(Qt::white);
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&frame);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view.render(&painter, QRectF(frame.rect()), view.viewport()->rect());
        painter.end();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        drawnItems += int(view.items(view.viewport()->rect()).size());
    }
    double sum = 0, worst = 0;
    for (double t : times) {
        sum += t;
        worst = std::max(worst, t);
    }
    QList<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    return QJsonObject{{QStringLiteral("frames"), int(times.size())},
                       {QStringLiteral("mean_ms"), qRound(sum / times.size() * 10) / 10.0},
                       {QStringLiteral("median_ms"), qRound(sorted.at(sorted.size() / 2) * 10) / 10.0},
                       {QStringLiteral("worst_ms"), qRound(worst * 10) / 10.0},
                       {QStringLiteral("mean_items_in_view"), int(drawnItems / times.size())}};
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QJsonObject result;
    result.insert(QStringLiteral("layout_500_2000"), layoutFigures(500, 2000, true));
    result.insert(QStringLiteral("layout_5000_20000"), layoutFigures(5000, 20000, false));

    // The view of a laid-out 5,000-concept graph.
    std::vector<graph::LayoutNode> nodes;
    std::vector<graph::LayoutEdge> edges;
    makeGraph(5000, 20000, nodes, edges);
    graph::ForceLayout::run(nodes, edges, graph::LayoutOptions{});
    QGraphicsScene scene;
    const QStringList types{QStringLiteral("product_feature"), QStringLiteral("technical_principle"),
                            QStringLiteral("application_scenario"), QStringLiteral("product"), QStringLiteral("brand")};
    std::vector<ui::NodeItem*> items;
    for (size_t i = 0; i < nodes.size(); ++i) {
        auto* n = new ui::NodeItem(qint64(i + 1), QStringLiteral("概念 %1").arg(i + 1),
                                   ui::GraphPalette::conceptColor(types.at(int(i % types.size()))));
        n->setPos(nodes[i].x, nodes[i].y);
        n->setRadius(5 + 15 * std::sqrt(1.0 / double(1 + i % 50)));
        scene.addItem(n);
        items.push_back(n);
    }
    for (size_t i = 0; i < edges.size(); ++i)
        scene.addItem(new ui::EdgeItem(qint64(i + 1), items[size_t(edges[i].source)], items[size_t(edges[i].target)],
                                       QStringLiteral("affects"), edges[i].weight,
                                       ui::GraphPalette::relationColor(QStringLiteral("affects"))));
    QGraphicsView view(&scene);
    view.resize(1280, 800);
    view.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view.setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    view.show();
    QApplication::processEvents();
    QJsonObject frames{{QStringLiteral("concepts"), 5000},
                       {QStringLiteral("relations"), int(edges.size())},
                       {QStringLiteral("viewport"), QStringLiteral("%1x%2").arg(view.viewport()->width()).arg(view.viewport()->height())},
                       {QStringLiteral("labels_by_zoom"), frameFigures(view, false)},
                       {QStringLiteral("all_labels_peer"), frameFigures(view, true)}};
    result.insert(QStringLiteral("view_frames"), frames);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
