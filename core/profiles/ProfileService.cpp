#include "profiles/ProfileService.h"

#include "common/Excerpt.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "profiles/Layers.h"
#include "profiles/ProfileRules.h"
#include "profiles/ProfileTagger.h"
#include "profiles/Pseudonymizer.h"
#include "profiles/Records.h"
#include "store/DeskTable.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QSqlDatabase>

namespace lx::profiles {

namespace {

constexpr qint64 kDayMs = Records::kDayMs;
const QString kRetentionSetting = QStringLiteral("privacy.retention_days");
constexpr int kDefaultRetentionDays = 3 * 365;

QString isoTime(qint64 ms)
{
    return Records::isoTime(ms);
}

QJsonValue optTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(isoTime(*ms)) : QJsonValue();
}

QJsonObject eventJson(const store::EventRow& e)
{
    QJsonObject o{{QStringLiteral("time"), isoTime(e.timeMs)}, {QStringLiteral("type"), Records::eventType(e.type)}};
    if (!e.contentId.isEmpty())
        o.insert(QStringLiteral("content_id"), e.contentId);
    if (!e.brand.isEmpty())
        o.insert(QStringLiteral("brand"), e.brand);
    if (e.amount)
        o.insert(QStringLiteral("amount"), *e.amount);
    if (e.coupon)
        o.insert(QStringLiteral("coupon"), *e.coupon);
    if (!e.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(e.tags.split(u'|')));
    if (!e.experiment.isEmpty())
        o.insert(QStringLiteral("experiment"), e.experiment);
    if (!e.variant.isEmpty())
        o.insert(QStringLiteral("variant"), e.variant);
    if (e.sentiment > 0)
        o.insert(QStringLiteral("sentiment"), Layers::value(QStringLiteral("attitude"), e.sentiment));
    return o;
}

QJsonArray consentJson(const QList<store::ConsentRow>& list, bool withRecorded)
{
    QJsonArray a;
    for (const store::ConsentRow& c : list) {
        QJsonObject o{{QStringLiteral("purpose"), c.purpose},
                      {QStringLiteral("granted"), c.granted},
                      {QStringLiteral("time"), isoTime(c.timeMs)},
                      {QStringLiteral("source"), c.source}};
        if (withRecorded)
            o.insert(QStringLiteral("recorded"), isoTime(c.recordedMs));
        a.append(o);
    }
    return a;
}

} // namespace

QJsonObject ProfileCard::toJson() const
{
    const store::ProfileRow& p = profile;
    QJsonObject layerObj;
    for (const LayerValue& l : layers)
        layerObj.insert(l.dimension, QJsonObject{{QStringLiteral("value"), l.value}, {QStringLiteral("reason"), l.reason}});
    QJsonArray tagList;
    for (const store::TagRow& t : tags)
        tagList.append(QJsonObject{{QStringLiteral("tag"), t.tag}, {QStringLiteral("kind"), t.kind}, {QStringLiteral("reason"), t.reason}});
    QJsonArray eventList;
    for (const store::EventRow& e : events)
        eventList.append(eventJson(e));
    QJsonObject consentState;
    for (const QString& purpose : Layers::purposes())
        consentState.insert(purpose, (consentBits & Layers::purposeBit(purpose)) != 0);
    return QJsonObject{
        {QStringLiteral("platform"), p.platform},
        {QStringLiteral("platform_user_id"), p.platformUserId},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("name"), p.nameMasked},
        {QStringLiteral("phone"), p.phoneMasked},
        {QStringLiteral("id_card"), p.idCardMasked},
        {QStringLiteral("gender"), p.gender},
        {QStringLiteral("birth_year"), p.birthYear ? QJsonValue(*p.birthYear) : QJsonValue()},
        {QStringLiteral("city"), p.city},
        {QStringLiteral("occupation"), p.occupation},
        {QStringLiteral("followers"), p.followers ? QJsonValue(double(*p.followers)) : QJsonValue()},
        {QStringLiteral("interests"), QJsonArray::fromStringList(p.interests)},
        {QStringLiteral("vip"), p.vip},
        {QStringLiteral("first_seen"), optTime(p.firstSeenMs)},
        {QStringLiteral("last_seen"), optTime(p.lastSeenMs)},
        {QStringLiteral("attributes"), p.attributes},
        {QStringLiteral("layers"), layerObj},
        {QStringLiteral("tags"), tagList},
        {QStringLiteral("consent"), consentState},
        {QStringLiteral("consents"), consentJson(consents, false)},
        {QStringLiteral("under_14"), minor},
        {QStringLiteral("event_count"), eventCount},
        {QStringLiteral("events"), eventList},
    };
}

