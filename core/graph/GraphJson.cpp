#include "graph/GraphJson.h"

#include "graph/GraphValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lx::graph {

namespace {

// Line on which each element of the top-level arrays "concepts" and "relations" starts.
// QJsonDocument keeps no positions, so a small scanner walks the same bytes.
QHash<QString, QList<int>> elementLines(const QByteArray& bytes)
{
    QHash<QString, QList<int>> out;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    QByteArray currentString;
    QByteArray lastKey;    // last string seen at depth 1 (object keys of the top level)
    QString array;         // the top-level array we are in, at depth 2
    bool expectElement = false;
    for (const char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = currentString;
            } else
                currentString.append(c);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (depth == 2 && !array.isEmpty() && expectElement && c != ']') {
            out[array].append(line);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            currentString.clear();
            break;
        case '{':
        case '[':
            ++depth;
            if (depth == 2 && c == '[' && (lastKey == "concepts" || lastKey == "relations")) {
                array = QString::fromLatin1(lastKey);
                expectElement = true;
            }
            break;
        case '}':
        case ']':
            if (depth == 2)
                array.clear();
            --depth;
            break;
        case ',':
            if (depth == 2 && !array.isEmpty())
                expectElement = true;
            break;
        default:
            break;
        }
    }
    return out;
}

QString idText(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return v.toString().trimmed();
}

// A weight from a JSON number (or a numeric string); absent means `fallback`.
QString jsonWeight(const QJsonObject& o, TypeKind kind, double fallback, double& out)
{
    const QJsonValue v = o.value(QStringLiteral("weight"));
    if (v.isUndefined() || v.isNull()) {
        out = fallback;
        return {};
    }
    if (v.isDouble()) {
        if (QString reason = GraphValidation::checkWeight(v.toDouble(), kind); !reason.isEmpty())
            return reason;
        out = v.toDouble();
        return {};
    }
    if (v.isString())
        return GraphValidation::parseWeight(v.toString(), kind, fallback, out);
    return GraphJson::tr("bad weight: not a number");
}

} // namespace

