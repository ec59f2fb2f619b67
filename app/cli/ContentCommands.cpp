// lingxi-cli content match | lexicons | dialogue: the workspace's side of the content studio.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "cli/VerbParser.h"
#include "content/ContentService.h"
#include "content/DialogueService.h"
#include "content/LexiconService.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace lx::cli {

namespace {

const char* const kContentWorkspaceHelp =
    "Usage: lingxi-cli --workspace PATH --as OPERATOR content match --user PLATFORM:ID --industry INDUSTRY\n"
    "\n"
    "  The template the matcher picks for the user in the industry (technology, beauty, education or\n"
    "  your own) and why: high value over high activity over new user, then shared tags. Users\n"
    "  without consent to profiling get the template written for everyone.\n"
    "\n"
    "       lingxi-cli ... content lexicons [list]\n"
    "       lingxi-cli ... content lexicons add FILE [--category NAME] [--allow]\n"
    "       lingxi-cli ... content lexicons remove CATEGORY\n"
    "\n"
    "  The workspace's own word lists (admins). A list's category defaults to the file's name;\n"
    "  --allow adds it as an allow-list. Bad lines are reported by number and skipped; a file without\n"
    "  a good word changes nothing. Every compliance check of the workspace uses them at once.\n"
    "\n"
    "       lingxi-cli ... content dialogue [--set FILE.json] [--bot FLOW_ID|none]\n"
    "\n"
    "  The three-round dialogue flows and the one the desk's bot follows; shown, or replaced\n"
    "  (marketers and supervisors).\n";

QJsonObject lexiconJson(const content::LexiconInfo& l)
{
    return QJsonObject{{QStringLiteral("category"), l.category},
                       {QStringLiteral("allow"), l.allow},
                       {QStringLiteral("builtin"), l.builtin},
                       {QStringLiteral("words"), l.words},
                       {QStringLiteral("source"), l.source},
                       {QStringLiteral("added_by"), l.addedBy},
                       {QStringLiteral("time"), l.timeMs ? QDateTime::fromMSecsSinceEpoch(l.timeMs, Qt::UTC).toString(Qt::ISODate)
                                                         : QString()}};
}

} // namespace