QJsonObject FunnelResult::toJson() const
{
    QJsonArray list;
    for (const FunnelStep& s : steps)
        list.append(QJsonObject{{QStringLiteral("step"), s.type},
                                {QStringLiteral("count"), s.users},
                                {QStringLiteral("rate"), s.rateFromPrevious},
                                {QStringLiteral("rate_from_first"), s.rateFromFirst}});
    return QJsonObject{{QStringLiteral("steps"), list},
                       {QStringLiteral("from"), isoTime(fromMs)},
                       {QStringLiteral("to"), isoTime(toMs)},
                       {QStringLiteral("window_days"), double(windowMs) / double(kDayMs)},
                       {QStringLiteral("segment"), segment}};
}

ProfileService::ProfileService(auth::AuthService& auth) : m_auth(auth)
{
}

Result<ImportReport> ProfileService::importProfiles(const auth::Session& actor, const QString& path, ImportOptions options,
                                                    tasks::Task* task)
{
    return runImport(actor, QStringLiteral("profiles.import"), path, options, task, &ProfileImporter::importProfiles);
}

Result<ImportReport> ProfileService::importEvents(const auth::Session& actor, const QString& path, ImportOptions options,
                                                  tasks::Task* task)
{
    return runImport(actor, QStringLiteral("events.import"), path, options, task, &ProfileImporter::importEvents);
}

Result<ImportReport> ProfileService::runImport(const auth::Session& actor, const QString& action, const QString& path,
                                               ImportOptions options, tasks::Task* task, Importer importer)
{
    if (auto st = m_auth.require(actor, auth::Permission::ImportData, action); !st)
        return Result<ImportReport>(st);
    if (options.nowMs == 0)
        options.nowMs = m_auth.nowMs();
    auto report = importer(m_auth.workspace(), path, options, task);
    if (!report)
        return report;
    // One audit entry for the file: its name and the counts, never the records.
    m_auth.record(actor, action, QFileInfo(path).fileName(), report.value().auditDetails(path));
    if (!report.value().touchedProfiles.isEmpty()) {
        auto tagged = ProfileTagger::retag(m_auth.workspace(), report.value().touchedProfiles, options.nowMs);
        if (!tagged)
            return Result<ImportReport>::failure(tr("the records are stored, but their tags could not be updated: %1").arg(tagged.error()));
    }
    return report;
}

Result<qint64> ProfileService::retag(const auth::Session& actor, const QList<qint64>& ids, tasks::Task* task)
{
    if (auto st = m_auth.require(actor, auth::Permission::ImportData, QStringLiteral("profiles.retag")); !st)
        return Result<qint64>(st);
    return ProfileTagger::retag(m_auth.workspace(), ids, m_auth.nowMs(), task);
}

Result<QPair<QString, QString>> ProfileService::parseUser(const QString& user)
{
    const qsizetype colon = user.indexOf(u':');
    if (colon <= 0 || colon == user.size() - 1)
        return Result<QPair<QString, QString>>::failure(tr("a user is PLATFORM:PLATFORM_USER_ID, e.g. wechat:wx_1024, not '%1'").arg(excerpt(user)));
    const QString platform = user.left(colon).trimmed().toLower();
    if (!Layers::platforms().contains(platform))
        return Result<QPair<QString, QString>>::failure(
            tr("platform '%1' is not one of %2").arg(excerpt(platform), Layers::platforms().join(QStringLiteral(", "))));
    return qMakePair(platform, user.mid(colon + 1).trimmed());
}

Result<Pseudonymizer> ProfileService::pseudonymizer() const
{
    std::lock_guard lock(m_pseudonymizerMutex);
    if (!m_pseudonymizer) {
        auto loaded = Pseudonymizer::forWorkspace(m_auth.workspace());
        if (!loaded)
            return loaded;
        m_pseudonymizer = loaded.value();
    }
    return *m_pseudonymizer;
}

