#include "profiles/ProfileRules.h"

#include "store/SettingsTable.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QSqlDatabase>

namespace lx::profiles {

ProfileRules ProfileRules::shipped()
{
    return ProfileRules{TagRules::shipped(), CityTiers::shipped()};
}

Result<ProfileRules> ProfileRules::forWorkspace(store::Workspace& workspace)
{
    QSqlDatabase db = workspace.reader();
    return fromDatabase(db);
}

Result<ProfileRules> ProfileRules::fromDatabase(QSqlDatabase& db)
{
    ProfileRules r = shipped();
    auto rules = store::SettingsTable::value(db, QStringLiteral("profiles.rules"));
    if (!rules)
        return Result<ProfileRules>(rules.status());
    if (!rules.value().isEmpty())
        r.tags = TagRules::fromJson(QJsonDocument::fromJson(rules.value().toUtf8()).object());
    auto cities = store::SettingsTable::value(db, QStringLiteral("profiles.city_tiers"));
    if (!cities)
        return Result<ProfileRules>(cities.status());
    if (!cities.value().isEmpty())
        r.cities = CityTiers::fromCsv(cities.value().toUtf8());
    return r;
}

store::LayerRow ProfileRules::layersOf(const store::ProfileRow& row, int consentBits, int referenceYear) const
{
    store::LayerRow l;
    l.profileId = row.id;
    l.platform = qMax(0, Layers::code(QStringLiteral("platform"), row.platform));
    l.gender = qMax(0, Layers::code(QStringLiteral("gender"), row.gender));
    l.ageBand = qMax(0, Layers::code(QStringLiteral("age_band"), Layers::ageBand(row.birthYear.value_or(0), referenceYear)));
    l.cityTier = qMax(0, Layers::code(QStringLiteral("city_tier"), cities.tierOf(row.city)));
    l.occupation = qMax(0, Layers::code(QStringLiteral("occupation"), tags.occupationClass(row.occupation)));
    l.vip = row.vip ? 1 : 0;
    l.consents = consentBits;
    // PIPL Art. 28: anyone under 14 is sensitive personal information.
    l.minor = row.birthYear && referenceYear - *row.birthYear < 14 ? 1 : 0;
    l.lastSeenMs = row.lastSeenMs;
    return l;
}

} // namespace lx::profiles
