#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::graph {

// A concept of the domain knowledge graph: a product feature, a technical principle, an
// application scenario, a product, a brand, or a type the workspace defines.
struct Concept
{
    qint64 id = 0;
    QString name;
    QString type;          // a type key, e.g. "product_feature"
    QStringList aliases;   // other words that mention it in text
    QString description;
    double weight = 1.0;   // business importance, >= 0
    // Layout, saved with the workspace so that the picture is stable between sessions.
    bool hasPosition = false;
    double x = 0;
    double y = 0;
    bool pinned = false;
};

// A directed, weighted relation between two concepts.
struct Relation
{
    qint64 id = 0;
    qint64 source = 0;
    qint64 target = 0;
    QString type;          // "contains", "belongs_to", "affects", "substitutes" or user-defined
    double weight = 1.0;   // 0..1
};

enum class TypeKind { Concept, Relation };

struct GraphType
{
    TypeKind kind = TypeKind::Concept;
    QString key;    // normalised: lower case, words joined by '_'
    QString label;  // what the panel shows; built-in types are translated in the UI
    bool builtin = false;
};

// The whole graph as the workspace holds it.
struct Graph
{
    QList<Concept> concepts;
    QList<Relation> relations;
    QList<GraphType> types; // built-in and user-defined, concept and relation

    int indexOf(qint64 conceptId) const;
    const Concept* concept(qint64 conceptId) const;
    const Relation* relation(qint64 relationId) const;
    QStringList typeKeys(TypeKind kind) const;
};

// A bad line or element of an imported file.
struct GraphIssue
{
    int line = 0;      // 1-based line in the file (0 when the file as a whole is bad)
    QString where;     // "concepts.csv", "relations[12]", "node n7", ...
    QString reason;
};

// A concept or relation as read from a file, before it meets the workspace.
struct ConceptRecord
{
    QString ref;       // the file's own id for it (relations refer to it); may be empty
    QString name;
    QString type;      // as written; matched against the workspace's types on import
    QStringList aliases;
    QString description;
    double weight = 1.0;
    int line = 0;
    QString where;
};

struct RelationRecord
{
    QString source;    // a concept ref of the same file, or a concept name
    QString target;
    QString type;
    double weight = 1.0;
    int line = 0;
    QString where;
};

// What a reader made of a file: the records it could read, the types the file declares, and
// the lines or elements it could not read.
struct GraphDocument
{
    QList<ConceptRecord> concepts;
    QList<RelationRecord> relations;
    QList<GraphType> types;
    QList<GraphIssue> issues;
    // Records that were read but unusable (bad weight, no name): counted as rejected.
    int unreadable = 0;
};

} // namespace lx::graph
