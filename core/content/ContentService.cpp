#include "content/ContentService.h"

#include "common/Excerpt.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "content/ContentGate.h"
#include "content/ContentLibrary.h"
#include "content/DefaultLexicons.h"
#include "content/LexiconService.h"
#include "content/QualityGate.h"
#include "content/TemplateMatcher.h"
#include "content/TemplateRenderer.h"
#include "profiles/ProfileService.h"
#include "profiles/ProfileTagger.h"
#include "store/ContentTable.h"
#include "store/SettingsTable.h"
#include "store/Workspace.h"
#include "text/LexiconMatcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace lx::content {

namespace {

ContentItem fromRow(const store::ContentItemRow& r)
{
    ContentItem i;
    i.id = r.id;
    i.kind = r.kind == QLatin1String("script") ? ContentKind::Script : ContentKind::Template;
    i.group = r.group;
    i.platform = r.platform;
    i.name = r.name;
    i.builtinId = r.builtinId;
    i.segment = r.segment;
    i.tags = r.tags;
    i.version = r.latestVersion;
    i.body = r.latestBody;
    i.author = r.latestAuthor;
    i.time_ms = r.latestMs;
    return i;
}

auth::Permission readPermission(ContentKind k)
{
    return k == ContentKind::Template ? auth::Permission::ViewTemplates : auth::Permission::UseScripts;
}

auth::Permission editPermission(ContentKind k)
{
    return k == ContentKind::Template ? auth::Permission::EditTemplates : auth::Permission::EditScripts;
}

const QString kSeededKey = QStringLiteral("content.library_seeded");
// Raised when the shipped library gains items, so that existing workspaces receive them once.
const QString kLibraryEdition = QStringLiteral("2");

} // namespace

ContentService::ContentService(auth::AuthService& auth) : m_auth(auth)
{
}

QString ContentService::kindKey(ContentKind kind)
{
    return kind == ContentKind::Template ? QStringLiteral("template") : QStringLiteral("script");
}

Status ContentService::ensureLibrary() const
{
    QSqlDatabase rdb = m_auth.workspace().reader();
    auto seeded = store::SettingsTable::value(rdb, kSeededKey);
    if (!seeded)
        return seeded.status();
    if (seeded.value() == kLibraryEdition)
        return Status::success();
    const QList<LibraryItem> library = ContentLibrary::builtin();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [library, now](QSqlDatabase& db) -> Result<QVariant> {
            auto again = store::SettingsTable::value(db, kSeededKey);
            if (again && again.value() == kLibraryEdition)
                return QVariant();
            int added = 0;
            for (const LibraryItem& li : library) {
                auto has = store::ContentTable::hasBuiltin(db, li.id);
                if (!has)
                    return Result<QVariant>(has.status());
                if (has.value())
                    continue;
                store::ContentItemRow row;
                row.kind = li.kind;
                row.group = li.group;
                row.name = li.name;
                row.builtinId = li.id;
                row.platform = li.platform;
                row.segment = li.segment;
                row.tags = li.tags;
                row.createdMs = now;
                auto id = store::ContentTable::insertItem(db, row);
                if (!id)
                    return Result<QVariant>(id.status());
                auto v = store::ContentTable::addVersion(db, id.value(), li.body, QStringLiteral("lingxi"), now,
                                                         QStringLiteral("shipped library"));
                if (!v)
                    return Result<QVariant>(v.status());
                ++added;
            }
            if (auto st = store::SettingsTable::setValue(db, kSeededKey, kLibraryEdition); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, QStringLiteral("system"), QStringLiteral("content.seed"),
                                                            {}, QJsonObject{{QStringLiteral("items"), added}}, now));
        },
        store::Durability::Full);
    return r.status();
}

Result<ContentItem> ContentService::load(qint64 itemId) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto row = store::ContentTable::item(db, itemId);
    if (!row)
        return Result<ContentItem>(row.status());
    if (!row.value())
        return Result<ContentItem>::failure(tr("no such template or script"), ErrorCode::NotFound);
    return fromRow(*row.value());
}

