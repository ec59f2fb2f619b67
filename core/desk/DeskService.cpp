#include "desk/DeskService.h"

#include "common/Excerpt.h"

#include "common/OutputFile.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "common/CsvReader.h"
#include "content/DialogueService.h"
#include "content/LexiconService.h"
#include "content/QualityGate.h"
#include "content/TemplateRenderer.h"
#include "experiments/Assignment.h"
#include "profiles/Records.h"
#include "store/ContentTable.h"
#include "store/ExperimentTable.h"
#include "store/ProfileTable.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"
#include "text/LexiconMatcher.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>

#include <algorithm>

namespace lx::desk {

namespace {

const QString kCalendarKey = QStringLiteral("desk.calendar");
const QString kPolicyKey = QStringLiteral("desk.policy");
const QString kValuesKey = QStringLiteral("desk.values");
const QString kSystem = QStringLiteral("system");
constexpr qint64 kMinute_ms = 60 * 1000;

QString target(qint64 id)
{
    return QStringLiteral("conversation/%1").arg(id);
}

Status audit(QSqlDatabase& db, const QString& actor, const QString& action, qint64 conversationId,
             const QJsonObject& details, qint64 nowMs)
{
    return audit::AuditLog::append(db, actor, action, target(conversationId), details, nowMs);
}

Status alert(QSqlDatabase& db, qint64 conversationId, const QString& kind, std::optional<qint64> agentId,
             bool supervisors, qint64 nowMs, const QString& text)
{
    store::AlertRow a;
    a.conversationId = conversationId;
    a.kind = kind;
    a.agentId = agentId;
    a.forSupervisors = supervisors;
    a.timeMs = nowMs;
    a.text = text;
    return store::DeskTable::insertAlert(db, a);
}

// A state change with who and why in the audit log.
Status moveTo(QSqlDatabase& db, store::ConversationRow& row, const QString& state, const QString& actor,
              const QString& reason, qint64 nowMs)
{
    const QString from = row.state;
    row.state = state;
    row.updatedMs = nowMs;
    if (from == state)
        return Status::success();
    return audit(db, actor, QStringLiteral("desk.transition"), row.id,
                 QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), state}, {QStringLiteral("reason"), reason}},
                 nowMs);
}

// The first-reply clock starts (again) at `from`: the deadline is the policy's minutes of
// business time later.
void startFirstReplyClock(store::ConversationRow& row, const EscalationPolicy& policy, qint64 from)
{
    row.queuedMs = from;
    row.firstResponseDueMs = policy.calendar().addBusinessMs(from, qint64(policy.config().firstResponse_min) * kMinute_ms);
}

bool answeredSinceQueued(const store::ConversationRow& r)
{
    return r.answeredMs && r.queuedMs && *r.answeredMs >= *r.queuedMs;
}


// A script's text for the bot: the first script of the scenario that renders completely.
QString botScript(QSqlDatabase& db, const QString& scenario, const QHash<QString, QString>& values)
{
    auto scripts = store::ContentTable::items(db, QStringLiteral("script"));
    if (!scripts)
        return {};
    for (const store::ContentItemRow& s : scripts.value()) {
        if (s.group != scenario)
            continue;
        auto text = content::TemplateRenderer::render(s.latestBody, values);
        if (text)
            return text.value();
    }
    return {};
}

// The bot's line from the dialogue flow it follows: round N answers the user's Nth message in the
// conversation (round 1 opens, 2 and 3 by the answer's sentiment and keywords). Empty when the
// workspace's bot follows no flow, the flow is done, or its line lacks values.
struct FlowLine
{
    QString text;
    QString action; // "dialogue:FLOW/ROUND/BRANCH", kept on the bot's message
};

FlowLine flowLine(QSqlDatabase& db, qint64 conversationId, const QString& answer, const QString& sentiment,
                  const QHash<QString, QString>& values)
{
    auto flow = content::DialogueService::botFlow(db);
    if (!flow || !flow.value())
        return {};
    // The user's messages so far, this one included.
    auto count = store::DeskTable::messageCount(db, conversationId, QStringLiteral("user"));
    if (!count)
        return {};
    const int round = int(count.value());
    if (round < 1 || round > int(flow.value()->rounds.size()))
        return {};
    auto step = flow.value()->step(round, answer, sentiment);
    if (!step)
        return {};
    auto text = content::TemplateRenderer::render(step.value().say, values);
    if (!text)
        return {};
    return FlowLine{text.value(), QStringLiteral("dialogue:%1/%2/%3").arg(flow.value()->id).arg(round).arg(step.value().branch + 1)};
}

} // namespace

DeskService::DeskService(auth::AuthService& auth) : m_auth(auth)
{
}

void DeskService::setSentiment(SentimentFn classify)
{
    m_classify = std::move(classify);
}

Result<std::optional<BusinessCalendar>> DeskService::savedCalendar() const
{
    using R = Result<std::optional<BusinessCalendar>>;
    QSqlDatabase db = m_auth.workspace().reader();
    auto text = store::SettingsTable::value(db, kCalendarKey);
    if (!text)
        return R(text.status());
    if (text.value().isEmpty())
        return std::optional<BusinessCalendar>();
    auto parsed = BusinessCalendar::fromJson(text.value().toUtf8());
    if (!parsed)
        return R(parsed.status());
    return std::optional<BusinessCalendar>(parsed.value());
}

Result<BusinessCalendar> DeskService::calendar() const
{
    auto saved = savedCalendar();
    if (!saved)
        return Result<BusinessCalendar>(saved.status());
    return saved.value() ? *saved.value() : BusinessCalendar::chinaDefault();
}

Status DeskService::setCalendar(const auth::Session& actor, const BusinessCalendar& calendar)
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewAllQueues, QStringLiteral("desk.calendar.set")); !st)
        return st;
    const QString json = QString::fromUtf8(calendar.toJson());
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    return m_auth.workspace()
        .writer()
        .runSync(
            [json, name, now, calendar](QSqlDatabase& db) -> Result<QVariant> {
                if (auto st = store::SettingsTable::setValue(db, kCalendarKey, json); !st)
                    return Result<QVariant>(st);
                return store::jobResult(audit::AuditLog::append(
                    db, name, QStringLiteral("desk.calendar.set"), QStringLiteral("desk"),
                    QJsonObject{{QStringLiteral("name"), calendar.name()},
                                {QStringLiteral("holidays"), int(calendar.holidays().size())},
                                {QStringLiteral("workdays"), int(calendar.extraWorkdays().size())}},
                    now));
            },
            store::Durability::Full)
        .status();
}

Result<PolicyConfig> DeskService::policy() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto text = store::SettingsTable::value(db, kPolicyKey);
    if (!text)
        return Result<PolicyConfig>(text.status());
    if (text.value().isEmpty())
        return PolicyConfig::defaults();
    return PolicyConfig::fromJson(QJsonDocument::fromJson(text.value().toUtf8()).object());
}

