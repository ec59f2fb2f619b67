#include "content/DialogueService.h"

#include "common/Excerpt.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace lx::content {

namespace {
const QString kFlowsKey = QStringLiteral("content.dialogue_flows");
const QString kBotFlowKey = QStringLiteral("desk.bot_flow");
} // namespace

DialogueService::DialogueService(auth::AuthService& auth) : m_auth(auth)
{
}

Result<DialogueSettings> DialogueService::read(QSqlDatabase& db)
{
    auto json = store::SettingsTable::value(db, kFlowsKey);
    auto bot = store::SettingsTable::value(db, kBotFlowKey);
    if (!json || !bot)
        return Result<DialogueSettings>::failure(tr("cannot read the dialogue flows: %1").arg(!json ? json.error() : bot.error()));
    DialogueSettings out;
    out.botFlow = bot.value();
    if (json.value().isEmpty()) {
        out.flows = DialogueFlow::builtin();
        return out;
    }
    auto parsed = DialogueFlow::parse(json.value().toUtf8());
    if (!parsed)
        return Result<DialogueSettings>(parsed.status());
    out.flows = parsed.value();
    out.shipped = false;
    return out;
}

Result<DialogueSettings> DialogueService::settings(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::UseScripts, QStringLiteral("dialogue.read")); !st)
        return Result<DialogueSettings>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return read(db);
}

Status DialogueService::save(const auth::Session& actor, const QList<DialogueFlow>& flows, const QString& botFlow)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditScripts, QStringLiteral("dialogue.save")); !st)
        return st;
    if (auto st = DialogueFlow::validate(flows); !st)
        return st;
    bool known = botFlow.isEmpty();
    for (const DialogueFlow& f : flows)
        known = known || f.id == botFlow;
    if (!known)
        return Status::failure(tr("the bot cannot follow '%1': there is no such flow").arg(excerpt(botFlow)));
    const QByteArray json = DialogueFlow::toJson(flows);
    // The saved text must read back as the same flows.
    if (auto again = DialogueFlow::parse(json); !again)
        return again.status();
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    const int count = int(flows.size());
    auto done = m_auth.workspace().writer().runSync(
        [json, botFlow, name, now, count](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::SettingsTable::setValue(db, kFlowsKey, QString::fromUtf8(json)); !st)
                return Result<QVariant>(st);
            if (auto st = store::SettingsTable::setValue(db, kBotFlowKey, botFlow); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(
                db, name, QStringLiteral("dialogue.save"), QStringLiteral("dialogue"),
                QJsonObject{{QStringLiteral("flows"), count}, {QStringLiteral("bot_flow"), botFlow}}, now));
        },
        store::Durability::Full);
    return done.status();
}

Result<std::optional<DialogueFlow>> DialogueService::botFlow(QSqlDatabase& db)
{
    auto s = read(db);
    if (!s)
        return Result<std::optional<DialogueFlow>>(s.status());
    for (const DialogueFlow& f : s.value().flows) {
        if (f.id == s.value().botFlow)
            return std::optional<DialogueFlow>(f);
    }
    return std::optional<DialogueFlow>();
}

} // namespace lx::content
