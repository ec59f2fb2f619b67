#include "cli/Cli.h"

#include "audit/AuditService.h"
#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "cli/PasswordPrompt.h"
#include "cli/PointsCommands.h"
#include "cli/VerbParser.h"
#include "common/Excerpt.h"
#include "content/BulkCheck.h"
#include "content/ContentLibrary.h"
#include "content/ContentService.h"
#include "content/DefaultLexicons.h"
#include "content/LexiconService.h"
#include "content/TemplateRenderer.h"
#include "content/QualityGate.h"
#include "crypto/Crypto.h"
#if LX_CLI_ML
#include "inference/SentimentModel.h"
#endif
#include "demo/DemoWorkspace.h"
#if LX_CLI_ML
#include "inference/DemoModel.h"
#endif
#include "models/AuditTableModel.h"
#include "store/Workspace.h"
#include "text/LexiconSource.h"
#include "text/WordSegmenter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace lx::cli {

namespace {

const char* const kTopHelp =
    "Usage: lingxi-cli [--workspace PATH] [--as OPERATOR] [--json] <area> <verb> [options]\n"
    "\n"
    "Global options:\n"
    "  --workspace PATH  the workspace file (default: the user's data folder)\n"
    "  --as OPERATOR     operator to act as; the password is read from the terminal or stdin\n"
    "  --json            machine-readable output on stdout\n"
    "  --help            this text; every area and verb has its own --help\n"
    "\n"
    "Areas:\n"
    "  workspace   init | info | check | backup --to FILE\n"
    "  operators   list | add | disable | enable | set-role | reset-password | unlock | passwd\n"
    "  audit       verify | list\n"
    "  content     check (text on stdin; --jsonl: one text a line) | render --template FILE_OR_ID --values FILE.json |\n"
    "              match --user P:ID --industry X | lexicons [list|add FILE|remove CAT] | dialogue\n"
    "  demo        create --to FILE\n"
    "  profiles    import FILE | show PLATFORM:ID | count | list | retag\n"
    "  events      import FILE\n"
    "  funnel      --steps impression,click,conversion [--segment EXPR] [--from DATE --to DATE]\n"
    "  privacy     export | delete | withdraw | purge [--dry-run] | retention\n"
    "  sentiment   train | eval | predict | models | register | activate | import\n"
    "  desk        replay | ingest | queue | show | take | handback | close | escalate | reply | assign\n"
    "              | presence | agents | sla | monitor | calendar | policy | complaints\n"
    "  points      replay --rules RULES.json --input ACTIONS.jsonl (no workspace)\n"
    "  encoder     classify | finetune   (a BERT-family checkpoint folder, no workspace)\n"
    "  llm         tokenize | logits | generate   (a Qwen2-family checkpoint folder, no workspace)\n"
    "  version     versions of Lingxi and its libraries\n"
    "\n"
    "Exit status: 0 success, 1 error, 2 usage, 3 a check found a problem.\n";

const char* const kWorkspaceHelp =
    "Usage: lingxi-cli [--workspace PATH] workspace <verb>\n"
    "\n"
    "  init [--admin NAME] [--display-name TEXT]   create the workspace (and its first admin)\n"
    "  info                                        schema, size, counts\n"
    "  check                                       integrity and foreign-key check\n"
    "  backup --to FILE                            online, consistent copy (admin; needs --as)\n";

const char* const kOperatorsHelp =
    "Usage: lingxi-cli [--workspace PATH] --as ADMIN operators <verb> [options]\n"
    "\n"
    "  list\n"
    "  add --name NAME --role agent|marketer|supervisor|admin [--display-name TEXT]\n"
    "  disable --name NAME | enable --name NAME | unlock --name NAME\n"
    "  set-role --name NAME --role ROLE\n"
    "  reset-password --name NAME\n"
    "  passwd                                      change your own password (any role)\n"
    "\n"
    "Passwords are read from the terminal (or one line each from stdin: first the acting\n"
    "operator's, then the new one); never from the command line.\n";

const char* const kAuditHelp =
    "Usage: lingxi-cli [--workspace PATH] audit <verb> [options]\n"
    "\n"
    "  verify      walk the hash chain; exit 3 naming the first changed, deleted or inserted entry\n"
    "  list [--actor NAME] [--action PREFIX] [--since ISO] [--until ISO] [--limit N]\n"
    "              (supervisor or admin; needs --as)\n";

const char* const kContentHelp =
    "Usage: lingxi-cli content check --platform wechat_moments|weibo|xiaohongshu\n"
    "                                --type technical|marketing|news\n"
    "                                [--lexicon-dir DIR]... [--allow FILE] [--terms FILE] [--json]\n"
    "       lingxi-cli content check --jsonl [--lexicon-dir DIR]... [--allow FILE]\n"
    "\n"
    "       lingxi-cli content render --template FILE_OR_ID --values FILE.json [same options] [--json]\n"
    "\n"
    "  check reads the text from stdin; render fills a template (a file, a built-in id such as\n"
    "  technology.standard, or with --as a workspace template's number or name) with the values and\n"
    "  checks the result. Both report\n"
    "  the text's length against the platform's range, the\n"
    "  density of industry terms (--terms, one a line) against the type's limit, and every\n"
    "  compliance hit with its category (each list file's name) and its code-point offsets in\n"
    "  the input. Without --lexicon-dir the built-in lists are used. Each is a rule:\n"
    "  exit 3 when the length is outside the range, the density over the limit or a hit is found.\n"
    "\n"
    "  check --jsonl audits many texts in one stream: stdin holds one text a line, or one\n"
    "  {\"id\": ..., \"text\": ...} object a line (the first non-empty line decides). Each input\n"
    "  line gives one JSON line on stdout, in order: {\"line\", \"id\", \"verdict\" (pass, blocked or\n"
    "  error), \"hits\": [{\"start\", \"end\", \"matched_text\", \"word\", \"categories\"}], \"error\"}, with\n"
    "  code-point offsets into that line's text and a span listed in several categories reported\n"
    "  once. Only compliance hits decide the verdict. A line over 1 MiB is an error line. A summary\n"
    "  goes to stderr; exit 3 when any line is blocked or unreadable.\n"
    "\n"
    "  With a workspace: content match (a template for a user), content lexicons (the workspace's\n"
    "  own lists) and content dialogue (the bot's flows); see lingxi-cli content match --help.\n";

const char* const kDemoHelp =
    "Usage: lingxi-cli demo create --to FILE\n"
    "\n"
    "  Builds a demo workspace with one operator per role; its logins are printed.\n";

QString h(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

namespace {

QString formatTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QString();
}

} // namespace

Cli::Cli(QStringList arguments) : m_arguments(std::move(arguments))
{
}

Cli::~Cli() = default;

QString Cli::errorLine(const QString& error)
{
    // The last guard: whatever a message quotes, the error is one line of bounded length with no
    // raw control character. Messages quote excerpts themselves; this catches what slips through.
    QString line = error;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line = excerpt(line, kMaxErrorChars);
    if (line.size() > kMaxErrorChars + 1) // escapes widen what is shown
        line = line.left(kMaxErrorChars) + QStringLiteral("…");
    return line;
}

Cli::Outcome Cli::fail(const QString& reason, int code)
{
    Outcome o;
    o.exitCode = code;
    o.error = reason;
    return o;
}

Cli::Outcome Cli::usage(const QString& text)
{
    Outcome o;
    o.text = text;
    return o;
}

int Cli::run()
{
    Outcome o = dispatch();
    if (o.streamed) {
        // The results went to stdout as they came (and their write errors are the command's own):
        // only its one error line is left to say.
        if (o.exitCode != 0 && !o.error.isEmpty())
            std::fprintf(stderr, "lingxi-cli: %s\n", errorLine(o.error).toLocal8Bit().constData());
        return o.exitCode;
    }
    QTextStream out(stdout);
    if (o.exitCode != 0 && !o.error.isEmpty()) {
        if (m_json) {
            QJsonObject j = o.json;
            j.insert(QStringLiteral("ok"), false);
            j.insert(QStringLiteral("error"), errorLine(o.error));
            out << QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented));
            out.flush();
        } else if (!o.text.isEmpty()) {
            out << o.text;
            out.flush();
        }
        std::fprintf(stderr, "lingxi-cli: %s\n", errorLine(o.error).toLocal8Bit().constData());
        return o.exitCode;
    }
    if (m_json && !o.json.isEmpty()) {
        QJsonObject j = o.json;
        if (!j.contains(QStringLiteral("ok")))
            j.insert(QStringLiteral("ok"), o.exitCode == 0);
        out << QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented));
    } else {
        out << o.text;
        if (!o.text.isEmpty() && !o.text.endsWith(QLatin1Char('\n')))
            out << '\n';
    }
    out.flush();
    // What could not be written was not said: a full disk under stdout is an error, not success.
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "lingxi-cli: cannot write the output: %s\n", std::strerror(errno ? errno : EIO));
        return 1;
    }
    return o.exitCode;
}

