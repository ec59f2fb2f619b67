#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "experiments/AbAnalysis.h"
#include "store/ExperimentTable.h"

#include <QCoreApplication>
#include <QList>

namespace lx::auth {
class AuthService;
}

namespace lx::experiments {

using Experiment = store::ExperimentRow;
using ExperimentVariant = store::ExperimentVariantRow;

// Experiments kept in the workspace: two or three variants, each a version of a template or a
// script, with traffic weights, a primary metric (click_through, conversion or engagement),
// guardrail metrics, a start and an end. Marketers create, start and stop them (run_experiments,
// audited); supervisors read them. Each experiment gets a random salt at creation, so that its
// assignment of users to variants is its own and stable.
// An experiment's counts as the imported events give them.
struct EventCounts
{
    AbInput input;                 // per-variant totals (labels, weights) and day-by-day counts
    QString metric;
    qint64 excludedNoConsent = 0;  // exposed users (distinct) without consent to marketing: not enrolled
    qint64 unknownVariant = 0;     // exposures labelled with a variant the experiment does not have
    qint64 inSeveralVariants = 0;  // users seen in more than one variant (counted in their first)
};

class ExperimentService final
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentService)

public:
    explicit ExperimentService(auth::AuthService& auth);

    static QStringList metrics();

    Result<QList<Experiment>> list(const auth::Session& actor) const;
    Result<Experiment> create(const auth::Session& actor, const Experiment& experiment);
    Result<Experiment> setStatus(const auth::Session& actor, qint64 id, const QString& status);
    // The variant label a user sees, or empty for an experiment that is not running. A user given
    // as PLATFORM:ID who is in the profile store is enrolled only with consent to marketing.
    Result<QString> assign(const auth::Session& actor, qint64 id, const QString& userId) const;
    // Exposures and successes of the primary metric per variant, from imported events: a user is
    // exposed by an impression or view event tagged with the experiment (its id or name) and a
    // variant label; a success is the metric's event (click; conversion or purchase; like,
    // comment, share or favourite) at or after the exposure. Users without consent to marketing
    // are left out. Counts are users, not events.
    Result<EventCounts> countsFromEvents(qint64 id) const;
    static QStringList successTypes(const QString& metric);

private:
    Result<Experiment> load(qint64 id) const;

    auth::AuthService& m_auth;
};

} // namespace lx::experiments
