#include "graph/GraphService.h"

#include "common/Excerpt.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "graph/GraphTypes.h"
#include "graph/GraphValidation.h"
#include "store/GraphTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace lx::graph {

namespace {

QJsonObject conceptJson(const Concept& c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("type"), c.type},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
                       {QStringLiteral("weight"), c.weight}};
}

QJsonObject relationJson(const Relation& r)
{
    return QJsonObject{{QStringLiteral("source"), r.source},
                       {QStringLiteral("target"), r.target},
                       {QStringLiteral("type"), r.type},
                       {QStringLiteral("weight"), r.weight}};
}

QString conceptTarget(qint64 id)
{
    return QStringLiteral("concept/%1").arg(id);
}

QString relationTarget(qint64 id)
{
    return QStringLiteral("relation/%1").arg(id);
}

} // namespace

GraphService::GraphService(auth::AuthService& auth) : m_auth(auth)
{
}

Result<Graph> GraphService::read(store::Workspace& workspace)
{
    QSqlDatabase db = workspace.reader();
    auto g = store::GraphTable::load(db);
    if (!g)
        return g;
    Graph graph = g.take();
    QList<GraphType> types = GraphTypes::builtins();
    types.append(graph.types);
    graph.types = types;
    return graph;
}

Result<Graph> GraphService::load() const
{
    return read(m_auth.workspace());
}

Result<Graph> GraphService::graph(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewGraph, QStringLiteral("graph.read")); !st)
        return Result<Graph>(st);
    return load();
}

Status GraphService::checkConcept(const Graph& graph, Concept& c) const
{
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return Status::failure(tr("a concept needs a name"));
    if (c.name.size() > 200)
        return Status::failure(tr("the name is longer than 200 characters"));
    if (hasControlCharacters(c.name))
        return Status::failure(tr("the name holds a control character (a NUL, a line break …)"), ErrorCode::Invalid);
    const QString type = GraphTypes::resolve(c.type, graph.typeKeys(TypeKind::Concept));
    if (type.isEmpty())
        return Status::failure(tr("unknown concept type '%1'").arg(excerpt(c.type)));
    c.type = type;
    if (QString reason = GraphValidation::checkWeight(c.weight, TypeKind::Concept); !reason.isEmpty())
        return Status::failure(reason);
    c.aliases = GraphValidation::cleanAliases(c.aliases, c.name);
    c.description = c.description.trimmed();
    for (const Concept& other : graph.concepts) {
        if (other.id != c.id && other.type == c.type && other.name.compare(c.name, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("there is already a %1 named '%2'").arg(GraphTypes::title(c.type), excerpt(c.name)));
    }
    return Status::success();
}

Status GraphService::checkRelation(const Graph& graph, Relation& r) const
{
    if (!graph.concept(r.source) || !graph.concept(r.target))
        return Status::failure(tr("a relation needs both of its concepts"));
    if (r.source == r.target)
        return Status::failure(tr("a concept cannot be related to itself"));
    const QString type = GraphTypes::resolve(r.type, graph.typeKeys(TypeKind::Relation));
    if (type.isEmpty())
        return Status::failure(tr("unknown relation type '%1'").arg(excerpt(r.type)));
    r.type = type;
    if (QString reason = GraphValidation::checkWeight(r.weight, TypeKind::Relation); !reason.isEmpty())
        return Status::failure(reason);
    for (const Relation& other : graph.relations) {
        if (other.id != r.id && other.source == r.source && other.target == r.target && other.type == r.type)
            return Status::failure(tr("these two concepts already have a '%1' relation").arg(GraphTypes::title(type)));
    }
    return Status::success();
}

Result<Concept> GraphService::addConcept(const auth::Session& actor, const Concept& concept)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.concept.add"), concept.name);
        !st)
        return Result<Concept>(st);
    auto graph = load();
    if (!graph)
        return Result<Concept>(graph.status());
    Concept c = concept;
    c.id = 0;
    if (auto st = checkConcept(graph.value(), c); !st)
        return Result<Concept>(st);
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto id = m_auth.workspace().writer().runSync(
        [c, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            auto newId = store::GraphTable::insertConcept(db, c);
            if (!newId)
                return Result<QVariant>(newId.status());
            if (auto st = audit::AuditLog::append(db, actorName, QStringLiteral("graph.concept.add"),
                                                  conceptTarget(newId.value()), conceptJson(c), now);
                !st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<Concept>(id.status());
    c.id = id.value().toLongLong();
    return c;
}

Result<Concept> GraphService::updateConcept(const auth::Session& actor, const Concept& concept)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.concept.update"),
                                 conceptTarget(concept.id));
        !st)
        return Result<Concept>(st);
    auto graph = load();
    if (!graph)
        return Result<Concept>(graph.status());
    const Concept* before = graph.value().concept(concept.id);
    if (!before)
        return Result<Concept>::failure(tr("no such concept (it may have been deleted)"));
    Concept c = concept;
    c.hasPosition = before->hasPosition;
    c.x = before->x;
    c.y = before->y;
    c.pinned = before->pinned;
    if (auto st = checkConcept(graph.value(), c); !st)
        return Result<Concept>(st);
    const QJsonObject details{{QStringLiteral("before"), conceptJson(*before)},
                              {QStringLiteral("after"), conceptJson(c)}};
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [c, details, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::GraphTable::updateConcept(db, c); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, actorName, QStringLiteral("graph.concept.update"),
                                                            conceptTarget(c.id), details, now));
        },
        store::Durability::Full);
    if (!r)
        return Result<Concept>(r.status());
    return c;
}

