#include "models/AuditTableModel.h"

#include "auth/AuthService.h"
#include "auth/Role.h"
#include "content/QualityGate.h"
#include "models/QueueTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace lx::models {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AuditTableModel::setEntries(QList<audit::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return actionTitle(e.action);
        case TargetColumn:
            return e.target;
        case DetailsColumn:
            // "name: value" pairs read better than JSON; the details pane shows the JSON itself.
            return detailsText(e.details);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return e.action;
        return {};
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.time;
    case ActionKeyRole:
        return e.action;
    case DetailsJsonRole:
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    case HashRole:
        return e.hash;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(TimeRole, "time");
    names.insert(ActionKeyRole, "actionKey");
    names.insert(DetailsJsonRole, "details");
    names.insert(HashRole, "hash");
    return names;
}

QString AuditTableModel::actionTitle(const QString& action)
{
    static const QList<QPair<const char*, const char*>> titles = {
        {"auth.login", QT_TR_NOOP("Logged in")},
        {"auth.login_failed", QT_TR_NOOP("Failed login")},
        {"auth.login_refused", QT_TR_NOOP("Login refused")},
        {"auth.locked", QT_TR_NOOP("Account locked")},
        {"auth.logout", QT_TR_NOOP("Logged out")},
        {"permission.denied", QT_TR_NOOP("Permission denied")},
        {"operator.first_admin", QT_TR_NOOP("Created the first admin")},
        {"operator.add", QT_TR_NOOP("Added an operator")},
        {"operator.disable", QT_TR_NOOP("Disabled an operator")},
        {"operator.enable", QT_TR_NOOP("Enabled an operator")},
        {"operator.change_role", QT_TR_NOOP("Changed a role")},
        {"operator.reset_password", QT_TR_NOOP("Reset a password")},
        {"operator.unlock", QT_TR_NOOP("Unlocked an account")},
        {"operator.change_password", QT_TR_NOOP("Changed own password")},
        {"workspace.backup", QT_TR_NOOP("Backed up the workspace")},
        {"workspace.check", QT_TR_NOOP("Checked the workspace")},
        {"audit.verify", QT_TR_NOOP("Verified the audit log")},
        {"content.seed", QT_TR_NOOP("Installed the shipped templates and scripts")},
        {"template.create", QT_TR_NOOP("Created a template")},
        {"template.save", QT_TR_NOOP("Saved a template version")},
        {"template.audience", QT_TR_NOOP("Set whom a template is for")},
        {"template.override", QT_TR_NOOP("Let a blocked template out")},
        {"script.create", QT_TR_NOOP("Created a script")},
        {"script.save", QT_TR_NOOP("Saved a script version")},
        {"script.audience", QT_TR_NOOP("Set whom a script is for")},
        {"script.override", QT_TR_NOOP("Let a blocked script out")},
        {"dialogue.save", QT_TR_NOOP("Saved the bot's dialogue flows")},
        {"lexicon.add", QT_TR_NOOP("Added a word list")},
        {"lexicon.replace", QT_TR_NOOP("Replaced a word list")},
        {"lexicon.remove", QT_TR_NOOP("Removed a word list")},
        {"experiment.create", QT_TR_NOOP("Defined an experiment")},
        {"experiment.running", QT_TR_NOOP("Started an experiment")},
        {"experiment.stopped", QT_TR_NOOP("Stopped an experiment")},
        {"desk.transition", QT_TR_NOOP("Conversation changed state")},
        {"desk.take", QT_TR_NOOP("Took over a conversation")},
        {"desk.assign", QT_TR_NOOP("Assigned a conversation")},
        {"desk.reassign", QT_TR_NOOP("Reassigned a conversation")},
        {"desk.presence", QT_TR_NOOP("Changed presence")},
        {"desk.policy.set", QT_TR_NOOP("Changed the routing rules")},
        {"desk.calendar.set", QT_TR_NOOP("Set the business calendar")},
        {"desk.values.set", QT_TR_NOOP("Set the desk's template values")},
        {"desk.complaints.export", QT_TR_NOOP("Exported complaints")},
        {"profiles.import", QT_TR_NOOP("Imported profiles")},
        {"events.import", QT_TR_NOOP("Imported events")},
        {"profiles.rules", QT_TR_NOOP("Changed the tag rules")},
        {"profiles.cities", QT_TR_NOOP("Changed the city tiers")},
        {"privacy.consent_withdrawn", QT_TR_NOOP("Recorded a withdrawal of consent")},
        {"privacy.export", QT_TR_NOOP("Exported a user's personal data")},
        {"privacy.delete", QT_TR_NOOP("Deleted a user's personal data")},
        {"privacy.purge", QT_TR_NOOP("Purged data past retention")},
        {"privacy.retention", QT_TR_NOOP("Changed the retention period")},
        {"graph.import", QT_TR_NOOP("Imported into the knowledge graph")},
        {"graph.concept.add", QT_TR_NOOP("Added a concept")},
        {"graph.concept.update", QT_TR_NOOP("Changed a concept")},
        {"graph.concept.delete", QT_TR_NOOP("Deleted a concept")},
        {"graph.concept.restore", QT_TR_NOOP("Restored a concept")},
        {"graph.relation.add", QT_TR_NOOP("Added a relation")},
        {"graph.relation.update", QT_TR_NOOP("Changed a relation")},
        {"graph.relation.delete", QT_TR_NOOP("Deleted a relation")},
        {"graph.type.add", QT_TR_NOOP("Added a concept type")},
        {"graph.layout.save", QT_TR_NOOP("Saved the graph layout")},
        {"model.register", QT_TR_NOOP("Registered a sentiment model")},
        {"model.activate", QT_TR_NOOP("Activated a sentiment model")},
        {"quality.review", QT_TR_NOOP("Reviewed a model answer")},
        {"quality.settings", QT_TR_NOOP("Changed the model-quality settings")},
        {"quality.export", QT_TR_NOOP("Exported reviewed samples")},
        {"dashboard.targets", QT_TR_NOOP("Changed the dashboard targets")},
    };
    for (const auto& t : titles) {
        if (action == QLatin1String(t.first))
            return tr(t.second);
    }
    return action;
}

