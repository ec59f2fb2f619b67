#include "dashboard/DashboardService.h"

#include "common/Excerpt.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "profiles/Layers.h"
#include "profiles/Records.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <algorithm>

namespace lx::dashboard {

namespace {

const QString kTargetsKey = QStringLiteral("dashboard.targets");
constexpr qint64 kDay_ms = 24LL * 3600 * 1000;

QList<int> codes(const QStringList& types)
{
    QList<int> out;
    for (const QString& t : types)
        out.append(profiles::Records::eventTypeCode(t));
    return out;
}

const QList<int>& impressionTypes()
{
    static const QList<int> c = codes({QStringLiteral("impression")});
    return c;
}
const QList<int>& clickTypes()
{
    static const QList<int> c = codes({QStringLiteral("click")});
    return c;
}
const QList<int>& conversionTypes()
{
    static const QList<int> c = codes({QStringLiteral("conversion"), QStringLiteral("purchase")});
    return c;
}
const QList<int>& engagementTypes()
{
    static const QList<int> c = codes({QStringLiteral("like"), QStringLiteral("comment"), QStringLiteral("share"),
                                       QStringLiteral("favorite")});
    return c;
}

const QStringList kEscalationKinds{QStringLiteral("escalate_supervisor"), QStringLiteral("escalated"),
                                   QStringLiteral("sla_breach"), QStringLiteral("callback_breach")};
const QStringList kBreachKinds{QStringLiteral("sla_breach"), QStringLiteral("callback_breach")};

std::optional<double> ratio(qint64 a, qint64 b)
{
    return b > 0 ? std::optional<double>(double(a) / double(b)) : std::nullopt;
}

std::optional<double> median(std::vector<double> v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void judge(Kpi& k)
{
    if (k.current && k.previous && *k.previous != 0)
        k.change = (*k.current - *k.previous) / *k.previous;
    if (k.targetChange && k.change)
        k.met = *k.change >= *k.targetChange;
}

} // namespace

DashboardService::DashboardService(auth::AuthService& auth) : m_auth(auth)
{
}

qint64 DashboardService::periodMs(Period period)
{
    return (period == Period::Week ? 7 : 30) * kDay_ms;
}

QString DashboardService::kpiTitle(const QString& key)
{
    if (key == QLatin1String("conversion"))
        return tr("Conversion");
    if (key == QLatin1String("click_through"))
        return tr("Click-through");
    if (key == QLatin1String("engagement"))
        return tr("Engagement");
    if (key == QLatin1String("user_messages"))
        return tr("Customer messages");
    if (key == QLatin1String("escalations"))
        return tr("Escalations");
    if (key == QLatin1String("sla_breaches"))
        return tr("SLA breaches");
    if (key == QLatin1String("first_response_median"))
        return tr("Median first reply");
    if (key == QLatin1String("callbacks_due"))
        return tr("Callbacks open");
    if (key == QLatin1String("my_replies"))
        return tr("My replies");
    if (key == QLatin1String("my_conversations"))
        return tr("My conversations now");
    return key;
}

Scope DashboardService::scopeOf(const auth::Session& actor)
{
    if (actor.can(auth::Permission::ViewDashboard))
        return Scope::Full;
    if (actor.can(auth::Permission::ViewExperiments))
        return Scope::Marketing;
    return Scope::Own;
}

Status DashboardService::requireScope(const auth::Session& actor, const QString& action, const QString& target) const
{
    switch (scopeOf(actor)) {
    case Scope::Full: return m_auth.require(actor, auth::Permission::ViewDashboard, action, target);
    case Scope::Marketing: return m_auth.require(actor, auth::Permission::ViewExperiments, action, target);
    case Scope::Own: return m_auth.require(actor, auth::Permission::HandleConversations, action, target);
    }
    return Status::failure(tr("no dashboard for this role"));
}

Result<QHash<QString, double>> DashboardService::targets() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto text = store::SettingsTable::value(db, kTargetsKey);
    if (!text)
        return Result<QHash<QString, double>>(text.status());
    QHash<QString, double> t{{QStringLiteral("conversion"), 0.20},
                             {QStringLiteral("click_through"), 0.10},
                             {QStringLiteral("engagement"), 0.10}};
    const QJsonObject o = QJsonDocument::fromJson(text.value().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        t.insert(it.key(), it.value().toDouble());
    return t;
}

Status DashboardService::setTargets(const auth::Session& actor, const QHash<QString, double>& targets)
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewAllQueues, QStringLiteral("dashboard.targets")); !st)
        return st;
    QJsonObject o;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        o.insert(it.key(), it.value());
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    return m_auth.workspace()
        .writer()
        .runSync([o, name, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::SettingsTable::setValue(db, kTargetsKey,
                                                         QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                !st)
                return Result<QVariant>(st);
            return store::jobResult(
                audit::AuditLog::append(db, name, QStringLiteral("dashboard.targets"), QStringLiteral("dashboard"), o, now));
        })
        .status();
}