Status DeskService::setPolicy(const auth::Session& actor, const PolicyConfig& config)
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewAllQueues, QStringLiteral("desk.policy.set")); !st)
        return st;
    const QJsonObject json = config.toJson();
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    return m_auth.workspace()
        .writer()
        .runSync(
            [json, name, now](QSqlDatabase& db) -> Result<QVariant> {
                if (auto st = store::SettingsTable::setValue(
                        db, kPolicyKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
                    !st)
                    return Result<QVariant>(st);
                return store::jobResult(
                    audit::AuditLog::append(db, name, QStringLiteral("desk.policy.set"), QStringLiteral("desk"), json, now));
            },
            store::Durability::Full)
        .status();
}

Result<QHash<QString, QString>> DeskService::replyValues() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto text = store::SettingsTable::value(db, kValuesKey);
    if (!text)
        return Result<QHash<QString, QString>>(text.status());
    QHash<QString, QString> values;
    const QJsonObject o = QJsonDocument::fromJson(text.value().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        values.insert(content::TemplateRenderer::canonical(it.key()), it.value().toString());
    return values;
}

Status DeskService::setReplyValues(const auth::Session& actor, const QHash<QString, QString>& values)
{
    if (auto st = m_auth.require(actor, auth::Permission::EditScripts, QStringLiteral("desk.values.set")); !st)
        return st;
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    return m_auth.workspace()
        .writer()
        .runSync([o, name, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::SettingsTable::setValue(db, kValuesKey,
                                                         QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, name, QStringLiteral("desk.values.set"),
                                                            QStringLiteral("desk"), o, now));
        })
        .status();
}

Result<EscalationPolicy> DeskService::escalationPolicy() const
{
    auto cal = calendar();
    if (!cal)
        return Result<EscalationPolicy>(cal.status());
    auto cfg = policy();
    if (!cfg)
        return Result<EscalationPolicy>(cfg.status());
    return EscalationPolicy(cfg.value(), cal.value());
}

Result<IngestOutcome> DeskService::ingest(const auth::Session& actor, const InboundMessage& message)
{
    using R = Result<IngestOutcome>;
    const auth::Permission permission =
        actor.can(auth::Permission::ImportData) ? auth::Permission::ImportData : auth::Permission::HandleConversations;
    if (auto st = m_auth.require(actor, permission, QStringLiteral("desk.ingest")); !st)
        return R(st);
    if (!channels().contains(message.channel))
        return R::failure(tr("channel '%1' is not one of %2").arg(excerpt(message.channel), channels().join(QStringLiteral(", "))));
    if (message.conversation.trimmed().isEmpty())
        return R::failure(tr("a message needs its conversation id"));
    // Ids are shown in queues and compared as keys: a NUL or an escape would make two look alike.
    if (message.conversation.size() > limits::kMaxIdChars || hasControlCharacters(message.conversation)
        || message.platformUserId.size() > limits::kMaxIdChars || hasControlCharacters(message.platformUserId))
        return R::failure(tr("the conversation or user id is longer than %1 characters or holds a control character")
                              .arg(limits::kMaxIdChars),
                          ErrorCode::Invalid);
    if (message.text.trimmed().isEmpty())
        return R::failure(tr("the message has no text"));
    auto policyResult = escalationPolicy();
    if (!policyResult)
        return R(policyResult.status());
    const EscalationPolicy policy = policyResult.value();
    auto valuesResult = replyValues();
    const QHash<QString, QString> values = valuesResult ? valuesResult.value() : QHash<QString, QString>();

    SentimentReading sentiment;
    if (message.sentiment) {
        sentiment = *message.sentiment;
    } else if (m_classify) {
        auto r = m_classify(message.text);
        if (!r)
            return R(r.status());
        sentiment = r.value();
    } // else: no label and no model; the policy reads it as not negative

    const qint64 time = message.time_ms > 0 ? message.time_ms : m_auth.nowMs();
    const InboundMessage in = message;
    auto job = [in, time, sentiment, policy, values](QSqlDatabase& db) -> Result<QVariant> {
        auto existing = store::DeskTable::conversationByExternal(db, in.channel, in.conversation);
        if (!existing)
            return Result<QVariant>(existing.status());
        store::ConversationRow row;
        if (existing.value()) {
            row = *existing.value();
        } else {
            row.channel = in.channel;
            row.externalId = in.conversation;
            row.platformUserId = in.platformUserId;
            row.userLabel = in.platformUserId.isEmpty() ? in.conversation : in.platformUserId;
            row.createdMs = row.updatedMs = time;
            if (in.channel != QLatin1String("import") && !in.platformUserId.isEmpty()) {
                auto profile = store::ProfileTable::find(db, in.channel, in.platformUserId);
                if (profile && profile.value()) {
                    row.profileId = profile.value()->id;
                    row.vip = profile.value()->vip;
                    if (!profile.value()->nameMasked.isEmpty())
                        row.userLabel = profile.value()->nameMasked;
                }
            }
            auto id = store::DeskTable::insertConversation(db, row);
            if (!id)
                return Result<QVariant>(id.status());
            row.id = id.value();
        }
        if (in.vip)
            row.vip = *in.vip;

        PolicyMessage pm;
        pm.time_ms = time;
        pm.text = in.text;
        pm.vip = row.vip;
        pm.sentiment = sentiment.label;
        pm.confidence = sentiment.confidence;
        const PolicyState before{stateFromKey(row.state).value_or(ConversationState::Bot), row.streak};
        const PolicyDecision d = policy.decide(before, pm);

        store::DeskMessageRow m;
        m.conversationId = row.id;
        m.role = QStringLiteral("user");
        m.author = row.userLabel;
        m.timeMs = time;
        m.text = in.text;
        m.sentiment = sentiment.label;
        if (!sentiment.label.isEmpty() && sentiment.confidence) {
            m.pPositive = sentiment.positive;
            m.pNeutral = sentiment.neutral;
            m.pNegative = sentiment.negative;
        }
        m.action = actionKey(d.action);
        m.streak = d.streak;
        auto messageId = store::DeskTable::insertMessage(db, m);
        if (!messageId)
            return Result<QVariant>(messageId.status());
        if (sentiment.label == QLatin1String("negative")) {
            if (auto st = store::DeskTable::insertComplaint(
                    db, store::ComplaintRow{0, row.id, messageId.value(), sentiment.label, in.text, time});
                !st)
                return Result<QVariant>(st);
        }

        const QString reason = d.reasons.isEmpty()
                                   ? actionKey(d.action)
                                   : actionKey(d.action) + QStringLiteral(": ") + d.reasons.join(QStringLiteral(", "));
        const QString newState = stateKey(d.state);
        if (newState != row.state) {
            if (newState == QLatin1String("queued")) {
                startFirstReplyClock(row, policy, time);
                row.slaWarned = false;
                row.agentId.reset();
            } else if (newState == QLatin1String("supervisor")) {
                row.agentId.reset();
                if (!row.queuedMs)
                    startFirstReplyClock(row, policy, time);
            }
            if (auto st = moveTo(db, row, newState, kSystem, reason, time); !st)
                return Result<QVariant>(st);
        }

        // The agent who holds the conversation hears of every new message in it (a negative one
        // raises its own alert below).
        if (row.state == QLatin1String("human") && row.agentId && d.action != PolicyAction::NotifyAgent) {
            if (auto st = alert(db, row.id, QStringLiteral("message"), row.agentId, false, time, in.text); !st)
                return Result<QVariant>(st);
        }

        QString botReply;
        QString botAction;
        switch (d.action) {
        case PolicyAction::CallbackTask:
            if (auto st = store::DeskTable::insertCallback(
                    db, store::CallbackRow{0, row.id, time, d.callbackDeadline_ms.value_or(time), false, {}, {}, {}});
                !st)
                return Result<QVariant>(st);
            // The user hears what happens next, unless a person is already talking to them.
            if (before.state != ConversationState::Human && d.callbackDeadline_ms)
                botReply = QStringLiteral("非常抱歉给您添麻烦了。我们已为您登记专人回访，客服会在 %1 前联系您。")
                               .arg(QDateTime::fromMSecsSinceEpoch(*d.callbackDeadline_ms, Qt::OffsetFromUTC,
                                                                   policy.calendar().utcOffset_s())
                                        .toString(QStringLiteral("M月d日 HH:mm")));
            break;
        case PolicyAction::NotifyAgent:
            if (auto st = alert(db, row.id, QStringLiteral("negative"), row.agentId, false, time, in.text); !st)
                return Result<QVariant>(st);
            break;
        case PolicyAction::EscalateSupervisor:
        case PolicyAction::NotifySupervisor:
            if (auto st = alert(db, row.id, actionKey(d.action), {}, true, time, in.text); !st)
                return Result<QVariant>(st);
            if (d.action == PolicyAction::EscalateSupervisor && before.state != ConversationState::Human)
                botReply = QStringLiteral("非常抱歉，您的问题已转交客服主管优先处理，请稍候。");
            break;
        case PolicyAction::Soothe:
            botReply = botScript(db, QStringLiteral("complaint"), values);
            break;
        case PolicyAction::AutoReply:
            if (d.state == ConversationState::Queued) {
                const auto opens = policy.calendar().addBusinessMs(time, 0);
                botReply = opens ? QStringLiteral("您好，现在是非工作时间，人工客服将于 %1 起为您服务，请稍候。")
                                       .arg(QDateTime::fromMSecsSinceEpoch(*opens, Qt::OffsetFromUTC,
                                                                           policy.calendar().utcOffset_s())
                                                .toString(QStringLiteral("M月d日 HH:mm")))
                                 : QString();
            } else {
                const bool booking = in.text.contains(QStringLiteral("预约")) || in.text.contains(QStringLiteral("预定"))
                                     || in.text.contains(QStringLiteral("到店"));
                if (!booking) {
                    const FlowLine line = flowLine(db, row.id, in.text, sentiment.label, values);
                    botReply = line.text;
                    botAction = line.action;
                }
                if (botReply.isEmpty())
                    botReply = botScript(db, booking ? QStringLiteral("appointment") : QStringLiteral("product_inquiry"), values);
                if (botReply.isEmpty())
                    botReply = QStringLiteral("您好，已收到您的消息，我们会尽快为您解答。");
            }
            break;
        case PolicyAction::QueueHuman:
            botReply = d.businessOpen ? QStringLiteral("正在为您转接人工客服，请稍候。")
                                      : QStringLiteral("您好，现在是非工作时间，人工客服上班后会第一时间回复您。");
            break;
        case PolicyAction::None:
            break;
        }
        if (!botReply.isEmpty()) {
            store::DeskMessageRow b;
            b.conversationId = row.id;
            b.role = QStringLiteral("bot");
            b.author = QStringLiteral("bot");
            b.timeMs = time;
            b.text = botReply;
            b.action = botAction;
            if (auto id = store::DeskTable::insertMessage(db, b); !id)
                return Result<QVariant>(id.status());
        }
        row.streak = d.streak;
        row.lastMessageMs = time;
        row.lastText = in.text;
        row.lastSentiment = sentiment.label;
        row.updatedMs = time;
        if (auto st = store::DeskTable::saveConversation(db, row); !st)
            return Result<QVariant>(st);
        PolicyDecision applied = d;
        applied.state = stateFromKey(row.state).value_or(d.state);
        return QVariant(QVariantList{row.id, messageId.value(), botReply, QVariant::fromValue(applied)});
    };
    auto done = m_auth.workspace().writer().runSync(job);
    if (!done)
        return R(done.status());
    const QVariantList v = done.value().toList();
    IngestOutcome out;
    out.conversationId = v.value(0).toLongLong();
    out.messageId = v.value(1).toLongLong();
    out.botReply = v.value(2).toString();
    out.decision = v.value(3).value<PolicyDecision>();
    return out;
}

