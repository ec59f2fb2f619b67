// lingxi-cli profiles / events / funnel / privacy: the profile store headless.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "common/OutputFile.h"

#include "auth/AuthService.h"
#include "cli/VerbParser.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"
#include "profiles/ProfileTagger.h"
#include "profiles/Records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace lx::cli {

namespace {

const char* const kProfilesHelp =
    "Usage: lingxi-cli [--workspace PATH] --as OPERATOR profiles <verb> [options] [--json]\n"
    "\n"
    "  import FILE [--format jsonl|csv|xml] [--all-or-nothing] [--rejects PATH]   (import_data)\n"
    "      prints {read, inserted, updated, rejected, reject_report}; bad records go to the\n"
    "      reject report (FILE.rejects.csv by default) with line and reason\n"
    "  show PLATFORM:PLATFORM_USER_ID     the profile, its layers and tags and why (view_profiles)\n"
    "  count [--segment EXPR]             users in a segment\n"
    "  list [--segment EXPR] [--offset N] [--limit N]   masked rows of a segment\n"
    "  retag                              recompute every user's tags from their events\n"
    "  rules --export FILE | --import FILE   the tagging rules as JSON (thresholds, interest\n"
    "                                     keywords, occupation keywords, sensitive attributes)\n"
    "  cities --export FILE | --import FILE  the city → tier table as CSV (city,short,province,tier)\n"
    "\n"
    "Profile fields (CSV header names, JSON keys or XML child elements): platform (wechat, wecom,\n"
    "weibo, douyin, xiaohongshu, web) and platform_user_id (1-128 characters) are required; name,\n"
    "phone and id_card are kept only as keyed pseudonyms and masked forms; gender, birth_year or\n"
    "age, city, occupation, followers, interests ('|'-separated), vip (true/false), first_seen and\n"
    "last_seen (ISO-8601), consents (a JSON list of {purpose, granted, time, source}; purposes\n"
    "marketing, profiling, sensitive).\n"
    "\n"
    "A segment: clauses joined by 'and', each field=value or field!=value, '|' between\n"
    "alternatives; fields platform, gender, age_band, city_tier, occupation, value_tier,\n"
    "attitude, vip, tag, consent. Example:\n"
    "  --segment 'age_band=25-34 and city_tier=tier1|new_tier1 and consent=marketing'\n";

const char* const kEventsHelp =
    "Usage: lingxi-cli [--workspace PATH] --as OPERATOR events import FILE [--format jsonl|csv|xml]\n"
    "                  [--all-or-nothing] [--rejects PATH] [--json]\n"
    "\n"
    "Imports behaviour events: platform, platform_user_id, time (ISO-8601, with an offset or read\n"
    "as +08:00), type (impression, click, conversion, like, comment, share, favorite, view,\n"
    "add_to_cart, purchase, register, review, read_complete, video_complete, signup, participate,\n"
    "complete), and optional content_id, brand, amount (a number), coupon (true/false), tags\n"
    "('|'-separated), experiment, variant and sentiment (positive, neutral, negative). A user not\n"
    "seen before gets a minimal profile; the same event imported twice is stored once.\n";

const char* const kFunnelHelp =
    "Usage: lingxi-cli [--workspace PATH] --as OPERATOR funnel --steps TYPE,TYPE[,TYPE...]\n"
    "                  [--segment EXPR] [--from DATE --to DATE] [--window-days N] [--json]\n"
    "\n"
    "Counts the users who did the first step between --from and --to (default: the last 30 days),\n"
    "then each later step in order within the conversion window of their first step (default:\n"
    "7 days; 1 day from view; 30 days from register). Rates are of the step before.\n"
    "Standard funnels: impression,click,conversion  view,read_complete  view,video_complete\n"
    "register,purchase,review\n";

const char* const kPrivacyHelp =
    "Usage: lingxi-cli [--workspace PATH] --as OPERATOR privacy <verb> [options] [--json]\n"
    "\n"
    "  export --user PLATFORM:ID [--out FILE]   a person's data as JSON (PIPL Art. 45; supervisor or admin)\n"
    "  delete --user PLATFORM:ID                erase a person's data (PIPL Art. 47; admin)\n"
    "  withdraw --user PLATFORM:ID --purpose marketing|profiling|contact|sensitive [--source TEXT]\n"
    "                                           record a withdrawal of consent; effective at once\n"
    "  purge [--dry-run]                        erase users inactive for longer than the retention\n"
    "                                           period (default 3 years; admin)\n"
    "  retention [--days N]                     show or set the retention period\n";

constexpr qint64 kDay = profiles::Records::kDayMs;

QString iso(qint64 ms)
{
    return profiles::Records::isoTime(ms);
}

} // namespace