Result<DashboardData> DashboardService::load(const auth::Session& actor, Period period, qint64 nowMs) const
{
    using R = Result<DashboardData>;
    if (auto st = requireScope(actor, QStringLiteral("dashboard.view")); !st)
        return R(st);
    QElapsedTimer clock;
    clock.start();
    DashboardData d;
    d.period = period;
    d.scope = scopeOf(actor);
    d.toMs = nowMs + 1; // up to and including now
    d.fromMs = d.toMs - periodMs(period);
    d.previousFromMs = d.fromMs - periodMs(period);
    QSqlDatabase db = m_auth.workspace().reader();
    auto goals = targets();
    const QHash<QString, double> target = goals ? goals.value() : QHash<QString, double>();
    if (d.scope == Scope::Own)
        return loadOwn(actor, d, nowMs, clock.elapsed());

    auto eng = store::DashboardQuery::engagement(db, d.previousFromMs, d.fromMs, d.toMs, impressionTypes(), clickTypes(),
                                                 conversionTypes(), engagementTypes());
    if (!eng)
        return R(eng.status());
    const store::EngagementCounts& cur = eng.value().first;
    const store::EngagementCounts& prev = eng.value().second;
    auto rateKpi = [&](const QString& key, qint64 num, qint64 den, qint64 prevNum, qint64 prevDen) {
        Kpi k;
        k.key = key;
        k.unit = QStringLiteral("rate");
        k.current = ratio(num, den);
        k.previous = ratio(prevNum, prevDen);
        k.numerator = num;
        k.denominator = den;
        if (target.contains(key))
            k.targetChange = target.value(key);
        judge(k);
        d.kpis.append(k);
    };
    rateKpi(QStringLiteral("conversion"), cur.converted, cur.impressed, prev.converted, prev.impressed);
    rateKpi(QStringLiteral("click_through"), cur.clicked, cur.impressed, prev.clicked, prev.impressed);
    rateKpi(QStringLiteral("engagement"), cur.engaged, cur.impressed, prev.engaged, prev.impressed);

    // The desk's numbers are for supervisors and admins (agents see their own, above).
    if (d.scope == Scope::Full) {
        auto countKpi = [&](const QString& key, Result<qint64> now, Result<qint64> before, bool lowerIsBetter) -> Status {
            if (!now)
                return now.status();
            if (!before)
                return before.status();
            Kpi k;
            k.key = key;
            k.unit = QStringLiteral("count");
            k.current = double(now.value());
            k.previous = double(before.value());
            k.numerator = now.value();
            k.lowerIsBetter = lowerIsBetter;
            judge(k);
            d.kpis.append(k);
            return Status::success();
        };
        if (auto st = countKpi(QStringLiteral("user_messages"),
                               store::DashboardQuery::messageCount(db, QStringLiteral("user"), d.fromMs, d.toMs),
                               store::DashboardQuery::messageCount(db, QStringLiteral("user"), d.previousFromMs, d.fromMs), false);
            !st)
            return R(st);
        if (auto st = countKpi(QStringLiteral("escalations"),
                               store::DashboardQuery::alertCount(db, kEscalationKinds, d.fromMs, d.toMs),
                               store::DashboardQuery::alertCount(db, kEscalationKinds, d.previousFromMs, d.fromMs), true);
            !st)
            return R(st);
        if (auto st = countKpi(QStringLiteral("sla_breaches"), store::DashboardQuery::alertCount(db, kBreachKinds, d.fromMs, d.toMs),
                               store::DashboardQuery::alertCount(db, kBreachKinds, d.previousFromMs, d.fromMs), true);
            !st)
            return R(st);

        auto responseMinutes = [&db](qint64 from, qint64 to, qint64& answered, qint64& asked) -> Result<std::optional<double>> {
            auto rows = store::DashboardQuery::firstResponses(db, from, to);
            if (!rows)
                return Result<std::optional<double>>(rows.status());
            std::vector<double> minutes;
            for (const store::FirstResponse& r : rows.value()) {
                if (r.firstReplyMs)
                    minutes.push_back(double(*r.firstReplyMs - r.queuedMs) / 60000.0);
            }
            answered = qint64(minutes.size());
            asked = rows.value().size();
            return median(minutes);
        };
        {
            Kpi k;
            k.key = QStringLiteral("first_response_median");
            k.unit = QStringLiteral("minutes");
            k.lowerIsBetter = true;
            qint64 a = 0, b = 0, pa = 0, pb = 0;
            auto now = responseMinutes(d.fromMs, d.toMs, a, b);
            auto before = responseMinutes(d.previousFromMs, d.fromMs, pa, pb);
            if (!now || !before)
                return R(!now ? now.status() : before.status());
            k.current = now.value();
            k.previous = before.value();
            k.numerator = a;
            k.denominator = b;
            judge(k);
            d.kpis.append(k);
        }
        {
            auto cb = store::DashboardQuery::callbacks(db, nowMs);
            if (!cb)
                return R(cb.status());
            Kpi k;
            k.key = QStringLiteral("callbacks_due");
            k.unit = QStringLiteral("count");
            k.lowerIsBetter = true;
            k.current = double(cb.value().first);
            k.numerator = cb.value().second; // overdue
            k.denominator = cb.value().first;
            d.kpis.append(k);
        }
    }

    auto sentiment = store::DashboardQuery::sentimentByDay(db, d.fromMs, d.toMs);
    if (!sentiment)
        return R(sentiment.status());
    d.sentiment = sentiment.value();
    if (d.scope == Scope::Full) {
        auto agents = store::DeskTable::agents(db);
        if (!agents)
            return R(agents.status());
        d.agents = agents.value();
    }
    auto experiments = store::ExperimentTable::all(db);
    if (!experiments)
        return R(experiments.status());
    for (const store::ExperimentRow& e : experiments.value()) {
        if (e.status == QLatin1String("running"))
            d.running.append(e);
    }
    if (actor.can(auth::Permission::ViewProfiles)) {
        const QStringList steps{QStringLiteral("impression"), QStringLiteral("click"), QStringLiteral("conversion")};
        auto funnel = profiles::ProfileService(m_auth).funnel(actor, steps, d.fromMs, d.toMs,
                                                              profiles::ProfileService::defaultWindowMs(steps), profiles::Segment());
        if (funnel)
            d.funnel = funnel.value();
    }
    d.elapsedMs = clock.elapsed();
    return d;
}