Result<ConceptWithRelations> GraphService::deletionImpact(const auth::Session& actor, qint64 conceptId) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewGraph, QStringLiteral("graph.read")); !st)
        return Result<ConceptWithRelations>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto c = store::GraphTable::concept(db, conceptId);
    if (!c)
        return Result<ConceptWithRelations>(c.status());
    if (!c.value())
        return Result<ConceptWithRelations>::failure(tr("no such concept (it may have been deleted)"));
    auto rels = store::GraphTable::relationsOf(db, conceptId);
    if (!rels)
        return Result<ConceptWithRelations>(rels.status());
    return ConceptWithRelations{*c.value(), rels.value()};
}

Result<ConceptWithRelations> GraphService::deleteConcept(const auth::Session& actor, qint64 conceptId)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.concept.delete"),
                                 conceptTarget(conceptId));
        !st)
        return Result<ConceptWithRelations>(st);
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto removed = std::make_shared<ConceptWithRelations>();
    auto r = m_auth.workspace().writer().runSync(
        [conceptId, actorName, now, removed](QSqlDatabase& db) -> Result<QVariant> {
            auto c = store::GraphTable::concept(db, conceptId);
            if (!c)
                return Result<QVariant>(c.status());
            if (!c.value())
                return Result<QVariant>::failure(GraphService::tr("no such concept (it may have been deleted)"));
            auto rels = store::GraphTable::relationsOf(db, conceptId);
            if (!rels)
                return Result<QVariant>(rels.status());
            if (auto st = store::GraphTable::deleteConcept(db, conceptId); !st)
                return Result<QVariant>(st);
            removed->concept = *c.value();
            removed->relations = rels.value();
            QJsonObject details = conceptJson(*c.value());
            details.insert(QStringLiteral("relations_removed"), int(rels.value().size()));
            return store::jobResult(audit::AuditLog::append(db, actorName, QStringLiteral("graph.concept.delete"),
                                                            conceptTarget(conceptId), details, now));
        },
        store::Durability::Full);
    if (!r)
        return Result<ConceptWithRelations>(r.status());
    return *removed;
}

Result<Concept> GraphService::restoreConcept(const auth::Session& actor, const ConceptWithRelations& removed)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.concept.restore"),
                                 conceptTarget(removed.concept.id));
        !st)
        return Result<Concept>(st);
    auto graph = load();
    if (!graph)
        return Result<Concept>(graph.status());
    Concept c = removed.concept;
    if (graph.value().concept(c.id))
        return Result<Concept>::failure(tr("the concept is already there"));
    if (auto st = checkConcept(graph.value(), c); !st)
        return Result<Concept>(st);
    QList<Relation> relations;
    for (const Relation& r : removed.relations) {
        const qint64 other = r.source == c.id ? r.target : r.source;
        if (graph.value().concept(other))
            relations.append(r);
    }
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [c, relations, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto id = store::GraphTable::insertConcept(db, c); !id)
                return Result<QVariant>(id.status());
            for (const Relation& rel : relations) {
                if (auto id = store::GraphTable::insertRelation(db, rel); !id)
                    return Result<QVariant>(id.status());
            }
            QJsonObject details = conceptJson(c);
            details.insert(QStringLiteral("relations_restored"), int(relations.size()));
            return store::jobResult(audit::AuditLog::append(db, actorName, QStringLiteral("graph.concept.restore"),
                                                            conceptTarget(c.id), details, now));
        },
        store::Durability::Full);
    if (!r)
        return Result<Concept>(r.status());
    return c;
}