Result<store::ConversationRow> DeskService::load(qint64 id) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto row = store::DeskTable::conversation(db, id);
    if (!row)
        return Result<store::ConversationRow>(row.status());
    if (!row.value())
        return Result<store::ConversationRow>::failure(tr("there is no conversation number %1").arg(id));
    return *row.value();
}

Result<store::ConversationRow> DeskService::conversation(const auth::Session& actor, qint64 conversationId) const
{
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.read"), target(conversationId)); !st)
        return Result<store::ConversationRow>(st);
    return load(conversationId);
}

Result<store::ConversationRow> DeskService::take(const auth::Session& actor, qint64 conversationId)
{
    using R = Result<store::ConversationRow>;
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.take"), target(conversationId)); !st)
        return R(st);
    auto current = load(conversationId);
    if (!current)
        return current;
    const bool escalated = current.value().state == QLatin1String("supervisor");
    if (escalated) {
        if (auto st = m_auth.require(actor, auth::Permission::HandleEscalations, QStringLiteral("desk.take"), target(conversationId)); !st)
            return R(st);
    }
    const qint64 me = actor.operatorId();
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync([=](QSqlDatabase& db) -> Result<QVariant> {
        const QStringList from = escalated ? QStringList{QStringLiteral("supervisor")}
                                           : QStringList{QStringLiteral("bot"), QStringLiteral("queued")};
        const QString to = escalated ? QStringLiteral("supervisor") : QStringLiteral("human");
        auto claimed = store::DeskTable::claim(db, conversationId, me, from, to, now);
        if (!claimed)
            return Result<QVariant>(claimed.status());
        if (!claimed.value()) {
            auto row = store::DeskTable::conversation(db, conversationId);
            if (row && row.value() && row.value()->agentId)
                return Result<QVariant>::failure(
                    tr("%1 already holds this conversation").arg(row.value()->agentName));
            return Result<QVariant>::failure(tr("this conversation cannot be taken now (it is %1)")
                                                 .arg(row && row.value() ? row.value()->state : QString()));
        }
        return store::jobResult(audit(db, name, QStringLiteral("desk.take"), conversationId,
                                      QJsonObject{{QStringLiteral("from"), escalated ? QStringLiteral("supervisor")
                                                                                      : QStringLiteral("bot/queued")},
                                                  {QStringLiteral("to"), to}},
                                      now));
    });
    if (!r)
        return R(r.status());
    return load(conversationId);
}

