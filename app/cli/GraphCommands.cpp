// lingxi-cli graph: import, export, stats and link for the workspace's knowledge graph.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "auth/AuthService.h"
#include "cli/VerbParser.h"
#include "graph/ConceptLinker.h"
#include "graph/GraphFiles.h"
#include "graph/GraphService.h"
#include "graph/GraphStats.h"
#include "graph/GraphTypes.h"
#include "store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace lx::cli {

namespace {

const char* const kGraphHelp =
    "Usage: lingxi-cli [--workspace PATH] [--as OPERATOR] graph <verb> [options] [--json]\n"
    "\n"
    "  import FILE [--format csv|json|graphml] [--relations FILE] [--skip-bad] [--new-types]\n"
    "        adds the file's concepts and relations (edit_graph or import_data; needs --as).\n"
    "        Concepts are matched by type and name, so importing a file twice changes nothing.\n"
    "        A file with bad records is rejected whole, every bad line listed, unless\n"
    "        --skip-bad stores the good ones.\n"
    "        Unknown types are errors unless --new-types adds them. For CSV, FILE holds the\n"
    "        concepts (id,name,type,weight,aliases,description) and --relations the relations\n"
    "        (source,target,type,weight).\n"
    "  export --format csv|json|graphml|cypher --out PATH [--relations-out FILE]\n"
    "        CSV writes the relations beside PATH as NAME.relations.csv unless given.\n"
    "  stats                concepts and relations by type, degree distribution, connected\n"
    "                       components, isolated concepts\n"
    "  link                 the concepts a text (stdin) mentions, with code-point offsets\n";

QJsonArray issuesJson(const QList<graph::GraphIssue>& issues)
{
    QJsonArray out;
    for (const graph::GraphIssue& i : issues)
        out.append(QJsonObject{{QStringLiteral("line"), i.line},
                               {QStringLiteral("where"), i.where},
                               {QStringLiteral("reason"), i.reason}});
    return out;
}

} // namespace