Result<Relation> GraphService::addRelation(const auth::Session& actor, const Relation& relation)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.relation.add")); !st)
        return Result<Relation>(st);
    auto graph = load();
    if (!graph)
        return Result<Relation>(graph.status());
    Relation rel = relation;
    const qint64 keepId = rel.id; // undo of a delete puts the relation back under its number
    rel.id = 0;
    if (auto st = checkRelation(graph.value(), rel); !st)
        return Result<Relation>(st);
    rel.id = keepId;
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto id = m_auth.workspace().writer().runSync(
        [rel, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            auto newId = store::GraphTable::insertRelation(db, rel);
            if (!newId)
                return Result<QVariant>(newId.status());
            if (auto st = audit::AuditLog::append(db, actorName, QStringLiteral("graph.relation.add"),
                                                  relationTarget(newId.value()), relationJson(rel), now);
                !st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<Relation>(id.status());
    rel.id = id.value().toLongLong();
    return rel;
}

Result<Relation> GraphService::updateRelation(const auth::Session& actor, const Relation& relation)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.relation.update"),
                                 relationTarget(relation.id));
        !st)
        return Result<Relation>(st);
    auto graph = load();
    if (!graph)
        return Result<Relation>(graph.status());
    const Relation* before = graph.value().relation(relation.id);
    if (!before)
        return Result<Relation>::failure(tr("no such relation (it may have been deleted)"));
    Relation rel = *before;
    rel.type = relation.type;
    rel.weight = relation.weight;
    if (auto st = checkRelation(graph.value(), rel); !st)
        return Result<Relation>(st);
    const QJsonObject details{{QStringLiteral("before"), relationJson(*before)}, {QStringLiteral("after"), relationJson(rel)}};
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [rel, details, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::GraphTable::updateRelation(db, rel); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, actorName, QStringLiteral("graph.relation.update"),
                                                            relationTarget(rel.id), details, now));
        },
        store::Durability::Full);
    if (!r)
        return Result<Relation>(r.status());
    return rel;
}

Result<Relation> GraphService::deleteRelation(const auth::Session& actor, qint64 relationId)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.relation.delete"),
                                 relationTarget(relationId));
        !st)
        return Result<Relation>(st);
    auto graph = load();
    if (!graph)
        return Result<Relation>(graph.status());
    const Relation* before = graph.value().relation(relationId);
    if (!before)
        return Result<Relation>::failure(tr("no such relation (it may have been deleted)"));
    const Relation rel = *before;
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [rel, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::GraphTable::deleteRelation(db, rel.id); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, actorName, QStringLiteral("graph.relation.delete"),
                                                            relationTarget(rel.id), relationJson(rel), now));
        },
        store::Durability::Full);
    if (!r)
        return Result<Relation>(r.status());
    return rel;
}

Result<GraphType> GraphService::addType(const auth::Session& actor, TypeKind kind, const QString& name)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditGraph, QStringLiteral("graph.type.add"), name); !st)
        return Result<GraphType>(st);
    auto graph = load();
    if (!graph)
        return Result<GraphType>(graph.status());
    const QString key = GraphTypes::normalizeKey(name);
    if (!GraphTypes::isValidKey(key))
        return Result<GraphType>::failure(tr("a type needs a name of 1 to 64 characters"));
    if (!GraphTypes::resolve(name, graph.value().typeKeys(kind)).isEmpty())
        return Result<GraphType>::failure(tr("the type '%1' exists already").arg(excerpt(name)));
    const GraphType type{kind, key, name.trimmed(), false};
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [type, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::GraphTable::insertType(db, type); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(
                db, actorName, QStringLiteral("graph.type.add"), type.key,
                QJsonObject{{QStringLiteral("kind"), type.kind == TypeKind::Relation ? QStringLiteral("relation")
                                                                                     : QStringLiteral("concept")}},
                now));
        },
        store::Durability::Full);
    if (!r)
        return Result<GraphType>(r.status());
    return type;
}