Result<DashboardData> DashboardService::loadOwn(const auth::Session& actor, DashboardData d, qint64 nowMs, qint64 startedMs) const
{
    using R = Result<DashboardData>;
    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = m_auth.workspace().reader();
    const QStringList me{actor.name(), actor.displayName()};
    {
        auto now = store::DashboardQuery::replyCount(db, me, d.fromMs, d.toMs);
        auto before = store::DashboardQuery::replyCount(db, me, d.previousFromMs, d.fromMs);
        if (!now || !before)
            return R(!now ? now.status() : before.status());
        Kpi k;
        k.key = QStringLiteral("my_replies");
        k.unit = QStringLiteral("count");
        k.current = double(now.value());
        k.previous = double(before.value());
        k.numerator = now.value();
        judge(k);
        d.kpis.append(k);
    }
    {
        auto rows = store::DashboardQuery::firstResponses(db, d.fromMs, d.toMs);
        if (!rows)
            return R(rows.status());
        std::vector<double> minutes;
        for (const store::FirstResponse& r : rows.value()) {
            if (r.firstReplyMs && me.contains(r.firstReplier))
                minutes.push_back(double(*r.firstReplyMs - r.queuedMs) / 60000.0);
        }
        Kpi k;
        k.key = QStringLiteral("first_response_median");
        k.unit = QStringLiteral("minutes");
        k.lowerIsBetter = true;
        k.current = median(minutes);
        k.numerator = qint64(minutes.size());
        k.denominator = qint64(minutes.size());
        d.kpis.append(k);
    }
    {
        auto cb = store::DashboardQuery::callbacksHeldBy(db, actor.operatorId(), nowMs);
        if (!cb)
            return R(cb.status());
        Kpi k;
        k.key = QStringLiteral("callbacks_due");
        k.unit = QStringLiteral("count");
        k.lowerIsBetter = true;
        k.current = double(cb.value().first);
        k.numerator = cb.value().second;
        k.denominator = cb.value().first;
        d.kpis.append(k);
    }
    {
        auto agents = store::DeskTable::agents(db);
        if (!agents)
            return R(agents.status());
        Kpi k;
        k.key = QStringLiteral("my_conversations");
        k.unit = QStringLiteral("count");
        for (const store::AgentRow& a : agents.value()) {
            if (a.operatorId == actor.operatorId()) {
                k.current = double(a.load);
                k.numerator = a.load;
                k.denominator = a.capacity;
                d.agents.append(a);
            }
        }
        d.kpis.append(k);
    }
    auto sentiment = store::DashboardQuery::sentimentAnsweredBy(db, me, d.fromMs, d.toMs);
    if (!sentiment)
        return R(sentiment.status());
    d.sentiment = sentiment.value();
    d.elapsedMs = startedMs + clock.elapsed();
    return d;
}