Cli::Outcome Cli::dispatch()
{
    QStringList rest;
    for (int i = 1; i < m_arguments.size(); ++i) {
        const QString& a = m_arguments.at(i);
        if (!rest.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--workspace") || a == QLatin1String("--as")) {
            if (i + 1 >= m_arguments.size())
                return fail(a + QStringLiteral(" needs a value"), 2);
            (a == QLatin1String("--as") ? m_operator : m_workspacePath) = m_arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            m_workspacePath = a.mid(12);
        } else if (a.startsWith(QLatin1String("--as="))) {
            m_operator = a.mid(5);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            return usage(h(kTopHelp));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return fail(QStringLiteral("unknown option %1 (see lingxi-cli --help)").arg(a), 2);
        } else {
            rest << a;
        }
    }
    // --json may also follow the verb, where scripts tend to put it.
    if (rest.removeAll(QStringLiteral("--json")) > 0)
        m_json = true;
    if (rest.isEmpty())
        return fail(QStringLiteral("no area given (see lingxi-cli --help)"), 2);
    if (m_workspacePath.isEmpty())
        m_workspacePath = qEnvironmentVariable("LINGXI_WORKSPACE", store::Workspace::defaultPath());
    if (m_operator.isEmpty())
        m_operator = qEnvironmentVariable("LINGXI_OPERATOR");

    const QString area = rest.takeFirst();
#if !LX_CLI_ML
    // libtorch costs every process ~0.4 s to load; only the commands that use a model pay it.
    // The demo trains its sentiment model as it is built.
    // sentiment eval / predict with a model file run here: the model is plain arithmetic.
    if (area == QLatin1String("version") || (area == QLatin1String("sentiment") && !sentimentWithoutTorch(rest))
        || area == QLatin1String("encoder") || area == QLatin1String("llm")
        || (area == QLatin1String("demo") && rest.value(0) == QLatin1String("create")))
        return execWithInference();
#endif
    if (area == QLatin1String("version")) {
        Outcome o;
#if LX_CLI_ML
        o.json = QJsonObject{{QStringLiteral("lingxi"), QStringLiteral(LX_VERSION_STRING)},
                             {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                             {QStringLiteral("sqlite"), store::Workspace::sqliteVersion()},
                             {QStringLiteral("openssl"), crypto::Crypto::libraryVersion()},
                             {QStringLiteral("icu"), text::WordSegmenter::icuVersion()},
                             {QStringLiteral("libtorch"), inference::torchVersion()},
                             {QStringLiteral("device"), inference::defaultDevice()}};
        o.text = QStringLiteral("Lingxi %1\nQt %2\nSQLite %3\n%4\nICU %5\nlibtorch %6 (%7)\n")
                     .arg(QStringLiteral(LX_VERSION_STRING), QString::fromLatin1(qVersion()),
                          store::Workspace::sqliteVersion(), crypto::Crypto::libraryVersion(),
                          text::WordSegmenter::icuVersion())
                     .arg(inference::torchVersion(), inference::defaultDevice());
#endif
        return o;
    }
    const QString verb = rest.isEmpty() ? QString() : rest.takeFirst();
    if (area == QLatin1String("workspace"))
        return workspaceArea(verb, rest);
    if (area == QLatin1String("operators"))
        return operatorsArea(verb, rest);
    if (area == QLatin1String("audit"))
        return auditArea(verb, rest);
    if (area == QLatin1String("demo"))
        return demoArea(verb, rest);
    if (area == QLatin1String("content"))
        return contentArea(verb, rest);
    if (area == QLatin1String("graph"))
        return graphArea(verb, rest);
    if (area == QLatin1String("ab"))
        return abArea(verb, rest);
    if (area == QLatin1String("quality"))
        return qualityArea(verb, rest);
    if (area == QLatin1String("experiments"))
        return experimentsArea(verb, rest);
    if (area == QLatin1String("profiles") || area == QLatin1String("events"))
        return profilesArea(area, verb, rest);
    if (area == QLatin1String("funnel"))
        return funnelArea(verb.isEmpty() ? rest : QStringList{verb} + rest);
    if (area == QLatin1String("privacy"))
        return privacyArea(verb, rest);
    if (area == QLatin1String("sentiment"))
        return sentimentArea(verb, rest);
#if LX_CLI_ML
    if (area == QLatin1String("encoder"))
        return encoderArea(verb, rest);
    if (area == QLatin1String("llm"))
        return llmArea(verb, rest);
#endif
    if (area == QLatin1String("desk"))
        return deskArea(verb, rest);
    if (area == QLatin1String("points")) {
        Outcome o;
        o.exitCode = pointsArea(verb, rest, m_json, &o.text, &o.json, &o.error);
        return o;
    }
    return fail(QStringLiteral("unknown area '%1' (see lingxi-cli --help)").arg(excerpt(area)), 2);
}

std::optional<Cli::Outcome> Cli::prepareVerb(VerbParser& v, const QStringList& args,
                                             const QList<QCommandLineOption>& options, const char* help, int maxPositional,
                                             bool readOnly)
{
    if (!v.parse(args, options, maxPositional))
        return fail(v.error, 2);
    if (v.help)
        return usage(h(help));
    if (auto st = openWorkspace(false, readOnly); !st)
        return fail(st.error());
    return std::nullopt;
}

Cli::Outcome Cli::execWithInference()
{
#if LX_CLI_ML
    return fail(QStringLiteral("internal: already the inference build"));
#else
    const QString ml = QCoreApplication::applicationDirPath() + QStringLiteral("/lingxi-cli-ml");
    std::vector<QByteArray> args;
    args.push_back(QFile::encodeName(ml));
    for (int i = 1; i < m_arguments.size(); ++i)
        args.push_back(m_arguments.at(i).toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    ::execv(argv.front(), argv.data());
    return fail(QStringLiteral("this command needs %1 (installed beside lingxi-cli): %2")
                    .arg(ml, QString::fromLocal8Bit(std::strerror(errno))));
#endif
}

Status Cli::openWorkspace(bool create, bool readOnly)
{
    store::OpenOptions options;
    options.createIfMissing = create;
    options.readOnly = readOnly;
    auto ws = store::Workspace::open(m_workspacePath, options);
    if (!ws)
        return ws.status();
    m_workspace = ws.take();
    m_auth = std::make_unique<auth::AuthService>(*m_workspace);
    return Status::success();
}

Result<auth::Session> Cli::login()
{
    if (m_operator.isEmpty())
        return Result<auth::Session>::failure(
            QStringLiteral("this command acts as an operator: give --as NAME (or set LINGXI_OPERATOR)"));
    const QString password = PasswordPrompt::read(QStringLiteral("Password for %1: ").arg(m_operator));
    if (password.isNull())
        return Result<auth::Session>::failure(QStringLiteral("no password given for %1").arg(m_operator));
    m_loginPassword = password;
    return m_auth->login(m_operator, password);
}

namespace {
// A new password: from a terminal asked twice; from a pipe, one line.
Result<QString> readNewPassword(const QString& forWhom)
{
    const QString first = PasswordPrompt::read(QStringLiteral("New password for %1: ").arg(forWhom));
    if (first.isNull())
        return Result<QString>::failure(QStringLiteral("no new password given for %1").arg(forWhom));
    if (PasswordPrompt::interactive()) {
        const QString again = PasswordPrompt::read(QStringLiteral("Repeat the password: "));
        if (again != first)
            return Result<QString>::failure(QStringLiteral("the two passwords differ"));
    }
    return first;
}
} // namespace

Cli::Outcome Cli::workspaceArea(const QString& verb, const QStringList& args)
{
    VerbParser v;
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(h(kWorkspaceHelp));
    if (verb == QLatin1String("init")) {
        if (!parseVerb(v, args, {valueOption("admin"), valueOption("display-name")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(h(kWorkspaceHelp));
        const bool existed = QFileInfo::exists(m_workspacePath);
        if (auto st = openWorkspace(true); !st)
            return fail(st.error());
        Outcome o;
        const QString admin = v.parser.value(QStringLiteral("admin"));
        if (!admin.isEmpty()) {
            auto pw = readNewPassword(admin);
            if (!pw)
                return fail(pw.error());
            auto s = m_auth->createFirstAdmin(admin, v.parser.value(QStringLiteral("display-name")), pw.value());
            if (!s)
                return fail(s.error());
        }
        auto info = m_workspace->info();
        o.json = QJsonObject{{QStringLiteral("path"), info.path},
                             {QStringLiteral("created"), !existed},
                             {QStringLiteral("schema_version"), info.schemaVersion},
                             {QStringLiteral("operators"), info.operators}};
        o.text = QStringLiteral("%1 workspace %2 (schema %3, %4 operator(s))")
                     .arg(existed ? QStringLiteral("Opened") : QStringLiteral("Created"), info.path)
                     .arg(info.schemaVersion)
                     .arg(info.operators);
        return o;
    }
    if (verb == QLatin1String("info")) {
        if (auto early = prepareVerb(v, args, {}, kWorkspaceHelp, 0, true))
            return *early;
        auto info = m_workspace->info();
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("path"), info.path},
                             {QStringLiteral("workspace_id"), info.workspaceId},
                             {QStringLiteral("created_at"), info.createdAt},
                             {QStringLiteral("schema_version"), info.schemaVersion},
                             {QStringLiteral("latest_schema_version"), info.latestSchemaVersion},
                             {QStringLiteral("size_bytes"), info.sizeBytes},
                             {QStringLiteral("demo"), info.demo},
                             {QStringLiteral("operators"), info.operators},
                             {QStringLiteral("audit_entries"), info.auditEntries},
                             {QStringLiteral("sqlite"), info.sqliteVersion}};
        o.text = QStringLiteral("Workspace   %1\nId          %2\nCreated     %3\nSchema      %4 (latest %5)\n"
                                "Size        %6 bytes\nDemo        %7\nOperators   %8\nAudit log   %9 entries\n")
                     .arg(info.path, info.workspaceId, info.createdAt)
                     .arg(info.schemaVersion)
                     .arg(info.latestSchemaVersion)
                     .arg(info.sizeBytes)
                     .arg(info.demo ? QStringLiteral("yes") : QStringLiteral("no"))
                     .arg(info.operators)
                     .arg(info.auditEntries);
        return o;
    }
    if (verb == QLatin1String("check")) {
        if (auto early = prepareVerb(v, args, {}, kWorkspaceHelp, 0, true))
            return *early;
        auto report = m_workspace->check();
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("ok"), report.ok},
                             {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(report.integrityProblems)},
                             {QStringLiteral("foreign_key_problems"),
                              QJsonArray::fromStringList(report.foreignKeyProblems)}};
        if (report.ok) {
            o.text = QStringLiteral("Workspace %1: integrity ok, foreign keys ok").arg(m_workspace->path());
            return o;
        }
        o.text = (report.integrityProblems + report.foreignKeyProblems).join(QLatin1Char('\n')) + QLatin1Char('\n');
        o.exitCode = 3;
        o.error = QStringLiteral("the workspace check found %1 problem(s)")
                      .arg(report.integrityProblems.size() + report.foreignKeyProblems.size());
        return o;
    }
    if (verb == QLatin1String("backup")) {
        if (!parseVerb(v, args, {valueOption("to")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(h(kWorkspaceHelp));
        const QString to = v.parser.value(QStringLiteral("to"));
        if (to.isEmpty())
            return fail(QStringLiteral("backup needs --to FILE"), 2);
        if (auto st = openWorkspace(false); !st)
            return fail(st.error());
        auto session = login();
        if (!session)
            return fail(session.error());
        if (auto st = m_auth->require(session.value(), auth::Permission::ManageWorkspace,
                                      QStringLiteral("workspace.backup"));
            !st)
            return fail(st.error());
        if (auto st = m_workspace->backupTo(to); !st)
            return fail(st.error());
        m_auth->record(session.value(), QStringLiteral("workspace.backup"), QFileInfo(to).fileName());
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("backup"), QFileInfo(to).absoluteFilePath()},
                             {QStringLiteral("size_bytes"), QFileInfo(to).size()}};
        o.text = QStringLiteral("Backed up to %1 (%2 bytes)").arg(QFileInfo(to).absoluteFilePath()).arg(QFileInfo(to).size());
        return o;
    }
    return fail(QStringLiteral("unknown verb 'workspace %1' (see lingxi-cli workspace --help)").arg(excerpt(verb)), 2);
}

Cli::Outcome Cli::operatorsArea(const QString& verb, const QStringList& args)
{
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(h(kOperatorsHelp));
    static const QStringList verbs{QStringLiteral("list"),     QStringLiteral("add"),
                                   QStringLiteral("disable"),  QStringLiteral("enable"),
                                   QStringLiteral("set-role"), QStringLiteral("reset-password"),
                                   QStringLiteral("unlock"),   QStringLiteral("passwd")};
    if (!verbs.contains(verb))
        return fail(QStringLiteral("unknown verb 'operators %1' (see lingxi-cli operators --help)").arg(excerpt(verb)), 2);
    VerbParser v;
    if (!parseVerb(v, args, {valueOption("name"), valueOption("role"), valueOption("display-name")}))
        return fail(v.error, 2);
    if (v.help)
        return usage(h(kOperatorsHelp));
    const QString name = v.parser.value(QStringLiteral("name"));
    const QString roleText = v.parser.value(QStringLiteral("role"));
    const bool needsName = verb != QLatin1String("list") && verb != QLatin1String("passwd");
    if (needsName && name.isEmpty())
        return fail(QStringLiteral("operators %1 needs --name NAME").arg(verb), 2);
    std::optional<auth::Role> role;
    if (verb == QLatin1String("add") || verb == QLatin1String("set-role")) {
        role = auth::roleFromKey(roleText);
        if (!role)
            return fail(QStringLiteral("--role must be agent, marketer, supervisor or admin"), 2);
    }

    if (auto st = openWorkspace(false); !st)
        return fail(st.error());
    auto session = login();
    if (!session)
        return fail(session.error());
    auth::OperatorService operators(*m_auth);
    Outcome o;

    if (verb == QLatin1String("passwd")) {
        auto next = readNewPassword(session.value().name());
        if (!next)
            return fail(next.error());
        if (auto st = operators.changeOwnPassword(session.value(), m_loginPassword, next.value()); !st)
            return fail(st.error());
        o.text = QStringLiteral("Password changed");
        o.json = QJsonObject{{QStringLiteral("changed"), true}};
        return o;
    }

    auto all = operators.list(session.value());
    if (!all && verb != QLatin1String("add"))
        return fail(all.error());
    std::optional<auth::Operator> target;
    if (all) {
        for (const auto& op : all.value()) {
            if (op.name.compare(name, Qt::CaseInsensitive) == 0)
                target = op;
        }
    }
    if (needsName && verb != QLatin1String("add") && !target)
        return fail(QStringLiteral("no operator named %1").arg(name));

    if (verb == QLatin1String("list")) {
        QJsonArray arr;
        QString text = QStringLiteral("%1 %2 %3 %4\n")
                           .arg(QStringLiteral("NAME"), -16)
                           .arg(QStringLiteral("ROLE"), -11)
                           .arg(QStringLiteral("STATE"), -9)
                           .arg(QStringLiteral("LAST LOGIN"));
        for (const auto& op : all.value()) {
            const QString state = op.disabled ? QStringLiteral("disabled")
                                              : (op.locked ? QStringLiteral("locked") : QStringLiteral("active"));
            arr.append(QJsonObject{{QStringLiteral("name"), op.name},
                                   {QStringLiteral("display_name"), op.displayName},
                                   {QStringLiteral("role"), auth::roleKey(op.role)},
                                   {QStringLiteral("state"), state},
                                   {QStringLiteral("last_login"), formatTime(op.lastLoginMs)}});
            text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(op.name, -16)
                        .arg(auth::roleKey(op.role), -11)
                        .arg(state, -9)
                        .arg(formatTime(op.lastLoginMs));
        }
        o.json = QJsonObject{{QStringLiteral("operators"), arr}};
        o.text = text;
        return o;
    }
    if (verb == QLatin1String("add")) {
        if (auto st = m_auth->require(session.value(), auth::Permission::ManageOperators, QStringLiteral("operator.add"),
                                      name);
            !st)
            return fail(st.error());
        auto pw = readNewPassword(name);
        if (!pw)
            return fail(pw.error());
        auto added = operators.add(session.value(), name, v.parser.value(QStringLiteral("display-name")), *role,
                                   pw.value());
        if (!added)
            return fail(added.error());
        o.json = QJsonObject{{QStringLiteral("name"), added.value().name},
                             {QStringLiteral("role"), auth::roleKey(added.value().role)}};
        o.text = QStringLiteral("Added %1 as %2").arg(added.value().name, auth::roleKey(added.value().role));
        return o;
    }
    Status st = Status::success();
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable"))
        st = operators.setDisabled(session.value(), target->id, verb == QLatin1String("disable"));
    else if (verb == QLatin1String("set-role"))
        st = operators.changeRole(session.value(), target->id, *role);
    else if (verb == QLatin1String("unlock"))
        st = operators.unlock(session.value(), target->id);
    else if (verb == QLatin1String("reset-password")) {
        auto pw = readNewPassword(target->name);
        st = pw ? operators.resetPassword(session.value(), target->id, pw.value()) : pw.status();
    }
    if (!st)
        return fail(st.error());
    o.json = QJsonObject{{QStringLiteral("name"), target->name}, {QStringLiteral("done"), verb}};
    o.text = QStringLiteral("%1: %2 done").arg(target->name, verb);
    return o;
}

Cli::Outcome Cli::auditArea(const QString& verb, const QStringList& args)
{
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(h(kAuditHelp));
    VerbParser v;
    if (verb == QLatin1String("verify")) {
        if (auto early = prepareVerb(v, args, {}, kAuditHelp, 0, true))
            return *early;
        audit::AuditService service(*m_auth);
        auto report = service.verify();
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("ok"), report.ok},
                             {QStringLiteral("entries_checked"), report.entriesChecked}};
        if (report.ok) {
            o.text = QStringLiteral("Audit log intact: %1 entries, chain verified").arg(report.entriesChecked);
            return o;
        }
        static const char* const kinds[] = {"none", "changed", "deleted", "inserted", "head_missing", "unreadable"};
        o.json.insert(QStringLiteral("first_bad_entry"), report.firstBadSeq);
        o.json.insert(QStringLiteral("problem"), QString::fromLatin1(kinds[int(report.problem)]));
        o.json.insert(QStringLiteral("message"), report.message);
        o.exitCode = 3;
        o.error = QStringLiteral("audit log tampered: ") + report.message;
        return o;
    }
    if (verb == QLatin1String("list")) {
        if (!parseVerb(v, args,
                       {valueOption("actor"), valueOption("action"), valueOption("since"), valueOption("until"),
                        valueOption("limit")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(h(kAuditHelp));
        audit::AuditFilter filter;
        filter.actor = v.parser.value(QStringLiteral("actor"));
        filter.actionPrefix = v.parser.value(QStringLiteral("action"));
        for (const char* key : {"since", "until"}) {
            const QString text = v.parser.value(QString::fromLatin1(key));
            if (text.isEmpty())
                continue;
            QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            if (!t.isValid())
                return fail(QStringLiteral("--%1 needs an ISO-8601 time such as 2026-11-28T09:00").arg(QLatin1String(key)),
                            2);
            (qstrcmp(key, "since") == 0 ? filter.from : filter.to) = t;
        }
        if (v.parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = v.parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit <= 0)
                return fail(QStringLiteral("--limit needs a positive number"), 2);
        }
        if (auto st = openWorkspace(false); !st)
            return fail(st.error());
        auto session = login();
        if (!session)
            return fail(session.error());
        audit::AuditService service(*m_auth);
        auto entries = service.query(session.value(), filter);
        if (!entries)
            return fail(entries.error());
        QJsonArray arr;
        QString text;
        for (const auto& e : entries.value()) {
            arr.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("target"), e.target},
                                   {QStringLiteral("details"), e.details}});
            text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(e.seq, 6)
                        .arg(e.time.toString(Qt::ISODate), e.actor, e.action, e.target,
                             QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        }
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("entries"), arr}};
        o.text = text;
        return o;
    }
    return fail(QStringLiteral("unknown verb 'audit %1' (see lingxi-cli audit --help)").arg(excerpt(verb)), 2);
}

