#include "graph/GraphCsv.h"

#include "common/CsvReader.h"
#include "common/Excerpt.h"
#include "graph/GraphValidation.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>

namespace lx::graph {

namespace {

// Reads the header; false (with an issue) when the file has none or lacks a required column.
bool readHeader(CsvReader& reader, const QString& fileName, const QStringList& required, CsvHeader& header,
                GraphDocument& doc)
{
    CsvRecord r;
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            doc.issues.append({r.line, fileName, r.error});
            return false;
        }
        if (r.isBlank())
            continue;
        header = CsvHeader::fromRecord(r);
        for (const QString& req : required) {
            const QStringList alternatives = req.split(QLatin1Char('/'));
            bool found = false;
            for (const QString& alt : alternatives)
                found = found || header.columns.contains(alt);
            if (!found) {
                doc.issues.append({r.line, fileName,
                                   GraphCsv::tr("the header has no '%1' column (it has: %2)")
                                       .arg(alternatives.first(), excerpt(r.fields.join(QStringLiteral(", ")), 120))});
                return false;
            }
        }
        return true;
    }
    doc.issues.append({0, fileName, GraphCsv::tr("the file is empty")});
    return false;
}

} // namespace

namespace {

// The data rows after the header: `parse` takes a row into the document, or says why it cannot;
// unreadable and refused rows become issues with their line.
template<typename Parse>
void readRows(CsvReader& reader, const QString& fileName, GraphDocument& doc, Parse parse)
{
    CsvRecord r;
    while (reader.next(r)) {
        if (r.error.isEmpty() && r.isBlank())
            continue;
        const QString reason = r.error.isEmpty() ? parse(r) : r.error;
        if (!reason.isEmpty()) {
            doc.issues.append({r.line, fileName, reason});
            ++doc.unreadable;
        }
    }
}

} // namespace

void GraphCsv::readConcepts(QIODevice& device, const QString& fileName, GraphDocument& doc)
{
    CsvReader reader(device);
    CsvHeader header;
    if (!readHeader(reader, fileName, {QStringLiteral("name/label"), QStringLiteral("type")}, header, doc))
        return;
    const int cId = header.index({"id"});
    const int cName = header.index({"name", "label"});
    const int cType = header.index({"type"});
    const int cWeight = header.index({"weight"});
    const int cAliases = header.index({"aliases"});
    const int cDescription = header.index({"description"});
    readRows(reader, fileName, doc, [&](const CsvRecord& r) {
        ConceptRecord c;
        c.line = r.line;
        c.where = fileName;
        c.ref = CsvHeader::cell(r, cId);
        c.name = CsvHeader::cell(r, cName);
        c.type = CsvHeader::cell(r, cType);
        c.aliases = GraphValidation::splitAliases(CsvHeader::cell(r, cAliases));
        c.description = CsvHeader::cell(r, cDescription);
        QString reason = GraphValidation::missingField(c);
        if (reason.isEmpty())
            reason = GraphValidation::parseWeight(CsvHeader::cell(r, cWeight), TypeKind::Concept, 1.0, c.weight);
        if (reason.isEmpty())
            doc.concepts.append(c);
        return reason;
    });
}

void GraphCsv::readRelations(QIODevice& device, const QString& fileName, GraphDocument& doc)
{
    CsvReader reader(device);
    CsvHeader header;
    if (!readHeader(reader, fileName, {QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("type/label")},
                    header, doc))
        return;
    const int cSource = header.index({"source"});
    const int cTarget = header.index({"target"});
    const int cType = header.index({"type", "label"});
    const int cWeight = header.index({"weight"});
    readRows(reader, fileName, doc, [&](const CsvRecord& r) {
        RelationRecord rel;
        rel.line = r.line;
        rel.where = fileName;
        rel.source = CsvHeader::cell(r, cSource);
        rel.target = CsvHeader::cell(r, cTarget);
        rel.type = CsvHeader::cell(r, cType);
        QString reason = GraphValidation::missingField(rel);
        if (reason.isEmpty())
            reason = GraphValidation::parseWeight(CsvHeader::cell(r, cWeight), TypeKind::Relation, 1.0, rel.weight);
        if (reason.isEmpty())
            doc.relations.append(rel);
        return reason;
    });
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
