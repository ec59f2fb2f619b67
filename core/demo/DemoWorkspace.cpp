#include "demo/DemoWorkspace.h"

#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "store/SettingsTable.h"
#include "store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

namespace lx::demo {

QList<DemoLogin> DemoWorkspace::logins()
{
    using auth::Role;
    return {
        {QStringLiteral("admin"), QStringLiteral("刘洋"), Role::Admin, QStringLiteral("lingxi-admin")},
        {QStringLiteral("supervisor"), QStringLiteral("张伟"), Role::Supervisor, QStringLiteral("lingxi-supervisor")},
        {QStringLiteral("marketer"), QStringLiteral("陈晨"), Role::Marketer, QStringLiteral("lingxi-marketer")},
        {QStringLiteral("agent"), QStringLiteral("王芳"), Role::Agent, QStringLiteral("lingxi-agent")},
        {QStringLiteral("agent2"), QStringLiteral("李娜"), Role::Agent, QStringLiteral("lingxi-agent2")},
    };
}

Status DemoWorkspace::create(const QString& path, const std::function<bool(int, int, const QString&)>& progress)
{
    if (QFileInfo::exists(path))
        return Status::failure(tr("%1 already exists; the demo workspace needs a new file").arg(path));
    const QList<DemoLogin> people = logins();
    const int steps = int(people.size()) + 3;
    int step = 0;
    auto report = [&](const QString& text) { return !progress || progress(++step, steps, text); };

    Status result = Status::success();
    {
        auto opened = store::Workspace::open(path);
        if (!opened)
            return opened.status();
        std::unique_ptr<store::Workspace> ws = opened.take();
        auth::AuthService auth(*ws);
        auth::OperatorService operators(auth);

        const DemoLogin& admin = people.first();
        if (!report(tr("Creating the admin account")))
            result = Status::failure(tr("cancelled"));
        std::optional<auth::Session> adminSession;
        if (result) {
            auto s = auth.createFirstAdmin(admin.name, admin.displayName, admin.password);
            if (s)
                adminSession = s.value();
            else
                result = s.status();
        }
        for (int i = 1; result && i < people.size(); ++i) {
            const DemoLogin& p = people.at(i);
            if (!report(tr("Adding %1").arg(p.displayName))) {
                result = Status::failure(tr("cancelled"));
                break;
            }
            auto added = operators.add(*adminSession, p.name, p.displayName, p.role, p.password);
            if (!added)
                result = added.status();
        }
        // A short team history so the audit viewer has something true to show: each person logs
        // in once, and one agent mistypes a password first.
        if (result && report(tr("Recording the team's first logins"))) {
            (void)auth.login(QStringLiteral("agent2"), QStringLiteral("wrong-password"));
            for (const DemoLogin& p : people) {
                auto s = auth.login(p.name, p.password);
                if (!s) {
                    result = s.status();
                    break;
                }
            }
        }
        if (result && report(tr("Marking the workspace as a demo"))) {
            auto r = ws->writer().runSync(
                [](QSqlDatabase& db) -> Result<QVariant> {
                    return store::jobResult(store::SettingsTable::setValue(db, QStringLiteral("demo"), QStringLiteral("1")));
                },
                store::Durability::Full);
            result = r.status();
        }
        if (result)
            report(tr("Demo workspace ready"));
    }
    if (!result) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return result;
}

} // namespace lx::demo