Result<store::ConversationRow> DeskService::transition(const auth::Session& actor, qint64 conversationId,
                                                       const QString& action, const QString& reason)
{
    using R = Result<store::ConversationRow>;
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.") + action, target(conversationId)); !st)
        return R(st);
    const bool supervisor = actor.can(auth::Permission::ViewAllQueues);
    const qint64 me = actor.operatorId();
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync([=](QSqlDatabase& db) -> Result<QVariant> {
        auto found = store::DeskTable::conversation(db, conversationId);
        if (!found)
            return Result<QVariant>(found.status());
        if (!found.value())
            return Result<QVariant>::failure(tr("there is no conversation number %1").arg(conversationId), ErrorCode::NotFound);
        store::ConversationRow row = *found.value();
        const bool mine = row.agentId && *row.agentId == me;
        if (row.state == QLatin1String("closed"))
            return Result<QVariant>::failure(tr("this conversation is closed"));
        QString to;
        if (action == QLatin1String("hand_back")) {
            if (!mine && !supervisor)
                return Result<QVariant>::failure(tr("only the person who holds a conversation hands it back"));
            if (row.state == QLatin1String("bot"))
                return Result<QVariant>::failure(tr("the bot already has this conversation"));
            to = QStringLiteral("bot");
            row.queuedMs.reset();
            row.firstResponseDueMs.reset();
        } else if (action == QLatin1String("close")) {
            if (!mine && !supervisor)
                return Result<QVariant>::failure(tr("take the conversation before closing it"));
            to = QStringLiteral("closed");
        } else { // escalate
            if (row.state == QLatin1String("supervisor"))
                return Result<QVariant>::failure(tr("the conversation is already with the supervisors"));
            if (row.state == QLatin1String("human") && !mine && !supervisor)
                return Result<QVariant>::failure(tr("%1 holds this conversation").arg(row.agentName));
            to = QStringLiteral("supervisor");
            if (!row.queuedMs) {
                row.queuedMs = now;
                row.firstResponseDueMs.reset();
            }
            if (auto st = alert(db, row.id, QStringLiteral("escalated"), {}, true, now, reason); !st)
                return Result<QVariant>(st);
        }
        row.agentId.reset();
        if (auto st = moveTo(db, row, to, name, reason.isEmpty() ? action : reason, now); !st)
            return Result<QVariant>(st);
        if (auto st = store::DeskTable::saveConversation(db, row); !st)
            return Result<QVariant>(st);
        return QVariant();
    });
    if (!r)
        return R(r.status());
    return load(conversationId);
}

Result<store::ConversationRow> DeskService::handBack(const auth::Session& actor, qint64 conversationId)
{
    return transition(actor, conversationId, QStringLiteral("hand_back"), QStringLiteral("handed back to the bot"));
}

Result<store::ConversationRow> DeskService::close(const auth::Session& actor, qint64 conversationId, const QString& reason)
{
    const QString why = reason.simplified().left(200);
    return transition(actor, conversationId, QStringLiteral("close"),
                      why.isEmpty() ? QStringLiteral("closed") : QStringLiteral("closed: ") + why);
}

Result<store::ConversationRow> DeskService::escalate(const auth::Session& actor, qint64 conversationId, const QString& reason)
{
    return transition(actor, conversationId, QStringLiteral("escalate"),
                      reason.trimmed().isEmpty() ? QStringLiteral("escalated by hand") : reason.trimmed());
}

Result<std::shared_ptr<text::LexiconMatcher>> DeskService::compliance() const
{
    // The workspace's lists change while the desk runs: a new revision loads them again.
    std::lock_guard lock(m_complianceMutex);
    if (!m_compliance)
        m_compliance = std::make_shared<text::LexiconMatcher>();
    auto revision = content::LexiconService::loadInto(m_auth.workspace(), *m_compliance, m_complianceRevision);
    if (!revision)
        return Result<std::shared_ptr<text::LexiconMatcher>>(revision.status());
    m_complianceRevision = revision.value();
    return m_compliance;
}

Result<ReplyOutcome> DeskService::reply(const auth::Session& actor, qint64 conversationId, const QString& text,
                                        const std::optional<ReplyExposure>& exposure)
{
    using R = Result<ReplyOutcome>;
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.reply"), target(conversationId)); !st)
        return R(st);
    if (text.trimmed().isEmpty())
        return R::failure(tr("the reply is empty"));
    auto checked = checkReply(text);
    if (!checked)
        return checked;
    ReplyOutcome out = checked.value();
    if (!out.blocking.isEmpty())
        return out;

    const qint64 me = actor.operatorId();
    const QString name = actor.name();
    const QString shownAs = actor.displayName().isEmpty() ? actor.name() : actor.displayName();
    const bool supervisor = actor.can(auth::Permission::ViewAllQueues);
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync([=](QSqlDatabase& db) -> Result<QVariant> {
        auto found = store::DeskTable::conversation(db, conversationId);
        if (!found)
            return Result<QVariant>(found.status());
        if (!found.value())
            return Result<QVariant>::failure(tr("there is no conversation number %1").arg(conversationId), ErrorCode::NotFound);
        store::ConversationRow row = *found.value();
        if (!row.agentId || *row.agentId != me)
            return Result<QVariant>::failure(tr("take the conversation over before replying"));
        store::DeskMessageRow m;
        m.conversationId = row.id;
        m.role = supervisor ? QStringLiteral("supervisor") : QStringLiteral("agent");
        m.author = shownAs;
        m.timeMs = now;
        m.text = text;
        auto id = store::DeskTable::insertMessage(db, m);
        if (!id)
            return Result<QVariant>(id.status());
        if (auto st = store::DeskTable::completeCallbacks(db, row.id, now, name); !st)
            return Result<QVariant>(st);
        if (exposure && row.profileId) {
            store::EventInserts one;
            store::EventInsert e;
            e.profileId = *row.profileId;
            e.type = profiles::Records::eventTypeCode(QStringLiteral("impression"));
            e.timeMs = now;
            e.fingerprint = id.value(); // one exposure per reply
            e.experiment = one.add(QByteArrayView(QByteArray::number(exposure->experimentId)));
            e.variant = one.add(QStringView(exposure->variant));
            e.contentId = one.add(QByteArrayView("desk-reply"));
            one.rows.append(e);
            if (auto n = store::ProfileTable::insertEvents(db, one); !n)
                return Result<QVariant>(n.status());
        }
        row.answeredMs = now;
        row.updatedMs = now;
        if (auto st = store::DeskTable::saveConversation(db, row); !st)
            return Result<QVariant>(st);
        return QVariant(id.value());
    });
    if (!r)
        return R(r.status());
    out.messageId = r.value().toLongLong();
    return out;
}

