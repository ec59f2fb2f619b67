#pragma once

#include "graph/GraphData.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace lx::graph {

// Two CSV files, UTF-8 with a header row:
//   concepts:  id,name,type,weight,aliases,description   (aliases '|'-separated; id, weight,
//              aliases and description optional; "label" is taken for "name")
//   relations: source,target,type,weight                 (source and target are ids of the
//              concepts file, or concept names)
// Other columns are ignored. Every bad line is reported with its number.
class GraphCsv final
{
    Q_DECLARE_TR_FUNCTIONS(GraphCsv)

public:
    GraphCsv() = delete;

    static void readConcepts(QIODevice& device, const QString& fileName, GraphDocument& doc);
    static void readRelations(QIODevice& device, const QString& fileName, GraphDocument& doc);
    static QByteArray writeConcepts(const Graph& graph);
    static QByteArray writeRelations(const Graph& graph);
};

} // namespace lx::graph
