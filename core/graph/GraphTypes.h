#pragma once

#include "graph/GraphData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lx::graph {

// The built-in concept and relation types and how type names written by people and other tools
// are matched: case-insensitive, spaces, hyphens and underscores alike ("Product feature" =
// "product_feature"), and the built-in types' Chinese names ("产品功能").
class GraphTypes final
{
    Q_DECLARE_TR_FUNCTIONS(GraphTypes)

public:
    GraphTypes() = delete;

    static QList<GraphType> builtins();
    static QString normalizeKey(const QString& name);
    // The key of a type name among `known` (keys), or an empty string.
    static QString resolve(const QString& name, const QStringList& known);
    // Translated name of a built-in type, the key itself for others.
    static QString title(const QString& key);
    static bool isValidKey(const QString& key);
};

} // namespace lx::graph
