// lingxi-cli desk: the conversation desk headless (replay, calendar, policy, queues, takeover).
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "auth/AuthService.h"
#include "cli/VerbParser.h"
#include "desk/DeskMonitor.h"
#include "desk/DeskReplay.h"
#include "desk/DeskService.h"
#if LX_CLI_ML
#include "inference/DeskSentiment.h"
#include "inference/ModelRegistry.h"
#include "inference/Predictor.h"
#include "inference/TextFeatures.h"
#endif

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace lx::cli {

namespace {

const char* const kDeskHelp =
    "Usage: lingxi-cli [--workspace PATH] [--as OPERATOR] desk <verb> [options] [--json]\n"
    "\n"
    "  replay --input FILE.jsonl [--calendar FILE] [--policy FILE]\n"
    "        (without --calendar: the workspace's calendar if a supervisor set one, else the\n"
    "        clock runs around the clock; SLA clocks and the callback deadline use business time)\n"
    "        Dry-runs the escalation policy on a stream of user messages, one JSON object a line:\n"
    "        {\"id\", \"conversation\", \"user\", \"time\": ISO-8601, \"text\", \"vip\"?, \"sentiment\"?}.\n"
    "        Writes one decision a line: message_id, conversation_id, sentiment, streak, action\n"
    "        (auto_reply soothe notify_agent callback_task escalate_supervisor notify_supervisor\n"
    "        queue_human none), state, and deadline for callback_task. Without \"sentiment\" the\n"
    "        workspace's active model classifies the text. Bad lines are reported on stderr by\n"
    "        number and skipped; p50/p99 decision times go to stderr at the end. A \"time\" without a\n"
    "        UTC offset is read in the business calendar's zone (its utc_offset, +08:00 unless a\n"
    "        supervisor set another), never in this machine's zone; give the offset to be explicit.\n"
    "  calendar [--set FILE]     show the business calendar (JSON), or replace it (supervisor)\n"
    "  policy [--set FILE]       show the routing and SLA rules (JSON), or replace them (supervisor)\n"
    "  ingest --input FILE.jsonl  feed user messages into the workspace's desk (same lines as replay,\n"
    "                             plus optional \"channel\" and \"platform_user_id\")\n"
    "  queue                     the queue as the acting operator sees it\n"
    "  show --conversation ID    the transcript\n"
    "  take|handback|close|escalate --conversation ID [--reason TEXT]\n"
    "  reply --conversation ID --text TEXT   (the quality gate checks it first)\n"
    "  assign [--conversation ID --agent NAME [--force]]   next queued conversations to free agents,\n"
    "                             or one conversation to one agent (supervisor)\n"
    "  presence --set online|busy|away|offline [--capacity N] [--agent NAME]\n"
    "  agents                    every agent's presence, capacity and load (supervisor)\n"
    "  sla                       escalate breached SLAs now (as the desk does every few seconds)\n"
    "  monitor [--once] [--interval-ms N]   the desk monitor without the GUI (supervisor): SLA clocks\n"
    "                             and automatic assignment every N ms (default 2000) until SIGINT or\n"
    "                             SIGTERM, one line per pass that changed something; one process\n"
    "                             per workspace works at a time (a lock beside the file), the others\n"
    "                             wait and take over when it stops. --once: one pass, then exit\n"
    "  complaints --out FILE.csv  complaint records as label,text for retraining (supervisor)\n";

#if LX_CLI_ML
// The workspace's active sentiment model, loaded on the first text that needs it, once.
desk::SentimentFn activeModelClassifier(auth::AuthService* auth)
{
    struct State
    {
        bool tried = false;
        std::shared_ptr<inference::SentimentPredictor> model;
        QString error;
    };
    auto state = std::make_shared<State>();
    return [state, auth](const QString& text) -> Result<desk::SentimentReading> {
        if (!state->tried) {
            state->tried = true;
            if (!auth) {
                state->error = QStringLiteral("no \"sentiment\" given and no workspace with an active model");
            } else {
                inference::ModelRegistry registry(*auth);
                auto active = registry.loadActive({});
                if (active)
                    state->model = active.value();
                else
                    state->error = QStringLiteral("no \"sentiment\" given and %1").arg(active.error());
            }
        }
        if (!state->model)
            return Result<desk::SentimentReading>::failure(state->error);
        return inference::readSentiment(*state->model, text);
    };
}
#endif

} // namespace

#if LX_CLI_ML
Cli::Outcome Cli::deskReplay(const QStringList& args)
{
    VerbParser v;
    if (!v.parse(args, {valueOption("input"), valueOption("calendar"), valueOption("policy")}))
        return fail(v.error, 2);
    if (v.help)
        return usage(QString::fromUtf8(kDeskHelp));
    const QString inputPath = v.parser.value(QStringLiteral("input"));
    if (inputPath.isEmpty())
        return fail(QStringLiteral("desk replay needs --input FILE.jsonl"), 2);
    auto opened = InputFile::open(inputPath);
    if (!opened)
        return fail(opened.error());
    QFile& input = *opened.value();

    // Files given on the command line win; then the calendar and rules a supervisor set in the
    // workspace; otherwise the default rules on a clock that runs around the clock.
    const bool haveWorkspace = openWorkspace(false).ok();
    desk::BusinessCalendar calendar;
    desk::PolicyConfig config = desk::PolicyConfig::defaults();
    if (haveWorkspace) {
        desk::DeskService service(*m_auth);
        if (auto c = service.savedCalendar(); c && c.value())
            calendar = *c.value();
        if (auto p = service.policy())
            config = p.value();
    }
    if (const QString path = v.parser.value(QStringLiteral("calendar")); !path.isEmpty()) {
        auto bytes = readFileArgument(path, limits::kMaxCalendarBytes, QStringLiteral("a calendar"));
        if (!bytes)
            return fail(bytes.error());
        auto c = desk::BusinessCalendar::fromJson(bytes.value());
        if (!c)
            return fail(QStringLiteral("%1: %2").arg(path, c.error()));
        calendar = c.value();
    }
    if (const QString path = v.parser.value(QStringLiteral("policy")); !path.isEmpty()) {
        auto object = readJsonObjectArgument(path);
        if (!object)
            return fail(object.error());
        auto p = desk::PolicyConfig::fromJson(object.value());
        if (!p)
            return fail(QStringLiteral("%1: %2").arg(path, p.error()));
        config = p.value();
    }

    const desk::SentimentFn classify = activeModelClassifier(haveWorkspace ? m_auth.get() : nullptr);
    desk::DeskReplay replay(desk::EscalationPolicy(config, calendar), classify);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    const desk::ReplayStats stats = replay.run(
        input,
        [&out](const QJsonObject& decision) {
            out << QString::fromUtf8(QJsonDocument(decision).toJson(QJsonDocument::Compact)) << '\n';
        },
        [&err](const QString& problem) { err << problem << '\n'; });
    out.flush();
    err << QStringLiteral("%1 message(s) decided, %2 line(s) skipped; decision time p50 %3 ms, p99 %4 ms, max %5 ms\n")
               .arg(stats.messages)
               .arg(stats.skipped)
               .arg(stats.p50_ms, 0, 'f', 3)
               .arg(stats.p99_ms, 0, 'f', 3)
               .arg(stats.max_ms, 0, 'f', 3);
    err.flush();
    Outcome o;
    return o;
}
#endif

namespace {

QJsonObject conversationJson(const store::ConversationRow& c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("channel"), c.channel},
                  {QStringLiteral("external_id"), c.externalId},
                  {QStringLiteral("user"), c.userLabel},
                  {QStringLiteral("vip"), c.vip},
                  {QStringLiteral("state"), c.state},
                  {QStringLiteral("agent"), c.agentName},
                  {QStringLiteral("streak"), c.streak},
                  {QStringLiteral("last_text"), c.lastText},
                  {QStringLiteral("last_sentiment"), c.lastSentiment}};
    return o;
}