Result<QList<ContentItem>> ContentService::list(const auth::Session& actor, ContentKind kind) const
{
    if (auto st = m_auth.require(actor, readPermission(kind), kindKey(kind) + QStringLiteral(".read")); !st)
        return Result<QList<ContentItem>>(st);
    if (auto st = ensureLibrary(); !st)
        return Result<QList<ContentItem>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ContentTable::items(db, kindKey(kind));
    if (!rows)
        return Result<QList<ContentItem>>(rows.status());
    QList<ContentItem> out;
    for (const auto& r : rows.value())
        out.append(fromRow(r));
    return out;
}

Result<ContentItem> ContentService::create(const auth::Session& actor, ContentKind kind, const QString& group,
                                           const QString& platform, const QString& name, const QString& body)
{
    const QString n = name.trimmed();
    if (auto st = m_auth.require(actor, editPermission(kind), kindKey(kind) + QStringLiteral(".create"), n); !st)
        return Result<ContentItem>(st);
    if (n.isEmpty())
        return Result<ContentItem>::failure(tr("a name is needed"));
    if (auto uses = TemplateRenderer::variables(body); !uses)
        return Result<ContentItem>(uses.status());
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    store::ContentItemRow row;
    row.kind = kindKey(kind);
    row.group = group.trimmed();
    row.platform = platform.trimmed();
    row.name = n;
    row.createdMs = now;
    auto id = m_auth.workspace().writer().runSync(
        [row, body, now, actorName](QSqlDatabase& db) -> Result<QVariant> {
            auto newId = store::ContentTable::insertItem(db, row);
            if (!newId)
                return Result<QVariant>(newId.status());
            auto v = store::ContentTable::addVersion(db, newId.value(), body, actorName, now, QString());
            if (!v)
                return Result<QVariant>(v.status());
            auto st = audit::AuditLog::append(db, actorName, row.kind + QStringLiteral(".create"),
                                              row.kind + QLatin1Char('/') + QString::number(newId.value()),
                                              QJsonObject{{QStringLiteral("name"), row.name}}, now);
            if (!st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<ContentItem>(id.status());
    return load(id.value().toLongLong());
}

Result<std::pair<ContentItem, QString>> ContentService::loadForEdit(const auth::Session& actor, qint64 itemId,
                                                                    const QString& verb) const
{
    using R = Result<std::pair<ContentItem, QString>>;
    auto current = load(itemId);
    if (!current)
        return R(current.status());
    const ContentKind kind = current.value().kind;
    const QString target = kindKey(kind) + QLatin1Char('/') + QString::number(itemId);
    if (auto st = m_auth.require(actor, editPermission(kind), kindKey(kind) + QLatin1Char('.') + verb, target); !st)
        return R(st);
    return std::make_pair(current.value(), target);
}

Result<ContentItem> ContentService::save(const auth::Session& actor, qint64 itemId, const QString& body,
                                         const QString& note)
{
    auto editing = loadForEdit(actor, itemId, QStringLiteral("save"));
    if (!editing)
        return Result<ContentItem>(editing.status());
    const ContentItem current = editing.value().first;
    const QString target = editing.value().second;
    const ContentKind kind = current.kind;
    if (auto uses = TemplateRenderer::variables(body); !uses)
        return Result<ContentItem>(uses.status());
    if (body == current.body)
        return current;
    // A blocked draft is saved all the same; the log says what blocks it.
    auto matcher = complianceMatcher();
    if (!matcher)
        return Result<ContentItem>(matcher.status());
    text::LexiconMatcher terms;
    if (kind == ContentKind::Template)
        (void)terms.load({DefaultLexicons::industryTerms(current.group)});
    QJsonArray blockedBy;
    for (const Finding& f : ContentGate::check(current, body, matcher.value().get(), &terms).findings) {
        if (f.severity == Finding::Severity::Error && !blockedBy.contains(f.code))
            blockedBy.append(f.code);
    }
    QJsonObject detail;
    if (!blockedBy.isEmpty())
        detail.insert(QStringLiteral("blocked_by"), blockedBy);
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    const QString action = kindKey(kind) + QStringLiteral(".save");
    auto saved = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto v = store::ContentTable::addVersion(db, itemId, body, actorName, now, note);
            if (!v)
                return Result<QVariant>(v.status());
            QJsonObject d = detail;
            d.insert(QStringLiteral("version"), v.value());
            auto st = audit::AuditLog::append(db, actorName, action, target, d, now);
            if (!st)
                return Result<QVariant>(st);
            return QVariant(v.value());
        },
        store::Durability::Full);
    if (!saved)
        return Result<ContentItem>(saved.status());
    return load(itemId);
}

Result<QList<ContentVersion>> ContentService::versions(const auth::Session& actor, qint64 itemId) const
{
    auto current = load(itemId);
    if (!current)
        return Result<QList<ContentVersion>>(current.status());
    if (auto st = m_auth.require(actor, readPermission(current.value().kind),
                                 kindKey(current.value().kind) + QStringLiteral(".read"));
        !st)
        return Result<QList<ContentVersion>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ContentTable::versions(db, itemId);
    if (!rows)
        return Result<QList<ContentVersion>>(rows.status());
    QList<ContentVersion> out;
    for (const auto& r : rows.value())
        out.append(ContentVersion{r.version, r.body, r.author, r.timeMs, r.note, r.overrideBy, r.overrideReason, r.overrideMs});
    return out;
}

Result<ContentItem> ContentService::setAudience(const auth::Session& actor, qint64 itemId, const QString& platform,
                                                const QString& segment, const QStringList& tags)
{
    auto editing = loadForEdit(actor, itemId, QStringLiteral("audience"));
    if (!editing)
        return Result<ContentItem>(editing.status());
    const ContentItem current = editing.value().first;
    const QString target = editing.value().second;
    const ContentKind kind = current.kind;
    if (!TemplateMatcher::segments().contains(segment))
        return Result<ContentItem>::failure(tr("'%1' is not a segment; use high_value, high_activity, new_user or none").arg(excerpt(segment)));
    if (!platform.isEmpty() && !QualityGate::platform(platform))
        return Result<ContentItem>::failure(tr("'%1' is not a platform Lingxi checks content for").arg(excerpt(platform)));
    QStringList clean;
    for (const QString& t : tags) {
        const QString v = t.trimmed();
        if (v.contains(QLatin1Char('|')))
            return Result<ContentItem>::failure(tr("a tag may not contain '|': %1").arg(v));
        if (!v.isEmpty() && !clean.contains(v))
            clean << v;
    }
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    const QString action = kindKey(kind) + QStringLiteral(".audience");
    auto saved = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::ContentTable::setAudience(db, itemId, platform, segment, clean); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(
                db, actorName, action, target,
                QJsonObject{{QStringLiteral("platform"), platform},
                            {QStringLiteral("segment"), segment},
                            {QStringLiteral("tags"), clean.join(QLatin1Char('|'))}},
                now));
        },
        store::Durability::Full);
    if (!saved)
        return Result<ContentItem>(saved.status());
    return load(itemId);
}

