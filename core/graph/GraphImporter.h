#pragma once

#include "graph/GraphData.h"

#include <QCoreApplication>
#include <QList>

namespace lx::graph {

struct ImportOptions
{
    bool skipBad = false;   // store the good records and report the bad; otherwise all or nothing
    bool newTypes = false;  // register unknown types instead of rejecting their records
};

// What an import will do to the workspace, worked out before anything is written.
struct ImportPlan
{
    QList<Concept> addConcepts;      // id 0; `ref` in refs below
    QList<QString> addConceptRefs;   // the file's id for each of addConcepts
    QList<Concept> updateConcepts;   // existing concepts with the file's values
    // Relations refer to concepts by index: >= 0 an existing id, < 0 -(index+1) into addConcepts.
    struct PlannedRelation
    {
        qint64 source = 0;
        qint64 target = 0;
        QString type;
        double weight = 1;
        qint64 existingId = 0; // set when the relation exists and only its weight changes
    };
    QList<PlannedRelation> addRelations;
    QList<PlannedRelation> updateRelations;
    QList<GraphType> addTypes;
    int conceptsRead = 0;
    int relationsRead = 0;
    int conceptsUnchanged = 0;
    int relationsUnchanged = 0;
    int rejected = 0;
    QList<GraphIssue> issues;

    bool rejectsFile(const ImportOptions& options) const { return !issues.isEmpty() && !options.skipBad; }
};

// Matches a file's records against the workspace's graph: types by name (GraphTypes::resolve),
// concepts by (type, name) so that importing a file twice changes nothing, relation endpoints by
// the file's ids or by concept names. Every bad record becomes an issue with its position:
// missing endpoint, unknown type, duplicate, a concept related to itself.
class GraphImporter final
{
    Q_DECLARE_TR_FUNCTIONS(GraphImporter)

public:
    GraphImporter() = delete;
    static ImportPlan plan(const Graph& existing, const GraphDocument& doc, const ImportOptions& options);
};

} // namespace lx::graph
