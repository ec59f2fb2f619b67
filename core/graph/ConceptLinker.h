#pragma once

#include "common/Result.h"
#include "graph/GraphData.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace lx::text {
class LexiconMatcher;
}

namespace lx::graph {

struct ConceptMention
{
    qint64 conceptId = 0;
    QString name;
    QString type;
    qint32 start = 0;    // code points in the original text
    qint32 end = 0;      // exclusive
    QString matchedText; // the original text between start and end
};

// Finds the concepts a text mentions, by name or alias, through the text engine: the same
// normalisation as the compliance filter (width, case, traditional → simplified, filler
// between characters), with positions in the original text. Where mentions overlap the longer
// one wins ("水光修护精华" over "水光" and "精华"); one span naming several concepts reports each.
class ConceptLinker final
{
public:
    ConceptLinker();
    ~ConceptLinker();
    ConceptLinker(const ConceptLinker&) = delete;
    ConceptLinker& operator=(const ConceptLinker&) = delete;

    Status build(const Graph& graph);
    QList<ConceptMention> link(const QString& text) const;

private:
    std::unique_ptr<text::LexiconMatcher> m_matcher;
    QHash<qint64, Concept> m_concepts;
};

} // namespace lx::graph