QString ContentService::audiencePhrase(const QString& ageBand, const QString& cityTier, const QString& occupation)
{
    static const QHash<QString, QString> ages = {
        {QStringLiteral("under_18"), QStringLiteral("18岁以下")}, {QStringLiteral("18-24"), QStringLiteral("18-24岁")},
        {QStringLiteral("25-34"), QStringLiteral("25-34岁")},     {QStringLiteral("35-44"), QStringLiteral("35-44岁")},
        {QStringLiteral("45_plus"), QStringLiteral("45岁以上")},
    };
    static const QHash<QString, QString> cities = {
        {QStringLiteral("tier1"), QStringLiteral("一线城市")},
        {QStringLiteral("new_tier1"), QStringLiteral("新一线城市")},
        {QStringLiteral("tier2_3"), QStringLiteral("二三线城市")},
        {QStringLiteral("tier3_4_below"), QStringLiteral("三四线及以下城市")},
    };
    static const QHash<QString, QString> jobs = {
        {QStringLiteral("student"), QStringLiteral("学生")},
        {QStringLiteral("white_collar"), QStringLiteral("白领")},
        {QStringLiteral("professional"), QStringLiteral("专业技术人员")},
        {QStringLiteral("business_owner"), QStringLiteral("企业主")},
        {QStringLiteral("freelancer"), QStringLiteral("自由职业者")},
    };
    const QString age = ages.value(ageBand);
    const QString city = cities.value(cityTier);
    const QString job = jobs.value(occupation);
    if (age.isEmpty() && city.isEmpty() && job.isEmpty())
        return {};
    const QString where = age + city;
    if (job.isEmpty())
        return where + QStringLiteral("的朋友");
    return where.isEmpty() ? job : where + QStringLiteral("的") + job;
}