Result<store::ProfileRow> ProfileService::findProfile(const QString& platform, const QString& platformUserId) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto row = store::ProfileTable::find(db, platform, platformUserId);
    if (!row)
        return Result<store::ProfileRow>(row.status());
    if (!row.value())
        return Result<store::ProfileRow>::failure(tr("no profile %1:%2 in this workspace").arg(platform, platformUserId));
    return *row.value();
}

Result<ProfileCard> ProfileService::buildCard(const store::ProfileRow& row, int eventLimit) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto rules = ProfileRules::forWorkspace(m_auth.workspace());
    if (!rules)
        return Result<ProfileCard>(rules.status());
    ProfileCard card;
    card.profile = row;
    if (auto pseudo = pseudonymizer())
        card.reference = pseudo.value().userReference(row.platform, row.platformUserId);
    const int year = Records::yearOf(m_auth.nowMs());
    auto consents = store::ProfileTable::consents(db, row.id);
    auto history = store::ProfileTable::consentLog(db, row.id);
    auto tags = store::ProfileTable::tags(db, row.id);
    auto events = store::ProfileTable::events(db, row.id, eventLimit);
    auto count = store::ProfileTable::eventCount(db, row.id);
    if (!consents || !history || !tags || !events || !count)
        return Result<ProfileCard>::failure(tr("cannot read the profile of %1:%2").arg(row.platform, row.platformUserId));
    card.consents = consents.value();
    card.consentHistory = history.value();
    card.tags = tags.value();
    for (store::TagRow& t : card.tags)
        t.reason = ProfileTagger::reasonText(t.reason);
    card.events = events.value();
    card.eventCount = count.value();
    for (const store::ConsentRow& c : card.consents)
        if (c.granted)
            card.consentBits |= Layers::purposeBit(c.purpose);
    card.minor = row.birthYear && year - *row.birthYear < 14;

    const QString band = Layers::ageBand(row.birthYear.value_or(0), year);
    card.layers.append(LayerValue{QStringLiteral("age_band"), band,
                                  row.birthYear ? tr("born %1, so %2 in %3").arg(*row.birthYear).arg(year - *row.birthYear).arg(year)
                                                : tr("no birth year or age in the data")});
    const QString tier = rules.value().cities.tierOf(row.city);
    card.layers.append(LayerValue{QStringLiteral("city_tier"), tier,
                                  row.city.isEmpty() ? tr("no city in the data")
                                  : tier == QLatin1String("unknown")
                                      ? tr("%1 is not in the city table").arg(row.city)
                                      : tr("%1 is %2 in the city table").arg(row.city, Layers::label(QStringLiteral("city_tier"), tier))});
    QString keyword;
    const QString occ = rules.value().tags.occupationClass(row.occupation, &keyword);
    card.layers.append(LayerValue{QStringLiteral("occupation"), occ,
                                  row.occupation.isEmpty() ? tr("no occupation in the data")
                                  : keyword.isEmpty()      ? tr("'%1' matches no occupation keyword").arg(row.occupation)
                                                           : tr("'%1' contains '%2'").arg(row.occupation, keyword)});
    QString valueTier = QStringLiteral("other");
    QString valueReason = ProfileTagger::mayProfile(card.consentBits, card.minor)
                              ? tr("none of the value rules applies")
                              : tr("no consent to profiling: not ranked");
    QString attitude = QStringLiteral("unknown");
    QString attitudeReason = tr("no rated messages yet");
    for (const store::TagRow& t : std::as_const(card.tags)) {
        if (t.kind == QLatin1String("value")) {
            valueTier = t.tag.mid(6);
            valueReason = t.reason;
        } else if (t.kind == QLatin1String("attitude")) {
            attitude = t.tag.mid(9);
            attitudeReason = t.reason;
        }
    }
    card.layers.append(LayerValue{QStringLiteral("value_tier"), valueTier, valueReason});
    card.layers.append(LayerValue{QStringLiteral("attitude"), attitude, attitudeReason});
    return card;
}

Result<ProfileCard> ProfileService::card(const auth::Session& actor, const QString& platform, const QString& platformUserId, int events)
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.view")); !st)
        return Result<ProfileCard>(st);
    auto row = findProfile(platform, platformUserId);
    if (!row)
        return Result<ProfileCard>(row.status());
    return buildCard(row.value(), events);
}

