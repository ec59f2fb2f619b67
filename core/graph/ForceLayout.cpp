#include "graph/ForceLayout.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace lx::graph {

namespace {

// Quadtree over the node positions, in flat arrays; each cell holds its mass (node count) and
// centre of mass. Leaves hold one node, or several when they share a position.
class QuadTree
{
public:
    void build(const std::vector<LayoutNode>& nodes)
    {
        m_cells.clear();
        m_next.assign(nodes.size(), -1);
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const LayoutNode& n : nodes) {
            minX = std::min(minX, n.x);
            minY = std::min(minY, n.y);
            maxX = std::max(maxX, n.x);
            maxY = std::max(maxY, n.y);
        }
        const double size = std::max({maxX - minX, maxY - minY, 1.0}) * 1.0001;
        m_cells.push_back(Cell{minX, minY, size});
        for (int i = 0; i < int(nodes.size()); ++i)
            insert(0, i, nodes, 0);
    }

    // Adds to (fx, fy) the repulsion that the tree exerts on node i.
    void repulse(int i, const std::vector<LayoutNode>& nodes, double k2, double theta2, double& fx, double& fy) const
    {
        const double x = nodes[size_t(i)].x;
        const double y = nodes[size_t(i)].y;
        int stack[512];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell& c = m_cells[size_t(stack[--top])];
            if (c.mass == 0)
                continue;
            double dx = x - c.cx;
            double dy = y - c.cy;
            double d2 = dx * dx + dy * dy;
            if (c.child < 0) {
                // A leaf: its nodes one by one (skipping i itself).
                for (int j = c.first; j >= 0; j = m_next[size_t(j)]) {
                    if (j == i)
                        continue;
                    double ex = x - nodes[size_t(j)].x;
                    double ey = y - nodes[size_t(j)].y;
                    double e2 = ex * ex + ey * ey;
                    if (e2 < 1e-6) {
                        // Same place: push apart in a direction that depends on the pair.
                        ex = 0.01 * ((i * 7 + j * 13) % 17 - 8);
                        ey = 0.01 * ((i * 11 + j * 5) % 19 - 9);
                        e2 = ex * ex + ey * ey + 1e-6;
                    }
                    const double f = k2 / e2;
                    fx += ex * f;
                    fy += ey * f;
                }
                continue;
            }
            if (c.size * c.size < theta2 * d2) {
                const double f = k2 * c.mass / std::max(d2, 1e-6);
                fx += dx * f;
                fy += dy * f;
                continue;
            }
            for (int q = 0; q < 4; ++q) {
                if (top < 511)
                    stack[top++] = c.child + q;
            }
        }
    }

private:
    struct Cell
    {
        double x0, y0, size;
        double cx = 0, cy = 0;
        int mass = 0;
        int child = -1;  // index of the first of four children, -1 for a leaf
        int first = -1;  // leaf: first node of its list
    };

    void insert(int cell, int node, const std::vector<LayoutNode>& nodes, int depth)
    {
        const double x = nodes[size_t(node)].x;
        const double y = nodes[size_t(node)].y;
        for (;;) {
            Cell& c = m_cells[size_t(cell)];
            c.cx = (c.cx * c.mass + x) / (c.mass + 1);
            c.cy = (c.cy * c.mass + y) / (c.mass + 1);
            ++c.mass;
            if (c.child < 0) {
                if (c.first < 0 || depth > 40) {
                    m_next[size_t(node)] = c.first;
                    c.first = node;
                    return;
                }
                // Split: move the leaf's nodes into new children.
                const int other = c.first;
                c.first = -1;
                const int child = int(m_cells.size());
                const double half = c.size / 2;
                const double x0 = c.x0, y0 = c.y0;
                m_cells[size_t(cell)].child = child;
                m_cells.push_back(Cell{x0, y0, half});
                m_cells.push_back(Cell{x0 + half, y0, half});
                m_cells.push_back(Cell{x0, y0 + half, half});
                m_cells.push_back(Cell{x0 + half, y0 + half, half});
                for (int j = other; j >= 0;) {
                    const int following = m_next[size_t(j)];
                    m_next[size_t(j)] = -1;
                    insert(quadrant(cell, nodes[size_t(j)]), j, nodes, depth + 1);
                    j = following;
                }
            }
            cell = quadrant(cell, nodes[size_t(node)]);
            ++depth;
        }
    }

    int quadrant(int cell, const LayoutNode& n) const
    {
        const Cell& c = m_cells[size_t(cell)];
        const double half = c.size / 2;
        const int qx = n.x >= c.x0 + half ? 1 : 0;
        const int qy = n.y >= c.y0 + half ? 1 : 0;
        return c.child + qx + 2 * qy;
    }

    std::vector<Cell> m_cells;
    std::vector<int> m_next;
};

} // namespace

