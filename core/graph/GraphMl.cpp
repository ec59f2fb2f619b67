#include "graph/GraphMl.h"

#include "common/Excerpt.h"
#include "common/InputLimits.h"
#include "graph/GraphValidation.h"

#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace lx::graph {

namespace {

struct Key
{
    QString name;         // attr.name, lower case
    QString defaultValue;
    bool hasDefault = false;
};

struct Element
{
    QString id;
    QString source;
    QString target;
    QHash<QString, QString> data; // by attribute name (lower case)
    QString yedLabel;
    int line = 0;
};

// The value of an attribute: the element's data, else the key's default.
QString attribute(const Element& e, const QHash<QString, Key>& keys, const char* name, bool* present = nullptr)
{
    const QString n = QString::fromLatin1(name);
    if (e.data.contains(n)) {
        if (present)
            *present = true;
        return e.data.value(n);
    }
    for (const Key& k : keys) {
        if (k.name == n && k.hasDefault) {
            if (present)
                *present = true;
            return k.defaultValue;
        }
    }
    if (present)
        *present = false;
    return {};
}

// QXmlStreamReader's readNext() keeping the element depth: deeper than limits::kMaxXmlDepth
// stops the reader with an error. Its own readElementText(IncludeChildElements) recurses once per
// level, so a million nested elements would overflow the stack; elementText() here does not.
class DepthReader
{
public:
    explicit DepthReader(QXmlStreamReader& xml) : m_xml(xml) {}

    QXmlStreamReader::TokenType next()
    {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++m_depth > limits::kMaxXmlDepth)
            m_xml.raiseError(GraphMl::tr("elements nested deeper than %1 levels").arg(limits::kMaxXmlDepth));
        else if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return token;
    }

    // The text of the current element and of every element inside it, up to its end tag.
    QString elementText()
    {
        const int base = m_depth;
        QString out;
        while (!m_xml.atEnd()) {
            const auto token = next();
            if (token == QXmlStreamReader::Characters)
                out += m_xml.text();
            else if (token == QXmlStreamReader::EndElement && m_depth < base)
                break;
        }
        return out;
    }

    void skipElement()
    {
        const int base = m_depth;
        while (!m_xml.atEnd()) {
            if (next() == QXmlStreamReader::EndElement && m_depth < base)
                break;
        }
    }

private:
    QXmlStreamReader& m_xml;
    int m_depth = 0;
};

} // namespace