Result<ProfileCard> ProfileService::card(const auth::Session& actor, qint64 profileId, int events)
{
    QSqlDatabase db = m_auth.workspace().reader();
    if (!actor.can(auth::Permission::ViewProfiles) && actor.can(auth::Permission::HandleConversations)) {
        // An agent sees the card of a user only while holding a conversation with them.
        if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("profiles.view")); !st)
            return Result<ProfileCard>(st);
        auto holds = store::DeskTable::holdsProfile(db, actor.operatorId(), profileId);
        if (!holds)
            return Result<ProfileCard>(holds.status());
        if (!holds.value()) {
            (void)m_auth.record(actor, QStringLiteral("permission.denied"), QStringLiteral("profile/%1").arg(profileId),
                                QJsonObject{{QStringLiteral("action"), QStringLiteral("profiles.view")}});
            return Result<ProfileCard>::failure(tr("agents see a profile only while they hold a conversation with that user"));
        }
    } else if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.view")); !st) {
        return Result<ProfileCard>(st);
    }
    auto row = store::ProfileTable::byId(db, profileId);
    if (!row || !row.value())
        return Result<ProfileCard>::failure(tr("no profile number %1").arg(profileId));
    return buildCard(*row.value(), events);
}

Result<qint64> ProfileService::count(const auth::Session& actor, const Segment& segment) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.count")); !st)
        return Result<qint64>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ProfileQuery::count(db, segment.conditions());
}

Result<QList<store::ProfileListRow>> ProfileService::page(const auth::Session& actor, const Segment& segment, qint64 offset,
                                                          int limit) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.list")); !st)
        return Result<QList<store::ProfileListRow>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ProfileQuery::page(db, segment.conditions(), offset, limit);
}

Result<QList<qint64>> ProfileService::breakdown(const auth::Session& actor, const Segment& segment, const QString& dimension) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.count")); !st)
        return Result<QList<qint64>>(st);
    const Dimension* d = Layers::dimension(dimension);
    if (!d)
        return Result<QList<qint64>>::failure(tr("unknown dimension '%1'").arg(excerpt(dimension)));
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ProfileQuery::breakdown(db, segment.conditions(), d->column, int(d->values.size()));
}

Result<QStringList> ProfileService::tags(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.count")); !st)
        return Result<QStringList>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ProfileTable::distinctTags(db);
}

Result<QList<int>> ProfileService::funnelSteps(const QStringList& types)
{
    QList<int> codes;
    for (const QString& t : types) {
        const int code = Records::eventTypeCode(t);
        if (code == 0)
            return Result<QList<int>>::failure(
                tr("'%1' is not an event type (%2)").arg(excerpt(t.trimmed()), Records::eventTypes().join(QStringLiteral(", "))));
        codes.append(code);
    }
    if (codes.size() < 2)
        return Result<QList<int>>::failure(tr("a funnel needs two steps or more"));
    return codes;
}

QList<QPair<QString, QStringList>> ProfileService::standardFunnels()
{
    return {
        {tr("Marketing"), {QStringLiteral("impression"), QStringLiteral("click"), QStringLiteral("conversion")}},
        {tr("Content consumption"), {QStringLiteral("view"), QStringLiteral("read_complete")}},
        {tr("Video consumption"), {QStringLiteral("view"), QStringLiteral("video_complete")}},
        {tr("Function"), {QStringLiteral("register"), QStringLiteral("purchase"), QStringLiteral("review")}},
    };
}

qint64 ProfileService::defaultWindowMs(const QStringList& steps)
{
    if (steps.value(0) == QLatin1String("view"))
        return kDayMs;
    if (steps.value(0) == QLatin1String("register"))
        return 30 * kDayMs;
    return 7 * kDayMs;
}

