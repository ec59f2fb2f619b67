#include "graph/GraphImporter.h"

#include "common/Excerpt.h"
#include "graph/GraphTypes.h"
#include "graph/GraphValidation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lx::graph {

namespace {

QString conceptKey(const QString& type, const QString& name)
{
    return type + QChar(0x1f) + name.trimmed().toCaseFolded();
}

QString relationKey(qint64 source, qint64 target, const QString& type)
{
    return QString::number(source) + QLatin1Char(':') + QString::number(target) + QLatin1Char(':') + type;
}

// Longer than any concept's name (a product, a brand, an ingredient, a symptom).
constexpr int kMaxConceptNameChars = 200;

QString position(int line)
{
    return line > 0 ? GraphImporter::tr("line %1").arg(line) : GraphImporter::tr("an earlier record");
}

} // namespace

ImportPlan GraphImporter::plan(const Graph& existing, const GraphDocument& doc, const ImportOptions& options)
{
    ImportPlan p;
    p.issues = doc.issues;
    p.rejected = doc.unreadable;
    p.conceptsRead = int(doc.concepts.size());
    p.relationsRead = int(doc.relations.size());

    QStringList conceptTypes = existing.typeKeys(TypeKind::Concept);
    QStringList relationTypes = existing.typeKeys(TypeKind::Relation);
    auto declare = [&](const GraphType& t) {
        QStringList& known = t.kind == TypeKind::Concept ? conceptTypes : relationTypes;
        const QString key = GraphTypes::normalizeKey(t.key);
        if (!GraphTypes::isValidKey(key) || !GraphTypes::resolve(key, known).isEmpty())
            return key;
        known.append(key);
        p.addTypes.append(GraphType{t.kind, key, t.label.isEmpty() ? key : t.label, false});
        return key;
    };
    for (const GraphType& t : doc.types)
        declare(t);
    auto resolveType = [&](TypeKind kind, const QString& name, QString& reason) -> QString {
        const QStringList& known = kind == TypeKind::Concept ? conceptTypes : relationTypes;
        QString key = GraphTypes::resolve(name, known);
        if (!key.isEmpty())
            return key;
        if (options.newTypes && GraphTypes::isValidKey(GraphTypes::normalizeKey(name)))
            return declare(GraphType{kind, GraphTypes::normalizeKey(name), name.trimmed(), false});
        reason = (kind == TypeKind::Concept ? tr("unknown concept type '%1' (known: %2)")
                                            : tr("unknown relation type '%1' (known: %2)"))
                     .arg(excerpt(name), excerpt(known.join(QStringLiteral(", ")), 200));
        return {};
    };

    QHash<QString, const Concept*> existingByKey;
    QHash<QString, QList<qint64>> existingByName;
    for (const Concept& c : existing.concepts) {
        existingByKey.insert(conceptKey(c.type, c.name), &c);
        existingByName[c.name.toCaseFolded()].append(c.id);
        for (const QString& a : c.aliases)
            existingByName[a.toCaseFolded()].append(c.id);
    }

    // The file's concepts: ref -> concept (existing id, or -(index + 1) into addConcepts).
    QHash<QString, qint64> byRef;
    QHash<QString, QList<qint64>> byName;
    QHash<QString, int> seenAtLine;
    for (const ConceptRecord& r : doc.concepts) {
        QString reason;
        // A name is what people search and read: a NUL or an escape in it would make two
        // concepts look the same; nothing that long is a name.
        if (hasControlCharacters(r.name) || std::any_of(r.aliases.cbegin(), r.aliases.cend(), [](const QString& a) {
                return hasControlCharacters(a);
            })) {
            p.issues.append({r.line, r.where, tr("the name or an alias holds a control character (a NUL, a line break …)")});
            ++p.rejected;
            continue;
        }
        if (r.name.trimmed().size() > kMaxConceptNameChars) {
            p.issues.append({r.line, r.where, tr("the name is longer than %1 characters").arg(kMaxConceptNameChars)});
            ++p.rejected;
            continue;
        }
        const QString type = resolveType(TypeKind::Concept, r.type, reason);
        if (type.isEmpty()) {
            p.issues.append({r.line, r.where, reason});
            ++p.rejected;
            continue;
        }
        const QString key = conceptKey(type, r.name);
        if (seenAtLine.contains(key)) {
            p.issues.append({r.line, r.where,
                             tr("duplicate: the concept '%1' (%2) is already on %3")
                                 .arg(excerpt(r.name), type, position(seenAtLine.value(key)))});
            ++p.rejected;
            continue;
        }
        if (!r.ref.isEmpty() && byRef.contains(r.ref)) {
            p.issues.append({r.line, r.where, tr("duplicate: the id '%1' is used by an earlier concept").arg(excerpt(r.ref))});
            ++p.rejected;
            continue;
        }
        seenAtLine.insert(key, r.line);
        Concept c;
        c.name = r.name.trimmed();
        c.type = type;
        c.aliases = GraphValidation::cleanAliases(r.aliases, c.name);
        c.description = r.description.trimmed();
        c.weight = r.weight;
        qint64 handle = 0;
        if (const Concept* old = existingByKey.value(key)) {
            handle = old->id;
            if (old->name == c.name && old->aliases == c.aliases && old->description == c.description
                && old->weight == c.weight) {
                ++p.conceptsUnchanged;
            } else {
                Concept updated = *old;
                updated.name = c.name;
                updated.aliases = c.aliases;
                updated.description = c.description;
                updated.weight = c.weight;
                p.updateConcepts.append(updated);
            }
        } else {
            p.addConcepts.append(c);
            p.addConceptRefs.append(r.ref);
            handle = -qint64(p.addConcepts.size());
        }
        if (!r.ref.isEmpty())
            byRef.insert(r.ref, handle);
        byName[c.name.toCaseFolded()].append(handle);
    }

    auto endpoint = [&](const QString& text, QString& reason) -> std::optional<qint64> {
        if (byRef.contains(text))
            return byRef.value(text);
        const QString folded = text.toCaseFolded();
        const QList<qint64> inFile = byName.value(folded);
        if (inFile.size() == 1)
            return inFile.first();
        if (inFile.size() > 1) {
            reason = tr("ambiguous endpoint: '%1' names %2 concepts of the file; use their ids")
                         .arg(excerpt(text))
                         .arg(inFile.size());
            return std::nullopt;
        }
        QList<qint64> inWorkspace = existingByName.value(folded);
        std::sort(inWorkspace.begin(), inWorkspace.end());
        inWorkspace.erase(std::unique(inWorkspace.begin(), inWorkspace.end()), inWorkspace.end());
        if (inWorkspace.size() == 1)
            return inWorkspace.first();
        if (inWorkspace.size() > 1) {
            reason = tr("ambiguous endpoint: '%1' names %2 concepts of the workspace").arg(excerpt(text)).arg(inWorkspace.size());
            return std::nullopt;
        }
        reason = tr("missing endpoint: no concept '%1'").arg(excerpt(text));
        return std::nullopt;
    };

    QHash<QString, const Relation*> existingRelations;
    for (const Relation& r : existing.relations)
        existingRelations.insert(relationKey(r.source, r.target, r.type), &r);
    QHash<QString, int> relationSeen;
    for (const RelationRecord& r : doc.relations) {
        QString reason;
        const auto source = endpoint(r.source, reason);
        const auto target = source ? endpoint(r.target, reason) : std::nullopt;
        QString type;
        if (source && target)
            type = resolveType(TypeKind::Relation, r.type, reason);
        if (!source || !target || type.isEmpty()) {
            p.issues.append({r.line, r.where, reason});
            ++p.rejected;
            continue;
        }
        if (*source == *target) {
            p.issues.append({r.line, r.where, tr("a concept cannot be related to itself ('%1')").arg(excerpt(r.source))});
            ++p.rejected;
            continue;
        }
        const QString key = relationKey(*source, *target, type);
        if (relationSeen.contains(key)) {
            p.issues.append({r.line, r.where,
                             tr("duplicate: a %1 relation from '%2' to '%3' is already on %4")
                                 .arg(type, excerpt(r.source), excerpt(r.target), position(relationSeen.value(key)))});
            ++p.rejected;
            continue;
        }
        relationSeen.insert(key, r.line);
        ImportPlan::PlannedRelation planned{*source, *target, type, r.weight, 0};
        if (const Relation* old = existingRelations.value(key)) {
            if (old->weight == r.weight) {
                ++p.relationsUnchanged;
                continue;
            }
            planned.existingId = old->id;
            p.updateRelations.append(planned);
        } else {
            p.addRelations.append(planned);
        }
    }
    return p;
}

} // namespace lx::graph