Result<TemplatePick> ContentService::chooseFor(const auth::Session& actor, const QString& user, const QString& industry) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewTemplates, QStringLiteral("template.match")); !st)
        return Result<TemplatePick>(st);
    auto who = profiles::ProfileService::parseUser(user);
    if (!who)
        return Result<TemplatePick>(who.status());
    auto items = list(actor, ContentKind::Template);
    if (!items)
        return Result<TemplatePick>(items.status());
    auto card = profiles::ProfileService(m_auth).card(actor, who.value().first, who.value().second, 0);
    if (!card)
        return Result<TemplatePick>(card.status());

    TemplatePick pick;
    pick.reference = card.value().reference;
    pick.personalised = profiles::ProfileTagger::mayProfile(card.value().consentBits, card.value().minor);
    QString ageBand, cityTier, occupation;
    for (const profiles::LayerValue& l : card.value().layers) {
        if (l.dimension == QLatin1String("value_tier"))
            pick.valueTier = l.value;
        else if (l.dimension == QLatin1String("age_band"))
            ageBand = l.value;
        else if (l.dimension == QLatin1String("city_tier"))
            cityTier = l.value;
        else if (l.dimension == QLatin1String("occupation"))
            occupation = l.value;
    }
    if (pick.personalised) {
        for (const store::TagRow& t : card.value().tags) {
            if (t.kind == QLatin1String("interest") || t.kind == QLatin1String("habit") || t.kind == QLatin1String("influence"))
                pick.tags << t.tag;
        }
        pick.audience = audiencePhrase(ageBand, cityTier, occupation);
    } else {
        pick.valueTier = QStringLiteral("other");
    }

    QList<TemplateCandidate> candidates;
    QHash<QString, ContentItem> byKey;
    for (const ContentItem& i : items.value()) {
        // Zero-padded so that the tie-break on the key is the item's age.
        const QString key = QStringLiteral("%1").arg(i.id, 12, 10, QLatin1Char('0'));
        byKey.insert(key, i);
        candidates.append(TemplateCandidate{key, i.name, i.group, i.segment, i.tags});
    }
    const AudienceProfile audience = TemplateMatcher::fromValueTier(pick.valueTier, pick.tags);
    const auto choice = TemplateMatcher::choose(audience, industry, candidates, &profiles::ProfileTagger::tagLabel);
    if (!choice)
        return Result<TemplatePick>::failure(tr("no template for the industry '%1' suits this user").arg(excerpt(industry)));
    pick.item = byKey.value(choice->key);
    pick.sharedTags = choice->sharedTags;
    pick.explanation = pick.personalised
        ? choice->explanation
        : tr("chosen because the user has not consented to profiling, so only templates written for everyone are "
             "considered and no personal values are used");
    return pick;
}

Result<std::shared_ptr<text::LexiconMatcher>> ContentService::complianceMatcher() const
{
    auto matcher = std::make_shared<text::LexiconMatcher>();
    auto revision = LexiconService::loadInto(m_auth.workspace(), *matcher);
    if (!revision)
        return Result<std::shared_ptr<text::LexiconMatcher>>(revision.status());
    return matcher;
}

Result<GateVerdict> ContentService::verdictOf(const ContentItem& item, int version,
                                              const text::LexiconMatcher& compliance) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    const int wanted = version > 0 ? version : item.version;
    auto row = store::ContentTable::version(db, item.id, wanted);
    if (!row)
        return Result<GateVerdict>(row.status());
    if (!row.value())
        return Result<GateVerdict>::failure(tr("%1 has no version %2").arg(item.name).arg(wanted), ErrorCode::NotFound);
    text::LexiconMatcher terms;
    if (item.kind == ContentKind::Template)
        (void)terms.load({DefaultLexicons::industryTerms(item.group)});
    GateVerdict v;
    v.itemId = item.id;
    v.version = wanted;
    v.report = ContentGate::check(item, row.value()->body, &compliance, &terms);
    v.overrideBy = row.value()->overrideBy;
    v.overrideReason = row.value()->overrideReason;
    v.overrideMs = row.value()->overrideMs;
    return v;
}

Result<GateVerdict> ContentService::verdict(const auth::Session& actor, qint64 itemId, int version) const
{
    auto item = load(itemId);
    if (!item)
        return Result<GateVerdict>(item.status());
    if (auto st = m_auth.require(actor, readPermission(item.value().kind), kindKey(item.value().kind) + QStringLiteral(".read"));
        !st)
        return Result<GateVerdict>(st);
    auto matcher = complianceMatcher();
    if (!matcher)
        return Result<GateVerdict>(matcher.status());
    return verdictOf(item.value(), version, *matcher.value());
}