QString slaKey(desk::SlaStatus s)
{
    switch (s) {
    case desk::SlaStatus::Pending: return QStringLiteral("pending");
    case desk::SlaStatus::Imminent: return QStringLiteral("imminent");
    case desk::SlaStatus::Breached: return QStringLiteral("breached");
    case desk::SlaStatus::Achieved: return QStringLiteral("achieved");
    case desk::SlaStatus::None: break;
    }
    return QStringLiteral("none");
}

} // namespace

namespace {
std::atomic<bool> g_stopMonitor{false};
extern "C" void stopMonitor(int)
{
    g_stopMonitor.store(true);
}
} // namespace

Cli::Outcome Cli::deskMonitor(const auth::Session& me, bool once, int interval_ms)
{
    if (auto st = m_auth->require(me, auth::Permission::ViewAllQueues, QStringLiteral("desk.monitor")); !st)
        return fail(st.error());
    if (interval_ms < 200 || interval_ms > 3600000)
        return fail(QStringLiteral("--interval-ms must be between 200 and 3600000"), 2);
    desk::DeskMonitor monitor(*m_auth);
    auto passJson = [](const desk::MonitorPass& p) {
        return QJsonObject{{QStringLiteral("breached"), p.breached}, {QStringLiteral("warned"), p.warned},
                           {QStringLiteral("requeued"), p.requeued}, {QStringLiteral("assigned"), p.assigned},
                           {QStringLiteral("ran_here"), p.ranHere}};
    };
    if (once) {
        auto r = monitor.runOnce();
        if (!r)
            return fail(r.error());
        Outcome o;
        o.json = passJson(r.value());
        o.text = r.value().ranHere ? QStringLiteral("%1 breached, %2 warned, %3 back in the queue, %4 assigned\n")
                                         .arg(r.value().breached).arg(r.value().warned).arg(r.value().requeued).arg(r.value().assigned)
                                   : QStringLiteral("another process is monitoring this workspace\n");
        return o;
    }
    // Until SIGINT or SIGTERM: a pass every interval on the monitor's thread, a line per change.
    std::signal(SIGINT, stopMonitor);
    std::signal(SIGTERM, stopMonitor);
    QTextStream out(stdout);
    QObject::connect(&monitor, &desk::DeskMonitor::passed, &monitor, [&](int breached, int warned, int requeued, int assigned) {
        const QJsonObject line{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("breached"), breached}, {QStringLiteral("warned"), warned},
                               {QStringLiteral("requeued"), requeued}, {QStringLiteral("assigned"), assigned}};
        if (m_json)
            out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        else
            out << QStringLiteral("%1 breached, %2 warned, %3 back in the queue, %4 assigned\n")
                       .arg(breached).arg(warned).arg(requeued).arg(assigned);
        out.flush();
    });
    QObject::connect(&monitor, &desk::DeskMonitor::failed, &monitor, [](const QString& reason) {
        std::fprintf(stderr, "lingxi-cli: the desk monitor's pass failed: %s\n", reason.toLocal8Bit().constData());
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &monitor, [] {
        if (g_stopMonitor.load())
            QCoreApplication::quit();
    });
    stopCheck.start(100);
    monitor.start(interval_ms);
    QCoreApplication::exec();
    monitor.stop();
    Outcome o;
    o.text = QStringLiteral("the desk monitor stopped\n");
    o.json = QJsonObject{{QStringLiteral("stopped"), true}};
    return o;
}