Result<ReplyOutcome> DeskService::checkReply(const QString& text) const
{
    using R = Result<ReplyOutcome>;
    auto matcher = compliance();
    if (!matcher)
        return R(matcher.status());
    ReplyOutcome out;
    const content::QualityGate gate(matcher.value().get(), nullptr);
    const content::PlatformRule chat = content::QualityGate::chatPlatform();
    const content::ContentTypeRule reply = content::QualityGate::replyType();
    QStringList missing;
    if (auto vars = content::TemplateRenderer::variables(text)) {
        for (const auto& v : vars.value())
            missing.append(v.name);
    } else {
        out.blocking.append(vars.error());
    }
    const content::QualityReport report = gate.check(text, chat, reply, missing);
    for (const content::Finding& f : report.findings)
        (f.severity == content::Finding::Severity::Error ? out.blocking : out.warnings).append(f.message);
    return out;
}

Result<AssignmentReport> DeskService::assignQueued(const auth::Session& actor)
{
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.assign")); !st)
        return Result<AssignmentReport>(st);
    return assignQueuedNow();
}

Result<AssignmentReport> DeskService::assignQueuedNow()
{
    using R = Result<AssignmentReport>;
    auto policyResult = escalationPolicy();
    if (!policyResult)
        return R(policyResult.status());
    const EscalationPolicy policy = policyResult.value();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync([policy, now](QSqlDatabase& db) -> Result<QVariant> {
        auto agents = store::DeskTable::agents(db);
        if (!agents)
            return Result<QVariant>(agents.status());
        auto all = store::DeskTable::conversations(db, now);
        if (!all)
            return Result<QVariant>(all.status());
        QList<store::AgentRow> free;
        for (const store::AgentRow& a : agents.value()) {
            if (a.role == QLatin1String("agent") && a.presence == QLatin1String("online") && a.load < a.capacity)
                free.append(a);
        }
        QList<QueueItem> waiting;
        for (const store::ConversationRow& c : all.value()) {
            if (c.state == QLatin1String("queued"))
                waiting.append(clocks(c, now, policy));
        }
        // VIP first, then the older deadline, then who has waited longest.
        std::stable_sort(waiting.begin(), waiting.end(), [](const QueueItem& a, const QueueItem& b) {
            if (a.conversation.vip != b.conversation.vip)
                return a.conversation.vip;
            const qint64 da = a.deadlineMs.value_or(std::numeric_limits<qint64>::max());
            const qint64 dbb = b.deadlineMs.value_or(std::numeric_limits<qint64>::max());
            if (da != dbb)
                return da < dbb;
            return a.conversation.queuedMs.value_or(0) < b.conversation.queuedMs.value_or(0);
        });
        QVariantList assigned;
        int left = 0;
        for (const QueueItem& item : std::as_const(waiting)) {
            auto best = free.end();
            for (auto it = free.begin(); it != free.end(); ++it) {
                if (it->load >= it->capacity)
                    continue;
                if (best == free.end() || it->lastAssignedMs < best->lastAssignedMs
                    || (it->lastAssignedMs == best->lastAssignedMs && it->operatorId < best->operatorId))
                    best = it;
            }
            if (best == free.end()) {
                ++left;
                continue;
            }
            auto claimed = store::DeskTable::claim(db, item.conversation.id, best->operatorId,
                                                   {QStringLiteral("queued")}, QStringLiteral("human"), now);
            if (!claimed)
                return Result<QVariant>(claimed.status());
            if (!claimed.value())
                continue;
            ++best->load;
            best->lastAssignedMs = now;
            if (auto st = store::DeskTable::saveAgent(db, *best); !st)
                return Result<QVariant>(st);
            if (auto st = alert(db, item.conversation.id, QStringLiteral("assigned"), best->operatorId, false, now,
                                item.conversation.lastText);
                !st)
                return Result<QVariant>(st);
            if (auto st = audit(db, kSystem, QStringLiteral("desk.assign"), item.conversation.id,
                                QJsonObject{{QStringLiteral("agent"), best->name},
                                            {QStringLiteral("load"), best->load},
                                            {QStringLiteral("capacity"), best->capacity}},
                                now);
                !st)
                return Result<QVariant>(st);
            assigned.append(QVariant(QVariantList{item.conversation.id, best->name}));
        }
        return QVariant(QVariantList{assigned, left});
    });
    if (!r)
        return R(r.status());
    AssignmentReport report;
    const QVariantList v = r.value().toList();
    for (const QVariant& a : v.value(0).toList())
        report.assigned.append({a.toList().value(0).toLongLong(), a.toList().value(1).toString()});
    report.stillWaiting = v.value(1).toInt();
    return report;
}

