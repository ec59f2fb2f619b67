#include "models/CurveCharts.h"

#include <QHeaderView>
#include <QTableWidget>

#include <qcustomplot.h>

#include <algorithm>

namespace lx::ui {

QColor foldColour(int fold)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colours[(fold - 1 + 10) % 10];
}

QColor finalModelColour()
{
    return QColor(0x22, 0x22, 0x22);
}

void setupCurveChart(QCustomPlot* plot)
{
    plot->setMinimumHeight(180);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

QCPGraph* curveGraph(QCustomPlot* plot, const QString& name, int fold, bool final, bool dashed)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == name)
            return plot->graph(i);
    }
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    QPen pen(final ? finalModelColour() : foldColour(fold), final ? 2.4 : 1.4);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    // Only the validation curves and the final model in the legend; the dashes explain themselves.
    if (dashed && !final)
        g->removeFromLegend();
    return g;
}

void rescaleCurves(QCustomPlot* plot)
{
    plot->yAxis->rescale();
    const QCPRange r = plot->yAxis->range();
    const double pad = std::max(0.02, r.size() * 0.08);
    plot->yAxis->setRange(r.lower - pad, r.upper + pad);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void setupFoldTable(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

} // namespace lx::ui