Cli::Outcome Cli::profilesArea(const QString& area, const QString& verb, const QStringList& args)
{
    const bool events = area == QLatin1String("events");
    const char* help = events ? kEventsHelp : kProfilesHelp;
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(QString::fromUtf8(help));
    const QStringList verbs = events ? QStringList{QStringLiteral("import")}
                                     : QStringList{QStringLiteral("import"), QStringLiteral("show"), QStringLiteral("count"),
                                                   QStringLiteral("list"), QStringLiteral("retag"), QStringLiteral("rules"),
                                                   QStringLiteral("cities")};
    if (!verbs.contains(verb))
        return fail(QStringLiteral("unknown verb '%1 %2' (see lingxi-cli %1 --help)").arg(area, excerpt(verb)), 2);
    VerbParser v;
    if (auto early = prepareVerb(v, args,
                                 {valueOption("format"), flagOption("all-or-nothing"), valueOption("rejects"),
                                  valueOption("segment"), valueOption("offset"), valueOption("limit"),
                                  valueOption("export"), valueOption("import")},
                                 help, 1))
        return *early;
    auto session = login();
    if (!session)
        return fail(session.error());
    profiles::ProfileService service(*m_auth);
    Outcome o;
    const QStringList positional = v.parser.positionalArguments();

    if (verb == QLatin1String("import")) {
        if (positional.size() != 1)
            return fail(QStringLiteral("%1 import needs one FILE").arg(area), 2);
        profiles::ImportOptions options;
        auto format = profiles::RecordReader::parseFormat(v.parser.value(QStringLiteral("format")));
        if (!format)
            return fail(format.error(), 2);
        options.format = format.value();
        options.allOrNothing = v.parser.isSet(QStringLiteral("all-or-nothing"));
        options.rejectReport = v.parser.value(QStringLiteral("rejects"));
        auto report = events ? service.importEvents(session.value(), positional.first(), options)
                             : service.importProfiles(session.value(), positional.first(), options);
        if (!report)
            return fail(report.error());
        const auto& r = report.value();
        o.json = r.toJson();
        o.text = QStringLiteral("read %1, inserted %2, updated %3, unchanged %4, rejected %5\n")
                     .arg(r.read)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.unchanged)
                     .arg(r.rejected);
        if (r.profilesCreated > 0)
            o.text += QStringLiteral("%1 new user(s) got a minimal profile\n").arg(r.profilesCreated);
        if (r.sensitiveDropped > 0)
            o.text += QStringLiteral("%1 sensitive attribute(s) left out for want of separate consent\n").arg(r.sensitiveDropped);
        for (const auto& rej : r.firstRejects.mid(0, 10))
            o.text += QStringLiteral("  %1: %2\n").arg(rej.where, rej.reason);
        if (!r.rejectReport.isEmpty())
            o.text += QStringLiteral("reject report: %1\n").arg(r.rejectReport);
        if (r.refused) {
            o.text += QStringLiteral("--all-or-nothing: nothing was stored\n");
            o.error = QStringLiteral("%1 bad record(s); --all-or-nothing stored nothing").arg(r.rejected);
            o.exitCode = 1;
        } else if (r.read == 0) {
            o.error = QStringLiteral("no records in %1").arg(InputFile::displayName(positional.first()));
            o.exitCode = 1;
        }
        return o;
    }
    if (verb == QLatin1String("show")) {
        if (positional.size() != 1)
            return fail(QStringLiteral("profiles show needs PLATFORM:PLATFORM_USER_ID"), 2);
        auto user = profiles::ProfileService::parseUser(positional.first());
        if (!user)
            return fail(user.error(), 2);
        auto card = service.card(session.value(), user.value().first, user.value().second, 50);
        if (!card)
            return fail(card.error());
        o.json = card.value().toJson();
        const auto& p = card.value().profile;
        QString t = QStringLiteral("%1:%2  %3 %4\n").arg(p.platform, p.platformUserId, p.nameMasked, p.phoneMasked);
        for (const auto& l : card.value().layers)
            t += QStringLiteral("  %1: %2 (%3)\n").arg(l.dimension, l.value, l.reason);
        for (const auto& tag : card.value().tags)
            t += QStringLiteral("  tag %1 [%2]: %3\n").arg(tag.tag, tag.kind, tag.reason);
        for (const QString& purpose : profiles::Layers::purposes())
            t += QStringLiteral("  consent %1: %2\n")
                     .arg(purpose, (card.value().consentBits & profiles::Layers::purposeBit(purpose)) ? QStringLiteral("granted")
                                                                                                    : QStringLiteral("not granted"));
        t += QStringLiteral("  %1 event(s)\n").arg(card.value().eventCount);
        o.text = t;
        return o;
    }
    if (verb == QLatin1String("rules") || verb == QLatin1String("cities")) {
        const bool rules = verb == QLatin1String("rules");
        const QString out = v.parser.value(QStringLiteral("export"));
        const QString in = v.parser.value(QStringLiteral("import"));
        if (out.isEmpty() == in.isEmpty())
            return fail(QStringLiteral("profiles %1 needs --export FILE or --import FILE").arg(verb), 2);
        if (!in.isEmpty()) {
            auto read = rules ? readFileArgument(in, limits::kMaxJsonArgumentBytes, QStringLiteral("tag rules"))
                              : readFileArgument(in, limits::kMaxTableBytes, QStringLiteral("a city table"));
            if (!read)
                return fail(read.error());
            const QByteArray& bytes = read.value();
            if (auto st = rules ? service.setRules(session.value(), bytes) : service.setCityTable(session.value(), bytes); !st)
                return fail(QStringLiteral("%1: %2").arg(InputFile::displayName(in), st.error()));
            o.json = QJsonObject{{QStringLiteral("imported"), in}};
            o.text = QStringLiteral("%1 in use; every user's layers and tags follow it\n").arg(in);
            return o;
        }
        QByteArray bytes;
        if (rules) {
            auto r = service.rules(session.value());
            if (!r)
                return fail(r.error());
            bytes = QJsonDocument(r.value()).toJson();
        } else {
            auto c = service.cityTable(session.value());
            if (!c)
                return fail(c.error());
            bytes = c.value();
        }
        if (auto st = OutputFile::write(out, bytes); !st)
            return fail(st.error());
        o.json = QJsonObject{{QStringLiteral("exported"), out}};
        o.text = QStringLiteral("written to %1\n").arg(out);
        return o;
    }
    auto segment = profiles::Segment::parse(v.parser.value(QStringLiteral("segment")));
    if (!segment)
        return fail(segment.error(), 2);
    if (verb == QLatin1String("count")) {
        auto n = service.count(session.value(), segment.value());
        if (!n)
            return fail(n.error());
        o.json = QJsonObject{{QStringLiteral("segment"), segment.value().expression()}, {QStringLiteral("count"), n.value()}};
        o.text = QString::number(n.value()) + QLatin1Char('\n');
        return o;
    }
    if (verb == QLatin1String("list")) {
        const qint64 offset = v.parser.value(QStringLiteral("offset")).toLongLong();
        const int limit = v.parser.isSet(QStringLiteral("limit")) ? v.parser.value(QStringLiteral("limit")).toInt() : 50;
        auto rows = service.page(session.value(), segment.value(), offset, qBound(1, limit, 10000));
        if (!rows)
            return fail(rows.error());
        QJsonArray list;
        QString t;
        for (const auto& r : rows.value()) {
            list.append(QJsonObject{
                {QStringLiteral("user"), QString(r.platform + QLatin1Char(':') + r.platformUserId)},
                {QStringLiteral("name"), r.nameMasked},
                {QStringLiteral("phone"), r.phoneMasked},
                {QStringLiteral("age_band"), profiles::Layers::value(QStringLiteral("age_band"), r.ageBand)},
                {QStringLiteral("city_tier"), profiles::Layers::value(QStringLiteral("city_tier"), r.cityTier)},
                {QStringLiteral("value_tier"), profiles::Layers::value(QStringLiteral("value_tier"), r.valueTier)}});
            t += QStringLiteral("%1:%2  %3  %4\n").arg(r.platform, r.platformUserId, r.nameMasked, r.phoneMasked);
        }
        o.json = QJsonObject{{QStringLiteral("profiles"), list}};
        o.text = t;
        return o;
    }
    auto n = service.retag(session.value());
    if (!n)
        return fail(n.error());
    o.json = QJsonObject{{QStringLiteral("retagged"), n.value()}};
    o.text = QStringLiteral("retagged %1 profile(s)\n").arg(n.value());
    return o;
}

