#include "desk/EscalationPolicy.h"

#include "text/TextNormalizer.h"

#include <QJsonArray>

namespace lx::desk {

namespace {

QStringList foldedWords(const QStringList& words)
{
    QStringList out;
    for (const QString& w : words) {
        const QString n = text::TextNormalizer::normalizeWord(w);
        if (!n.isEmpty())
            out.append(n);
    }
    return out;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.toString().trimmed().isEmpty())
            out.append(e.toString().trimmed());
    }
    return out;
}

// Question words that make a clause a question even without a question mark.
const QStringList& questionWords()
{
    static const QStringList words{
        QStringLiteral("吗"),   QStringLiteral("怎么"), QStringLiteral("如何"), QStringLiteral("什么"),
        QStringLiteral("多少"), QStringLiteral("哪"),   QStringLiteral("几个"), QStringLiteral("几天"),
        QStringLiteral("几点"), QStringLiteral("几号"), QStringLiteral("能不能"), QStringLiteral("可不可以"),
        QStringLiteral("是否"), QStringLiteral("为啥"), QStringLiteral("为什么")};
    return words;
}

} // namespace

PolicyConfig PolicyConfig::defaults()
{
    PolicyConfig c;
    c.complaintWords = {QStringLiteral("投诉"), QStringLiteral("举报"), QStringLiteral("12315"), QStringLiteral("消协"),
                        QStringLiteral("曝光"), QStringLiteral("维权"), QStringLiteral("起诉"), QStringLiteral("律师"),
                        QStringLiteral("退款"), QStringLiteral("赔偿"), QStringLiteral("骗子"), QStringLiteral("欺诈"),
                        QStringLiteral("差评"), QStringLiteral("complaint"), QStringLiteral("refund")};
    c.personWords = {QStringLiteral("转人工"), QStringLiteral("人工客服"), QStringLiteral("人工服务"),
                     QStringLiteral("找人工"), QStringLiteral("要人工"), QStringLiteral("真人"),
                     QStringLiteral("活人"), QStringLiteral("找客服"), QStringLiteral("human agent"),
                     QStringLiteral("real person"), QStringLiteral("talk to a person")};
    return c;
}

Result<PolicyConfig> PolicyConfig::fromJson(const QJsonObject& o)
{
    PolicyConfig c = defaults();
    auto readInt = [&o](const char* key, int lo, int hi, int& out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return Status::success();
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < lo || d > hi)
            return Status::failure(EscalationPolicy::tr("desk policy: %1 is a whole number from %2 to %3")
                                       .arg(QLatin1String(key)).arg(lo).arg(hi));
        out = int(d);
        return Status::success();
    };
    auto readShare = [&o](const char* key, double& out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return Status::success();
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            return Status::failure(EscalationPolicy::tr("desk policy: %1 is a number from 0 to 1").arg(QLatin1String(key)));
        out = v.toDouble();
        return Status::success();
    };
    for (const Status& st : {readInt("first_response_min", 1, 24 * 60, c.firstResponse_min),
                             readInt("callback_h", 1, 24 * 14, c.callback_h),
                             readInt("agent_answer_min", 1, 24 * 60, c.agentAnswer_min),
                             readShare("imminent_share", c.imminentShare),
                             readInt("questions_to_human", 0, 100, c.questionsToHuman),
                             readInt("long_message_chars", 0, 100000, c.longMessage_chars),
                             readShare("min_confidence", c.minConfidence)}) {
        if (!st)
            return Result<PolicyConfig>(st);
    }
    if (o.contains(QStringLiteral("vip_to_human")))
        c.vipToHuman = o.value(QStringLiteral("vip_to_human")).toBool(true);
    if (o.contains(QStringLiteral("complaint_words")))
        c.complaintWords = fromArray(o.value(QStringLiteral("complaint_words")));
    if (o.contains(QStringLiteral("person_words")))
        c.personWords = fromArray(o.value(QStringLiteral("person_words")));
    return c;
}

QJsonObject PolicyConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("first_response_min"), firstResponse_min},
                       {QStringLiteral("callback_h"), callback_h},
                       {QStringLiteral("agent_answer_min"), agentAnswer_min},
                       {QStringLiteral("imminent_share"), imminentShare},
                       {QStringLiteral("vip_to_human"), vipToHuman},
                       {QStringLiteral("questions_to_human"), questionsToHuman},
                       {QStringLiteral("long_message_chars"), longMessage_chars},
                       {QStringLiteral("min_confidence"), minConfidence},
                       {QStringLiteral("complaint_words"), toArray(complaintWords)},
                       {QStringLiteral("person_words"), toArray(personWords)}};
}

EscalationPolicy::EscalationPolicy(PolicyConfig config, BusinessCalendar calendar)
    : m_config(std::move(config)), m_calendar(std::move(calendar)),
      m_complaintFolded(foldedWords(m_config.complaintWords)), m_personFolded(foldedWords(m_config.personWords))
{
}