QString AuditTableModel::detailKeyTitle(const QString& key)
{
    static const QList<QPair<const char*, const char*>> titles = {
        {"from", QT_TR_NOOP("from")},
        {"to", QT_TR_NOOP("to")},
        {"reason", QT_TR_NOOP("reason")},
        {"role", QT_TR_NOOP("role")},
        {"attempt", QT_TR_NOOP("attempt")},
        {"items", QT_TR_NOOP("items")},
        {"version", QT_TR_NOOP("version")},
        {"name", QT_TR_NOOP("name")},
        {"metric", QT_TR_NOOP("metric")},
        {"variants", QT_TR_NOOP("variants")},
        {"capacity", QT_TR_NOOP("capacity")},
        {"file", QT_TR_NOOP("file")},
        {"read", QT_TR_NOOP("read")},
        {"inserted", QT_TR_NOOP("added")},
        {"updated", QT_TR_NOOP("updated")},
        {"rejected", QT_TR_NOOP("rejected")},
        {"cancelled", QT_TR_NOOP("cancelled")},
        {"holidays", QT_TR_NOOP("holidays")},
        {"workdays", QT_TR_NOOP("extra working days")},
        {"blocked_by", QT_TR_NOOP("blocked by")},
        {"permission", QT_TR_NOOP("permission")},
        {"agent", QT_TR_NOOP("agent")},
        {"source", QT_TR_NOOP("source")},
        {"platform", QT_TR_NOOP("platform")},
        {"segment", QT_TR_NOOP("audience")},
        {"tags", QT_TR_NOOP("tags")},
        {"category", QT_TR_NOOP("category")},
        {"words", QT_TR_NOOP("words")},
        {"flows", QT_TR_NOOP("flows")},
        {"bot_flow", QT_TR_NOOP("bot flow")},
        {"concepts_added", QT_TR_NOOP("concepts added")},
        {"concepts_updated", QT_TR_NOOP("concepts updated")},
        {"relations_added", QT_TR_NOOP("relations added")},
        {"relations_updated", QT_TR_NOOP("relations updated")},
        {"purpose", QT_TR_NOOP("purpose")},
        {"load", QT_TR_NOOP("load")},
        {"allow", QT_TR_NOOP("allow-list")},
        {"bad_lines", QT_TR_NOOP("bad lines")},
        {"kind", QT_TR_NOOP("kind")},
        {"mean_accuracy", QT_TR_NOOP("mean accuracy")},
        {"mean_macro_f1", QT_TR_NOOP("mean macro F1")},
        {"sha256", QT_TR_NOOP("SHA-256")},
        {"data_sha256", QT_TR_NOOP("data SHA-256")},
        {"duplicates", QT_TR_NOOP("duplicates")},
        {"deleted", QT_TR_NOOP("deleted")},
        {"unchanged", QT_TR_NOOP("unchanged")},
        {"count", QT_TR_NOOP("count")},
        {"rows", QT_TR_NOOP("rows")},
        {"days", QT_TR_NOOP("days")},
        {"retention_days", QT_TR_NOOP("retention (days)")},
        {"label", QT_TR_NOOP("label")},
        {"state", QT_TR_NOOP("state")},
        {"target", QT_TR_NOOP("target")},
        {"value", QT_TR_NOOP("value")},
        {"type", QT_TR_NOOP("type")},
        {"title", QT_TR_NOOP("title")},
        {"users", QT_TR_NOOP("users")},
        {"granted", QT_TR_NOOP("granted")},
        {"folds", QT_TR_NOOP("folds")},
        {"format", QT_TR_NOOP("format")},
        {"description", QT_TR_NOOP("description")},
        {"relations", QT_TR_NOOP("relations")},
        {"concepts", QT_TR_NOOP("concepts")},
        {"weight", QT_TR_NOOP("weight")},
        {"previous", QT_TR_NOOP("before")},
        {"before", QT_TR_NOOP("before")},
        {"after", QT_TR_NOOP("after")},
        {"sample_size", QT_TR_NOOP("sample size")},
        {"threshold", QT_TR_NOOP("threshold")},
    };
    for (const auto& t : titles) {
        if (key == QLatin1String(t.first))
            return tr(t.second);
    }
    return key;
}

