#pragma once

#include "graph/GraphData.h"

#include <QList>
#include <QMap>
#include <QString>

namespace lx::graph {

// Counts a curator checks the graph by: concepts per type, relations per type, how the degree
// (in + out relations) is distributed, the weakly connected components, and the concepts that
// nothing relates to.
struct GraphStats
{
    int concepts = 0;
    int relations = 0;
    QMap<QString, int> conceptsByType;
    QMap<QString, int> relationsByType;
    QMap<int, int> degreeDistribution; // degree -> number of concepts
    double meanDegree = 0;
    int maxDegree = 0;
    int components = 0;
    QList<int> componentSizes;         // largest first
    QList<qint64> isolated;            // concept ids, in id order

    static GraphStats compute(const Graph& graph);
};

} // namespace lx::graph