Result<FunnelResult> ProfileService::funnel(const auth::Session& actor, const QStringList& steps, qint64 fromMs, qint64 toMs,
                                            qint64 windowMs, const Segment& segment) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.funnel")); !st)
        return Result<FunnelResult>(st);
    auto codes = funnelSteps(steps);
    if (!codes)
        return Result<FunnelResult>(codes.status());
    if (toMs < fromMs)
        return Result<FunnelResult>::failure(tr("the funnel's window ends before it starts"));
    if (windowMs <= 0)
        return Result<FunnelResult>::failure(tr("the conversion window must be positive"));
    QSqlDatabase db = m_auth.workspace().reader();
    auto counts = store::ProfileQuery::funnel(db, codes.value(), fromMs, toMs, windowMs, segment.conditions());
    if (!counts)
        return Result<FunnelResult>(counts.status());
    FunnelResult r;
    r.fromMs = fromMs;
    r.toMs = toMs;
    r.windowMs = windowMs;
    r.segment = segment.expression();
    const qint64 first = counts.value().value(0).users;
    qint64 previous = first;
    for (const store::FunnelStepCount& c : counts.value()) {
        FunnelStep s;
        s.type = Records::eventType(c.type);
        s.users = c.users;
        s.rateFromPrevious = r.steps.isEmpty() ? (first > 0 ? 1.0 : 0.0) : (previous > 0 ? double(c.users) / double(previous) : 0.0);
        s.rateFromFirst = first > 0 ? double(c.users) / double(first) : 0.0;
        previous = c.users;
        r.steps.append(s);
    }
    return r;
}

Status ProfileService::withdrawConsent(const auth::Session& actor, const QString& platform, const QString& platformUserId,
                                       const QString& purpose, const QString& source)
{
    if (!Layers::purposes().contains(purpose))
        return Status::failure(tr("purpose '%1' is not one of %2").arg(excerpt(purpose), Layers::purposes().join(QStringLiteral(", "))));
    if (auto st = m_auth.require(actor, auth::Permission::WithdrawConsent, QStringLiteral("privacy.withdraw")); !st)
        return st;
    auto row = findProfile(platform, platformUserId);
    if (!row)
        return row.status();
    auto pseudo = pseudonymizer();
    if (!pseudo)
        return pseudo.status();
    const QString reference = pseudo.value().userReference(platform, platformUserId);
    const qint64 now = m_auth.nowMs();
    const qint64 id = row.value().id;
    const QString who = actor.name();
    const QString how = source.isEmpty() ? QStringLiteral("operator:") + who : source;
    auto done = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::ProfileTable::setConsent(db, id, store::ConsentRow{purpose, false, now, how, now}); !st)
                return Result<QVariant>(st);
            auto current = store::ProfileTable::consents(db, id);
            if (!current)
                return Result<QVariant>(current.status());
            int bits = 0;
            for (const store::ConsentRow& c : current.value())
                if (c.granted)
                    bits |= Layers::purposeBit(c.purpose);
            if (auto st = store::ProfileTable::setConsentBits(db, id, bits); !st)
                return Result<QVariant>(st);
            // Without consent to profiling, the behavioural tags go at once (attitude stays).
            if (!(bits & Layers::purposeBit(QStringLiteral("profiling"))))
                if (auto st = store::ProfileTable::dropProfilingTags(db, id); !st)
                    return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, who, QStringLiteral("privacy.consent_withdrawn"), reference,
                                                            QJsonObject{{QStringLiteral("purpose"), purpose}}, now));
        },
        store::Durability::Full);
    return done.status();
}

Result<QJsonObject> ProfileService::rules(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.rules")); !st)
        return Result<QJsonObject>(st);
    auto r = ProfileRules::forWorkspace(m_auth.workspace());
    if (!r)
        return Result<QJsonObject>(r.status());
    return r.value().tags.toJson();
}

Result<QByteArray> ProfileService::cityTable(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewProfiles, QStringLiteral("profiles.cities")); !st)
        return Result<QByteArray>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto own = store::SettingsTable::value(db, QStringLiteral("profiles.city_tiers"));
    if (!own)
        return Result<QByteArray>(own.status());
    if (!own.value().isEmpty())
        return own.value().toUtf8();
    QFile shipped(QStringLiteral(":/profiles/city_tiers.csv"));
    shipped.open(QIODevice::ReadOnly);
    return shipped.readAll();
}

