#include "demo/DemoWorkspace.h"

#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "content/ContentService.h"
#include "demo/DemoDesk.h"
#include "demo/DemoPopulation.h"
#include "experiments/ExperimentService.h"
#include "graph/GraphFiles.h"
#include "graph/GraphService.h"
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

Status DemoWorkspace::loadGraph(auth::AuthService& auth, const auth::Session& marketer)
{
    // The team's skincare graph (ingredients, mechanisms, features, scenarios, skin types and
    // concerns, the demo brand's products) as the CSV files a curator would keep.
    auto doc = graph::GraphFiles::read(QStringLiteral(":/graph/skincare.concepts.csv"), graph::GraphFormat::Csv,
                                       QStringLiteral(":/graph/skincare.relations.csv"));
    if (!doc)
        return doc.status();
    graph::GraphDocument d = doc.take();
    d.types = {
        {graph::TypeKind::Concept, QStringLiteral("skin_type"), QStringLiteral("肤质"), false},
        {graph::TypeKind::Concept, QStringLiteral("skin_concern"), QStringLiteral("肌肤问题"), false},
        {graph::TypeKind::Concept, QStringLiteral("product_category"), QStringLiteral("品类"), false},
        {graph::TypeKind::Relation, QStringLiteral("suits"), QStringLiteral("适合"), false},
    };
    auto imported = graph::GraphService(auth).import(marketer, d, graph::ImportOptions{}, QStringLiteral("demo skincare graph"));
    if (!imported)
        return imported.status();
    if (!imported.value().stored)
        return Status::failure(tr("the demo graph has %1 bad record(s): %2")
                                   .arg(imported.value().rejected)
                                   .arg(imported.value().errors.isEmpty() ? QString() : imported.value().errors.first().reason));
    return Status::success();
}

Result<qint64> DemoWorkspace::defineExperiment(auth::AuthService& auth, const auth::Session& marketer)
{
    // The beauty template in a second version that leads with the result instead of the
    // ingredients, and a draft experiment between the two versions.
    content::ContentService content(auth);
    auto templates = content.list(marketer, content::ContentKind::Template);
    if (!templates)
        return Result<qint64>(templates.status());
    std::optional<content::ContentItem> beauty;
    for (const content::ContentItem& i : templates.value()) {
        if (i.builtinId == QLatin1String("beauty.standard"))
            beauty = i;
    }
    if (!beauty)
        return qint64(0);
    // Version B puts the 28-day result first and keeps the rest of the shipped text.
    QString rest = beauty->body;
    rest.remove(QStringLiteral("28 天对比：{数据支撑}。\n"));
    const QString resultFirst = QStringLiteral("28 天肤色提亮看得见：{数据支撑}。\n") + rest;
    auto saved = content.save(marketer, beauty->id, resultFirst, QStringLiteral("B 版：效果先行"));
    if (!saved)
        return Result<qint64>(saved.status());
    experiments::Experiment e;
    e.name = QStringLiteral("美妆模板：成分先行 vs 效果先行");
    e.metric = QStringLiteral("conversion");
    e.guardrails = {QStringLiteral("engagement")};
    e.variants = {experiments::ExperimentVariant{QStringLiteral("A"), beauty->id, beauty->version, 1},
                  experiments::ExperimentVariant{QStringLiteral("B"), beauty->id, saved.value().version, 1}};
    experiments::ExperimentService service(auth);
    auto created = service.create(marketer, e);
    if (!created)
        return Result<qint64>(created.status());
    // Running since 12 days ago (the traffic is loaded with the population).
    if (auto started = service.setStatus(marketer, created.value().id, QStringLiteral("running")); !started)
        return Result<qint64>(started.status());
    return created.value().id;
}

Status DemoWorkspace::create(const QString& path, const std::function<bool(int, int, const QString&)>& progress,
                             const DemoModelFn& model)
{
    if (QFileInfo::exists(path))
        return Status::failure(tr("%1 already exists; the demo workspace needs a new file").arg(path));
    const QList<DemoLogin> people = logins();
    const int steps = int(people.size()) + 6 + (model ? 1 : 0);
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
        qint64 experimentId = 0;
        if (result && report(tr("Loading the skincare knowledge graph"))) {
            auto marketer = auth.login(QStringLiteral("marketer"), QStringLiteral("lingxi-marketer"));
            result = marketer ? loadGraph(auth, marketer.value()) : marketer.status();
            if (result) {
                auto experiment = defineExperiment(auth, marketer.value());
                result = experiment.status();
                experimentId = experiment.ok() ? experiment.value() : 0;
            }
        }
        if (result && report(tr("Generating 3,000 users and their last 60 days"))) {
            auto marketer = auth.login(QStringLiteral("marketer"), QStringLiteral("lingxi-marketer"));
            result = marketer ? DemoPopulation::load(auth, marketer.value(), 3000, auth.nowMs()) : marketer.status();
            if (result && experimentId > 0)
                result = DemoPopulation::loadExperimentTraffic(auth, marketer.value(), experimentId, 2400, auth.nowMs());
        }
        desk::SentimentFn classify;
        if (result && model && report(tr("Training the demo's sentiment model"))) {
            auto supervisor = auth.login(QStringLiteral("supervisor"), QStringLiteral("lingxi-supervisor"));
            auto trained = supervisor ? model(auth, supervisor.value()) : Result<desk::SentimentFn>(supervisor.status());
            result = trained.status();
            if (trained)
                classify = trained.take();
        }
        if (result && report(tr("Opening the conversation desk"))) {
            result = DemoDesk::load(auth, auth.nowMs(), classify);
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

Result<bool> DemoWorkspace::refreshIfStale(store::Workspace& workspace, qint64 nowMs)
{
    if (!workspace.info().demo)
        return false;
    auth::AuthService auth(workspace);
    // Everything the refresh writes happens at nowMs (clocks, audit entries).
    auth.setClock([nowMs] { return nowMs; });
    return DemoDesk::refreshIfStale(auth, nowMs);
}

} // namespace lx::demo
