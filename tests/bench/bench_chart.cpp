// A time series of 1,000,000 points in a QCustomPlot chart as the panels build them: the time of
// a full replot, a zoom to a tenth, a pan and a hover lookup, with QCustomPlot's adaptive
// sampling (what Lingxi's charts use) against the same chart drawing every point (the peer).
// Prints JSON; asserts nothing. Runs on the offscreen platform.
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <qcustomplot.h>

#include <cstdio>
#include <random>

namespace {

QJsonObject measure(bool adaptive, const QVector<double>& keys, const QVector<double>& values)
{
    QCustomPlot plot;
    plot.resize(1200, 600);
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPGraph* g = plot.addGraph();
    g->setAdaptiveSampling(adaptive);
    g->setData(keys, values, true);
    plot.rescaleAxes();
    auto time = [&plot](const std::function<void()>& change) {
        QElapsedTimer t;
        t.start();
        change();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        return double(t.nsecsElapsed()) / 1e6;
    };
    const double full = time([] {});
    const double zoom = time([&plot] { plot.xAxis->scaleRange(0.1, plot.xAxis->range().center()); });
    double pan = 0;
    for (int i = 0; i < 10; ++i)
        pan += time([&plot] { plot.xAxis->moveRange(plot.xAxis->range().size() * 0.05); });
    plot.rescaleAxes();
    plot.replot();
    QElapsedTimer t;
    t.start();
    double hits = 0;
    for (int i = 0; i < 100; ++i) {
        const QPointF pixel(10 + i * 11, 300);
        QVariant details;
        hits += g->selectTest(pixel, false, &details) >= 0 ? 1 : 0;
    }
    const double hover = double(t.nsecsElapsed()) / 1e6 / 100;
    return QJsonObject{{QStringLiteral("full_replot_ms"), full},
                       {QStringLiteral("zoom_replot_ms"), zoom},
                       {QStringLiteral("pan_replot_ms"), pan / 10},
                       {QStringLiteral("hover_lookup_ms"), hover},
                       {QStringLiteral("hover_hits"), hits}};
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = 1000000;
    QVector<double> keys(n), values(n);
    std::mt19937 rng(1);
    std::normal_distribution<double> step(0, 1);
    double v = 0;
    const double start = 1.7e9; // seconds, one point a second
    for (int i = 0; i < n; ++i) {
        v += step(rng);
        keys[i] = start + i;
        values[i] = v;
    }
    const QJsonObject report{{QStringLiteral("points"), n},
                             {QStringLiteral("adaptive_sampling"), measure(true, keys, values)},
                             {QStringLiteral("every_point_peer"), measure(false, keys, values)}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
