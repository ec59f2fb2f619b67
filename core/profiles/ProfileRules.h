#pragma once

#include "common/Result.h"
#include "profiles/Layers.h"
#include "store/ProfileTable.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace lx::store {
class Workspace;
}

namespace lx::profiles {

// The rules a workspace layers and tags its users by: the shipped tag rules and city table,
// or the workspace's own (settings "profiles.rules" and "profiles.city_tiers").
struct ProfileRules
{
    TagRules tags;
    CityTiers cities;

    static Result<ProfileRules> forWorkspace(store::Workspace& workspace);
    // The same from a given connection (the writer's, inside a job, sees its own latest commit).
    static Result<ProfileRules> fromDatabase(QSqlDatabase& db);
    static ProfileRules shipped();

    store::LayerRow layersOf(const store::ProfileRow& row, int consentBits, int referenceYear) const;
};

} // namespace lx::profiles