Cli::Outcome Cli::deskArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kDeskHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
#if LX_CLI_ML
    if (verb == QLatin1String("replay"))
        return deskReplay(args);
#else
    if (verb == QLatin1String("replay") || verb == QLatin1String("ingest"))
        return execWithInference(); // they classify texts with the sentiment model
#endif

    VerbParser v;
    const QList<QCommandLineOption> options{valueOption("input"), valueOption("set"), valueOption("conversation"),
                                            valueOption("reason"), valueOption("text"), valueOption("agent"),
                                            flagOption("force"), valueOption("capacity"), valueOption("out"),
                                            flagOption("once"), valueOption("interval-ms")};
    if (auto early = prepareVerb(v, args, options, kDeskHelp))
        return *early;
    auto session = login();
    if (!session)
        return fail(session.error());
    desk::DeskService service(*m_auth);
    const auth::Session& me = session.value();
    const QString convText = v.parser.value(QStringLiteral("conversation"));
    const qint64 conversationId = convText.toLongLong();
    auto needConversation = [&]() -> std::optional<Outcome> {
        if (conversationId <= 0)
            return fail(QStringLiteral("desk %1 needs --conversation ID").arg(verb), 2);
        return std::nullopt;
    };
    Outcome o;

    if (verb == QLatin1String("calendar")) {
        if (const QString path = v.parser.value(QStringLiteral("set")); !path.isEmpty()) {
            auto bytes = readFileArgument(path, limits::kMaxCalendarBytes, QStringLiteral("a calendar"));
            if (!bytes)
                return fail(bytes.error());
            auto cal = desk::BusinessCalendar::fromJson(bytes.value());
            if (!cal)
                return fail(QStringLiteral("%1: %2").arg(path, cal.error()));
            if (auto st = service.setCalendar(me, cal.value()); !st)
                return fail(st.error());
        }
        auto cal = service.calendar();
        if (!cal)
            return fail(cal.error());
        o.json = QJsonDocument::fromJson(cal.value().toJson()).object();
        o.text = QString::fromUtf8(cal.value().toJson());
        return o;
    }
    if (verb == QLatin1String("policy")) {
        if (const QString path = v.parser.value(QStringLiteral("set")); !path.isEmpty()) {
            auto object = readJsonObjectArgument(path);
            if (!object)
                return fail(object.error());
            auto cfg = desk::PolicyConfig::fromJson(object.value());
            if (!cfg)
                return fail(QStringLiteral("%1: %2").arg(path, cfg.error()));
            if (auto st = service.setPolicy(me, cfg.value()); !st)
                return fail(st.error());
        }
        auto cfg = service.policy();
        if (!cfg)
            return fail(cfg.error());
        o.json = cfg.value().toJson();
        o.text = QString::fromUtf8(QJsonDocument(o.json).toJson(QJsonDocument::Indented));
        return o;
    }