Result<QString> DeskService::assign(const auth::Session& actor, qint64 conversationId, const QString& agentName, bool force)
{
    using R = Result<QString>;
    if (auto st = m_auth.require(actor, auth::Permission::ViewAllQueues, QStringLiteral("desk.assign"), target(conversationId)); !st)
        return R(st);
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    auto policyResult = escalationPolicy();
    if (!policyResult)
        return R(policyResult.status());
    const EscalationPolicy policy = policyResult.value();
    auto r = m_auth.workspace().writer().runSync([=](QSqlDatabase& db) -> Result<QVariant> {
        auto agents = store::DeskTable::agents(db);
        if (!agents)
            return Result<QVariant>(agents.status());
        std::optional<store::AgentRow> agent;
        for (const store::AgentRow& a : agents.value()) {
            if (a.name.compare(agentName, Qt::CaseInsensitive) == 0)
                agent = a;
        }
        if (!agent)
            return Result<QVariant>::failure(tr("there is no active agent called '%1'").arg(excerpt(agentName)), ErrorCode::NotFound);
        auto found = store::DeskTable::conversation(db, conversationId);
        if (!found)
            return Result<QVariant>(found.status());
        if (!found.value())
            return Result<QVariant>::failure(tr("there is no conversation number %1").arg(conversationId), ErrorCode::NotFound);
        store::ConversationRow row = *found.value();
        if (row.state == QLatin1String("closed"))
            return Result<QVariant>::failure(tr("this conversation is closed"));
        if (row.agentId && *row.agentId == agent->operatorId)
            return Result<QVariant>::failure(tr("%1 already holds this conversation").arg(agent->name));
        QString warning;
        if (agent->load >= agent->capacity) {
            warning = tr("%1 now holds %2 conversations, over the capacity of %3")
                          .arg(agent->name).arg(agent->load + 1).arg(agent->capacity);
            if (!force)
                return Result<QVariant>::failure(tr("%1 is at capacity (%2 of %3); assign anyway to go over it")
                                                     .arg(agent->name).arg(agent->load).arg(agent->capacity),
                                                 ErrorCode::OverCapacity);
        }
        if (agent->presence != QLatin1String("online") && warning.isEmpty())
            warning = tr("%1 is %2").arg(agent->name, agent->presence);
        const QString previous = row.agentName;
        // A supervisor who assigns a conversation whose first reply is already overdue takes note
        // of the breach: the agent gets a new first-reply clock from now, so the monitor does not
        // send the conversation straight back to the supervisors.
        const bool lapsed = row.queuedMs && row.firstResponseDueMs && !answeredSinceQueued(row) && now >= *row.firstResponseDueMs;
        if (lapsed) {
            startFirstReplyClock(row, policy, now);
            row.slaWarned = false;
            // The deadline in the business calendar's zone, named, since this machine may keep another.
            const QString clock = tr("the first reply was overdue: %1 has a new %2-minute clock, until %3")
                                      .arg(agent->name)
                                      .arg(policy.config().firstResponse_min)
                                      .arg(QDateTime::fromMSecsSinceEpoch(*row.firstResponseDueMs, Qt::UTC)
                                               .toOffsetFromUtc(policy.calendar().utcOffset_s())
                                               .toString(QStringLiteral("MM-dd HH:mm t")));
            warning = warning.isEmpty() ? clock : warning + QStringLiteral("; ") + clock;
        }
        row.agentId = agent->operatorId;
        row.assignedMs = now;
        if (auto st = moveTo(db, row, QStringLiteral("human"), name, QStringLiteral("assigned to ") + agent->name, now); !st)
            return Result<QVariant>(st);
        if (auto st = store::DeskTable::saveConversation(db, row); !st)
            return Result<QVariant>(st);
        agent->lastAssignedMs = now;
        if (auto st = store::DeskTable::saveAgent(db, *agent); !st)
            return Result<QVariant>(st);
        if (auto st = alert(db, row.id, QStringLiteral("assigned"), agent->operatorId, false, now, row.lastText); !st)
            return Result<QVariant>(st);
        if (auto st = audit(db, name, previous.isEmpty() ? QStringLiteral("desk.assign") : QStringLiteral("desk.reassign"),
                            conversationId,
                            QJsonObject{{QStringLiteral("agent"), agent->name},
                                        {QStringLiteral("previous"), previous},
                                        {QStringLiteral("over_capacity"), agent->load >= agent->capacity},
                                        {QStringLiteral("sla_acknowledged"), lapsed}},
                            now);
            !st)
            return Result<QVariant>(st);
        return QVariant(warning);
    });
    if (!r)
        return R(r.status());
    return r.value().toString();
}

Status DeskService::setPresence(const auth::Session& actor, Presence presence, std::optional<int> capacity,
                                const QString& agentName)
{
    const bool other = !agentName.isEmpty() && agentName.compare(actor.name(), Qt::CaseInsensitive) != 0;
    const auth::Permission needed = (other || capacity) ? auth::Permission::ViewAllQueues : auth::Permission::HandleConversations;
    if (auto st = m_auth.require(actor, needed, QStringLiteral("desk.presence"), agentName); !st)
        return st;
    if (capacity && (*capacity < 0 || *capacity > 100))
        return Status::failure(tr("a capacity is from 0 to 100 conversations"));
    const QString who = other ? agentName : actor.name();
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    return m_auth.workspace()
        .writer()
        .runSync([=](QSqlDatabase& db) -> Result<QVariant> {
            auto agents = store::DeskTable::agents(db);
            if (!agents)
                return Result<QVariant>(agents.status());
            for (store::AgentRow a : agents.value()) {
                if (a.name.compare(who, Qt::CaseInsensitive) != 0)
                    continue;
                const QString before = a.presence;
                a.presence = presenceKey(presence);
                a.presenceMs = now;
                if (capacity)
                    a.capacity = *capacity;
                if (auto st = store::DeskTable::saveAgent(db, a); !st)
                    return Result<QVariant>(st);
                return store::jobResult(audit::AuditLog::append(
                    db, name, QStringLiteral("desk.presence"), QStringLiteral("operator/") + a.name,
                    QJsonObject{{QStringLiteral("from"), before},
                                {QStringLiteral("to"), a.presence},
                                {QStringLiteral("capacity"), a.capacity}},
                    now));
            }
            return Result<QVariant>::failure(tr("'%1' is not an active agent or supervisor").arg(excerpt(who)));
        })
        .status();
}

Result<QList<store::AgentRow>> DeskService::agents(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.agents")); !st)
        return Result<QList<store::AgentRow>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto all = store::DeskTable::agents(db);
    if (!all || actor.can(auth::Permission::ViewAllQueues))
        return all;
    QList<store::AgentRow> mine;
    for (const store::AgentRow& a : all.value()) {
        if (a.operatorId == actor.operatorId())
            mine.append(a);
    }
    return mine;
}

Result<SlaReport> DeskService::enforceSla(const auth::Session& actor)
{
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.sla")); !st)
        return Result<SlaReport>(st);
    return enforceSlaNow();
}