Result<QHash<qint64, GateVerdict>> ContentService::verdicts(const auth::Session& actor, ContentKind kind) const
{
    using R = Result<QHash<qint64, GateVerdict>>;
    auto items = list(actor, kind);
    if (!items)
        return R(items.status());
    auto matcher = complianceMatcher();
    if (!matcher)
        return R(matcher.status());
    QHash<qint64, GateVerdict> out;
    for (const ContentItem& i : items.value()) {
        auto v = verdictOf(i, i.version, *matcher.value());
        if (!v)
            return R(v.status());
        out.insert(i.id, v.take());
    }
    return out;
}

Result<GateVerdict> ContentService::overrideGate(const auth::Session& actor, qint64 itemId, int version, const QString& reason)
{
    using R = Result<GateVerdict>;
    auto item = load(itemId);
    if (!item)
        return R(item.status());
    const ContentKind kind = item.value().kind;
    const QString target = kindKey(kind) + QLatin1Char('/') + QString::number(itemId);
    if (auto st = m_auth.require(actor, auth::Permission::OverrideQualityGate, kindKey(kind) + QStringLiteral(".override"), target);
        !st)
        return R(st);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return R::failure(tr("an override needs a reason"), ErrorCode::Invalid);
    if (why.size() > 500)
        return R::failure(tr("the reason is at most 500 characters"), ErrorCode::Invalid);
    auto matcher = complianceMatcher();
    if (!matcher)
        return R(matcher.status());
    auto before = verdictOf(item.value(), version, *matcher.value());
    if (!before)
        return before;
    if (!before.value().blocked())
        return R::failure(tr("version %1 of %2 passes the quality gate; there is nothing to override")
                              .arg(before.value().version)
                              .arg(item.value().name),
                          ErrorCode::Invalid);
    QJsonArray blockedBy;
    for (const Finding& f : before.value().report.findings) {
        if (f.severity == Finding::Severity::Error && !blockedBy.contains(f.code))
            blockedBy.append(f.code);
    }
    const int v = before.value().version;
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    const QString action = kindKey(kind) + QStringLiteral(".override");
    auto r = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto set = store::ContentTable::setOverride(db, itemId, v, actorName, why, now);
            if (!set)
                return Result<QVariant>(set.status());
            return store::jobResult(audit::AuditLog::append(db, actorName, action, target,
                                                            QJsonObject{{QStringLiteral("version"), v},
                                                                        {QStringLiteral("reason"), why},
                                                                        {QStringLiteral("blocked_by"), blockedBy}},
                                                            now));
        },
        store::Durability::Full);
    if (!r)
        return R(r.status());
    GateVerdict out = before.value();
    out.overrideBy = actorName;
    out.overrideReason = why;
    out.overrideMs = now;
    return out;
}

Status ContentService::requireUsable(qint64 itemId, int version, const QString& what) const
{
    auto item = load(itemId);
    if (!item)
        return item.status();
    auto matcher = complianceMatcher();
    if (!matcher)
        return matcher.status();
    auto v = verdictOf(item.value(), version, *matcher.value());
    if (!v)
        return v.status();
    if (v.value().usable())
        return Status::success();
    return Status::failure(tr("%1: version %2 of “%3” is blocked by the quality gate (%4); fix it, or a supervisor may "
                              "override the gate with a reason")
                               .arg(what)
                               .arg(v.value().version)
                               .arg(item.value().name, v.value().problems()),
                           ErrorCode::Blocked);
}

QList<DiffLine> ContentService::diff(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const int n = int(a.size());
    const int m = int(b.size());
    // lcs[i][j] = length of the LCS of a[i..] and b[j..]
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    }
    QList<DiffLine> out;
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            out.append({DiffLine::Op::Same, a.at(i)});
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            out.append({DiffLine::Op::Removed, a.at(i++)});
        } else {
            out.append({DiffLine::Op::Added, b.at(j++)});
        }
    }
    while (i < n)
        out.append({DiffLine::Op::Removed, a.at(i++)});
    while (j < m)
        out.append({DiffLine::Op::Added, b.at(j++)});
    return out;
}

} // namespace lx::content