Cli::Outcome Cli::funnelArea(const QStringList& args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help"))
        return usage(QString::fromUtf8(kFunnelHelp));
    VerbParser v;
    if (auto early = prepareVerb(v, args,
                                 {valueOption("steps"), valueOption("segment"), valueOption("from"), valueOption("to"),
                                  valueOption("window-days")},
                                 kFunnelHelp))
        return *early;
    const QStringList steps = v.parser.value(QStringLiteral("steps")).split(u',', Qt::SkipEmptyParts);
    auto codes = profiles::ProfileService::funnelSteps(steps);
    if (!codes)
        return fail(codes.error(), 2);
    auto segment = profiles::Segment::parse(v.parser.value(QStringLiteral("segment")));
    if (!segment)
        return fail(segment.error(), 2);
    auto session = login();
    if (!session)
        return fail(session.error());
    qint64 to = m_auth->nowMs();
    qint64 from = to - 30 * kDay;
    if (v.parser.isSet(QStringLiteral("from"))) {
        const auto t = profiles::Records::parseTime(v.parser.value(QStringLiteral("from")));
        if (!t)
            return fail(QStringLiteral("--from is an ISO-8601 date or time"), 2);
        from = *t;
    }
    if (v.parser.isSet(QStringLiteral("to"))) {
        const QString value = v.parser.value(QStringLiteral("to"));
        const auto t = profiles::Records::parseTime(value);
        if (!t)
            return fail(QStringLiteral("--to is an ISO-8601 date or time"), 2);
        // A bare date means the whole of that day.
        to = value.trimmed().size() == 10 ? *t + kDay - 1 : *t;
    }
    qint64 window = profiles::ProfileService::defaultWindowMs(steps);
    if (v.parser.isSet(QStringLiteral("window-days"))) {
        bool ok = false;
        const double days = v.parser.value(QStringLiteral("window-days")).toDouble(&ok);
        if (!ok || days <= 0)
            return fail(QStringLiteral("--window-days is a positive number"), 2);
        window = qint64(days * double(kDay));
    }
    profiles::ProfileService service(*m_auth);
    auto result = service.funnel(session.value(), steps, from, to, window, segment.value());
    if (!result)
        return fail(result.error());
    Outcome o;
    o.json = result.value().toJson();
    QString t = QStringLiteral("%1 .. %2, window %3 day(s)\n").arg(iso(from), iso(to)).arg(double(window) / double(kDay));
    for (const auto& s : result.value().steps)
        t += QStringLiteral("  %1 %2  %3 %\n").arg(s.type, -16).arg(s.users, 9).arg(s.rateFromPrevious * 100, 0, 'f', 1);
    o.text = t;
    return o;
}