Result<SlaReport> DeskService::enforceSlaNow()
{
    using R = Result<SlaReport>;
    auto policyResult = escalationPolicy();
    if (!policyResult)
        return R(policyResult.status());
    const EscalationPolicy policy = policyResult.value();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync([policy, now](QSqlDatabase& db) -> Result<QVariant> {
        SlaReport report;
        auto all = store::DeskTable::conversations(db, now);
        if (!all)
            return Result<QVariant>(all.status());
        const qint64 budget = qint64(policy.config().firstResponse_min) * kMinute_ms;
        const qint64 answerBy = qint64(policy.config().agentAnswer_min) * kMinute_ms;
        QHash<qint64, store::ConversationRow> byId;
        for (store::ConversationRow row : all.value()) {
            byId.insert(row.id, row);
            const bool waiting = row.state == QLatin1String("queued") || row.state == QLatin1String("human");
            if (!waiting || !row.queuedMs || !row.firstResponseDueMs || answeredSinceQueued(row))
                continue;
            bool changed = false;
            if (now >= *row.firstResponseDueMs) {
                // The supervisors are told, and so is the agent who held it (it leaves their queue).
                const std::optional<qint64> holder = row.agentId;
                row.agentId.reset();
                if (auto st = moveTo(db, row, QStringLiteral("supervisor"), kSystem,
                                     QStringLiteral("first response SLA breached"), now);
                    !st)
                    return Result<QVariant>(st);
                if (auto st = alert(db, row.id, QStringLiteral("sla_breach"), holder, true, now, row.lastText); !st)
                    return Result<QVariant>(st);
                ++report.breached;
                changed = true;
            } else if (!row.slaWarned
                       && double(policy.calendar().businessMsBetween(*row.queuedMs, now)) >= policy.config().imminentShare * double(budget)) {
                row.slaWarned = true;
                if (auto st = alert(db, row.id, QStringLiteral("sla_imminent"), row.agentId, !row.agentId, now, row.lastText); !st)
                    return Result<QVariant>(st);
                ++report.warned;
                changed = true;
            } else if (row.state == QLatin1String("human") && row.assignedMs && now - *row.assignedMs >= answerBy) {
                // Assigned, never answered: back to the queue, keeping its place and its clock.
                const QString agent = row.agentName;
                if (row.agentId) {
                    if (auto st = alert(db, row.id, QStringLiteral("taken_away"), row.agentId, false, now, row.lastText); !st)
                        return Result<QVariant>(st);
                }
                row.agentId.reset();
                if (auto st = moveTo(db, row, QStringLiteral("queued"), kSystem,
                                     QStringLiteral("%1 did not answer in time").arg(agent), now);
                    !st)
                    return Result<QVariant>(st);
                ++report.requeued;
                changed = true;
            }
            if (changed) {
                row.updatedMs = now;
                if (auto st = store::DeskTable::saveConversation(db, row); !st)
                    return Result<QVariant>(st);
                byId.insert(row.id, row);
            }
        }
        auto callbacks = store::DeskTable::openCallbacks(db);
        if (!callbacks)
            return Result<QVariant>(callbacks.status());
        for (const store::CallbackRow& cb : callbacks.value()) {
            if (cb.breachedMs || !byId.contains(cb.conversationId))
                continue;
            store::ConversationRow row = byId.value(cb.conversationId);
            if (now >= cb.dueMs) {
                if (auto st = store::DeskTable::markCallback(db, cb.id, true, now); !st)
                    return Result<QVariant>(st);
                const std::optional<qint64> holder = row.agentId;
                if (row.state != QLatin1String("supervisor") && row.state != QLatin1String("closed")) {
                    row.agentId.reset();
                    if (auto st = moveTo(db, row, QStringLiteral("supervisor"), kSystem,
                                         QStringLiteral("24-hour callback deadline missed"), now);
                        !st)
                        return Result<QVariant>(st);
                    if (auto st = store::DeskTable::saveConversation(db, row); !st)
                        return Result<QVariant>(st);
                }
                if (auto st = alert(db, row.id, QStringLiteral("callback_breach"), holder, true, now, row.lastText); !st)
                    return Result<QVariant>(st);
                ++report.breached;
            } else if (!cb.warned) {
                const double total = double(policy.calendar().businessMsBetween(cb.createdMs, cb.dueMs));
                const double used = double(policy.calendar().businessMsBetween(cb.createdMs, now));
                if (total > 0 && used >= policy.config().imminentShare * total) {
                    if (auto st = store::DeskTable::markCallback(db, cb.id, true, {}); !st)
                        return Result<QVariant>(st);
                    if (auto st = alert(db, row.id, QStringLiteral("callback_imminent"), row.agentId, !row.agentId, now, row.lastText); !st)
                        return Result<QVariant>(st);
                    ++report.warned;
                }
            }
        }
        return QVariant(QVariantList{report.breached, report.warned, report.requeued});
    });
    if (!r)
        return R(r.status());
    const QVariantList v = r.value().toList();
    return SlaReport{v.value(0).toInt(), v.value(1).toInt(), v.value(2).toInt()};
}

QueueItem DeskService::clocks(const store::ConversationRow& row, qint64 nowMs, const EscalationPolicy& policy)
{
    QueueItem item;
    item.conversation = row;
    const BusinessCalendar& cal = policy.calendar();
    auto remainingUntil = [&cal, nowMs](qint64 due) {
        return due >= nowMs ? cal.businessMsBetween(nowMs, due) : -cal.businessMsBetween(due, nowMs) - 1;
    };
    const bool open = row.state != QLatin1String("closed") && row.state != QLatin1String("bot");
    if (open && row.queuedMs && row.firstResponseDueMs && !answeredSinceQueued(row)) {
        const qint64 budget = qint64(policy.config().firstResponse_min) * kMinute_ms;
        item.deadlineKind = QStringLiteral("first_response");
        item.deadlineMs = row.firstResponseDueMs;
        item.remainingBusinessMs = remainingUntil(*row.firstResponseDueMs);
        item.usedShare = budget > 0 ? double(cal.businessMsBetween(*row.queuedMs, nowMs)) / double(budget) : 1.0;
    }
    if (row.callbackDueMs && row.state != QLatin1String("closed")) {
        const qint64 remaining = remainingUntil(*row.callbackDueMs);
        if (!item.deadlineMs || remaining < item.remainingBusinessMs) {
            const qint64 budget = qint64(policy.config().callback_h) * 3600 * 1000;
            item.deadlineKind = QStringLiteral("callback");
            item.deadlineMs = row.callbackDueMs;
            item.remainingBusinessMs = remaining;
            item.usedShare = budget > 0 ? 1.0 - double(std::max<qint64>(0, remaining)) / double(budget) : 1.0;
        }
    }
    if (item.deadlineMs) {
        if (item.remainingBusinessMs < 0 || nowMs >= *item.deadlineMs)
            item.sla = SlaStatus::Breached;
        else if (item.usedShare >= policy.config().imminentShare)
            item.sla = SlaStatus::Imminent;
        else
            item.sla = SlaStatus::Pending;
    } else if (answeredSinceQueued(row)) {
        item.sla = SlaStatus::Achieved;
    }
    return item;
}

void DeskService::sortByUrgency(QList<QueueItem>& items)
{
    auto rank = [](const QueueItem& i) {
        switch (i.sla) {
        case SlaStatus::Breached: return 0;
        case SlaStatus::Imminent: return 1;
        case SlaStatus::Pending: return 2;
        default: break;
        }
        return i.conversation.state == QLatin1String("closed") ? 4 : 3;
    };
    std::stable_sort(items.begin(), items.end(), [&rank](const QueueItem& a, const QueueItem& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.deadlineMs && b.deadlineMs && a.remainingBusinessMs != b.remainingBusinessMs)
            return a.remainingBusinessMs < b.remainingBusinessMs;
        if (a.conversation.vip != b.conversation.vip)
            return a.conversation.vip;
        if (a.conversation.streak != b.conversation.streak)
            return a.conversation.streak > b.conversation.streak;
        return a.conversation.lastMessageMs.value_or(0) > b.conversation.lastMessageMs.value_or(0);
    });
}

Result<QList<QueueItem>> DeskService::queue(const auth::Session& actor) const
{
    using R = Result<QList<QueueItem>>;
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.queue")); !st)
        return R(st);
    auto policyResult = escalationPolicy();
    if (!policyResult)
        return R(policyResult.status());
    const qint64 now = m_auth.nowMs();
    const bool all = actor.can(auth::Permission::ViewAllQueues);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::DeskTable::conversations(db, all ? now - 24 * 3600 * 1000LL : std::numeric_limits<qint64>::max());
    if (!rows)
        return R(rows.status());
    QList<QueueItem> items;
    for (const store::ConversationRow& c : rows.value()) {
        const bool mine = c.agentId && *c.agentId == actor.operatorId();
        const bool visible = all || mine || c.state == QLatin1String("queued") || c.state == QLatin1String("bot");
        if (!visible)
            continue;
        QueueItem item = clocks(c, now, policyResult.value());
        item.mine = mine;
        items.append(item);
    }
    sortByUrgency(items);
    return items;
}