Cli::Outcome Cli::demoArea(const QString& verb, const QStringList& args)
{
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(h(kDemoHelp));
    if (verb != QLatin1String("create"))
        return fail(QStringLiteral("unknown verb 'demo %1' (see lingxi-cli demo --help)").arg(excerpt(verb)), 2);
    VerbParser v;
    if (!parseVerb(v, args, {valueOption("to")}))
        return fail(v.error, 2);
    if (v.help)
        return usage(h(kDemoHelp));
    const QString to = v.parser.isSet(QStringLiteral("to")) ? v.parser.value(QStringLiteral("to")) : m_workspacePath;
#if LX_CLI_ML
    const demo::DemoModelFn model = inference::addDemoModel;
#else
    const demo::DemoModelFn model; // not reached: lingxi-cli hands demo create to lingxi-cli-ml
#endif
    if (auto st = demo::DemoWorkspace::create(to, {}, model); !st)
        return fail(st.error());
    Outcome o;
    QJsonArray logins;
    QString text = QStringLiteral("Demo workspace created at %1\nLogins:\n").arg(QFileInfo(to).absoluteFilePath());
    for (const auto& l : demo::DemoWorkspace::logins()) {
        logins.append(QJsonObject{{QStringLiteral("name"), l.name},
                                  {QStringLiteral("role"), auth::roleKey(l.role)},
                                  {QStringLiteral("password"), l.password}});
        text += QStringLiteral("  %1 %2 %3\n").arg(l.name, -12).arg(auth::roleKey(l.role), -11).arg(l.password);
    }
    o.json = QJsonObject{{QStringLiteral("path"), QFileInfo(to).absoluteFilePath()}, {QStringLiteral("logins"), logins}};
    o.text = text;
    return o;
}