Result<store::RowTable> DashboardService::rows(const auth::Session& actor, const QString& kpi, Period period, qint64 nowMs) const
{
    using R = Result<store::RowTable>;
    if (auto st = requireScope(actor, QStringLiteral("dashboard.rows"), kpi); !st)
        return R(st);
    const Scope scope = scopeOf(actor);
    const QStringList me{actor.name(), actor.displayName()};
    if (scope == Scope::Marketing && kpi != QLatin1String("conversion") && kpi != QLatin1String("click_through")
        && kpi != QLatin1String("engagement"))
        return R::failure(tr("marketers see the marketing figures of the dashboard"));
    if (scope == Scope::Own && kpi != QLatin1String("my_replies") && kpi != QLatin1String("first_response_median")
        && kpi != QLatin1String("callbacks_due"))
        return R::failure(tr("agents see the figures of their own work"));
    const qint64 to = nowMs + 1;
    const qint64 from = to - periodMs(period);
    QSqlDatabase db = m_auth.workspace().reader();
    const QStringList userHeaders{tr("Platform"), tr("User"), tr("Last time"), tr("Events")};
    const QStringList alertHeaders{tr("Time"), tr("Conversation"), tr("User"), tr("What"), tr("Message")};
    auto withHeaders = [](Result<store::RowTable> t, const QStringList& headers) -> R {
        if (t)
            t.value().headers = headers;
        return t;
    };
    if (kpi == QLatin1String("conversion") || kpi == QLatin1String("click_through") || kpi == QLatin1String("engagement")) {
        // Masked identities only: the dashboard is aggregates and masked rows.
        const QList<int>& types = kpi == QLatin1String("conversion")      ? conversionTypes()
                                  : kpi == QLatin1String("click_through") ? clickTypes()
                                                                          : engagementTypes();
        auto users = withHeaders(store::DashboardQuery::userRows(db, types, from, to, 1000), userHeaders);
        if (users) {
            for (QStringList& row : users.value().rows)
                row[0] = profiles::Layers::label(QStringLiteral("platform"), row.at(0));
        }
        return users;
    }
    if (kpi == QLatin1String("escalations"))
        return withHeaders(store::DashboardQuery::alertRows(db, kEscalationKinds, from, to), alertHeaders);
    if (kpi == QLatin1String("sla_breaches"))
        return withHeaders(store::DashboardQuery::alertRows(db, kBreachKinds, from, to), alertHeaders);
    if (kpi == QLatin1String("my_replies"))
        return withHeaders(store::DashboardQuery::replyRows(db, me, from, to), {tr("Time"), tr("Conversation"), tr("User"), tr("Reply")});
    if (kpi == QLatin1String("callbacks_due")) {
        auto all = withHeaders(store::DashboardQuery::callbackRows(db),
                               {tr("Due"), tr("Conversation"), tr("User"), tr("State"), tr("Last message")});
        if (all && scope == Scope::Own) {
            // Only the conversations this agent holds.
            auto held = store::DeskTable::conversations(db, nowMs);
            QSet<QString> mine;
            if (held) {
                for (const store::ConversationRow& c : held.value()) {
                    if (c.agentId && *c.agentId == actor.operatorId())
                        mine.insert(QString::number(c.id));
                }
            }
            QList<QStringList> kept;
            for (const QStringList& r : all.value().rows) {
                if (mine.contains(r.value(1)))
                    kept.append(r);
            }
            all.value().rows = kept;
        }
        return all;
    }
    if (kpi == QLatin1String("first_response_median")) {
        auto list = store::DashboardQuery::firstResponses(db, from, to);
        if (!list)
            return R(list.status());
        store::RowTable t;
        t.headers = {tr("Conversation"), tr("User"), tr("Waiting since"), tr("First reply"), tr("Minutes")};
        for (const store::FirstResponse& r : list.value()) {
            if (scope == Scope::Own && !me.contains(r.firstReplier))
                continue;
            t.rows.append({QString::number(r.conversationId), r.user,
                           QDateTime::fromMSecsSinceEpoch(r.queuedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           r.firstReplyMs ? QDateTime::fromMSecsSinceEpoch(*r.firstReplyMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                          : tr("not yet"),
                           r.firstReplyMs ? QString::number(double(*r.firstReplyMs - r.queuedMs) / 60000.0, 'f', 1) : QString()});
        }
        return t;
    }
    return R::failure(tr("the dashboard has no rows behind '%1'").arg(excerpt(kpi)));
}

} // namespace lx::dashboard
