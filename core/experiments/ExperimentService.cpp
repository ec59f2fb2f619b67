#include "experiments/ExperimentService.h"

#include "common/Excerpt.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "content/ContentService.h"
#include "crypto/Crypto.h"
#include "experiments/Assignment.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"
#include "profiles/Records.h"
#include "store/ProfileTable.h"
#include "store/ContentTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>

namespace lx::experiments {

ExperimentService::ExperimentService(auth::AuthService& auth) : m_auth(auth)
{
}

QStringList ExperimentService::metrics()
{
    return {QStringLiteral("click_through"), QStringLiteral("conversion"), QStringLiteral("engagement")};
}

Result<QList<Experiment>> ExperimentService::list(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewExperiments, QStringLiteral("experiment.read")); !st)
        return Result<QList<Experiment>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ExperimentTable::all(db);
}

Result<Experiment> ExperimentService::load(qint64 id) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto row = store::ExperimentTable::find(db, id);
    if (!row)
        return Result<Experiment>(row.status());
    if (!row.value())
        return Result<Experiment>::failure(tr("no experiment number %1").arg(id));
    return *row.value();
}

Result<Experiment> ExperimentService::create(const auth::Session& actor, const Experiment& experiment)
{
    Experiment e = experiment;
    e.name = e.name.trimmed();
    if (auto st = m_auth.require(actor, auth::Permission::RunExperiments, QStringLiteral("experiment.create"), e.name); !st)
        return Result<Experiment>(st);
    if (e.name.isEmpty())
        return Result<Experiment>::failure(tr("an experiment needs a name"));
    if (e.variants.size() < 2 || e.variants.size() > 3)
        return Result<Experiment>::failure(tr("an experiment has two or three variants, not %1").arg(e.variants.size()));
    if (!metrics().contains(e.metric))
        return Result<Experiment>::failure(tr("the primary metric is click_through, conversion or engagement, not '%1'").arg(excerpt(e.metric)));
    for (const QString& g : std::as_const(e.guardrails)) {
        if (!metrics().contains(g) || g == e.metric)
            return Result<Experiment>::failure(tr("'%1' cannot be a guardrail metric here").arg(excerpt(g)));
    }
    if (e.startMs && e.endMs && *e.endMs <= *e.startMs)
        return Result<Experiment>::failure(tr("the experiment must end after it starts"));
    // Variants may name items of the shipped library that nobody has listed yet.
    if (auto st = content::ContentService(m_auth).ensureLibrary(); !st)
        return Result<Experiment>(st);
    QSet<QString> labels;
    QSqlDatabase db = m_auth.workspace().reader();
    QString kind;
    for (int i = 0; i < e.variants.size(); ++i) {
        ExperimentVariant& v = e.variants[i];
        if (v.label.trimmed().isEmpty())
            v.label = QString(QChar(u'A' + i));
        if (labels.contains(v.label))
            return Result<Experiment>::failure(tr("two variants are labelled %1").arg(v.label));
        labels.insert(v.label);
        if (!(v.weight > 0))
            return Result<Experiment>::failure(tr("the weight of variant %1 must be positive").arg(v.label));
        auto item = store::ContentTable::item(db, v.itemId);
        if (!item)
            return Result<Experiment>(item.status());
        if (!item.value())
            return Result<Experiment>::failure(tr("variant %1: there is no template or script number %2").arg(v.label).arg(v.itemId));
        if (v.version <= 0)
            v.version = item.value()->latestVersion;
        auto version = store::ContentTable::version(db, v.itemId, v.version);
        if (!version || !version.value())
            return Result<Experiment>::failure(tr("variant %1: %2 has no version %3").arg(v.label, item.value()->name).arg(v.version));
        if (!kind.isEmpty() && kind != item.value()->kind)
            return Result<Experiment>::failure(tr("the variants of one experiment are all templates or all scripts"));
        kind = item.value()->kind;
        // Content the quality gate blocks is not tested on users unless a supervisor overrode it.
        if (auto st = content::ContentService(m_auth).requireUsable(v.itemId, v.version, tr("variant %1").arg(v.label)); !st)
            return Result<Experiment>(st);
    }
    auto salt = crypto::Crypto::randomBytes(16);
    if (!salt)
        return Result<Experiment>(salt.status());
    e.salt = QString::fromLatin1(salt.value().toHex());
    e.status = QStringLiteral("draft");
    e.createdBy = actor.name();
    e.createdMs = m_auth.nowMs();
    auto id = m_auth.workspace().writer().runSync(
        [e](QSqlDatabase& wdb) -> Result<QVariant> {
            auto newId = store::ExperimentTable::insert(wdb, e);
            if (!newId)
                return Result<QVariant>(newId.status());
            QJsonArray variants;
            for (const ExperimentVariant& v : e.variants)
                variants.append(QJsonObject{{QStringLiteral("label"), v.label},
                                            {QStringLiteral("item"), v.itemId},
                                            {QStringLiteral("version"), v.version},
                                            {QStringLiteral("weight"), v.weight}});
            if (auto st = audit::AuditLog::append(wdb, e.createdBy, QStringLiteral("experiment.create"),
                                                  QStringLiteral("experiment/%1").arg(newId.value()),
                                                  QJsonObject{{QStringLiteral("name"), e.name},
                                                              {QStringLiteral("metric"), e.metric},
                                                              {QStringLiteral("variants"), variants}},
                                                  e.createdMs);
                !st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<Experiment>(id.status());
    return load(id.value().toLongLong());
}

Result<Experiment> ExperimentService::setStatus(const auth::Session& actor, qint64 id, const QString& status)
{
    if (auto st = m_auth.require(actor, auth::Permission::RunExperiments, QStringLiteral("experiment.") + status,
                                 QStringLiteral("experiment/%1").arg(id));
        !st)
        return Result<Experiment>(st);
    auto current = load(id);
    if (!current)
        return current;
    const QString from = current.value().status;
    const bool allowed = (from == QLatin1String("draft") && status == QLatin1String("running"))
                         || (from == QLatin1String("running") && status == QLatin1String("stopped"));
    if (!allowed)
        return Result<Experiment>::failure(tr("an experiment goes from draft to running to stopped; this one is %1").arg(from));
    // The lists may have changed since the draft was made: what goes out is checked again.
    if (status == QLatin1String("running")) {
        for (const ExperimentVariant& v : current.value().variants) {
            if (auto st = content::ContentService(m_auth).requireUsable(v.itemId, v.version, tr("variant %1").arg(v.label)); !st)
                return Result<Experiment>(st);
        }
    }
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [id, status, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::ExperimentTable::setStatus(db, id, status); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, actorName, QStringLiteral("experiment.") + status,
                                                            QStringLiteral("experiment/%1").arg(id), {}, now));
        },
        store::Durability::Full);
    if (!r)
        return Result<Experiment>(r.status());
    return load(id);
}

