#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "graph/GraphData.h"
#include "graph/GraphImporter.h"

#include <QCoreApplication>
#include <QList>

namespace lx::auth {
class AuthService;
}
namespace lx::store {
class Workspace;
}

namespace lx::graph {

struct ImportReport
{
    bool stored = false;    // false: the file was rejected and the workspace is as it was
    int concepts = 0;       // concept records stored (added, updated or already there)
    int relations = 0;
    int rejected = 0;
    int conceptsAdded = 0;
    int conceptsUpdated = 0;
    int relationsAdded = 0;
    int relationsUpdated = 0;
    int typesAdded = 0;
    QList<GraphIssue> errors;
};

// A concept and every relation that touches it: what deleting it removes, and what undo puts back.
struct ConceptWithRelations
{
    Concept concept;
    QList<Relation> relations;
};

struct NodePosition
{
    qint64 id = 0;
    double x = 0;
    double y = 0;
    bool pinned = false;
};

// The workspace's knowledge graph. Everyone with view_graph reads it; edit_graph adds, renames,
// connects, re-weights and deletes, each change one audited transaction; import_data may also
// import graph files. The store keeps the
// integrity rules (no relation to a missing concept, no duplicate relation of one type between
// a pair, unique names per type); this service checks them first to give a clear reason.
class GraphService final
{
    Q_DECLARE_TR_FUNCTIONS(GraphService)

public:
    explicit GraphService(auth::AuthService& auth);

    // The graph with built-in types merged in, for readers that act on the file itself (the CLI's
    // export, stats and link verbs, like `workspace info`).
    static Result<Graph> read(store::Workspace& workspace);

    Result<Graph> graph(const auth::Session& actor) const;
    Result<Concept> addConcept(const auth::Session& actor, const Concept& concept);
    Result<Concept> updateConcept(const auth::Session& actor, const Concept& concept);
    Result<ConceptWithRelations> deletionImpact(const auth::Session& actor, qint64 conceptId) const;
    Result<ConceptWithRelations> deleteConcept(const auth::Session& actor, qint64 conceptId);
    // Puts a deleted concept back under its old number, with those of its relations whose other
    // end still exists.
    Result<Concept> restoreConcept(const auth::Session& actor, const ConceptWithRelations& removed);
    Result<Relation> addRelation(const auth::Session& actor, const Relation& relation);
    Result<Relation> updateRelation(const auth::Session& actor, const Relation& relation);
    Result<Relation> deleteRelation(const auth::Session& actor, qint64 relationId);
    Result<GraphType> addType(const auth::Session& actor, TypeKind kind, const QString& name);

    Result<ImportReport> import(const auth::Session& actor, const GraphDocument& doc, const ImportOptions& options,
                                const QString& sourceName);

    Status savePositions(const auth::Session& actor, const QList<NodePosition>& positions);

private:
    Result<Graph> load() const;
    Status checkConcept(const Graph& graph, Concept& concept) const;
    Status checkRelation(const Graph& graph, Relation& relation) const;

    auth::AuthService& m_auth;
};

} // namespace lx::graph