Cli::Outcome Cli::privacyArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kPrivacyHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    const QStringList verbs = {QStringLiteral("export"), QStringLiteral("delete"), QStringLiteral("withdraw"),
                               QStringLiteral("purge"), QStringLiteral("retention")};
    if (!verbs.contains(verb))
        return fail(QStringLiteral("unknown verb 'privacy %1' (see lingxi-cli privacy --help)").arg(excerpt(verb)), 2);
    VerbParser v;
    if (auto early = prepareVerb(v, args,
                                 {valueOption("user"), valueOption("out"), valueOption("purpose"), valueOption("source"),
                                  flagOption("dry-run"), valueOption("days")},
                                 kPrivacyHelp))
        return *early;
    std::optional<QPair<QString, QString>> user;
    if (verb == QLatin1String("export") || verb == QLatin1String("delete") || verb == QLatin1String("withdraw")) {
        auto u = profiles::ProfileService::parseUser(v.parser.value(QStringLiteral("user")));
        if (!u)
            return fail(u.error(), 2);
        user = u.value();
    }
    auto session = login();
    if (!session)
        return fail(session.error());
    profiles::ProfileService service(*m_auth);
    Outcome o;
    if (verb == QLatin1String("export")) {
        auto data = service.exportUser(session.value(), user->first, user->second);
        if (!data)
            return fail(data.error());
        const QString out = v.parser.value(QStringLiteral("out"));
        if (!out.isEmpty()) {
            QFile f(out);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return fail(QStringLiteral("cannot create %1 (it must not exist yet): %2").arg(InputFile::displayName(out), f.errorString()));
            const QByteArray bytes = QJsonDocument(data.value()).toJson();
            if (f.write(bytes) != bytes.size() || !f.flush()) {
                const QString why = f.errorString();
                f.close();
                f.remove(); // nothing half-written is left behind
                return fail(QStringLiteral("cannot write %1: %2").arg(InputFile::displayName(out), why));
            }
            o.json = QJsonObject{{QStringLiteral("written"), out}};
            o.text = QStringLiteral("written to %1\n").arg(out);
        } else {
            o.json = data.value();
            o.text = QString::fromUtf8(QJsonDocument(data.value()).toJson());
        }
        return o;
    }
    if (verb == QLatin1String("delete")) {
        if (auto st = service.deleteUser(session.value(), user->first, user->second); !st)
            return fail(st.error());
        o.json = QJsonObject{{QStringLiteral("deleted"), QString(user->first + QLatin1Char(':') + user->second)}};
        o.text = QStringLiteral("deleted %1:%2 and everything recorded about them\n").arg(user->first, user->second);
        return o;
    }
    if (verb == QLatin1String("withdraw")) {
        const QString purpose = v.parser.value(QStringLiteral("purpose")).trimmed().toLower();
        if (auto st = service.withdrawConsent(session.value(), user->first, user->second, purpose,
                                              v.parser.value(QStringLiteral("source")));
            !st)
            return fail(st.error());
        o.json = QJsonObject{{QStringLiteral("withdrawn"), purpose}};
        o.text = QStringLiteral("%1 withdrew consent to %2\n").arg(user->first + QLatin1Char(':') + user->second, purpose);
        return o;
    }
    if (verb == QLatin1String("retention")) {
        if (v.parser.isSet(QStringLiteral("days"))) {
            bool ok = false;
            const int days = v.parser.value(QStringLiteral("days")).toInt(&ok);
            if (!ok)
                return fail(QStringLiteral("--days is a whole number"), 2);
            if (auto st = service.setRetentionDays(session.value(), days); !st)
                return fail(st.error());
        }
        auto days = service.retentionDays();
        if (!days)
            return fail(days.error());
        o.json = QJsonObject{{QStringLiteral("retention_days"), days.value()}};
        o.text = QStringLiteral("%1 days\n").arg(days.value());
        return o;
    }
    const bool dry = v.parser.isSet(QStringLiteral("dry-run"));
    auto report = service.purge(session.value(), dry);
    if (!report)
        return fail(report.error());
    o.json = QJsonObject{{QStringLiteral("retention_days"), report.value().retentionDays},
                         {QStringLiteral("cutoff"), iso(report.value().cutoffMs)},
                         {QStringLiteral("inactive"), report.value().candidates},
                         {QStringLiteral("deleted"), report.value().deleted},
                         {QStringLiteral("dry_run"), dry}};
    o.text = dry ? QStringLiteral("%1 user(s) inactive since %2 would be erased\n").arg(report.value().candidates).arg(iso(report.value().cutoffMs))
                 : QStringLiteral("erased %1 user(s) inactive since %2\n").arg(report.value().deleted).arg(iso(report.value().cutoffMs));
    return o;
}

} // namespace lx::cli