Result<QString> ExperimentService::assign(const auth::Session& actor, qint64 id, const QString& userId) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewExperiments, QStringLiteral("experiment.read")); !st)
        return Result<QString>(st);
    auto e = load(id);
    if (!e)
        return Result<QString>(e.status());
    if (e.value().status != QLatin1String("running"))
        return QString();
    // A known user without consent to marketing is never enrolled.
    if (auto user = profiles::ProfileService::parseUser(userId)) {
        QSqlDatabase db = m_auth.workspace().reader();
        auto profile = store::ProfileTable::find(db, user.value().first, user.value().second);
        if (!profile)
            return Result<QString>(profile.status());
        if (profile.value()) {
            auto consents = store::ProfileTable::consents(db, profile.value()->id);
            if (!consents)
                return Result<QString>(consents.status());
            bool marketing = false;
            for (const store::ConsentRow& c : consents.value())
                marketing = marketing || (c.purpose == QLatin1String("marketing") && c.granted);
            if (!marketing)
                return QString();
        }
    }
    QList<double> weights;
    for (const ExperimentVariant& v : e.value().variants)
        weights.append(v.weight);
    const int i = Assignment::variant(e.value().salt, userId, weights);
    return i >= 0 ? e.value().variants.at(i).label : QString();
}

QStringList ExperimentService::successTypes(const QString& metric)
{
    if (metric == QLatin1String("click_through"))
        return {QStringLiteral("click")};
    if (metric == QLatin1String("conversion"))
        return {QStringLiteral("conversion"), QStringLiteral("purchase")};
    return {QStringLiteral("like"), QStringLiteral("comment"), QStringLiteral("share"), QStringLiteral("favorite")};
}

Result<EventCounts> ExperimentService::countsFromEvents(qint64 id) const
{
    using R = Result<EventCounts>;
    auto e = load(id);
    if (!e)
        return R(e.status());
    const Experiment& x = e.value();
    QList<int> exposureTypes{profiles::Records::eventTypeCode(QStringLiteral("impression")),
                             profiles::Records::eventTypeCode(QStringLiteral("view"))};
    QList<int> success;
    for (const QString& t : successTypes(x.metric))
        success.append(profiles::Records::eventTypeCode(t));
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ExperimentTable::exposures(db, {QString::number(x.id), x.name}, exposureTypes, success,
                                                  profiles::Layers::purposeBit(QStringLiteral("marketing")), x.endMs);
    if (!rows)
        return R(rows.status());

    EventCounts out;
    out.metric = x.metric;
    QHash<QString, int> index;
    for (int i = 0; i < x.variants.size(); ++i) {
        VariantCounts v;
        v.name = x.variants.at(i).label;
        v.weight = x.variants.at(i).weight;
        out.input.variants.append(v);
        index.insert(v.name, i);
    }
    // China time for the day-by-day view.
    constexpr qint64 offset_ms = 8LL * 3600 * 1000;
    auto dayOf = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms + offset_ms, Qt::UTC).date(); };
    QMap<QPair<QDate, int>, QPair<qint64, qint64>> daily;
    QSet<qint64> seen;
    QSet<qint64> excluded;
    for (const store::ExposureRow& r : rows.value()) {
        if (!r.consented) {
            excluded.insert(r.profileId);
            continue;
        }
        const auto it = index.constFind(r.variant);
        if (it == index.constEnd()) {
            ++out.unknownVariant;
            continue;
        }
        if (seen.contains(r.profileId)) {
            ++out.inSeveralVariants;
            continue;
        }
        seen.insert(r.profileId);
        VariantCounts& v = out.input.variants[*it];
        ++v.exposures;
        ++daily[qMakePair(dayOf(r.firstExposureMs), int(*it))].first;
        if (r.firstSuccessMs) {
            ++v.conversions;
            ++daily[qMakePair(dayOf(*r.firstSuccessMs), int(*it))].second;
        }
    }
    out.excludedNoConsent = excluded.size();
    for (auto it = daily.cbegin(); it != daily.cend(); ++it)
        out.input.days.append(DailyCounts{it.key().first, it.key().second, it.value().first, it.value().second});
    return out;
}

} // namespace lx::experiments