Result<QList<store::DeskMessageRow>> DeskService::transcript(const auth::Session& actor, qint64 conversationId) const
{
    using R = Result<QList<store::DeskMessageRow>>;
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.read"), target(conversationId)); !st)
        return R(st);
    auto row = load(conversationId);
    if (!row)
        return R(row.status());
    const store::ConversationRow& c = row.value();
    const bool mine = c.agentId && *c.agentId == actor.operatorId();
    if (!actor.can(auth::Permission::ViewAllQueues) && !mine && c.state != QLatin1String("queued")
        && c.state != QLatin1String("bot"))
        return R::failure(tr("this conversation is with someone else"));
    QSqlDatabase db = m_auth.workspace().reader();
    return store::DeskTable::messages(db, conversationId);
}

Result<QList<store::AlertRow>> DeskService::alerts(const auth::Session& actor, qint64 sinceMs) const
{
    using R = Result<QList<store::AlertRow>>;
    if (auto st = m_auth.require(actor, auth::Permission::HandleConversations, QStringLiteral("desk.alerts")); !st)
        return R(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto all = store::DeskTable::alerts(db, sinceMs);
    if (!all)
        return all;
    const bool supervisor = actor.can(auth::Permission::HandleEscalations);
    QList<store::AlertRow> mine;
    for (const store::AlertRow& a : all.value()) {
        if ((a.forSupervisors && supervisor) || (a.agentId && *a.agentId == actor.operatorId()))
            mine.append(a);
    }
    return mine;
}

Result<QString> DeskService::prepareScript(const auth::Session& actor, qint64 conversationId, const QString& body) const
{
    using R = Result<QString>;
    if (auto st = m_auth.require(actor, auth::Permission::UseScripts, QStringLiteral("desk.script"), target(conversationId)); !st)
        return R(st);
    auto row = load(conversationId);
    if (!row)
        return R(row.status());
    auto values = replyValues();
    if (!values)
        return R(values.status());
    QHash<QString, QString> v = values.value();
    const store::ConversationRow& c = row.value();
    v.insert(QStringLiteral("称呼"), c.userLabel);
    v.insert(QStringLiteral("用户"), c.userLabel);
    v.insert(QStringLiteral("user"), c.userLabel);
    if (c.profileId) {
        QSqlDatabase db = m_auth.workspace().reader();
        auto profile = store::ProfileTable::byId(db, *c.profileId);
        if (profile && profile.value() && !profile.value()->city.isEmpty()) {
            v.insert(QStringLiteral("城市"), profile.value()->city);
            v.insert(QStringLiteral("city"), profile.value()->city);
        }
    }
    auto uses = content::TemplateRenderer::variables(body);
    if (!uses)
        return R(uses.status());
    QString out = body;
    const QList<content::VariableUse> list = uses.value();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const QString value = v.value(it->key, v.value(it->name));
        if (!value.isEmpty())
            out.replace(it->start, it->end - it->start, value);
    }
    // Literal braces written as {{ and }} read as single braces once the variables are in.
    out.replace(QStringLiteral("{{"), QStringLiteral("{")).replace(QStringLiteral("}}"), QStringLiteral("}"));
    return out;
}

Result<ScriptChoice> DeskService::scriptForConversation(const auth::Session& actor, qint64 conversationId,
                                                      qint64 scriptItemId) const
{
    using R = Result<ScriptChoice>;
    if (auto st = m_auth.require(actor, auth::Permission::UseScripts, QStringLiteral("desk.script"), target(conversationId)); !st)
        return R(st);
    auto row = load(conversationId);
    if (!row)
        return R(row.status());
    QSqlDatabase db = m_auth.workspace().reader();
    auto item = store::ContentTable::item(db, scriptItemId);
    if (!item)
        return R(item.status());
    if (!item.value() || item.value()->kind != QLatin1String("script"))
        return R::failure(tr("there is no script number %1").arg(scriptItemId));
    ScriptChoice choice;
    QString body = item.value()->latestBody;
    auto experiments = store::ExperimentTable::all(db);
    if (!experiments)
        return R(experiments.status());
    for (const store::ExperimentRow& e : experiments.value()) {
        if (e.status != QLatin1String("running"))
            continue;
        bool inIt = false;
        QList<double> weights;
        for (const store::ExperimentVariantRow& v : e.variants) {
            inIt = inIt || v.itemId == scriptItemId;
            weights.append(v.weight);
        }
        if (!inIt)
            continue;
        // Enrolment needs a known user with consent to marketing, as everywhere.
        const store::ConversationRow& c = row.value();
        bool consent = false;
        if (c.profileId) {
            auto consents = store::ProfileTable::consents(db, *c.profileId);
            if (consents) {
                for (const store::ConsentRow& k : consents.value())
                    consent = consent || (k.purpose == QLatin1String("marketing") && k.granted);
            }
        }
        if (!consent) {
            choice.note = tr("A/B test %1: this user is not enrolled (no consent to marketing on record)").arg(e.id);
            break;
        }
        const int i = experiments::Assignment::variant(e.salt, c.channel + QLatin1Char(':') + c.platformUserId, weights);
        if (i < 0)
            break;
        const store::ExperimentVariantRow& v = e.variants.at(i);
        auto version = store::ContentTable::version(db, v.itemId, v.version);
        if (!version || !version.value())
            return R::failure(tr("A/B test %1: variant %2 has lost its script version").arg(e.id).arg(v.label));
        body = version.value()->body;
        choice.experimentId = e.id;
        choice.variant = v.label;
        choice.note = tr("A/B test %1 “%2”: this user sees variant %3").arg(e.id).arg(e.name, v.label);
        break;
    }
    auto filled = prepareScript(actor, conversationId, body);
    if (!filled)
        return R(filled.status());
    choice.text = filled.value();
    return choice;
}

Result<qint64> DeskService::exportComplaints(const auth::Session& actor, const QString& path) const
{
    using R = Result<qint64>;
    if (auto st = m_auth.require(actor, auth::Permission::ViewAllQueues, QStringLiteral("desk.complaints.export"), path); !st)
        return R(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::DeskTable::complaints(db);
    if (!rows)
        return R(rows.status());
    QByteArray out = "label,text\n";
    for (const store::ComplaintRow& c : rows.value())
        out += (CsvReader::formatLine({c.label, c.text}) + QLatin1Char('\n')).toUtf8();
    if (auto st = OutputFile::write(path, out); !st)
        return R(st);
    if (auto st = m_auth.record(actor, QStringLiteral("desk.complaints.export"), QStringLiteral("desk"),
                                QJsonObject{{QStringLiteral("rows"), qint64(rows.value().size())}});
        !st)
        return R(st);
    return qint64(rows.value().size());
}

} // namespace lx::desk
