#pragma once

#include <QColor>
#include <QString>

class QCPGraph;
class QCustomPlot;
class QTableWidget;

namespace lx::ui {

// The learning-curve charts and fold tables of the Models panel, shared by the n-gram training
// tab and the encoder fine-tuning page.

// One colour per cross-validation fold (up to ten, then again), and the final model's.
QColor foldColour(int fold);
QColor finalModelColour();

// A chart with its legend in the top right corner (8 pt).
void setupCurveChart(QCustomPlot* plot);
// The graph of that name, made on first use: the fold's colour (the final model's, thicker,
// when `final`), dashed for training curves, which stay out of the legend unless final.
QCPGraph* curveGraph(QCustomPlot* plot, const QString& name, int fold, bool final, bool dashed);
// The y axis fitted to the data with a margin, and a queued replot.
void rescaleCurves(QCustomPlot* plot);
// A read-only table whose columns share the width, rows one line high.
void setupFoldTable(QTableWidget* table);

} // namespace lx::ui
