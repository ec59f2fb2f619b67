#pragma once

#include <QColor>
#include <QString>

namespace lx::ui {

// Colours of the knowledge graph: one per concept type (the built-ins fixed, others from a
// palette by a stable hash of the key) and a quieter one per relation type.
class GraphPalette final
{
public:
    GraphPalette() = delete;
    // userIndex: the type's place among the workspace's own types (distinct colours for the
    // first eight); -1 falls back to a stable hash of the key.
    static QColor conceptColor(const QString& typeKey, int userIndex = -1);
    static QColor relationColor(const QString& typeKey, int userIndex = -1);
};

} // namespace lx::ui