bool ForceLayout::run(std::vector<LayoutNode>& nodes, const std::vector<LayoutEdge>& edges, const LayoutOptions& options,
                      const std::function<bool(int, int)>& progress)
{
    const int n = int(nodes.size());
    if (n == 0)
        return true;
    const double k = options.idealLength;
    const double k2 = k * k;
    const double radius = k * std::sqrt(double(n)) * 0.6;

    // Unplaced nodes start on a disc, at random but from a fixed seed; placed ones stay.
    std::mt19937 rng(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (LayoutNode& node : nodes) {
        const double r = radius * std::sqrt(unit(rng));
        const double a = 2 * M_PI * unit(rng);
        if (!node.placed) {
            node.x = r * std::cos(a);
            node.y = r * std::sin(a);
        }
    }

    std::vector<double> fx(static_cast<size_t>(n)), fy(static_cast<size_t>(n));
    QuadTree tree;
    double temperature = radius / 4;
    const double cooling = std::pow(0.01, 1.0 / std::max(1, options.iterations));
    const double theta2 = options.theta * options.theta;
    const double gravity = options.gravity * std::sqrt(double(n));
    for (int step = 0; step < options.iterations; ++step) {
        std::fill(fx.begin(), fx.end(), 0.0);
        std::fill(fy.begin(), fy.end(), 0.0);
        if (options.exact) {
            for (int i = 0; i < n; ++i) {
                for (int j = i + 1; j < n; ++j) {
                    double dx = nodes[size_t(i)].x - nodes[size_t(j)].x;
                    double dy = nodes[size_t(i)].y - nodes[size_t(j)].y;
                    const double d2 = std::max(dx * dx + dy * dy, 1e-6);
                    const double f = k2 / d2;
                    fx[size_t(i)] += dx * f;
                    fy[size_t(i)] += dy * f;
                    fx[size_t(j)] -= dx * f;
                    fy[size_t(j)] -= dy * f;
                }
            }
        } else {
            tree.build(nodes);
            for (int i = 0; i < n; ++i)
                tree.repulse(i, nodes, k2, theta2, fx[size_t(i)], fy[size_t(i)]);
        }
        for (const LayoutEdge& e : edges) {
            if (e.source == e.target || e.source < 0 || e.target < 0 || e.source >= n || e.target >= n)
                continue;
            const double dx = nodes[size_t(e.source)].x - nodes[size_t(e.target)].x;
            const double dy = nodes[size_t(e.source)].y - nodes[size_t(e.target)].y;
            const double d = std::sqrt(dx * dx + dy * dy);
            // Attraction d²/k along the edge, stronger for weightier relations.
            const double f = d / k * (0.5 + e.weight);
            fx[size_t(e.source)] -= dx * f;
            fy[size_t(e.source)] -= dy * f;
            fx[size_t(e.target)] += dx * f;
            fy[size_t(e.target)] += dy * f;
        }
        for (int i = 0; i < n; ++i) {
            LayoutNode& node = nodes[size_t(i)];
            if (node.pinned)
                continue;
            double dx = fx[size_t(i)] - gravity * node.x;
            double dy = fy[size_t(i)] - gravity * node.y;
            const double len = std::sqrt(dx * dx + dy * dy);
            if (len > 0) {
                const double move = std::min(len, temperature);
                node.x += dx / len * move;
                node.y += dy / len * move;
            }
        }
        temperature = std::max(temperature * cooling, k * 0.01);
        if (progress && (step % 10 == 9 || step + 1 == options.iterations) && !progress(step + 1, options.iterations))
            return false;
    }
    for (LayoutNode& node : nodes)
        node.placed = true;
    return true;
}

} // namespace lx::graph
