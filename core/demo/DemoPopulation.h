#pragma once

#include "common/Result.h"

#include <QString>

namespace lx::auth {
class AuthService;
class Session;
}

namespace lx::demo {

// A realistic user population and behaviour history for the demo workspace, generated with a
// fixed seed and loaded through the same importers a user's own files go through: profiles on
// six platforms with ages, cities, occupations, followers, consent records (some withdrawn,
// some minors), and events over the last 60 days (impressions, clicks, conversions, views,
// reads, purchases with brands and coupons, comments with sentiment) shaped by each user's
// interests, so that tags, value tiers and funnels come out as they would for a real shop.
class DemoPopulation final
{
public:
    static Status load(auth::AuthService& auth, const auth::Session& importer, int users, qint64 nowMs);
    // The last 12 days of a running experiment: each of `users` population members is shown its
    // variant (ExperimentService::assign) once and converts at 3.0 % (A) or 4.2 % (B), through
    // the events importer like a real export. The readout then has exposures and no verdict yet.
    static Status loadExperimentTraffic(auth::AuthService& auth, const auth::Session& importer, qint64 experimentId,
                                        int users, qint64 nowMs);
};

} // namespace lx::demo
