#pragma once

#include "graph/GraphData.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lx::graph {

// Lingxi's JSON graph file:
//   {"format":"lingxi.graph","version":1,
//    "types":[{"kind":"concept","key":"skin_type","label":"肤质"}],
//    "concepts":[{"id":"12","name":…,"type":…,"aliases":[…],"description":…,"weight":…}],
//    "relations":[{"source":"12","target":"13","type":"contains","weight":0.8}]}
// ids may be numbers or strings; a relation's source and target may also be concept names.
// Bad elements are reported with the line they start on.
class GraphJson final
{
    Q_DECLARE_TR_FUNCTIONS(GraphJson)

public:
    GraphJson() = delete;

    static GraphDocument read(const QByteArray& bytes, const QString& fileName);
    static QByteArray write(const Graph& graph);
};

} // namespace lx::graph
