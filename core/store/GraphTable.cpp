#include "store/GraphTable.h"

#include "store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lx::store {

namespace {

const QString kConceptSelect =
    QStringLiteral("SELECT id, name, type, aliases, description, weight, x, y, pinned FROM graph_concepts");

QString aliasesJson(const QStringList& aliases)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

QStringList aliasesFromJson(const QString& json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : a)
        out.append(v.toString());
    return out;
}

graph::Concept readConcept(const QSqlQuery& q)
{
    graph::Concept c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.type = q.value(2).toString();
    c.aliases = aliasesFromJson(q.value(3).toString());
    c.description = q.value(4).toString();
    c.weight = q.value(5).toDouble();
    c.hasPosition = !q.value(6).isNull() && !q.value(7).isNull();
    c.x = q.value(6).toDouble();
    c.y = q.value(7).toDouble();
    c.pinned = q.value(8).toInt() != 0;
    return c;
}

graph::Relation readRelation(const QSqlQuery& q)
{
    graph::Relation r;
    r.id = q.value(0).toLongLong();
    r.source = q.value(1).toLongLong();
    r.target = q.value(2).toLongLong();
    r.type = q.value(3).toString();
    r.weight = q.value(4).toDouble();
    return r;
}

Status explain(const Status& st, const QString& what)
{
    if (st)
        return st;
    switch (st.code()) {
    case ErrorCode::Conflict:
        return Status::failure(what + QStringLiteral(" already exists"), ErrorCode::Conflict);
    case ErrorCode::NotFound:
        return Status::failure(QStringLiteral("a relation needs both of its concepts"), ErrorCode::NotFound);
    case ErrorCode::Invalid:
        return Status::failure(QStringLiteral("%1 breaks a rule of the graph (empty name, weight out of range or a "
                                              "concept related to itself)")
                                   .arg(what),
                               ErrorCode::Invalid);
    default:
        break;
    }
    return st;
}

} // namespace

Result<graph::Graph> GraphTable::load(QSqlDatabase& db)
{
    graph::Graph g;
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kConceptSelect + QStringLiteral(" ORDER BY id")); !st)
        return Result<graph::Graph>(st);
    while (q.next())
        g.concepts.append(readConcept(q));
    q.finish();
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT id, source, target, type, weight FROM graph_relations ORDER BY id"));
        !st)
        return Result<graph::Graph>(st);
    while (q.next())
        g.relations.append(readRelation(q));
    q.finish();
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT kind, key, label FROM graph_types ORDER BY kind, key")); !st)
        return Result<graph::Graph>(st);
    while (q.next()) {
        graph::GraphType t;
        t.kind = q.value(0).toString() == QLatin1String("relation") ? graph::TypeKind::Relation : graph::TypeKind::Concept;
        t.key = q.value(1).toString();
        t.label = q.value(2).toString();
        g.types.append(t);
    }
    return g;
}

Result<std::optional<graph::Concept>> GraphTable::concept(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kConceptSelect + QStringLiteral(" WHERE id = ?"), {id}); !st)
        return Result<std::optional<graph::Concept>>(st);
    if (!q.next())
        return std::optional<graph::Concept>();
    return std::optional<graph::Concept>(readConcept(q));
}

Result<QList<graph::Relation>> GraphTable::relationsOf(QSqlDatabase& db, qint64 conceptId)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT id, source, target, type, weight FROM graph_relations"
                                               " WHERE source = ? OR target = ? ORDER BY id"),
                                {conceptId, conceptId});
        !st)
        return Result<QList<graph::Relation>>(st);
    QList<graph::Relation> out;
    while (q.next())
        out.append(readRelation(q));
    return out;
}

Result<qint64> GraphTable::insertConcept(QSqlDatabase& db, const graph::Concept& c)
{
    QSqlQuery q(db);
    const QVariant x = c.hasPosition ? QVariant(c.x) : QVariant();
    const QVariant y = c.hasPosition ? QVariant(c.y) : QVariant();
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO graph_concepts(id, name, type, aliases, description, weight, x, y,"
                                           " pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {c.id > 0 ? QVariant(c.id) : QVariant(), c.name, c.type, aliasesJson(c.aliases),
                             c.description, c.weight, x, y, c.pinned ? 1 : 0});
    if (!st)
        return Result<qint64>(explain(st, QStringLiteral("a concept named %1 of type %2").arg(c.name, c.type)));
    return q.lastInsertId().toLongLong();
}

Status GraphTable::updateConcept(QSqlDatabase& db, const graph::Concept& c)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("UPDATE graph_concepts SET name = ?, type = ?, aliases = ?, description = ?,"
                                           " weight = ? WHERE id = ?"),
                            {c.name, c.type, aliasesJson(c.aliases), c.description, c.weight, c.id});
    if (!st)
        return explain(st, QStringLiteral("a concept named %1 of type %2").arg(c.name, c.type));
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no concept number %1").arg(c.id));
    return Status::success();
}

Status GraphTable::deleteConcept(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("DELETE FROM graph_relations WHERE source = ? OR target = ?"), {id, id});
        !st)
        return st;
    q.finish();
    if (auto st = SqlUtil::exec(q, QStringLiteral("DELETE FROM graph_concepts WHERE id = ?"), {id}); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no concept number %1").arg(id));
    return Status::success();
}

Result<qint64> GraphTable::insertRelation(QSqlDatabase& db, const graph::Relation& r)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q,
                            QStringLiteral("INSERT INTO graph_relations(id, source, target, type, weight)"
                                           " VALUES (?, ?, ?, ?, ?)"),
                            {r.id > 0 ? QVariant(r.id) : QVariant(), r.source, r.target, r.type, r.weight});
    if (!st)
        return Result<qint64>(explain(st, QStringLiteral("a %1 relation between these concepts").arg(r.type)));
    return q.lastInsertId().toLongLong();
}

Status GraphTable::updateRelation(QSqlDatabase& db, const graph::Relation& r)
{
    QSqlQuery q(db);
    auto st = SqlUtil::exec(q, QStringLiteral("UPDATE graph_relations SET type = ?, weight = ? WHERE id = ?"),
                            {r.type, r.weight, r.id});
    if (!st)
        return explain(st, QStringLiteral("a %1 relation between these concepts").arg(r.type));
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no relation number %1").arg(r.id));
    return Status::success();
}

Status GraphTable::deleteRelation(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("DELETE FROM graph_relations WHERE id = ?"), {id}); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no relation number %1").arg(id));
    return Status::success();
}

Status GraphTable::insertType(QSqlDatabase& db, const graph::GraphType& t)
{
    return SqlUtil::exec(db, QStringLiteral("INSERT OR IGNORE INTO graph_types(kind, key, label) VALUES (?, ?, ?)"),
                         {t.kind == graph::TypeKind::Relation ? QStringLiteral("relation") : QStringLiteral("concept"),
                          t.key, t.label});
}

Status GraphTable::savePositions(QSqlDatabase& db, const QList<ConceptPosition>& positions)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE graph_concepts SET x = ?, y = ?, pinned = ? WHERE id = ?")))
        return Status::failure(QStringLiteral("cannot save the layout"));
    for (const ConceptPosition& p : positions) {
        q.bindValue(0, p.x);
        q.bindValue(1, p.y);
        q.bindValue(2, p.pinned ? 1 : 0);
        q.bindValue(3, p.id);
        if (!q.exec())
            return Status::failure(QStringLiteral("cannot save the layout"));
    }
    return Status::success();
}

} // namespace lx::store