Status ProfileService::setRules(const auth::Session& actor, const QByteArray& json)
{
    if (auto st = m_auth.require(actor, auth::Permission::ImportData, QStringLiteral("profiles.rules")); !st)
        return st;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(json.left(err.offset).count('\n')) + 1;
        return Status::failure(tr("line %1: %2").arg(line).arg(err.errorString()));
    }
    if (!doc.isObject())
        return Status::failure(tr("the rules are one JSON object, as `profiles rules --export` writes them"));
    // Read back through the same parser, so what is stored is what the tagger will use.
    const TagRules parsed = TagRules::fromJson(doc.object());
    if (parsed.interests.isEmpty() || parsed.interestMinEngagements < 1 || parsed.windowDays < 1 || parsed.highValueAmount <= 0
        || parsed.brandLoyalShare <= 0 || parsed.brandLoyalShare > 1 || parsed.impulseShare <= 0 || parsed.impulseShare > 1
        || parsed.priceSensitiveCouponShare <= 0 || parsed.priceSensitiveCouponShare > 1)
        return Status::failure(tr("the rules need interests, positive counts and days, and shares between 0 and 1"));
    const QString stored = QString::fromUtf8(QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact));
    auto saved = m_auth.workspace().writer().runSync(
        [stored](QSqlDatabase& db) { return store::jobResult(store::SettingsTable::setValue(db, QStringLiteral("profiles.rules"), stored)); },
        store::Durability::Full);
    if (!saved)
        return saved.status();
    m_auth.record(actor, QStringLiteral("profiles.rules"), {}, QJsonObject{{QStringLiteral("interests"), int(parsed.interests.size())}});
    return ProfileTagger::retag(m_auth.workspace(), {}, m_auth.nowMs()).status();
}

Status ProfileService::setCityTable(const auth::Session& actor, const QByteArray& csv)
{
    if (auto st = m_auth.require(actor, auth::Permission::ImportData, QStringLiteral("profiles.cities")); !st)
        return st;
    const QStringList problems = CityTiers::check(csv);
    if (!problems.isEmpty())
        return Status::failure(problems.mid(0, 5).join(QStringLiteral("; ")));
    const QString stored = QString::fromUtf8(csv);
    auto saved = m_auth.workspace().writer().runSync(
        [stored](QSqlDatabase& db) {
            return store::jobResult(store::SettingsTable::setValue(db, QStringLiteral("profiles.city_tiers"), stored));
        },
        store::Durability::Full);
    if (!saved)
        return saved.status();
    m_auth.record(actor, QStringLiteral("profiles.cities"), {}, QJsonObject{{QStringLiteral("cities"), CityTiers::fromCsv(csv).size()}});
    // Layers come from the table at import time: recompute them for everyone.
    return relayer();
}

Status ProfileService::relayer()
{
    // Read the table and the cities in the writer's own transaction: a reader connection on a
    // pool thread may still hold a snapshot from before the table was replaced.
    return m_auth.workspace()
        .writer()
        .runSync([](QSqlDatabase& w) -> Result<QVariant> {
            auto rules = ProfileRules::fromDatabase(w);
            if (!rules)
                return Result<QVariant>(rules.status());
            auto cities = store::ProfileTable::distinctCities(w);
            if (!cities)
                return Result<QVariant>(cities.status());
            const CityTiers& tiers = rules.value().cities;
            for (const QString& city : cities.value()) {
                const int code = qMax(0, Layers::code(QStringLiteral("city_tier"), tiers.tierOf(city)));
                if (auto st = store::ProfileTable::setCityTier(w, city, code); !st)
                    return Result<QVariant>(st);
            }
            return QVariant();
        })
        .status();
}

Result<QJsonObject> ProfileService::exportUser(const auth::Session& actor, const QString& platform, const QString& platformUserId)
{
    if (auto st = m_auth.require(actor, auth::Permission::ExportPersonalData, QStringLiteral("privacy.export")); !st)
        return Result<QJsonObject>(st);
    auto row = findProfile(platform, platformUserId);
    if (!row)
        return Result<QJsonObject>(row.status());
    auto card = buildCard(row.value(), std::numeric_limits<int>::max());
    if (!card)
        return Result<QJsonObject>(card.status());
    QJsonObject out = card.value().toJson();
    out.insert(QStringLiteral("consent_history"), consentJson(card.value().consentHistory, true));
    out.insert(QStringLiteral("exported"), isoTime(m_auth.nowMs()));
    out.insert(QStringLiteral("note"),
               QStringLiteral("Lingxi stores name, phone and ID-card number only as keyed pseudonyms and masked forms; "
                              "the masked forms are what it holds."));
    if (auto st = m_auth.record(actor, QStringLiteral("privacy.export"), card.value().reference,
                                QJsonObject{{QStringLiteral("events"), card.value().eventCount}});
        !st)
        return Result<QJsonObject>(st);
    return out;
}