Cli::Outcome Cli::contentWorkspaceArea(const QString& verb, const QStringList& args)
{
    VerbParser v;
    QList<QCommandLineOption> options;
    int positional = 0;
    if (verb == QLatin1String("match"))
        options = {valueOption("user"), valueOption("industry")};
    else if (verb == QLatin1String("lexicons"))
        options = {valueOption("category"), flagOption("allow")}, positional = 2;
    else
        options = {valueOption("set"), valueOption("bot")};
    if (auto early = prepareVerb(v, args, options, kContentWorkspaceHelp, positional))
        return *early;
    auto session = login();
    if (!session)
        return fail(session.error());
    Outcome o;

    if (verb == QLatin1String("match")) {
        const QString user = v.parser.value(QStringLiteral("user"));
        const QString industry = v.parser.value(QStringLiteral("industry"));
        if (user.isEmpty() || industry.isEmpty())
            return fail(QStringLiteral("content match needs --user PLATFORM:ID and --industry INDUSTRY"), 2);
        auto pick = content::ContentService(*m_auth).chooseFor(session.value(), user, industry);
        if (!pick)
            return fail(pick.error());
        const content::TemplatePick& p = pick.value();
        o.json = QJsonObject{{QStringLiteral("user"), p.reference},
                             {QStringLiteral("template"), p.item.name},
                             {QStringLiteral("template_id"), p.item.id},
                             {QStringLiteral("segment"), p.item.segment},
                             {QStringLiteral("value_tier"), p.valueTier},
                             {QStringLiteral("shared_tags"), QJsonArray::fromStringList(p.sharedTags)},
                             {QStringLiteral("personalised"), p.personalised},
                             {QStringLiteral("audience"), p.audience},
                             {QStringLiteral("explanation"), p.explanation}};
        o.text = QStringLiteral("%1: %2\n%3\n").arg(p.reference, p.item.name, p.explanation);
        return o;
    }

    if (verb == QLatin1String("lexicons")) {
        content::LexiconService service(*m_auth);
        const QStringList pos = v.parser.positionalArguments();
        const QString action = pos.value(0, QStringLiteral("list"));
        if (action == QLatin1String("add")) {
            const QString path = pos.value(1);
            if (path.isEmpty())
                return fail(QStringLiteral("content lexicons add needs a FILE"), 2);
            auto bytes = readFileArgument(path, limits::kMaxLexiconBytes, QStringLiteral("a word list"));
            if (!bytes)
                return fail(bytes.error());
            const QString category = v.parser.isSet(QStringLiteral("category"))
                                         ? v.parser.value(QStringLiteral("category"))
                                         : text::LexiconFile::categoryFromFileName(path);
            auto report = service.add(session.value(), category, bytes.value(), QFileInfo(path).fileName(),
                                      v.parser.isSet(QStringLiteral("allow")));
            if (!report)
                return fail(report.error());
            QJsonArray issues;
            QString text = QStringLiteral("%1 %2: %3 words\n")
                               .arg(report.value().replaced ? QStringLiteral("replaced") : QStringLiteral("added"),
                                    report.value().info.category)
                               .arg(report.value().info.words);
            for (const auto& i : report.value().issues) {
                issues.append(QJsonObject{{QStringLiteral("line"), i.line}, {QStringLiteral("reason"), i.reason}});
                text += QStringLiteral("%1 line %2: %3\n").arg(path).arg(i.line).arg(i.reason);
            }
            o.json = lexiconJson(report.value().info);
            o.json.insert(QStringLiteral("replaced"), report.value().replaced);
            o.json.insert(QStringLiteral("duplicates"), report.value().duplicates);
            o.json.insert(QStringLiteral("issues"), issues);
            o.text = text;
            return o;
        }
        if (action == QLatin1String("remove")) {
            if (pos.value(1).isEmpty())
                return fail(QStringLiteral("content lexicons remove needs a CATEGORY"), 2);
            if (auto st = service.remove(session.value(), pos.value(1)); !st)
                return fail(st.error());
        } else if (action != QLatin1String("list")) {
            return fail(QStringLiteral("content lexicons is list, add or remove, not '%1'").arg(excerpt(action)), 2);
        }
        auto all = service.list(session.value());
        if (!all)
            return fail(all.error());
        QJsonArray rows;
        QString text;
        for (const auto& l : all.value()) {
            rows.append(lexiconJson(l));
            text += QStringLiteral("%1\t%2\t%3 words\t%4\n")
                        .arg(l.category, l.builtin ? QStringLiteral("shipped") : l.allow ? QStringLiteral("allow-list") : QStringLiteral("workspace"))
                        .arg(l.words)
                        .arg(l.source);
        }
        o.json = QJsonObject{{QStringLiteral("lexicons"), rows}};
        o.text = text;
        return o;
    }

    content::DialogueService service(*m_auth);
    auto current = service.settings(session.value());
    if (!current)
        return fail(current.error());
    if (v.parser.isSet(QStringLiteral("set")) || v.parser.isSet(QStringLiteral("bot"))) {
        QList<content::DialogueFlow> flows = current.value().flows;
        if (v.parser.isSet(QStringLiteral("set"))) {
            auto bytes = readFileArgument(v.parser.value(QStringLiteral("set")), limits::kMaxJsonArgumentBytes,
                                          QStringLiteral("dialogue flows"));
            if (!bytes)
                return fail(bytes.error());
            auto parsed = content::DialogueFlow::parse(bytes.value());
            if (!parsed)
                return fail(parsed.error());
            flows = parsed.value();
        }
        QString bot = current.value().botFlow;
        if (v.parser.isSet(QStringLiteral("bot")))
            bot = v.parser.value(QStringLiteral("bot")) == QLatin1String("none") ? QString() : v.parser.value(QStringLiteral("bot"));
        if (auto st = service.save(session.value(), flows, bot); !st)
            return fail(st.error());
        current = service.settings(session.value());
        if (!current)
            return fail(current.error());
    }
    o.json = QJsonDocument::fromJson(content::DialogueFlow::toJson(current.value().flows)).object();
    o.json.insert(QStringLiteral("bot_flow"), current.value().botFlow);
    o.text = QString::fromUtf8(QJsonDocument(o.json).toJson(QJsonDocument::Indented));
    return o;
}

} // namespace lx::cli
