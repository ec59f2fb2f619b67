#pragma once

#include "auth/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace lx::auth {
class AuthService;
class Session;
}

namespace lx::demo {

struct DemoLogin
{
    QString name;
    QString displayName;
    auth::Role role;
    QString password;
};

// Builds a demo workspace through the same services a user would use: one operator per role
// (two agents), a team history in the audit log, and the demo flag that makes the login screen
// show these logins. Later modules add their demo data here.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    DemoWorkspace() = delete;

    static QList<DemoLogin> logins();
    // Refuses to touch an existing file. progress(step, steps, text) may return false to cancel;
    // a cancelled or failed build removes what it wrote.
    static Status create(const QString& path,
                         const std::function<bool(int, int, const QString&)>& progress = {});

private:
    static Status loadGraph(auth::AuthService& auth, const auth::Session& marketer);
    static Status defineExperiment(auth::AuthService& auth, const auth::Session& marketer);
};

} // namespace lx::demo
