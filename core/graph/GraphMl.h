#pragma once

#include "graph/GraphData.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lx::graph {

// GraphML as Gephi and yEd read and write it. Writing: node attributes name, label, type,
// weight, aliases ('|'-separated), description; edge attributes type, label, weight; directed.
// Reading files from other tools: node attributes "name" (or "label"), "type", "weight",
// "aliases", "description"; edge attributes "type" (or "label"), "weight"; key defaults
// honoured; a yEd node label is the name when no attribute gives one; other attributes and
// yFiles graphics are ignored. Bad elements are reported with their line.
class GraphMl final
{
    Q_DECLARE_TR_FUNCTIONS(GraphMl)

public:
    GraphMl() = delete;

    static GraphDocument read(const QByteArray& bytes, const QString& fileName);
    static QByteArray write(const Graph& graph);
};

} // namespace lx::graph
