#include "graph/ConceptLinker.h"

#include "text/LexiconMatcher.h"

#include <algorithm>

namespace lx::graph {

ConceptLinker::ConceptLinker() : m_matcher(std::make_unique<text::LexiconMatcher>())
{
}

ConceptLinker::~ConceptLinker() = default;

Status ConceptLinker::build(const Graph& graph)
{
    QList<text::LexiconFile> lists;
    m_concepts.clear();
    for (const Concept& c : graph.concepts) {
        text::LexiconFile list;
        list.category = QString::number(c.id);
        list.words = QStringList{c.name} + c.aliases;
        lists.append(list);
        m_concepts.insert(c.id, c);
    }
    // Single characters are too ambiguous to link on their own (the matcher's minimum of 2).
    auto stats = m_matcher->load(lists);
    return stats.status();
}

QList<ConceptMention> ConceptLinker::link(const QString& text) const
{
    if (!m_matcher->isLoaded())
        return {};
    QList<text::LexiconHit> hits = m_matcher->match(text);
    // Longest first at each start, so that a contained hit loses to the one around it.
    std::sort(hits.begin(), hits.end(), [](const text::LexiconHit& a, const text::LexiconHit& b) {
        if (a.start != b.start)
            return a.start < b.start;
        return (a.end - a.start) > (b.end - b.start);
    });
    QList<ConceptMention> out;
    qint32 coveredUntil = -1;
    qint32 lastStart = -1;
    qint32 lastEnd = -1;
    for (const text::LexiconHit& h : std::as_const(hits)) {
        const bool sameSpan = h.start == lastStart && h.end == lastEnd;
        if (!sameSpan && h.start < coveredUntil)
            continue;
        const qint64 id = h.category.toLongLong();
        const auto it = m_concepts.constFind(id);
        if (it == m_concepts.constEnd())
            continue;
        bool already = false;
        for (const ConceptMention& m : std::as_const(out))
            already = already || (m.conceptId == id && m.start == h.start);
        if (already)
            continue;
        out.append(ConceptMention{id, it->name, it->type, h.start, h.end, h.matchedText});
        coveredUntil = std::max(coveredUntil, h.end);
        lastStart = h.start;
        lastEnd = h.end;
    }
    return out;
}

} // namespace lx::graph
