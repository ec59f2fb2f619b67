#include "graph/RelatedConcepts.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lx::graph {

QList<Suggestion> RelatedConcepts::suggest(const Graph& graph, const QList<ConceptMention>& mentions, int limit)
{
    QSet<qint64> mentioned;
    for (const ConceptMention& m : mentions)
        mentioned.insert(m.conceptId);
    QHash<qint64, const Concept*> byId;
    for (const Concept& c : graph.concepts)
        byId.insert(c.id, &c);
    QHash<qint64, Suggestion> best;
    for (const Relation& r : graph.relations) {
        const bool fromMentioned = mentioned.contains(r.source);
        const bool toMentioned = mentioned.contains(r.target);
        if (fromMentioned == toMentioned)
            continue; // neither end mentioned, or both
        const qint64 other = fromMentioned ? r.target : r.source;
        const Concept* c = byId.value(other);
        if (!c || c->type == QLatin1String("brand"))
            continue;
        const double score = r.weight * c->weight;
        auto it = best.find(other);
        if (it == best.end() || it->score < score)
            best.insert(other, Suggestion{other, c->name, c->type, fromMentioned ? r.source : r.target, r.type, score});
    }
    QList<Suggestion> out = best.values();
    std::sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.score != b.score ? a.score > b.score : a.conceptId < b.conceptId;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace lx::graph
