#include "graph/GraphFiles.h"

#include "common/InputFile.h"
#include "common/OutputFile.h"
#include "graph/GraphCsv.h"
#include "graph/GraphCypher.h"
#include "graph/GraphJson.h"
#include "graph/GraphMl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lx::graph {

std::optional<GraphFormat> GraphFiles::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return GraphFormat::Csv;
    if (n == QLatin1String("json"))
        return GraphFormat::Json;
    if (n == QLatin1String("graphml"))
        return GraphFormat::GraphMl;
    if (n == QLatin1String("cypher"))
        return GraphFormat::Cypher;
    return std::nullopt;
}

std::optional<GraphFormat> GraphFiles::formatOfFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return GraphFormat::Csv;
    if (suffix == QLatin1String("json"))
        return GraphFormat::Json;
    if (suffix == QLatin1String("graphml") || suffix == QLatin1String("xml"))
        return GraphFormat::GraphMl;
    if (suffix == QLatin1String("cypher") || suffix == QLatin1String("cql"))
        return GraphFormat::Cypher;
    return std::nullopt;
}

QString GraphFiles::formatName(GraphFormat format)
{
    switch (format) {
    case GraphFormat::Csv: return QStringLiteral("csv");
    case GraphFormat::Json: return QStringLiteral("json");
    case GraphFormat::GraphMl: return QStringLiteral("graphml");
    case GraphFormat::Cypher: return QStringLiteral("cypher");
    }
    return {};
}

QString GraphFiles::defaultRelationsPath(const QString& conceptsPath)
{
    const QFileInfo fi(conceptsPath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".relations.csv"));
}

Result<GraphDocument> GraphFiles::read(const QString& path, GraphFormat format, const QString& relationsPath)
{
    auto file = InputFile::open(path);
    if (!file)
        return Result<GraphDocument>(file.status());
    const QString name = InputFile::displayName(QFileInfo(path).fileName());
    const auto whole = [&]() {
        return InputFile::read(*file.value(), limits::kMaxGraphFileBytes, InputFile::displayName(path), tr("a graph file"));
    };
    switch (format) {
    case GraphFormat::Csv: {
        GraphDocument doc;
        GraphCsv::readConcepts(*file.value(), name, doc);
        if (!relationsPath.isEmpty()) {
            auto rel = InputFile::open(relationsPath);
            if (!rel)
                return Result<GraphDocument>(rel.status());
            GraphCsv::readRelations(*rel.value(), InputFile::displayName(QFileInfo(relationsPath).fileName()), doc);
        }
        return doc;
    }
    case GraphFormat::Json: {
        auto bytes = whole();
        if (!bytes)
            return Result<GraphDocument>(bytes.status());
        return GraphJson::read(bytes.value(), name);
    }
    case GraphFormat::GraphMl: {
        auto bytes = whole();
        if (!bytes)
            return Result<GraphDocument>(bytes.status());
        return GraphMl::read(bytes.value(), name);
    }
    case GraphFormat::Cypher:
        return Result<GraphDocument>::failure(tr("Cypher scripts are written for Neo4j; Lingxi does not read them back "
                                                 "(use JSON, GraphML or CSV)"));
    }
    return Result<GraphDocument>::failure(tr("unknown format"));
}

namespace {
Status writeAtomically(const QString& path, const QByteArray& bytes)
{
    return OutputFile::write(path, bytes);
}
} // namespace

Status GraphFiles::write(const Graph& graph, GraphFormat format, const QString& path, const QString& relationsPath)
{
    switch (format) {
    case GraphFormat::Csv: {
        const QString rel = relationsPath.isEmpty() ? defaultRelationsPath(path) : relationsPath;
        if (auto st = OutputFile::checkPath(rel); !st) // both refused before either is written
            return st;
        if (auto st = writeAtomically(path, GraphCsv::writeConcepts(graph)); !st)
            return st;
        return writeAtomically(rel, GraphCsv::writeRelations(graph));
    }
    case GraphFormat::Json:
        return writeAtomically(path, GraphJson::write(graph));
    case GraphFormat::GraphMl:
        return writeAtomically(path, GraphMl::write(graph));
    case GraphFormat::Cypher:
        return writeAtomically(path, GraphCypher::write(graph));
    }
    return Status::failure(tr("unknown format"));
}

} // namespace lx::graph