QString AuditTableModel::detailValueText(const QString& key, const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble()) {
        // Whole numbers as they are; fractions (an accuracy) to three places.
        const double v = value.toDouble();
        return std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15 ? QLocale().toString(qint64(std::llround(v)))
                                                                        : QLocale().toString(v, 'f', 3);
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            if (v.isObject() && key == QLatin1String("variants")) {
                const QJsonObject o = v.toObject();
                parts << QStringLiteral("%1 = #%2 v%3 ×%4")
                             .arg(o.value(QStringLiteral("label")).toString())
                             .arg(o.value(QStringLiteral("item")).toInteger())
                             .arg(o.value(QStringLiteral("version")).toInteger())
                             .arg(o.value(QStringLiteral("weight")).toDouble());
            } else if (v.isString()) {
                parts << detailValueText(key, v);
            } else {
                parts << QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            }
        }
        return parts.join(QStringLiteral("、"));
    }
    if (!value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    const QString v = value.toString();
    if (key == QLatin1String("role")) {
        if (auto role = auth::roleFromKey(v))
            return auth::AuthService::roleTitle(*role);
        return v;
    }
    if (key == QLatin1String("from") || key == QLatin1String("to")) {
        // Conversation states ("bot/queued" is a pair), or an agent's presence.
        static const QList<QPair<const char*, const char*>> presence = {
            {"online", QT_TR_NOOP("online")}, {"busy", QT_TR_NOOP("busy")},
            {"away", QT_TR_NOOP("away")},     {"offline", QT_TR_NOOP("offline")}};
        for (const auto& p : presence) {
            if (v == QLatin1String(p.first))
                return tr(p.second);
        }
        QStringList states;
        for (const QString& part : v.split(QLatin1Char('/')))
            states << QueueTableModel::stateTitle(part);
        return states.join(QLatin1Char('/'));
    }
    if (key == QLatin1String("blocked_by")) {
        static const QList<QPair<const char*, const char*>> codes = {
            {"length", QT_TR_NOOP("length")},           {"term_density", QT_TR_NOOP("term density")},
            {"compliance", QT_TR_NOOP("compliance")},   {"missing_variable", QT_TR_NOOP("unknown variable")},
            {"platform", QT_TR_NOOP("no platform")},    {"syntax", QT_TR_NOOP("template syntax")}};
        for (const auto& c : codes) {
            if (v == QLatin1String(c.first))
                return tr(c.second);
        }
        return v;
    }
    if (key == QLatin1String("platform"))
        return content::QualityGate::platformTitle(v);
    if (key == QLatin1String("metric")) {
        if (v == QLatin1String("click_through"))
            return tr("click-through rate");
        if (v == QLatin1String("conversion"))
            return tr("conversion rate");
        if (v == QLatin1String("engagement"))
            return tr("engagement rate");
        return v;
    }
    if (key == QLatin1String("reason"))
        return reasonText(v);
    return v;
}