namespace {

// The lexicons and terms a content command checks against, from its options.
struct ContentSetup
{
    text::LexiconMatcher compliance;
    text::LexiconMatcher terms;
    QJsonArray lexiconIssues;
    std::optional<content::PlatformRule> platform;
    std::optional<content::ContentTypeRule> type;
};

QList<QCommandLineOption> contentOptions()
{
    return {valueOption("platform"), valueOption("type"),     valueOption("lexicon-dir"), valueOption("allow"),
            valueOption("terms"),    valueOption("template"), valueOption("values"),      flagOption("jsonl")};
}

Status prepareContent(const QCommandLineParser& p, ContentSetup& setup, bool defaults)
{
    const QString platformKey = p.value(QStringLiteral("platform"));
    const QString typeKey = p.value(QStringLiteral("type"));
    setup.platform = content::QualityGate::platform(
        platformKey.isEmpty() && defaults ? QStringLiteral("wechat_moments") : platformKey);
    if (!setup.platform)
        return Status::failure(QStringLiteral("--platform must be wechat_moments, weibo or xiaohongshu"), ErrorCode::Invalid);
    setup.type = content::QualityGate::contentType(typeKey.isEmpty() && defaults ? QStringLiteral("marketing") : typeKey);
    if (!setup.type)
        return Status::failure(QStringLiteral("--type must be technical, marketing or news"), ErrorCode::Invalid);

    const QStringList dirs = p.values(QStringLiteral("lexicon-dir"));
    const QString allowFile = p.isSet(QStringLiteral("allow")) ? p.value(QStringLiteral("allow")) : QString();
    const QString cacheDir = content::LexiconService::cacheDir();
    if (!dirs.isEmpty()) {
        // Folders named on the command line: unchanged files load from the cache without a parse.
        QList<text::SourceIssue> issues;
        if (auto st = text::LexiconSource::load(setup.compliance, dirs, allowFile, cacheDir, &issues); !st)
            return Status::failure(st.error(), ErrorCode::Io); // a file problem, not a usage error
        for (const auto& issue : std::as_const(issues))
            setup.lexiconIssues.append(QJsonObject{{QStringLiteral("file"), issue.file},
                                                   {QStringLiteral("line"), issue.line},
                                                   {QStringLiteral("reason"), issue.reason}});
    } else {
        const QList<text::LexiconFile> lists = content::DefaultLexicons::load();
        for (const auto& lf : lists) {
            for (const auto& issue : lf.issues)
                setup.lexiconIssues.append(QJsonObject{{QStringLiteral("file"), lf.path},
                                                       {QStringLiteral("line"), issue.line},
                                                       {QStringLiteral("reason"), issue.reason}});
        }
        QStringList allow;
        if (!allowFile.isEmpty()) {
            auto a = text::LexiconFile::load(allowFile, QStringLiteral("allow"));
            if (!a)
                return Status::failure(a.error(), ErrorCode::Io);
            allow = a.value().words;
        }
        if (auto st = setup.compliance.load(lists, allow, cacheDir); !st)
            return st.status();
    }
    if (p.isSet(QStringLiteral("terms"))) {
        auto t = text::LexiconFile::load(p.value(QStringLiteral("terms")), QStringLiteral("term"));
        if (!t)
            return Status::failure(t.error(), ErrorCode::Io);
        if (auto st = setup.terms.load({t.value()}, {}, cacheDir); !st)
            return st.status();
    }
    return Status::success();
}

QJsonObject reportJson(const content::QualityReport& report, const ContentSetup& setup)
{
    QJsonArray hits;
    for (const auto& hit : report.compliance) {
        hits.append(QJsonObject{{QStringLiteral("word"), hit.word},
                                {QStringLiteral("category"), hit.category},
                                {QStringLiteral("start"), hit.start},
                                {QStringLiteral("end"), hit.end},
                                {QStringLiteral("matched_text"), hit.matchedText}});
    }
    QJsonArray findings;
    for (const auto& f : report.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("severity"),
             f.severity == content::Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("message"), f.message}});
    }
    return QJsonObject{{QStringLiteral("length"), report.metrics.length},
                       {QStringLiteral("length_range"), QJsonArray{setup.platform->minLength, setup.platform->maxLength}},
                       {QStringLiteral("term_density"), report.metrics.termDensity},
                       {QStringLiteral("density_limit"), setup.type->maxTermDensity},
                       {QStringLiteral("compliance"), hits},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("lexicon_issues"), setup.lexiconIssues},
                       {QStringLiteral("ok"), report.ok()}};
}

