#pragma once

#include "common/Result.h"
#include "profiles/Layers.h"
#include "store/ProfileTable.h"

#include <QCoreApplication>

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
    static ProfileRules shipped();

    store::LayerRow layersOf(const store::ProfileRow& row, int consentBits, int referenceYear) const;
};

} // namespace lx::profiles
