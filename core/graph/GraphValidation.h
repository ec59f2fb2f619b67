#pragma once

#include "graph/GraphData.h"

#include <QCoreApplication>
#include <QString>

namespace lx::graph {

// The rules every concept and relation obeys, whichever way it arrives (panel, import, CLI).
class GraphValidation final
{
    Q_DECLARE_TR_FUNCTIONS(GraphValidation)

public:
    GraphValidation() = delete;

    // Reads a weight written as text; empty text gives `fallback`. The reason is empty when good.
    static QString parseWeight(const QString& text, TypeKind kind, double fallback, double& out);
    // Empty when good: concept weight >= 0, relation weight 0..1, finite.
    static QString checkWeight(double weight, TypeKind kind);
    // Empty when the record has what every format needs: a concept's name and type, a relation's
    // two ends and type.
    static QString missingField(const ConceptRecord& c);
    static QString missingField(const RelationRecord& r);
    static QStringList splitAliases(const QString& text);
    static QStringList cleanAliases(const QStringList& aliases, const QString& name);
};

} // namespace lx::graph