QString reportText(const content::QualityReport& report, const ContentSetup& setup)
{
    QString text = QStringLiteral("length %1 (%2: %3-%4), term density %5 % (limit %6 %)\n")
                       .arg(report.metrics.length)
                       .arg(setup.platform->key)
                       .arg(setup.platform->minLength)
                       .arg(setup.platform->maxLength)
                       .arg(report.metrics.termDensity * 100.0, 0, 'f', 1)
                       .arg(setup.type->maxTermDensity * 100.0, 0, 'f', 0);
    for (const auto& f : report.findings)
        text += (f.severity == content::Finding::Severity::Error ? QStringLiteral("error    ") : QStringLiteral("warning  "))
            + f.message + QLatin1Char('\n');
    if (report.ok())
        text += QStringLiteral("ok: nothing blocks publishing\n");
    return text;
}

} // namespace

Cli::Outcome Cli::contentArea(const QString& verb, const QStringList& args)
{
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(h(kContentHelp));
    if (verb == QLatin1String("match") || verb == QLatin1String("lexicons") || verb == QLatin1String("dialogue"))
        return contentWorkspaceArea(verb, args);
    if (verb != QLatin1String("check") && verb != QLatin1String("render"))
        return fail(QStringLiteral("unknown verb 'content %1' (see lingxi-cli content --help)").arg(excerpt(verb)), 2);
    VerbParser v;
    if (!parseVerb(v, args, contentOptions()))
        return fail(v.error, 2);
    if (v.help)
        return usage(h(kContentHelp));
    const bool render = verb == QLatin1String("render");
    ContentSetup setup;
    const bool many = !render && v.parser.isSet(QStringLiteral("jsonl"));
    if (auto st = prepareContent(v.parser, setup, render || many); !st)
        return fail(st.error(), st.code() == ErrorCode::Invalid ? 2 : 1);

    if (many)
        return checkMany(setup.compliance);

    QString input;
    Outcome o;
    QStringList unknown;
    if (render) {
        const QString ref = v.parser.value(QStringLiteral("template"));
        const QString valuesFile = v.parser.value(QStringLiteral("values"));
        if (ref.isEmpty() || valuesFile.isEmpty())
            return fail(QStringLiteral("content render needs --template FILE_OR_ID and --values FILE.json"), 2);
        QString templateText;
        bool numeric = false;
        const qint64 itemId = ref.toLongLong(&numeric);
        if (QFileInfo::exists(ref)) {
            // A file, whatever it is: a device or a directory is refused, never read.
            auto bytes = readFileArgument(ref, limits::kMaxTemplateBytes, QStringLiteral("a template"));
            if (!bytes)
                return fail(bytes.error());
            templateText = QString::fromUtf8(bytes.value());
        } else if (!m_operator.isEmpty()) {
            // A template in the workspace, by number or name (its latest version), read as the operator.
            if (auto st = openWorkspace(false); !st)
                return fail(st.error());
            auto session = login();
            if (!session)
                return fail(session.error());
            auto items = content::ContentService(*m_auth).list(session.value(), content::ContentKind::Template);
            if (!items)
                return fail(items.error());
            for (const auto& item : items.value()) {
                if ((numeric && item.id == itemId) || item.name == ref || item.builtinId == ref)
                    templateText = item.body;
            }
            if (templateText.isNull())
                return fail(QStringLiteral("the workspace has no template %1").arg(excerpt(ref)));
        } else if (auto builtin = content::ContentLibrary::find(ref)) {
            templateText = builtin->body;
        } else {
            return fail(QStringLiteral("%1 is neither a file nor a built-in template (give --as to use the workspace's)").arg(excerpt(ref)));
        }
        auto valueBytes = readFileArgument(valuesFile, limits::kMaxJsonArgumentBytes, QStringLiteral("template values"));
        if (!valueBytes)
            return fail(valueBytes.error());
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(valueBytes.value(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return fail(perr.error != QJsonParseError::NoError
                            ? QStringLiteral("%1 is not valid JSON at byte %2: %3")
                                  .arg(InputFile::displayName(valuesFile))
                                  .arg(perr.offset)
                                  .arg(perr.errorString())
                            : QStringLiteral("%1 must hold one JSON object of variable names and values")
                                  .arg(InputFile::displayName(valuesFile)));
        QHash<QString, QString> values;
        const QJsonObject obj = doc.object();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            values.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
        auto uses = content::TemplateRenderer::variables(templateText);
        if (!uses)
            return fail(uses.error());
        for (const auto& u : uses.value()) {
            if (!u.known && !unknown.contains(u.name))
                unknown << u.name;
        }
        auto rendered = content::TemplateRenderer::render(templateText, values);
        if (!rendered) {
            o.exitCode = 1;
            o.error = rendered.error();
            o.json = QJsonObject{{QStringLiteral("missing"),
                                  QJsonArray::fromStringList(content::TemplateRenderer::missing(templateText, values))}};
            return o;
        }
        input = rendered.value();
    } else {
        auto bytes = InputFile::readStdin(limits::kMaxTextBytes, QStringLiteral("one text (use --jsonl for many)"));
        if (!bytes)
            return fail(bytes.error());
        input = QString::fromUtf8(bytes.value());
    }

    content::QualityGate gate(&setup.compliance, &setup.terms);
    const content::QualityReport report = gate.check(input, *setup.platform, *setup.type);
    o.json = reportJson(report, setup);
    o.text = reportText(report, setup);
    if (render) {
        o.json.insert(QStringLiteral("text"), input);
        o.json.insert(QStringLiteral("unknown_variables"), QJsonArray::fromStringList(unknown));
        o.text = input + QStringLiteral("\n\n") + o.text;
    }
    if (!report.ok()) {
        o.exitCode = 3;
        o.error = QStringLiteral("%1 problem(s) block publishing (length, term density, compliance)").arg(report.findings.size());
    }
    return o;
}

Cli::Outcome Cli::checkMany(const text::LexiconMatcher& compliance)
{
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the texts from stdin"));
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write to stdout"));
    QElapsedTimer timer;
    timer.start();
    content::BulkCheck check(compliance);
    auto summary = check.run(in, out);
    out.flush();
    Outcome o;
    o.streamed = true;
    if (!summary) {
        o.exitCode = 1;
        o.error = summary.error();
        return o;
    }
    if (out.error() != QFileDevice::NoError) {
        o.exitCode = 1;
        o.error = QStringLiteral("cannot write the results: %1").arg(out.errorString());
        return o;
    }
    const content::BulkCheckSummary& s = summary.value();
    const double seconds = std::max(1e-9, double(timer.nsecsElapsed()) / 1e9);
    const QString line = QStringLiteral("%1 line(s): %2 blocked, %3 unreadable, %4 hit(s); %5 MB in %6 s")
                             .arg(s.lines)
                             .arg(s.blocked)
                             .arg(s.bad)
                             .arg(s.hits)
                             .arg(double(s.bytesIn) / 1e6, 0, 'f', 1)
                             .arg(seconds, 0, 'f', 2);
    if (s.blocked > 0 || s.bad > 0) {
        o.exitCode = 3;
        o.error = line; // the one line on stderr
    } else {
        std::fprintf(stderr, "lingxi-cli: %s\n", line.toLocal8Bit().constData());
    }
    return o;
}

} // namespace lx::cli
