#pragma once

#include "auth/Role.h"
#include "common/Result.h"
#include "desk/DeskReplay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace lx::auth {
class AuthService;
class Session;
}

namespace lx::store {
class Workspace;
}

namespace lx::demo {

struct DemoLogin
{
    QString name;
    QString displayName;
    auth::Role role;
    QString password;
};

// Trains, registers and activates the demo's sentiment model (lx_inference provides it: lx_core
// does not train) and returns the classifier the demo desk reads its lines with.
using DemoModelFn = std::function<Result<desk::SentimentFn>(auth::AuthService& auth, const auth::Session& supervisor)>;

// Builds a demo workspace through the same services a user would use: one operator per role
// (two agents), a team history in the audit log, a population with 60 days of behaviour, a
// running experiment with 12 days of exposures, a conversation desk whose clocks start now, and
// the demo flag that makes the login screen show these logins. With `model`, an active sentiment
// model and a review sample waiting as well.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    DemoWorkspace() = delete;

    static QList<DemoLogin> logins();
    // Refuses to touch an existing file. progress(step, steps, text) may return false to cancel;
    // a cancelled or failed build removes what it wrote.
    static Status create(const QString& path,
                         const std::function<bool(int, int, const QString&)>& progress = {},
                         const DemoModelFn& model = {});
    // For a workspace built by create(): when its desk has gone stale (opened again hours later),
    // a new morning of conversations starts at nowMs (DemoDesk::refreshIfStale). True when it did;
    // false for a fresh desk or a workspace that is not a demo.
    static Result<bool> refreshIfStale(store::Workspace& workspace, qint64 nowMs);

private:
    static Status loadGraph(auth::AuthService& auth, const auth::Session& marketer);
    // The experiment's id (0 when the shipped beauty template is not there).
    static Result<qint64> defineExperiment(auth::AuthService& auth, const auth::Session& marketer);
};

} // namespace lx::demo