GraphDocument GraphMl::read(const QByteArray& bytes, const QString& fileName)
{
    GraphDocument doc;
    QXmlStreamReader xml(bytes);
    DepthReader reader(xml);
    QHash<QString, Key> nodeKeys;
    QHash<QString, Key> edgeKeys;
    QList<Element> nodes;
    QList<Element> edges;
    bool sawGraphMl = false;
    int graphDepth = 0;

    // Reads one <node> or <edge> up to its end tag, keeping its <data> and any yEd label.
    auto readElement = [&](Element& e, const QHash<QString, Key>& keys) {
        e.line = int(xml.lineNumber());
        const QXmlStreamAttributes a = xml.attributes();
        e.id = a.value(QStringLiteral("id")).toString();
        e.source = a.value(QStringLiteral("source")).toString();
        e.target = a.value(QStringLiteral("target")).toString();
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            const auto token = reader.next();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (xml.name() == QLatin1String("data") && depth == 2) {
                    const QString key = xml.attributes().value(QStringLiteral("key")).toString();
                    if (keys.contains(key)) {
                        e.data.insert(keys.value(key).name, reader.elementText().trimmed());
                        --depth;
                    }
                } else if (xml.name() == QLatin1String("NodeLabel") || xml.name() == QLatin1String("EdgeLabel")) {
                    const QString text = reader.elementText().trimmed();
                    if (e.yedLabel.isEmpty())
                        e.yedLabel = text;
                    --depth;
                } else if (xml.name() == QLatin1String("graph")) {
                    doc.issues.append({int(xml.lineNumber()), QStringLiteral("node %1").arg(excerpt(e.id)),
                                       tr("nested graphs are not supported; their nodes are skipped")});
                    reader.skipElement();
                    --depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
    };

    while (!xml.atEnd()) {
        const auto token = reader.next();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("graph"))
            --graphDepth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("graphml")) {
            sawGraphMl = true;
        } else if (name == QLatin1String("key")) {
            const QXmlStreamAttributes a = xml.attributes();
            Key k;
            k.name = a.value(QStringLiteral("attr.name")).toString().trimmed().toLower();
            const QString id = a.value(QStringLiteral("id")).toString();
            const QString domain = a.value(QStringLiteral("for")).toString();
            // <key><default>…</default></key>
            while (!xml.atEnd()) {
                const auto t = reader.next();
                if (t == QXmlStreamReader::StartElement && xml.name() == QLatin1String("default")) {
                    k.defaultValue = reader.elementText().trimmed();
                    k.hasDefault = true;
                } else if (t == QXmlStreamReader::EndElement && xml.name() == QLatin1String("key")) {
                    break;
                }
            }
            if (k.name.isEmpty())
                continue; // yFiles graphics keys have no attr.name
            if (domain == QLatin1String("node") || domain == QLatin1String("all") || domain.isEmpty())
                nodeKeys.insert(id, k);
            if (domain == QLatin1String("edge") || domain == QLatin1String("all") || domain.isEmpty())
                edgeKeys.insert(id, k);
        } else if (name == QLatin1String("graph")) {
            ++graphDepth;
        } else if (name == QLatin1String("node")) {
            Element e;
            readElement(e, nodeKeys);
            nodes.append(e);
        } else if (name == QLatin1String("edge")) {
            Element e;
            readElement(e, edgeKeys);
            edges.append(e);
        } else if (name == QLatin1String("hyperedge")) {
            doc.issues.append({int(xml.lineNumber()), QStringLiteral("hyperedge"), tr("hyperedges are not supported")});
            ++doc.unreadable;
            reader.skipElement();
        }
    }
    if (xml.hasError()) {
        doc.concepts.clear();
        doc.relations.clear();
        doc.issues.append({int(xml.lineNumber()), fileName, tr("not valid XML: %1").arg(xml.errorString())});
        return doc;
    }
    if (!sawGraphMl) {
        doc.issues.append({1, fileName, tr("not a GraphML file (no <graphml> element)")});
        return doc;
    }

    for (const Element& e : std::as_const(nodes)) {
        const QString where = QStringLiteral("node %1").arg(excerpt(e.id));
        ConceptRecord c;
        c.line = e.line;
        c.where = where;
        c.ref = e.id;
        c.name = attribute(e, nodeKeys, "name");
        if (c.name.isEmpty())
            c.name = attribute(e, nodeKeys, "label");
        if (c.name.isEmpty())
            c.name = e.yedLabel;
        c.type = attribute(e, nodeKeys, "type");
        c.aliases = GraphValidation::splitAliases(attribute(e, nodeKeys, "aliases"));
        c.description = attribute(e, nodeKeys, "description");
        QString reason;
        if (e.id.isEmpty())
            reason = tr("the node has no id");
        else if (c.name.isEmpty())
            reason = tr("node %1 has no name or label").arg(excerpt(e.id));
        else if (c.type.isEmpty())
            reason = tr("node %1 (%2) has no type").arg(excerpt(e.id), excerpt(c.name));
        else
            reason = GraphValidation::parseWeight(attribute(e, nodeKeys, "weight"), TypeKind::Concept, 1.0, c.weight);
        if (!reason.isEmpty()) {
            doc.issues.append({e.line, where, reason});
            ++doc.unreadable;
            continue;
        }
        doc.concepts.append(c);
    }
    for (const Element& e : std::as_const(edges)) {
        const QString where = e.id.isEmpty() ? QStringLiteral("edge %1→%2").arg(excerpt(e.source), excerpt(e.target))
                                             : QStringLiteral("edge %1").arg(excerpt(e.id));
        RelationRecord r;
        r.line = e.line;
        r.where = where;
        r.source = e.source;
        r.target = e.target;
        r.type = attribute(e, edgeKeys, "type");
        if (r.type.isEmpty())
            r.type = attribute(e, edgeKeys, "label");
        if (r.type.isEmpty())
            r.type = e.yedLabel;
        QString reason;
        if (r.source.isEmpty() || r.target.isEmpty())
            reason = tr("missing endpoint: the edge needs a source and a target");
        else if (r.type.isEmpty())
            reason = tr("the edge has no type");
        else
            reason = GraphValidation::parseWeight(attribute(e, edgeKeys, "weight"), TypeKind::Relation, 1.0, r.weight);
        if (!reason.isEmpty()) {
            doc.issues.append({e.line, where, reason});
            ++doc.unreadable;
            continue;
        }
        doc.relations.append(r);
    }
    return doc;
}

QByteArray GraphMl::write(const Graph& graph)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    auto key = [&xml](const char* id, const char* domain, const char* name, const char* type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(type));
        xml.writeEndElement();
    };
    key("n_name", "node", "name", "string");
    key("n_label", "node", "label", "string");
    key("n_type", "node", "type", "string");
    key("n_weight", "node", "weight", "double");
    key("n_aliases", "node", "aliases", "string");
    key("n_description", "node", "description", "string");
    key("e_type", "edge", "type", "string");
    key("e_label", "edge", "label", "string");
    key("e_weight", "edge", "weight", "double");

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("lingxi"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&xml](const char* keyId, const QString& value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(keyId));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    const auto number = [](double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); };
    for (const Concept& c : graph.concepts) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(c.id));
        data("n_name", c.name);
        data("n_label", c.name);
        data("n_type", c.type);
        data("n_weight", number(c.weight));
        data("n_aliases", c.aliases.join(QLatin1Char('|')));
        data("n_description", c.description);
        xml.writeEndElement();
    }
    for (const Relation& r : graph.relations) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(r.id));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(r.source));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(r.target));
        data("e_type", r.type);
        data("e_label", r.type);
        data("e_weight", number(r.weight));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

} // namespace lx::graph