int EscalationPolicy::questionCount(const QString& folded) const
{
    // Clauses end at sentence punctuation; a clause is a question when it ends with a question
    // mark or holds a question word.
    int count = 0;
    QString clause;
    auto finish = [&](bool questionMark) {
        const QString c = clause.trimmed();
        clause.clear();
        if (c.isEmpty())
            return;
        if (questionMark) {
            ++count;
            return;
        }
        for (const QString& w : questionWords()) {
            if (c.contains(w)) {
                ++count;
                return;
            }
        }
    };
    for (const QChar ch : folded) {
        const char16_t u = ch.unicode();
        if (u == u'?' || u == u'？')
            finish(true);
        else if (u == u'。' || u == u'!' || u == u'！' || u == u';' || u == u'；' || u == u'\n' || u == u'.' || u == u'，' || u == u',')
            finish(false);
        else
            clause.append(ch);
    }
    finish(false);
    return count;
}

QStringList EscalationPolicy::routingReasons(const PolicyMessage& message) const
{
    QStringList reasons;
    if (m_config.vipToHuman && message.vip)
        reasons.append(QStringLiteral("vip"));
    QString folded;
    text::TextNormalizer::forEachCodePoint(message.text, [&folded](char32_t cp) {
        const char32_t f = text::TextNormalizer::fold(cp);
        folded.append(QString::fromUcs4(&f, 1));
    });
    if (m_config.questionsToHuman > 0 && questionCount(folded) >= m_config.questionsToHuman)
        reasons.append(QStringLiteral("questions"));
    const QString bare = text::TextNormalizer::normalizeWord(message.text);
    for (const QString& w : m_complaintFolded) {
        if (bare.contains(w)) {
            reasons.append(QStringLiteral("complaint_words"));
            break;
        }
    }
    if (m_config.longMessage_chars > 0 && text::TextNormalizer::codePointLength(message.text) > m_config.longMessage_chars)
        reasons.append(QStringLiteral("long"));
    if (m_config.minConfidence > 0 && message.confidence && *message.confidence < m_config.minConfidence)
        reasons.append(QStringLiteral("low_confidence"));
    bool asks = bare == QStringLiteral("人工");
    for (const QString& w : m_personFolded)
        asks = asks || bare.contains(w);
    if (asks)
        reasons.append(QStringLiteral("asks_for_person"));
    return reasons;
}

QString EscalationPolicy::reasonText(const QString& key)
{
    if (key == QLatin1String("vip"))
        return tr("VIP user");
    if (key == QLatin1String("questions"))
        return tr("several questions in one message");
    if (key == QLatin1String("complaint_words"))
        return tr("complaint words");
    if (key == QLatin1String("long"))
        return tr("very long message");
    if (key == QLatin1String("low_confidence"))
        return tr("the model is unsure of the sentiment");
    if (key == QLatin1String("asks_for_person"))
        return tr("asks for a person");
    return key;
}

PolicyDecision EscalationPolicy::decide(const PolicyState& before, const PolicyMessage& message) const
{
    PolicyDecision d;
    d.businessOpen = m_calendar.isOpen(message.time_ms);
    ConversationState s = before.state == ConversationState::Closed ? ConversationState::Bot : before.state;
    const bool negative = message.sentiment == QLatin1String("negative");
    d.streak = negative ? before.streak + 1 : 0;
    if (s == ConversationState::Bot)
        d.reasons = routingReasons(message);

    if (negative) {
        if (s == ConversationState::Supervisor) {
            d.action = PolicyAction::NotifySupervisor;
        } else if (d.streak >= 3) {
            d.action = PolicyAction::EscalateSupervisor;
            s = ConversationState::Supervisor;
        } else if (d.streak == 2) {
            d.action = PolicyAction::CallbackTask;
            d.callbackDeadline_ms = m_calendar.addBusinessMs(message.time_ms, qint64(m_config.callback_h) * 3600 * 1000);
            if (s == ConversationState::Bot)
                s = ConversationState::Queued;
        } else {
            d.action = s == ConversationState::Human ? PolicyAction::NotifyAgent : PolicyAction::Soothe;
            if (s == ConversationState::Bot && !d.reasons.isEmpty())
                s = ConversationState::Queued;
        }
    } else if (s == ConversationState::Bot) {
        if (d.reasons.isEmpty()) {
            d.action = PolicyAction::AutoReply;
        } else {
            d.action = PolicyAction::QueueHuman;
            s = ConversationState::Queued;
        }
    } else if (s == ConversationState::Queued && !d.businessOpen) {
        d.action = PolicyAction::AutoReply; // nobody is at the desk: the bot keeps the user company
    } else {
        d.action = PolicyAction::None;
    }
    d.state = s;
    return d;
}

} // namespace lx::desk