Status ProfileService::deleteUser(const auth::Session& actor, const QString& platform, const QString& platformUserId)
{
    if (auto st = m_auth.require(actor, auth::Permission::DeletePersonalData, QStringLiteral("privacy.delete")); !st)
        return st;
    auto row = findProfile(platform, platformUserId);
    if (!row)
        return row.status();
    auto pseudo = pseudonymizer();
    if (!pseudo)
        return pseudo.status();
    const QString reference = pseudo.value().userReference(platform, platformUserId);
    const qint64 id = row.value().id;
    const QString who = actor.name();
    const qint64 now = m_auth.nowMs();
    auto done = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto events = store::ProfileTable::eventCount(db, id);
            if (!events)
                return Result<QVariant>(events.status());
            if (auto st = store::ProfileTable::remove(db, id); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, who, QStringLiteral("privacy.delete"), reference,
                                                            QJsonObject{{QStringLiteral("events"), events.value()}}, now));
        },
        store::Durability::Full);
    // The writer connection runs with secure_delete: freed pages are zeroed, so the erased rows
    // do not linger in the file.
    return done.status();
}

Result<int> ProfileService::retentionDays() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto v = store::SettingsTable::value(db, kRetentionSetting, QString::number(kDefaultRetentionDays));
    if (!v)
        return Result<int>(v.status());
    bool ok = false;
    const int days = v.value().toInt(&ok);
    return ok && days > 0 ? days : kDefaultRetentionDays;
}

Status ProfileService::setRetentionDays(const auth::Session& actor, int days)
{
    if (auto st = m_auth.require(actor, auth::Permission::DeletePersonalData, QStringLiteral("privacy.retention")); !st)
        return st;
    if (days < 1 || days > 36500)
        return Status::failure(tr("the retention period is 1 to 36,500 days"));
    auto r = m_auth.workspace().writer().runSync(
        [days](QSqlDatabase& db) { return store::jobResult(store::SettingsTable::setValue(db, kRetentionSetting, QString::number(days))); },
        store::Durability::Full);
    if (!r)
        return r.status();
    return m_auth.record(actor, QStringLiteral("privacy.retention"), {}, QJsonObject{{QStringLiteral("days"), days}});
}

Result<PurgeReport> ProfileService::purge(const auth::Session& actor, bool dryRun)
{
    if (auto st = m_auth.require(actor, auth::Permission::DeletePersonalData, QStringLiteral("privacy.purge")); !st)
        return Result<PurgeReport>(st);
    auto days = retentionDays();
    if (!days)
        return Result<PurgeReport>(days.status());
    PurgeReport report;
    report.retentionDays = days.value();
    report.cutoffMs = m_auth.nowMs() - qint64(days.value()) * kDayMs;
    QSqlDatabase db = m_auth.workspace().reader();
    auto ids = store::ProfileQuery::inactiveSince(db, report.cutoffMs);
    if (!ids)
        return Result<PurgeReport>(ids.status());
    report.candidates = ids.value().size();
    if (dryRun || ids.value().isEmpty())
        return report;
    const QString who = actor.name();
    const qint64 now = m_auth.nowMs();
    const QList<qint64> all = ids.value();
    for (qsizetype start = 0; start < all.size(); start += 1000) {
        const QList<qint64> chunk = all.mid(start, 1000);
        auto done = m_auth.workspace().writer().runSync(
            [chunk](QSqlDatabase& w) -> Result<QVariant> {
                for (qint64 id : chunk)
                    if (auto st = store::ProfileTable::remove(w, id); !st)
                        return Result<QVariant>(st);
                return QVariant(qint64(chunk.size()));
            },
            store::Durability::Full);
        if (!done)
            return Result<PurgeReport>(done.status());
        report.deleted += done.value().toLongLong();
    }
    // One entry for the run: counts and the rule, no identifiers at all.
    m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& w) {
            return store::jobResult(audit::AuditLog::append(w, who, QStringLiteral("privacy.purge"), {},
                                                            QJsonObject{{QStringLiteral("deleted"), report.deleted},
                                                                        {QStringLiteral("retention_days"), report.retentionDays},
                                                                        {QStringLiteral("cutoff"), isoTime(report.cutoffMs)}},
                                                            now));
        },
        store::Durability::Full);
    return report;
}

} // namespace lx::profiles
