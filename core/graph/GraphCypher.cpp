#include "graph/GraphCypher.h"

#include <QHash>
#include <QLocale>

namespace lx::graph {

QString GraphCypher::quote(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\'': out += QStringLiteral("\\'"); break;
        case '"': out += QStringLiteral("\\\""); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

QString GraphCypher::quoteName(const QString& name)
{
    QString n = name;
    n.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + n + QLatin1Char('`');
}

QByteArray GraphCypher::write(const Graph& graph)
{
    const auto number = [](double v) {
        QString s = QString::number(v, 'g', QLocale::FloatingPointShortest);
        if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
            s += QStringLiteral(".0");
        return s;
    };
    QString out;
    out += QStringLiteral("// Lingxi knowledge graph: %1 concepts, %2 relations. Run with: cypher-shell -f FILE\n")
               .arg(graph.concepts.size())
               .arg(graph.relations.size());
    out += QStringLiteral("CREATE INDEX lingxi_concept_key IF NOT EXISTS FOR (c:Concept) ON (c.type, c.name);\n");
    QHash<qint64, const Concept*> byId;
    for (const Concept& c : graph.concepts) {
        byId.insert(c.id, &c);
        QStringList aliases;
        for (const QString& a : c.aliases)
            aliases.append(quote(a));
        out += QStringLiteral("MERGE (c:Concept {type: %1, name: %2}) SET c.aliases = [%3], c.description = %4, "
                              "c.weight = %5;\n")
                   .arg(quote(c.type), quote(c.name), aliases.join(QStringLiteral(", ")), quote(c.description),
                        number(c.weight));
    }
    for (const Relation& r : graph.relations) {
        const Concept* s = byId.value(r.source);
        const Concept* t = byId.value(r.target);
        if (!s || !t)
            continue;
        out += QStringLiteral("MATCH (a:Concept {type: %1, name: %2}), (b:Concept {type: %3, name: %4}) "
                              "MERGE (a)-[r:%5]->(b) SET r.weight = %6;\n")
                   .arg(quote(s->type), quote(s->name), quote(t->type), quote(t->name), quoteName(r.type),
                        number(r.weight));
    }
    return out.toUtf8();
}

} // namespace lx::graph
