// lingxi-cli experiments: define, start, stop and list the workspace's experiments.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "auth/AuthService.h"
#include "cli/VerbParser.h"
#include "experiments/ExperimentService.h"

#include <QDateTime>
#include <QJsonArray>

namespace lx::cli {

namespace {

const char* const kExperimentsHelp =
    "Usage: lingxi-cli [--workspace PATH] --as OPERATOR experiments <verb> [options] [--json]\n"
    "\n"
    "  list                                           (run_experiments or view_experiments)\n"
    "  create --name NAME --metric click_through|conversion|engagement\n"
    "         --variant ITEM[@VERSION][:WEIGHT] --variant ... (2 or 3; ITEM is a template or\n"
    "         script number; the latest version unless @VERSION; weight 1 unless given)\n"
    "         [--guardrail METRIC]... [--start ISO] [--end ISO]\n"
    "  start --id N | stop --id N\n"
    "  assign --id N --user USER_ID                   the variant a user sees in a running experiment\n";

QJsonObject experimentJson(const experiments::Experiment& e)
{
    QJsonArray variants;
    for (const auto& v : e.variants)
        variants.append(QJsonObject{{QStringLiteral("label"), v.label},
                                    {QStringLiteral("item"), v.itemId},
                                    {QStringLiteral("version"), v.version},
                                    {QStringLiteral("weight"), v.weight}});
    auto time = [](const std::optional<qint64>& ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms).toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("metric"), e.metric},
                       {QStringLiteral("guardrails"), QJsonArray::fromStringList(e.guardrails)},
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("start"), time(e.startMs)},
                       {QStringLiteral("end"), time(e.endMs)},
                       {QStringLiteral("created_by"), e.createdBy},
                       {QStringLiteral("variants"), variants}};
}

} // namespace

Cli::Outcome Cli::experimentsArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kExperimentsHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    VerbParser v;
    if (!v.parse(args, {valueOption("name"), valueOption("metric"), valueOption("variant"), valueOption("guardrail"),
                        valueOption("start"), valueOption("end"), valueOption("id"), valueOption("user")}))
        return fail(v.error, 2);
    if (v.help)
        return usage(help);
    if (verb != QLatin1String("list") && verb != QLatin1String("create") && verb != QLatin1String("start")
        && verb != QLatin1String("stop") && verb != QLatin1String("assign"))
        return fail(QStringLiteral("unknown verb 'experiments %1' (see lingxi-cli experiments --help)").arg(excerpt(verb)), 2);
    if (auto st = openWorkspace(false); !st)
        return fail(st.error());
    auto session = login();
    if (!session)
        return fail(session.error());
    experiments::ExperimentService service(*m_auth);
    Outcome o;

    if (verb == QLatin1String("list")) {
        auto all = service.list(session.value());
        if (!all)
            return fail(all.error());
        QJsonArray list;
        QString text;
        for (const auto& e : all.value()) {
            list.append(experimentJson(e));
            QStringList parts;
            for (const auto& var : e.variants)
                parts.append(QStringLiteral("%1=#%2@v%3×%4").arg(var.label).arg(var.itemId).arg(var.version).arg(var.weight));
            text += QStringLiteral("%1  %2  %3  %4  %5\n").arg(e.id).arg(e.name, -24).arg(e.status, -8).arg(e.metric, -14).arg(parts.join(QStringLiteral(" ")));
        }
        o.json = QJsonObject{{QStringLiteral("experiments"), list}};
        o.text = text.isEmpty() ? QStringLiteral("no experiments\n") : text;
        return o;
    }

    bool okId = false;
    const qint64 id = v.parser.value(QStringLiteral("id")).toLongLong(&okId);
    if (verb == QLatin1String("start") || verb == QLatin1String("stop")) {
        if (!okId)
            return fail(QStringLiteral("experiments %1 needs --id N").arg(verb), 2);
        auto e = service.setStatus(session.value(), id,
                                   verb == QLatin1String("start") ? QStringLiteral("running") : QStringLiteral("stopped"));
        if (!e)
            return fail(e.error());
        o.json = experimentJson(e.value());
        o.text = QStringLiteral("%1 is %2\n").arg(e.value().name, e.value().status);
        return o;
    }
    if (verb == QLatin1String("assign")) {
        const QString user = v.parser.value(QStringLiteral("user"));
        if (!okId || user.isEmpty())
            return fail(QStringLiteral("experiments assign needs --id N and --user USER_ID"), 2);
        auto label = service.assign(session.value(), id, user);
        if (!label)
            return fail(label.error());
        o.json = QJsonObject{{QStringLiteral("experiment"), id},
                             {QStringLiteral("user"), user},
                             {QStringLiteral("variant"), label.value().isEmpty() ? QJsonValue() : QJsonValue(label.value())}};
        o.text = label.value().isEmpty() ? QStringLiteral("not enrolled (the experiment is not running)\n") : label.value() + QLatin1Char('\n');
        return o;
    }

    experiments::Experiment e;
    e.name = v.parser.value(QStringLiteral("name"));
    e.metric = v.parser.value(QStringLiteral("metric"));
    e.guardrails = v.parser.values(QStringLiteral("guardrail"));
    for (const QString& spec : v.parser.values(QStringLiteral("variant"))) {
        // ITEM[@VERSION][:WEIGHT]
        experiments::ExperimentVariant var;
        QString rest = spec;
        const int colon = int(rest.indexOf(QLatin1Char(':')));
        bool ok = true;
        if (colon >= 0) {
            var.weight = rest.mid(colon + 1).toDouble(&ok);
            rest = rest.left(colon);
        }
        const int at = int(rest.indexOf(QLatin1Char('@')));
        bool okVersion = true;
        if (at >= 0) {
            var.version = rest.mid(at + 1).toInt(&okVersion);
            rest = rest.left(at);
        }
        bool okItem = false;
        var.itemId = rest.toLongLong(&okItem);
        if (!ok || !okVersion || !okItem)
            return fail(QStringLiteral("--variant %1: expected ITEM[@VERSION][:WEIGHT], e.g. 3@2:1").arg(spec), 2);
        e.variants.append(var);
    }
    for (const char* which : {"start", "end"}) {
        const QString text = v.parser.value(QString::fromLatin1(which));
        if (text.isEmpty())
            continue;
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            return fail(QStringLiteral("--%1 needs an ISO date or time, not '%2'").arg(QString::fromLatin1(which), excerpt(text)), 2);
        (QLatin1String(which) == QLatin1String("start") ? e.startMs : e.endMs) = t.toMSecsSinceEpoch();
    }
    auto created = service.create(session.value(), e);
    if (!created)
        return fail(created.error());
    o.json = experimentJson(created.value());
    o.text = QStringLiteral("experiment %1 created (draft): %2\n").arg(created.value().id).arg(created.value().name);
    return o;
}

} // namespace lx::cli
