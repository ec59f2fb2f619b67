#include "graph/GraphValidation.h"

#include "common/Excerpt.h"

#include <cmath>

namespace lx::graph {

QString GraphValidation::parseWeight(const QString& text, TypeKind kind, double fallback, double& out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        out = fallback;
        return {};
    }
    bool ok = false;
    const double w = t.toDouble(&ok);
    if (!ok)
        return tr("bad weight '%1': not a number").arg(excerpt(t));
    if (QString reason = checkWeight(w, kind); !reason.isEmpty())
        return reason;
    out = w;
    return {};
}

QString GraphValidation::checkWeight(double weight, TypeKind kind)
{
    if (!std::isfinite(weight))
        return tr("bad weight: not a finite number");
    if (kind == TypeKind::Relation && (weight < 0.0 || weight > 1.0))
        return tr("bad weight %1: a relation's weight lies between 0 and 1").arg(weight);
    if (kind == TypeKind::Concept && weight < 0.0)
        return tr("bad weight %1: a concept's weight cannot be negative").arg(weight);
    return {};
}

QString GraphValidation::missingField(const ConceptRecord& c)
{
    if (c.name.isEmpty())
        return tr("the concept has no name");
    if (c.type.isEmpty())
        return tr("the concept '%1' has no type").arg(excerpt(c.name));
    return {};
}

QString GraphValidation::missingField(const RelationRecord& r)
{
    if (r.source.isEmpty() || r.target.isEmpty())
        return tr("missing endpoint: the relation needs a source and a target");
    if (r.type.isEmpty())
        return tr("the relation has no type");
    return {};
}

QStringList GraphValidation::splitAliases(const QString& text)
{
    return text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QStringList GraphValidation::cleanAliases(const QStringList& aliases, const QString& name)
{
    QStringList out;
    for (const QString& a : aliases) {
        const QString t = a.trimmed();
        if (t.isEmpty() || t.compare(name, Qt::CaseInsensitive) == 0 || out.contains(t, Qt::CaseInsensitive))
            continue;
        out.append(t);
    }
    return out;
}

} // namespace lx::graph
