#pragma once

#include "common/Result.h"
#include "graph/GraphData.h"

#include <QCoreApplication>
#include <QString>

namespace lx::graph {

enum class GraphFormat { Csv, Json, GraphMl, Cypher };

// Reading and writing graph files by format: the CLI's and the panel's way in and out.
class GraphFiles final
{
    Q_DECLARE_TR_FUNCTIONS(GraphFiles)

public:
    GraphFiles() = delete;

    static std::optional<GraphFormat> formatFromName(const QString& name);
    // From the file's extension: .csv, .json, .graphml/.xml, .cypher/.cql.
    static std::optional<GraphFormat> formatOfFile(const QString& path);
    static QString formatName(GraphFormat format);

    // A file that cannot be opened is an error; bad records are issues of the document.
    // For CSV, `path` is the concepts file and `relationsPath` (optional) the relations file.
    static Result<GraphDocument> read(const QString& path, GraphFormat format, const QString& relationsPath = {});

    // Writes atomically (a half-written file never replaces a good one). For CSV, `path` is the
    // concepts file and the relations go beside it as NAME.relations.csv unless given.
    static Status write(const Graph& graph, GraphFormat format, const QString& path, const QString& relationsPath = {});
    static QString defaultRelationsPath(const QString& conceptsPath);
};

} // namespace lx::graph
