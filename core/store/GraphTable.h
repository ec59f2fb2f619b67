#pragma once

#include "common/Result.h"
#include "graph/GraphData.h"

#include <QList>

#include <optional>

class QSqlDatabase;

namespace lx::store {

struct ConceptPosition
{
    qint64 id = 0;
    double x = 0;
    double y = 0;
    bool pinned = false;
};

// SQL for the knowledge graph: concepts, relations, the workspace's own types, saved positions.
class GraphTable final
{
public:
    GraphTable() = delete;

    // Concepts, relations and user-defined types (built-ins are added by the service).
    static Result<graph::Graph> load(QSqlDatabase& db);
    static Result<std::optional<graph::Concept>> concept(QSqlDatabase& db, qint64 id);
    static Result<QList<graph::Relation>> relationsOf(QSqlDatabase& db, qint64 conceptId);

    // id 0 lets SQLite choose; a given id restores a deleted concept under its old number.
    static Result<qint64> insertConcept(QSqlDatabase& db, const graph::Concept& c);
    static Status updateConcept(QSqlDatabase& db, const graph::Concept& c);
    static Status deleteConcept(QSqlDatabase& db, qint64 id);
    static Result<qint64> insertRelation(QSqlDatabase& db, const graph::Relation& r);
    static Status updateRelation(QSqlDatabase& db, const graph::Relation& r);
    static Status deleteRelation(QSqlDatabase& db, qint64 id);
    static Status insertType(QSqlDatabase& db, const graph::GraphType& t);
    static Status savePositions(QSqlDatabase& db, const QList<ConceptPosition>& positions);
};

} // namespace lx::store
