#include "graph/ConceptLinker.h"

#include "text/LexiconMatcher.h"
#include "text/TextNormalizer.h"

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
    // Longest first (in normalised characters, then in the original), so that a mention inside
    // or across a longer one loses to it: "水光修护精华" wins over "水光" and "精华".
    std::stable_sort(hits.begin(), hits.end(), [](const text::LexiconHit& a, const text::LexiconHit& b) {
        const qsizetype la = text::TextNormalizer::normalizeWord(a.word).size();
        const qsizetype lb = text::TextNormalizer::normalizeWord(b.word).size();
        if (la != lb)
            return la > lb;
        if ((a.end - a.start) != (b.end - b.start))
            return (a.end - a.start) > (b.end - b.start);
        return a.start < b.start;
    });
    QList<ConceptMention> out;
    for (const text::LexiconHit& h : std::as_const(hits)) {
        const qint64 id = h.category.toLongLong();
        const auto it = m_concepts.constFind(id);
        if (it == m_concepts.constEnd())
            continue;
        bool blocked = false;
        for (const ConceptMention& m : std::as_const(out)) {
            const bool sameSpan = m.start == h.start && m.end == h.end;
            if ((sameSpan && m.conceptId == id) || (!sameSpan && h.start < m.end && m.start < h.end))
                blocked = true;
        }
        if (!blocked)
            out.append(ConceptMention{id, it->name, it->type, h.start, h.end, h.matchedText});
    }
    std::sort(out.begin(), out.end(), [](const ConceptMention& a, const ConceptMention& b) {
        return a.start != b.start ? a.start < b.start : a.conceptId < b.conceptId;
    });
    return out;
}

} // namespace lx::graph
