#pragma once

#include "auth/Session.h"
#include "common/Result.h"
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
class ExperimentService final
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentService)

public:
    explicit ExperimentService(auth::AuthService& auth);

    static QStringList metrics();

    Result<QList<Experiment>> list(const auth::Session& actor) const;
    Result<Experiment> create(const auth::Session& actor, const Experiment& experiment);
    Result<Experiment> setStatus(const auth::Session& actor, qint64 id, const QString& status);
    // The variant label a user sees, or empty for an experiment that is not running.
    Result<QString> assign(const auth::Session& actor, qint64 id, const QString& userId) const;

private:
    Result<Experiment> load(qint64 id) const;

    auth::AuthService& m_auth;
};

} // namespace lx::experiments
