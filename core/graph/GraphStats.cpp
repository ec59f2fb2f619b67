#include "graph/GraphStats.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace lx::graph {

namespace {

int findRoot(std::vector<int>& parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

} // namespace

GraphStats GraphStats::compute(const Graph& graph)
{
    GraphStats s;
    s.concepts = int(graph.concepts.size());
    s.relations = int(graph.relations.size());
    QHash<qint64, int> index;
    for (int i = 0; i < graph.concepts.size(); ++i) {
        index.insert(graph.concepts.at(i).id, i);
        s.conceptsByType[graph.concepts.at(i).type] += 1;
    }
    std::vector<int> degree(size_t(s.concepts), 0);
    std::vector<int> parent(size_t(s.concepts));
    std::iota(parent.begin(), parent.end(), 0);
    for (const Relation& r : graph.relations) {
        s.relationsByType[r.type] += 1;
        const int a = index.value(r.source, -1);
        const int b = index.value(r.target, -1);
        if (a < 0 || b < 0)
            continue;
        ++degree[size_t(a)];
        ++degree[size_t(b)];
        const int ra = findRoot(parent, a);
        const int rb = findRoot(parent, b);
        if (ra != rb)
            parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
    }
    QHash<int, int> sizes;
    qint64 degreeSum = 0;
    for (int i = 0; i < s.concepts; ++i) {
        const int d = degree[size_t(i)];
        s.degreeDistribution[d] += 1;
        degreeSum += d;
        s.maxDegree = std::max(s.maxDegree, d);
        sizes[findRoot(parent, i)] += 1;
        if (d == 0)
            s.isolated.append(graph.concepts.at(i).id);
    }
    std::sort(s.isolated.begin(), s.isolated.end());
    s.meanDegree = s.concepts > 0 ? double(degreeSum) / s.concepts : 0.0;
    s.components = int(sizes.size());
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        s.componentSizes.append(it.value());
    std::sort(s.componentSizes.begin(), s.componentSizes.end(), std::greater<int>());
    return s;
}

} // namespace lx::graph
