#pragma once

#include "graph/GraphData.h"

#include <QByteArray>

namespace lx::graph {

// A Cypher script that loads the graph into Neo4j (cypher-shell -f FILE). Concepts are MERGEd
// on (type, name), their natural key, so running the script twice creates nothing twice.
// Every value is a literal quoted and escaped here; relation types become relationship types
// quoted with backticks.
class GraphCypher final
{
public:
    GraphCypher() = delete;

    static QByteArray write(const Graph& graph);
    // 'text' with quotes, backslashes and control characters escaped.
    static QString quote(const QString& text);
    // `name` with backticks doubled.
    static QString quoteName(const QString& name);
};

} // namespace lx::graph
