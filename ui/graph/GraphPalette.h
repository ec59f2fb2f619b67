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
    static QColor conceptColor(const QString& typeKey);
    static QColor relationColor(const QString& typeKey);
};

} // namespace lx::ui