#if LX_CLI_ML
    if (verb == QLatin1String("ingest")) {
        const QString path = v.parser.value(QStringLiteral("input"));
        if (path.isEmpty())
            return fail(QStringLiteral("desk ingest needs --input FILE.jsonl"), 2);
        auto opened = InputFile::open(path);
        if (!opened)
            return fail(opened.error());
        QFile& f = *opened.value();
        auto cal = service.calendar();
        const int offset_s = cal ? cal.value().utcOffset_s() : 8 * 3600;
        const desk::SentimentFn classify = activeModelClassifier(m_auth.get());
        bool haveModel = true;
        service.setSentiment([&](const QString& text) -> Result<desk::SentimentReading> {
            if (!haveModel)
                return desk::SentimentReading{};
            auto r = classify(text);
            if (!r) {
                haveModel = false; // no model: messages keep no label, as the desk does without one
                return desk::SentimentReading{};
            }
            return r;
        });
        QStringList problems;
        QJsonObject actions;
        QJsonArray cutLines;
        qint64 ingested = 0, lineNumber = 0;
        QByteArray buffer;
        for (;;) {
            const InputFile::Line got = InputFile::readLine(f, limits::kMaxRecordBytes, buffer);
            if (got == InputFile::Line::End)
                break;
            ++lineNumber;
            if (got == InputFile::Line::TooLong) {
                problems.append(QStringLiteral("line %1: longer than %2").arg(lineNumber).arg(InputFile::sizeText(limits::kMaxRecordBytes)));
                continue;
            }
            const QByteArray line = buffer.trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject in = QJsonDocument::fromJson(line).object();
            desk::InboundMessage m;
            m.channel = in.value(QStringLiteral("channel")).toString(QStringLiteral("import"));
            const QJsonValue conv = in.value(QStringLiteral("conversation"));
            m.conversation = conv.isDouble() ? QString::number(conv.toDouble(), 'g', 17) : conv.toString();
            m.platformUserId = in.value(QStringLiteral("platform_user_id")).toString(in.value(QStringLiteral("user")).toString());
            m.text = in.value(QStringLiteral("text")).toString();
            const auto time = desk::parseIsoTime(in.value(QStringLiteral("time")).toString(), offset_s);
            if (in.isEmpty() || !time) {
                problems.append(QStringLiteral("line %1: %2").arg(lineNumber).arg(
                    in.isEmpty() ? QStringLiteral("not a JSON object") : QStringLiteral("\"time\" is not an ISO-8601 date and time")));
                continue;
            }
            m.time_ms = *time;
            if (in.value(QStringLiteral("vip")).isBool())
                m.vip = in.value(QStringLiteral("vip")).toBool();
            if (const QString label = in.value(QStringLiteral("sentiment")).toString(); !label.isEmpty()) {
                if (label != QLatin1String("positive") && label != QLatin1String("neutral") && label != QLatin1String("negative")) {
                    problems.append(QStringLiteral("line %1: \"sentiment\" is positive, neutral or negative").arg(lineNumber));
                    continue;
                }
                desk::SentimentReading r;
                r.label = label;
                m.sentiment = r;
            }
            auto done = service.ingest(me, m);
            if (!done) {
                problems.append(QStringLiteral("line %1: %2").arg(lineNumber).arg(done.error()));
                continue;
            }
            ++ingested;
            // The model read only the opening of a very long message: say which lines.
            if (!m.sentiment && haveModel && inference::textCut(m.text))
                cutLines.append(lineNumber);
            const QString key = desk::actionKey(done.value().decision.action);
            actions.insert(key, actions.value(key).toInt() + 1);
        }
        o.json = QJsonObject{{QStringLiteral("ingested"), ingested},
                             {QStringLiteral("skipped"), qint64(problems.size())},
                             {QStringLiteral("actions"), actions},
                             {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                             {QStringLiteral("cut_for_model"), QJsonObject{{QStringLiteral("lines"), cutLines},
                                                                           {QStringLiteral("chars"), limits::kMaxSentimentChars}}}};
        o.text = QStringLiteral("%1 message(s) ingested, %2 skipped\n").arg(ingested).arg(problems.size())
                 + problems.join(QLatin1Char('\n'));
        if (!cutLines.isEmpty())
            o.text += QStringLiteral("%1%2 message(s) longer than %3 characters: the model read their opening only\n")
                          .arg(problems.isEmpty() ? QString() : QStringLiteral("\n"))
                          .arg(cutLines.size())
                          .arg(limits::kMaxSentimentChars);
        return o;
    }
#endif
    if (verb == QLatin1String("queue")) {
        auto items = service.queue(me);
        if (!items)
            return fail(items.error());
        QJsonArray rows;
        QString text;
        for (const desk::QueueItem& i : items.value()) {
            QJsonObject row = conversationJson(i.conversation);
            row.insert(QStringLiteral("sla"), slaKey(i.sla));
            if (i.deadlineMs) {
                row.insert(QStringLiteral("deadline_kind"), i.deadlineKind);
                row.insert(QStringLiteral("deadline"), QDateTime::fromMSecsSinceEpoch(*i.deadlineMs).toString(Qt::ISODate));
                row.insert(QStringLiteral("remaining_business_s"), i.remainingBusinessMs / 1000);
            }
            rows.append(row);
            text += QStringLiteral("%1\t%2\t%3\t%4\tstreak %5\t%6\t%7\n")
                        .arg(i.conversation.id)
                        .arg(i.conversation.state, i.conversation.userLabel, i.conversation.agentName)
                        .arg(i.conversation.streak)
                        .arg(slaKey(i.sla), i.conversation.lastText.left(40));
        }
        o.json = QJsonObject{{QStringLiteral("conversations"), rows}};
        o.text = text;
        return o;
    }
    if (verb == QLatin1String("show")) {
        if (auto bad = needConversation())
            return *bad;
        auto row = service.conversation(me, conversationId);
        if (!row)
            return fail(row.error());
        auto messages = service.transcript(me, conversationId);
        if (!messages)
            return fail(messages.error());
        QJsonArray list;
        QString text;
        for (const store::DeskMessageRow& m : messages.value()) {
            QJsonObject j{{QStringLiteral("id"), m.id},
                          {QStringLiteral("role"), m.role},
                          {QStringLiteral("author"), m.author},
                          {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(Qt::ISODate)},
                          {QStringLiteral("text"), m.text}};
            if (!m.sentiment.isEmpty())
                j.insert(QStringLiteral("sentiment"), m.sentiment);
            if (!m.action.isEmpty())
                j.insert(QStringLiteral("action"), m.action);
            list.append(j);
            text += QStringLiteral("[%1] %2: %3%4\n")
                        .arg(QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(QStringLiteral("MM-dd HH:mm")), m.role, m.text,
                             m.sentiment.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(m.sentiment));
        }
        o.json = conversationJson(row.value());
        o.json.insert(QStringLiteral("messages"), list);
        o.text = text;
        return o;
    }
    if (verb == QLatin1String("take") || verb == QLatin1String("handback") || verb == QLatin1String("close")
        || verb == QLatin1String("escalate")) {
        if (auto bad = needConversation())
            return *bad;
        Result<store::ConversationRow> r = verb == QLatin1String("take")       ? service.take(me, conversationId)
                                           : verb == QLatin1String("handback") ? service.handBack(me, conversationId)
                                           : verb == QLatin1String("close")    ? service.close(me, conversationId, v.parser.value(QStringLiteral("reason")))
                                                                               : service.escalate(me, conversationId, v.parser.value(QStringLiteral("reason")));
        if (!r)
            return fail(r.error());
        o.json = conversationJson(r.value());
        o.text = QStringLiteral("conversation %1 is now %2\n").arg(r.value().id).arg(r.value().state);
        return o;
    }
    if (verb == QLatin1String("reply")) {
        if (auto bad = needConversation())
            return *bad;
        auto r = service.reply(me, conversationId, v.parser.value(QStringLiteral("text")));
        if (!r)
            return fail(r.error());
        o.json = QJsonObject{{QStringLiteral("sent"), r.value().blocking.isEmpty()},
                             {QStringLiteral("message_id"), r.value().messageId},
                             {QStringLiteral("blocking"), QJsonArray::fromStringList(r.value().blocking)},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(r.value().warnings)}};
        if (!r.value().blocking.isEmpty()) {
            o.exitCode = 3;
            o.error = QStringLiteral("not sent: ") + r.value().blocking.join(QStringLiteral("; "));
            return o;
        }
        o.text = QStringLiteral("sent\n");
        return o;
    }
    if (verb == QLatin1String("assign")) {
        if (!convText.isEmpty()) {
            auto r = service.assign(me, conversationId, v.parser.value(QStringLiteral("agent")),
                                    v.parser.isSet(QStringLiteral("force")));
            if (!r)
                return fail(r.error());
            o.json = QJsonObject{{QStringLiteral("assigned"), true}, {QStringLiteral("warning"), r.value()}};
            o.text = r.value().isEmpty() ? QStringLiteral("assigned\n") : QStringLiteral("assigned; warning: %1\n").arg(r.value());
            return o;
        }
        auto r = service.assignQueued(me);
        if (!r)
            return fail(r.error());
        QJsonArray list;
        for (const auto& a : r.value().assigned)
            list.append(QJsonObject{{QStringLiteral("conversation"), a.first}, {QStringLiteral("agent"), a.second}});
        o.json = QJsonObject{{QStringLiteral("assigned"), list}, {QStringLiteral("waiting"), r.value().stillWaiting}};
        o.text = QStringLiteral("%1 assigned, %2 still waiting\n").arg(list.size()).arg(r.value().stillWaiting);
        return o;
    }
    if (verb == QLatin1String("presence")) {
        const auto presence = desk::presenceFromKey(v.parser.value(QStringLiteral("set")));
        if (!presence)
            return fail(QStringLiteral("desk presence needs --set online|busy|away|offline"), 2);
        std::optional<int> capacity;
        if (v.parser.isSet(QStringLiteral("capacity"))) {
            int c = 0;
            QString error;
            if (!readInt(v.parser, "capacity", 0, 100, c, error))
                return fail(error, 2);
            capacity = c;
        }
        if (auto st = service.setPresence(me, *presence, capacity, v.parser.value(QStringLiteral("agent"))); !st)
            return fail(st.error());
        o.text = QStringLiteral("presence set\n");
        o.json = QJsonObject{{QStringLiteral("presence"), desk::presenceKey(*presence)}};
        return o;
    }
    if (verb == QLatin1String("agents")) {
        auto r = service.agents(me);
        if (!r)
            return fail(r.error());
        QJsonArray list;
        QString text;
        for (const store::AgentRow& a : r.value()) {
            list.append(QJsonObject{{QStringLiteral("name"), a.name},
                                    {QStringLiteral("role"), a.role},
                                    {QStringLiteral("presence"), a.presence},
                                    {QStringLiteral("capacity"), a.capacity},
                                    {QStringLiteral("load"), a.load}});
            text += QStringLiteral("%1\t%2\t%3\t%4/%5\n").arg(a.name, a.role, a.presence).arg(a.load).arg(a.capacity);
        }
        o.json = QJsonObject{{QStringLiteral("agents"), list}};
        o.text = text;
        return o;
    }
    if (verb == QLatin1String("monitor"))
        return deskMonitor(me, v.parser.isSet(QStringLiteral("once")),
                           v.parser.isSet(QStringLiteral("interval-ms")) ? v.parser.value(QStringLiteral("interval-ms")).toInt()
                                                                          : desk::DeskMonitor::kDefaultInterval_ms);
    if (verb == QLatin1String("sla")) {
        auto r = service.enforceSla(me);
        if (!r)
            return fail(r.error());
        o.json = QJsonObject{{QStringLiteral("breached"), r.value().breached},
                             {QStringLiteral("warned"), r.value().warned},
                             {QStringLiteral("requeued"), r.value().requeued}};
        o.text = QStringLiteral("%1 breached, %2 warned, %3 back in the queue\n")
                     .arg(r.value().breached).arg(r.value().warned).arg(r.value().requeued);
        return o;
    }
    if (verb == QLatin1String("complaints")) {
        const QString out = v.parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return fail(QStringLiteral("desk complaints needs --out FILE.csv"), 2);
        auto r = service.exportComplaints(me, out);
        if (!r)
            return fail(r.error());
        o.json = QJsonObject{{QStringLiteral("rows"), r.value()}, {QStringLiteral("file"), out}};
        o.text = QStringLiteral("%1 complaint record(s) written to %2\n").arg(r.value()).arg(out);
        return o;
    }
    return fail(QStringLiteral("unknown desk verb '%1'\n%2").arg(excerpt(verb), help), 2);
}

} // namespace lx::cli