QString AuditTableModel::reasonText(const QString& reason)
{
    // The desk writes its reasons as keys ("escalate_supervisor: vip, complaint_words") or as
    // fixed English phrases; the log keeps them as written, the viewer reads them out.
    static const QList<QPair<const char*, const char*>> known = {
        {"auto_reply", QT_TR_NOOP("the bot answered")},
        {"soothe", QT_TR_NOOP("the bot soothed a complaint")},
        {"notify_agent", QT_TR_NOOP("the agent was told")},
        {"callback_task", QT_TR_NOOP("a callback is due")},
        {"escalate_supervisor", QT_TR_NOOP("third complaint in a row: to the supervisors")},
        {"notify_supervisor", QT_TR_NOOP("the supervisors were told")},
        {"queue_human", QT_TR_NOOP("queued for a person")},
        {"none", QT_TR_NOOP("no action")},
        {"vip", QT_TR_NOOP("VIP")},
        {"questions", QT_TR_NOOP("two or more questions")},
        {"complaint_words", QT_TR_NOOP("complaint words")},
        {"long", QT_TR_NOOP("long message")},
        {"low_confidence", QT_TR_NOOP("low model confidence")},
        {"asks_for_person", QT_TR_NOOP("asked for a person")},
        {"take", QT_TR_NOOP("taken over")},
        {"takeover", QT_TR_NOOP("taken over")},
        {"handback", QT_TR_NOOP("handed back to the bot")},
        {"hand_back", QT_TR_NOOP("handed back to the bot")},
        {"handed back to the bot", QT_TR_NOOP("handed back to the bot")},
        {"escalated by hand", QT_TR_NOOP("escalated by hand")},
        {"close", QT_TR_NOOP("closed")},
        {"closed", QT_TR_NOOP("closed")},
        {"reopen", QT_TR_NOOP("reopened")},
        {"escalate", QT_TR_NOOP("escalated to the supervisors")},
        {"first response SLA breached", QT_TR_NOOP("first-reply deadline missed")},
        {"24-hour callback deadline missed", QT_TR_NOOP("24-hour callback deadline missed")},
        {"sla_acknowledged", QT_TR_NOOP("overdue first reply acknowledged")},
    };
    auto one = [](const QString& key) -> QString {
        for (const auto& k : known) {
            if (key == QLatin1String(k.first))
                return tr(k.second);
        }
        return key;
    };
    static const QRegularExpression assigned(QStringLiteral("^assigned to (.+)$"));
    static const QRegularExpression late(QStringLiteral("^(.+) did not answer in time$"));
    if (const auto m = assigned.match(reason); m.hasMatch())
        return tr("assigned to %1").arg(m.captured(1));
    if (const auto m = late.match(reason); m.hasMatch())
        return tr("%1 did not answer in time").arg(m.captured(1));
    const int colon = int(reason.indexOf(QStringLiteral(": ")));
    if (colon > 0) {
        QStringList rules;
        for (const QString& r : reason.mid(colon + 2).split(QStringLiteral(", ")))
            rules << one(r);
        return one(reason.left(colon)) + QStringLiteral(" (") + rules.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return one(reason);
}

QString AuditTableModel::detailsText(const QJsonObject& details)
{
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        parts << tr("%1: %2").arg(detailKeyTitle(it.key()), detailValueText(it.key(), it.value()));
    return parts.join(tr(", "));
}

} // namespace lx::models