Result<ImportReport> GraphService::import(const auth::Session& actor, const GraphDocument& doc,
                                          const ImportOptions& options, const QString& sourceName)
{
    // Curators (edit_graph) import, and so do those who bring data into the workspace (import_data).
    const auth::Permission needed =
        actor.can(auth::Permission::ImportData) && !actor.can(auth::Permission::EditGraph) ? auth::Permission::ImportData
                                                                                            : auth::Permission::EditGraph;
    if (auto st = m_auth.require(actor, needed, QStringLiteral("graph.import"), sourceName); !st)
        return Result<ImportReport>(st);
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto report = std::make_shared<ImportReport>();
    // Planned and written in one job on the writer: nobody's edit slips in between, and a
    // rejected file or a failure part-way leaves the workspace as it was.
    auto r = m_auth.workspace().writer().runSync(
        [doc, options, sourceName, actorName, now, report](QSqlDatabase& db) -> Result<QVariant> {
            auto loaded = store::GraphTable::load(db);
            if (!loaded)
                return Result<QVariant>(loaded.status());
            Graph existing = loaded.take();
            QList<GraphType> types = GraphTypes::builtins();
            types.append(existing.types);
            existing.types = types;
            const ImportPlan plan = GraphImporter::plan(existing, doc, options);
            report->errors = plan.issues;
            report->rejected = plan.rejected;
            if (plan.rejectsFile(options))
                return QVariant();
            for (const GraphType& t : plan.addTypes) {
                if (auto st = store::GraphTable::insertType(db, t); !st)
                    return Result<QVariant>(st);
            }
            QList<qint64> newIds;
            for (const Concept& c : plan.addConcepts) {
                auto id = store::GraphTable::insertConcept(db, c);
                if (!id)
                    return Result<QVariant>(id.status());
                newIds.append(id.value());
            }
            for (const Concept& c : plan.updateConcepts) {
                if (auto st = store::GraphTable::updateConcept(db, c); !st)
                    return Result<QVariant>(st);
            }
            auto resolve = [&newIds](qint64 handle) { return handle < 0 ? newIds.at(int(-handle - 1)) : handle; };
            for (const auto& pr : plan.addRelations) {
                Relation rel{0, resolve(pr.source), resolve(pr.target), pr.type, pr.weight};
                if (auto id = store::GraphTable::insertRelation(db, rel); !id)
                    return Result<QVariant>(id.status());
            }
            for (const auto& pr : plan.updateRelations) {
                Relation rel{pr.existingId, pr.source, pr.target, pr.type, pr.weight};
                if (auto st = store::GraphTable::updateRelation(db, rel); !st)
                    return Result<QVariant>(st);
            }
            report->stored = true;
            report->conceptsAdded = int(plan.addConcepts.size());
            report->conceptsUpdated = int(plan.updateConcepts.size());
            report->concepts = report->conceptsAdded + report->conceptsUpdated + plan.conceptsUnchanged;
            report->relationsAdded = int(plan.addRelations.size());
            report->relationsUpdated = int(plan.updateRelations.size());
            report->relations = report->relationsAdded + report->relationsUpdated + plan.relationsUnchanged;
            report->typesAdded = int(plan.addTypes.size());
            const QJsonObject details{{QStringLiteral("source"), sourceName},
                                      {QStringLiteral("concepts_added"), report->conceptsAdded},
                                      {QStringLiteral("concepts_updated"), report->conceptsUpdated},
                                      {QStringLiteral("relations_added"), report->relationsAdded},
                                      {QStringLiteral("relations_updated"), report->relationsUpdated},
                                      {QStringLiteral("rejected"), report->rejected}};
            return store::jobResult(
                audit::AuditLog::append(db, actorName, QStringLiteral("graph.import"), sourceName, details, now));
        },
        store::Durability::Full);
    if (!r)
        return Result<ImportReport>(r.status());
    return *report;
}

Status GraphService::savePositions(const auth::Session& actor, const QList<NodePosition>& positions)
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewGraph, QStringLiteral("graph.layout.save")); !st)
        return st;
    QList<store::ConceptPosition> rows;
    rows.reserve(positions.size());
    for (const NodePosition& p : positions)
        rows.append(store::ConceptPosition{p.id, p.x, p.y, p.pinned});
    auto r = m_auth.workspace().writer().runSync(
        [rows](QSqlDatabase& db) -> Result<QVariant> { return store::jobResult(store::GraphTable::savePositions(db, rows)); });
    return r.status();
}

} // namespace lx::graph
