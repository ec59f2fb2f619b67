#pragma once

#include "graph/ConceptLinker.h"
#include "graph/GraphData.h"

#include <QList>

namespace lx::graph {

struct Suggestion
{
    qint64 conceptId = 0;
    QString name;
    QString type;
    qint64 via = 0;        // the mentioned concept it is related to
    QString relationType;
    double score = 0;      // relation weight × the suggested concept's weight
};

// What a writer could add: the concepts one relation away from those a text mentions, the
// weightiest first, leaving out what the text already mentions (and brands, which are chosen
// deliberately, not suggested).
class RelatedConcepts final
{
public:
    RelatedConcepts() = delete;
    static QList<Suggestion> suggest(const Graph& graph, const QList<ConceptMention>& mentions, int limit = 8);
};

} // namespace lx::graph
