#include "graph/GraphData.h"

namespace lx::graph {

int Graph::indexOf(qint64 conceptId) const
{
    for (int i = 0; i < concepts.size(); ++i) {
        if (concepts.at(i).id == conceptId)
            return i;
    }
    return -1;
}

const Concept* Graph::concept(qint64 conceptId) const
{
    const int i = indexOf(conceptId);
    return i < 0 ? nullptr : &concepts.at(i);
}

const Relation* Graph::relation(qint64 relationId) const
{
    for (const Relation& r : relations) {
        if (r.id == relationId)
            return &r;
    }
    return nullptr;
}

QStringList Graph::typeKeys(TypeKind kind) const
{
    QStringList out;
    for (const GraphType& t : types) {
        if (t.kind == kind)
            out.append(t.key);
    }
    return out;
}

} // namespace lx::graph
