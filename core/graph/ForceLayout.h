#pragma once

#include <QList>

#include <functional>
#include <vector>

namespace lx::graph {

struct LayoutNode
{
    double x = 0;
    double y = 0;
    bool placed = false; // has a position to start from (saved, or dragged by the user)
    bool pinned = false; // stays where it is
};

struct LayoutEdge
{
    int source = 0; // node indices
    int target = 0;
    double weight = 1;
};

struct LayoutOptions
{
    int iterations = 300;
    double idealLength = 80;   // scene units between related concepts
    double theta = 0.9;        // Barnes-Hut opening angle: larger is faster and coarser
    double gravity = 0.02;     // pulls separate components towards the centre
    unsigned seed = 7;         // initial placement of unplaced nodes; same seed, same picture
    bool exact = false;        // all pairs instead of Barnes-Hut (the benchmark's peer)
};

// Force-directed layout (Fruchterman-Reingold forces, cooling schedule) with Barnes-Hut
// approximation of the repulsion on a quadtree: O(n log n) a step, so that 5,000 concepts lay
// out in seconds. Pure computation, safe on a worker thread; pinned nodes do not move.
class ForceLayout final
{
public:
    ForceLayout() = delete;

    // progress(done, total) returns false to cancel; the nodes then keep the last step's positions.
    // Returns false when cancelled.
    static bool run(std::vector<LayoutNode>& nodes, const std::vector<LayoutEdge>& edges, const LayoutOptions& options,
                    const std::function<bool(int, int)>& progress = {});
};

} // namespace lx::graph