Cli::Outcome Cli::graphArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kGraphHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    VerbParser v;
    // The graph of the workspace file, for the verbs that only read it.
    auto readGraph = [this]() -> Result<graph::Graph> {
        if (auto st = openWorkspace(false); !st)
            return Result<graph::Graph>(st);
        return graph::GraphService::read(*m_workspace);
    };

    if (verb == QLatin1String("import")) {
        if (!v.parse(args,
                     {valueOption("format"), valueOption("relations"), flagOption("skip-bad"), flagOption("new-types")},
                     1))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        if (v.parser.positionalArguments().isEmpty())
            return fail(QStringLiteral("graph import needs the FILE to import"), 2);
        const QString path = v.parser.positionalArguments().first();
        std::optional<graph::GraphFormat> format = v.parser.isSet(QStringLiteral("format"))
                                                       ? graph::GraphFiles::formatFromName(v.parser.value(QStringLiteral("format")))
                                                       : graph::GraphFiles::formatOfFile(path);
        if (!format || *format == graph::GraphFormat::Cypher)
            return fail(QStringLiteral("give --format csv, json or graphml (the file's extension does not say)"), 2);
        const QString relations = v.parser.value(QStringLiteral("relations"));
        if (!relations.isEmpty() && *format != graph::GraphFormat::Csv)
            return fail(QStringLiteral("--relations is for CSV; JSON and GraphML files hold their relations"), 2);
        auto doc = graph::GraphFiles::read(path, *format, relations);
        if (!doc)
            return fail(doc.error());
        if (auto st = openWorkspace(false); !st)
            return fail(st.error());
        auto session = login();
        if (!session)
            return fail(session.error());
        graph::ImportOptions options;
        options.skipBad = v.parser.isSet(QStringLiteral("skip-bad"));
        options.newTypes = v.parser.isSet(QStringLiteral("new-types"));
        graph::GraphService service(*m_auth);
        auto report = service.import(session.value(), doc.value(), options, QFileInfo(path).fileName());
        if (!report)
            return fail(report.error());
        const graph::ImportReport& r = report.value();
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("stored"), r.stored},
                             {QStringLiteral("concepts"), r.concepts},
                             {QStringLiteral("relations"), r.relations},
                             {QStringLiteral("rejected"), r.rejected},
                             {QStringLiteral("concepts_added"), r.conceptsAdded},
                             {QStringLiteral("concepts_updated"), r.conceptsUpdated},
                             {QStringLiteral("relations_added"), r.relationsAdded},
                             {QStringLiteral("relations_updated"), r.relationsUpdated},
                             {QStringLiteral("types_added"), r.typesAdded},
                             {QStringLiteral("errors"), issuesJson(r.errors)}};
        QString text;
        for (const graph::GraphIssue& i : r.errors)
            text += QStringLiteral("%1:%2: %3\n").arg(i.where).arg(i.line).arg(i.reason);
        if (!r.stored) {
            o.exitCode = 1;
            o.error = QStringLiteral("%1 rejected: %2 bad record(s); nothing was stored (--skip-bad stores the good ones)")
                          .arg(QFileInfo(path).fileName())
                          .arg(r.rejected);
            o.text = text;
            return o;
        }
        text += QStringLiteral("%1 concepts (%2 new, %3 updated), %4 relations (%5 new, %6 updated), %7 rejected\n")
                    .arg(r.concepts)
                    .arg(r.conceptsAdded)
                    .arg(r.conceptsUpdated)
                    .arg(r.relations)
                    .arg(r.relationsAdded)
                    .arg(r.relationsUpdated)
                    .arg(r.rejected);
        o.text = text;
        return o;
    }

    if (verb == QLatin1String("export")) {
        if (!v.parse(args, {valueOption("format"), valueOption("out"), valueOption("relations-out")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        const QString out = v.parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return fail(QStringLiteral("graph export needs --out PATH"), 2);
        std::optional<graph::GraphFormat> format = v.parser.isSet(QStringLiteral("format"))
                                                       ? graph::GraphFiles::formatFromName(v.parser.value(QStringLiteral("format")))
                                                       : graph::GraphFiles::formatOfFile(out);
        if (!format)
            return fail(QStringLiteral("--format must be csv, json, graphml or cypher"), 2);
        auto g = readGraph();
        if (!g)
            return fail(g.error());
        const QString relationsOut = v.parser.value(QStringLiteral("relations-out"));
        if (auto st = graph::GraphFiles::write(g.value(), *format, out, relationsOut); !st)
            return fail(st.error());
        Outcome o;
        QJsonArray files{QFileInfo(out).absoluteFilePath()};
        if (*format == graph::GraphFormat::Csv)
            files.append(QFileInfo(relationsOut.isEmpty() ? graph::GraphFiles::defaultRelationsPath(out) : relationsOut)
                             .absoluteFilePath());
        o.json = QJsonObject{{QStringLiteral("format"), graph::GraphFiles::formatName(*format)},
                             {QStringLiteral("files"), files},
                             {QStringLiteral("concepts"), int(g.value().concepts.size())},
                             {QStringLiteral("relations"), int(g.value().relations.size())}};
        o.text = QStringLiteral("%1 concepts and %2 relations written to %3\n")
                     .arg(g.value().concepts.size())
                     .arg(g.value().relations.size())
                     .arg(files.toVariantList().first().toString());
        return o;
    }

    if (verb == QLatin1String("stats")) {
        if (!v.parse(args, {}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        auto g = readGraph();
        if (!g)
            return fail(g.error());
        const graph::GraphStats s = graph::GraphStats::compute(g.value());
        QJsonObject byConceptType, byRelationType;
        for (auto it = s.conceptsByType.cbegin(); it != s.conceptsByType.cend(); ++it)
            byConceptType.insert(it.key(), it.value());
        for (auto it = s.relationsByType.cbegin(); it != s.relationsByType.cend(); ++it)
            byRelationType.insert(it.key(), it.value());
        QJsonArray degrees;
        for (auto it = s.degreeDistribution.cbegin(); it != s.degreeDistribution.cend(); ++it)
            degrees.append(QJsonObject{{QStringLiteral("degree"), it.key()}, {QStringLiteral("concepts"), it.value()}});
        QJsonArray sizes;
        for (int size : s.componentSizes)
            sizes.append(size);
        QJsonArray isolated;
        QString isolatedNames;
        for (qint64 id : s.isolated) {
            const graph::Concept* c = g.value().concept(id);
            isolated.append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), c ? c->name : QString()},
                                        {QStringLiteral("type"), c ? c->type : QString()}});
            if (c)
                isolatedNames += QStringLiteral("  %1 (%2)\n").arg(c->name, c->type);
        }
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("concepts"), s.concepts},
                             {QStringLiteral("relations"), s.relations},
                             {QStringLiteral("concepts_by_type"), byConceptType},
                             {QStringLiteral("relations_by_type"), byRelationType},
                             {QStringLiteral("degree_distribution"), degrees},
                             {QStringLiteral("mean_degree"), s.meanDegree},
                             {QStringLiteral("max_degree"), s.maxDegree},
                             {QStringLiteral("components"),
                              QJsonObject{{QStringLiteral("count"), s.components}, {QStringLiteral("sizes"), sizes}}},
                             {QStringLiteral("isolated"), isolated},
                             {QStringLiteral("isolated_count"), int(s.isolated.size())}};
        QString text = QStringLiteral("%1 concepts, %2 relations\n").arg(s.concepts).arg(s.relations);
        for (auto it = s.conceptsByType.cbegin(); it != s.conceptsByType.cend(); ++it)
            text += QStringLiteral("  %1 %2\n").arg(it.key(), -24).arg(it.value());
        for (auto it = s.relationsByType.cbegin(); it != s.relationsByType.cend(); ++it)
            text += QStringLiteral("  -%1 %2\n").arg(it.key(), -23).arg(it.value());
        text += QStringLiteral("degree: mean %1, max %2\n").arg(s.meanDegree, 0, 'f', 2).arg(s.maxDegree);
        text += QStringLiteral("%1 connected component(s), largest %2\n")
                    .arg(s.components)
                    .arg(s.componentSizes.isEmpty() ? 0 : s.componentSizes.first());
        text += QStringLiteral("%1 isolated concept(s)\n").arg(s.isolated.size()) + isolatedNames;
        o.text = text;
        return o;
    }

    if (verb == QLatin1String("link")) {
        if (!v.parse(args, {}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        auto g = readGraph();
        if (!g)
            return fail(g.error());
        graph::ConceptLinker linker;
        if (auto st = linker.build(g.value()); !st)
            return fail(st.error());
        auto bytes = InputFile::readStdin(limits::kMaxTextBytes, QStringLiteral("one text"));
        if (!bytes)
            return fail(bytes.error());
        const QString input = QString::fromUtf8(bytes.value());
        QJsonArray concepts;
        QString text;
        for (const graph::ConceptMention& m : linker.link(input)) {
            concepts.append(QJsonObject{{QStringLiteral("id"), m.conceptId},
                                        {QStringLiteral("name"), m.name},
                                        {QStringLiteral("type"), m.type},
                                        {QStringLiteral("start"), m.start},
                                        {QStringLiteral("end"), m.end},
                                        {QStringLiteral("text"), m.matchedText}});
            text += QStringLiteral("%1-%2  %3  → %4 (%5)\n").arg(m.start).arg(m.end).arg(m.matchedText, m.name, m.type);
        }
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("concepts"), concepts}};
        o.text = text.isEmpty() ? QStringLiteral("no concepts mentioned\n") : text;
        return o;
    }
    return fail(QStringLiteral("unknown verb 'graph %1' (see lingxi-cli graph --help)").arg(excerpt(verb)), 2);
}

} // namespace lx::cli