GraphDocument GraphJson::read(const QByteArray& bytes, const QString& fileName)
{
    GraphDocument doc;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        doc.issues.append({line, fileName, tr("not valid JSON: %1").arg(error.errorString())});
        return doc;
    }
    if (!json.isObject()) {
        doc.issues.append({1, fileName, tr("the file should hold one JSON object with \"concepts\" and \"relations\"")});
        return doc;
    }
    const QJsonObject root = json.object();
    const QHash<QString, QList<int>> lines = elementLines(bytes);
    auto lineOf = [&lines](const QString& array, int i) {
        const QList<int>& l = lines.value(array);
        return i < l.size() ? l.at(i) : 0;
    };

    const QJsonArray types = root.value(QStringLiteral("types")).toArray();
    for (const QJsonValue& v : types) {
        const QJsonObject o = v.toObject();
        GraphType t;
        t.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("relation") ? TypeKind::Relation
                                                                                          : TypeKind::Concept;
        t.key = o.value(QStringLiteral("key")).toString();
        t.label = o.value(QStringLiteral("label")).toString();
        if (!t.key.trimmed().isEmpty())
            doc.types.append(t);
    }

    const QJsonValue conceptsValue = root.value(QStringLiteral("concepts"));
    if (!conceptsValue.isUndefined() && !conceptsValue.isArray())
        doc.issues.append({0, fileName, tr("\"concepts\" should be a list")});
    const QJsonArray concepts = conceptsValue.toArray();
    for (int i = 0; i < concepts.size(); ++i) {
        const int line = lineOf(QStringLiteral("concepts"), i);
        const QString where = QStringLiteral("concepts[%1]").arg(i);
        if (!concepts.at(i).isObject()) {
            doc.issues.append({line, where, tr("a concept should be a JSON object")});
            ++doc.unreadable;
            continue;
        }
        const QJsonObject o = concepts.at(i).toObject();
        ConceptRecord c;
        c.line = line;
        c.where = where;
        c.ref = idText(o.value(QStringLiteral("id")));
        c.name = (o.contains(QStringLiteral("name")) ? o.value(QStringLiteral("name")) : o.value(QStringLiteral("label")))
                     .toString()
                     .trimmed();
        c.type = o.value(QStringLiteral("type")).toString().trimmed();
        const QJsonValue aliases = o.value(QStringLiteral("aliases"));
        if (aliases.isArray()) {
            for (const QJsonValue& a : aliases.toArray())
                c.aliases.append(a.toString());
        } else if (aliases.isString()) {
            c.aliases = GraphValidation::splitAliases(aliases.toString());
        }
        c.description = o.value(QStringLiteral("description")).toString();
        QString reason = GraphValidation::missingField(c);
        if (reason.isEmpty())
            reason = jsonWeight(o, TypeKind::Concept, 1.0, c.weight);
        if (!reason.isEmpty()) {
            doc.issues.append({line, where, reason});
            ++doc.unreadable;
            continue;
        }
        doc.concepts.append(c);
    }

    const QJsonValue relationsValue = root.value(QStringLiteral("relations"));
    if (!relationsValue.isUndefined() && !relationsValue.isArray())
        doc.issues.append({0, fileName, tr("\"relations\" should be a list")});
    const QJsonArray relations = relationsValue.toArray();
    for (int i = 0; i < relations.size(); ++i) {
        const int line = lineOf(QStringLiteral("relations"), i);
        const QString where = QStringLiteral("relations[%1]").arg(i);
        if (!relations.at(i).isObject()) {
            doc.issues.append({line, where, tr("a relation should be a JSON object")});
            ++doc.unreadable;
            continue;
        }
        const QJsonObject o = relations.at(i).toObject();
        RelationRecord r;
        r.line = line;
        r.where = where;
        r.source = idText(o.value(QStringLiteral("source")));
        r.target = idText(o.value(QStringLiteral("target")));
        r.type = (o.contains(QStringLiteral("type")) ? o.value(QStringLiteral("type")) : o.value(QStringLiteral("label")))
                     .toString()
                     .trimmed();
        QString reason = GraphValidation::missingField(r);
        if (reason.isEmpty())
            reason = jsonWeight(o, TypeKind::Relation, 1.0, r.weight);
        if (!reason.isEmpty()) {
            doc.issues.append({line, where, reason});
            ++doc.unreadable;
            continue;
        }
        doc.relations.append(r);
    }
    return doc;
}

QByteArray GraphJson::write(const Graph& graph)
{
    QJsonArray types;
    for (const GraphType& t : graph.types) {
        if (t.builtin)
            continue;
        types.append(QJsonObject{{QStringLiteral("kind"), t.kind == TypeKind::Relation ? QStringLiteral("relation")
                                                                                         : QStringLiteral("concept")},
                                 {QStringLiteral("key"), t.key},
                                 {QStringLiteral("label"), t.label}});
    }
    QJsonArray concepts;
    for (const Concept& c : graph.concepts) {
        concepts.append(QJsonObject{{QStringLiteral("id"), QString::number(c.id)},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("type"), c.type},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
                                    {QStringLiteral("description"), c.description},
                                    {QStringLiteral("weight"), c.weight}});
    }
    QJsonArray relations;
    for (const Relation& r : graph.relations) {
        relations.append(QJsonObject{{QStringLiteral("source"), QString::number(r.source)},
                                     {QStringLiteral("target"), QString::number(r.target)},
                                     {QStringLiteral("type"), r.type},
                                     {QStringLiteral("weight"), r.weight}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("lingxi.graph")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("types"), types},
                           {QStringLiteral("concepts"), concepts},
                           {QStringLiteral("relations"), relations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lx::graph
