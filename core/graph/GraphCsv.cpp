#include "graph/GraphCsv.h"

#include "common/CsvReader.h"
#include "graph/GraphValidation.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>

namespace lx::graph {

namespace {

// Column positions by (case-insensitive) header name; -1 when absent.
struct Header
{
    QHash<QString, int> columns;
    int index(std::initializer_list<const char*> names) const
    {
        for (const char* n : names) {
            const auto it = columns.constFind(QString::fromLatin1(n));
            if (it != columns.constEnd())
                return it.value();
        }
        return -1;
    }
};

QString cell(const CsvRecord& r, int column)
{
    return column >= 0 && column < r.fields.size() ? r.fields.at(column).trimmed() : QString();
}

bool isBlank(const CsvRecord& r)
{
    for (const QString& f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Reads the header; false (with an issue) when the file has none or lacks a required column.
bool readHeader(CsvReader& reader, const QString& fileName, const QStringList& required, Header& header,
                GraphDocument& doc)
{
    CsvRecord r;
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            doc.issues.append({r.line, fileName, r.error});
            return false;
        }
        if (isBlank(r))
            continue;
        for (int i = 0; i < r.fields.size(); ++i)
            header.columns.insert(r.fields.at(i).trimmed().toLower(), i);
        for (const QString& req : required) {
            const QStringList alternatives = req.split(QLatin1Char('/'));
            bool found = false;
            for (const QString& alt : alternatives)
                found = found || header.columns.contains(alt);
            if (!found) {
                doc.issues.append({r.line, fileName,
                                   GraphCsv::tr("the header has no '%1' column (it has: %2)")
                                       .arg(alternatives.first(), r.fields.join(QStringLiteral(", ")))});
                return false;
            }
        }
        return true;
    }
    doc.issues.append({0, fileName, GraphCsv::tr("the file is empty")});
    return false;
}

} // namespace

void GraphCsv::readConcepts(QIODevice& device, const QString& fileName, GraphDocument& doc)
{
    CsvReader reader(device);
    Header header;
    if (!readHeader(reader, fileName, {QStringLiteral("name/label"), QStringLiteral("type")}, header, doc))
        return;
    const int cId = header.index({"id"});
    const int cName = header.index({"name", "label"});
    const int cType = header.index({"type"});
    const int cWeight = header.index({"weight"});
    const int cAliases = header.index({"aliases"});
    const int cDescription = header.index({"description"});
    CsvRecord r;
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            doc.issues.append({r.line, fileName, r.error});
            ++doc.unreadable;
            continue;
        }
        if (isBlank(r))
            continue;
        ConceptRecord c;
        c.line = r.line;
        c.where = fileName;
        c.ref = cell(r, cId);
        c.name = cell(r, cName);
        c.type = cell(r, cType);
        c.aliases = GraphValidation::splitAliases(cell(r, cAliases));
        c.description = cell(r, cDescription);
        QString reason;
        if (c.name.isEmpty())
            reason = tr("the concept has no name");
        else if (c.type.isEmpty())
            reason = tr("the concept '%1' has no type").arg(c.name);
        else
            reason = GraphValidation::parseWeight(cell(r, cWeight), TypeKind::Concept, 1.0, c.weight);
        if (!reason.isEmpty()) {
            doc.issues.append({r.line, fileName, reason});
            ++doc.unreadable;
            continue;
        }
        doc.concepts.append(c);
    }
}

void GraphCsv::readRelations(QIODevice& device, const QString& fileName, GraphDocument& doc)
{
    CsvReader reader(device);
    Header header;
    if (!readHeader(reader, fileName, {QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("type/label")},
                    header, doc))
        return;
    const int cSource = header.index({"source"});
    const int cTarget = header.index({"target"});
    const int cType = header.index({"type", "label"});
    const int cWeight = header.index({"weight"});
    CsvRecord r;
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            doc.issues.append({r.line, fileName, r.error});
            ++doc.unreadable;
            continue;
        }
        if (isBlank(r))
            continue;
        RelationRecord rel;
        rel.line = r.line;
        rel.where = fileName;
        rel.source = cell(r, cSource);
        rel.target = cell(r, cTarget);
        rel.type = cell(r, cType);
        QString reason;
        if (rel.source.isEmpty() || rel.target.isEmpty())
            reason = tr("missing endpoint: the relation needs a source and a target");
        else if (rel.type.isEmpty())
            reason = tr("the relation has no type");
        else
            reason = GraphValidation::parseWeight(cell(r, cWeight), TypeKind::Relation, 1.0, rel.weight);
        if (!reason.isEmpty()) {
            doc.issues.append({r.line, fileName, reason});
            ++doc.unreadable;
            continue;
        }
        doc.relations.append(rel);
    }
}

QByteArray GraphCsv::writeConcepts(const Graph& graph)
{
    QString out = CsvReader::formatLine({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
                                         QStringLiteral("weight"), QStringLiteral("aliases"),
                                         QStringLiteral("description")})
                  + QLatin1Char('\n');
    for (const Concept& c : graph.concepts) {
        out += CsvReader::formatLine({QString::number(c.id), c.name, c.type, QString::number(c.weight, 'g', QLocale::FloatingPointShortest),
                                      c.aliases.join(QLatin1Char('|')), c.description})
               + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray GraphCsv::writeRelations(const Graph& graph)
{
    QString out = CsvReader::formatLine({QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("type"),
                                         QStringLiteral("weight")})
                  + QLatin1Char('\n');
    for (const Relation& r : graph.relations) {
        out += CsvReader::formatLine({QString::number(r.source), QString::number(r.target), r.type,
                                      QString::number(r.weight, 'g', QLocale::FloatingPointShortest)})
               + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace lx::graph
