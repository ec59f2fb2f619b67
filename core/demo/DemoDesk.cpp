#include "demo/DemoDesk.h"

#include "auth/AuthService.h"
#include "content/DialogueService.h"
#include "desk/DeskService.h"
#include "profiles/ProfileService.h"
#include "profiles/Records.h"
#include "quality/ReviewService.h"

#include <algorithm>

namespace lx::demo {

namespace {

constexpr int kFirstResponse_min = 15;
// A demo whose newest open conversation is older than this is refreshed when it is opened.
constexpr qint64 kStaleAfter_ms = 60LL * 60 * 1000;

struct Sessions
{
    auth::Session supervisor;
    auth::Session agent;
    auth::Session agent2;
    auth::Session marketer;
};

// The demo's people, logged in with the passwords DemoWorkspace gave them.
Result<Sessions> sessions(auth::AuthService& auth)
{
    auto supervisor = auth.login(QStringLiteral("supervisor"), QStringLiteral("lingxi-supervisor"));
    auto agent = auth.login(QStringLiteral("agent"), QStringLiteral("lingxi-agent"));
    auto agent2 = auth.login(QStringLiteral("agent2"), QStringLiteral("lingxi-agent2"));
    auto marketer = auth.login(QStringLiteral("marketer"), QStringLiteral("lingxi-marketer"));
    if (!supervisor || !agent || !agent2 || !marketer)
        return Result<Sessions>::failure(QStringLiteral("the demo logins are missing"));
    return Sessions{supervisor.value(), agent.value(), agent2.value(), marketer.value()};
}

// The morning's conversations, their clocks starting at nowMs; conversation keys are BATCH-N.
Status morning(auth::AuthService& auth, const Sessions& who, qint64 nowMs, const desk::SentimentFn& classify, const QString& batch);

struct Line
{
    int user;          // index into the demo users (or -1: an imported conversation)
    int minutesAgo;
    const char* sentiment; // null: the demo's model reads the text
    const char* text;
    bool vip;
};

} // namespace

Status DemoDesk::load(auth::AuthService& auth, qint64 nowMs, const desk::SentimentFn& classify)
{
    auto who = sessions(auth);
    if (!who)
        return Status::failure(QStringLiteral("the demo logins are missing"));
    const auth::Session& supervisor = who.value().supervisor;
    const auth::Session& marketer = who.value().marketer;
    desk::DeskService desk(auth);

    // A customer-service centre staffed around the clock; the shipped office calendar (with
    // China's public holidays) is one `lingxi-cli desk calendar --set` away.
    auto calendar = desk::BusinessCalendar::fromJson(R"({"name": "客服中心 7×24（演示）", "utc_offset": "+08:00",
        "week": {"mon": ["00:00-24:00"], "tue": ["00:00-24:00"], "wed": ["00:00-24:00"], "thu": ["00:00-24:00"],
                 "fri": ["00:00-24:00"], "sat": ["00:00-24:00"], "sun": ["00:00-24:00"]}})");
    if (!calendar)
        return calendar.status();
    if (auto st = desk.setCalendar(supervisor, calendar.value()); !st)
        return st;
    // The demo centre answers within 15 minutes: time to look around before the first clock runs out.
    desk::PolicyConfig policy = desk::PolicyConfig::defaults();
    policy.firstResponse_min = kFirstResponse_min;
    if (auto st = desk.setPolicy(supervisor, policy); !st)
        return st;
    const QHash<QString, QString> values{
        {QStringLiteral("product"), QStringLiteral("水光焕亮精华")},
        {QStringLiteral("advantage"), QStringLiteral("5% 烟酰胺搭配玻尿酸，温和提亮")},
        {QStringLiteral("audience"), QStringLiteral("熬夜暗沉肌")},
        {QStringLiteral("contact"), QStringLiteral("400-820-1234")},
        {QStringLiteral("offer"), QStringLiteral("本周下单立减 50 元")},
        {QStringLiteral("call_to_action"), QStringLiteral("回复“试用”即可领取 7 天体验装")},
    };
    if (auto st = desk.setReplyValues(marketer, values); !st)
        return st;
    // The bot opens new conversations with the shipped skincare consultation (three rounds).
    if (auto st = content::DialogueService(auth).save(marketer, content::DialogueFlow::builtin(),
                                                      content::DialogueFlow::builtin().constFirst().id);
        !st)
        return st;
    if (auto st = desk.setPresence(supervisor, desk::Presence::Online, 4, QStringLiteral("agent")); !st)
        return st;
    if (auto st = desk.setPresence(supervisor, desk::Presence::Online, 3, QStringLiteral("agent2")); !st)
        return st;
    if (auto st = desk.setPresence(supervisor, desk::Presence::Online); !st)
        return st;
    return morning(auth, who.value(), nowMs, classify, QStringLiteral("demo"));
}

namespace {

Status morning(auth::AuthService& auth, const Sessions& who, qint64 nowMs, const desk::SentimentFn& classify, const QString& batch)
{
    desk::DeskService desk(auth);
    const auth::Session& supervisor = who.supervisor;
    const auth::Session& agent = who.agent;
    const auth::Session& agent2 = who.agent2;
    const auth::Session& marketer = who.marketer;

    // Users from the demo population, so that their profile cards show.
    auto users = profiles::ProfileService(auth).page(marketer, profiles::Segment(), 0, 30);
    if (!users)
        return users.status();
    auto send = [&](int conversation, const Line& l) -> Result<desk::IngestOutcome> {
        desk::InboundMessage m;
        if (l.user >= 0 && l.user < users.value().size()) {
            const store::ProfileListRow& u = users.value().at(l.user);
            m.channel = u.platform == QLatin1String("web") ? QStringLiteral("wechat") : u.platform;
            m.platformUserId = u.platformUserId;
        } else {
            m.channel = QStringLiteral("import");
            m.platformUserId = QStringLiteral("guest-%1").arg(conversation);
        }
        m.conversation = QStringLiteral("%1-%2").arg(batch).arg(conversation);
        m.text = QString::fromUtf8(l.text);
        m.time_ms = nowMs - qint64(l.minutesAgo) * 60 * 1000;
        if (l.vip)
            m.vip = true;
        if (l.sentiment) {
            desk::SentimentReading r;
            r.label = QString::fromLatin1(l.sentiment);
            m.sentiment = r;
        } else {
            auto r = classify(m.text);
            if (!r)
                return Result<desk::IngestOutcome>(r.status());
            m.sentiment = r.value();
        }
        return desk.ingest(supervisor, m);
    };
    // clang-format off
    // Minutes ago: the waiting ones arrived in the last three minutes (their 15-minute clocks
    // have at least 12 to go); the others are older and no longer on a clock.
    const QList<QList<Line>> conversations = {
        // 0: the bot answers a product question
        {{0, 42, "neutral", "这款精华适合油皮吗", false}},
        // 1: a VIP: straight to a person
        {{1, 2, "neutral", "你好，我上周买的套装什么时候发货？", true}},
        // 2: two negative messages: callback task, waiting
        {{2, 6, "negative", "快递三天了还没到", false}, {2, 2, "negative", "你们物流太慢了，能不能给个准话", false}},
        // 3: three negative messages: supervisor queue
        {{3, 5, "negative", "用了以后脸上起疹子", false}, {3, 4, "negative", "客服一直不回", false},
         {3, 3, "negative", "我要投诉，给我退款", false}},
        // 4: asks for a person
        {{4, 1, "neutral", "转人工", false}},
        // 5: several questions at once
        {{5, 1, "neutral", "现在有优惠吗？敏感肌能用吗？", false}},
        // 6: a happy customer with the bot
        {{6, 55, "positive", "收到了，包装很精致，谢谢！", false}},
        // 7: imported from another channel, waiting
        {{-1, 3, "neutral", "我想预约门店体验，周六可以吗？能带朋友吗？", false}},
        // 8: will be taken and answered by the agent
        {{8, 4, "neutral", "在吗？想问下会员积分怎么用", false}},
        // 9: will be closed
        {{9, 80, "neutral", "好的，明白了", false}},
    };
    // clang-format on
    QList<qint64> ids;
    for (int c = 0; c < conversations.size(); ++c) {
        qint64 id = 0;
        for (const Line& l : conversations.at(c)) {
            auto r = send(c, l);
            if (!r)
                return r.status();
            id = r.value().conversationId;
        }
        ids.append(id);
    }
    // Agent 王芳 holds conversation 8 and has answered; conversation 9 was closed.
    if (auto r = desk.take(agent, ids.at(8)); !r)
        return r.status();
    if (auto r = desk.reply(agent, ids.at(8), QStringLiteral("您好，积分在“我的-会员中心”里可以直接抵扣，100 积分抵 1 元。")); !r)
        return r.status();
    if (auto r = desk.take(agent2, ids.at(9)); !r)
        return r.status();
    if (auto r = desk.close(agent2, ids.at(9)); !r)
        return r.status();
    if (!classify)
        return Status::success();

    // Earlier this morning: customers the bot served, each message read by the demo's model
    // (no given sentiment), then closed; the day's review sample draws from these readings.
    // clang-format off
    const QList<Line> earlier = {
        {10, 190, nullptr, "精华用了一周，皮肤明显变亮了，会回购", false},
        {11, 185, nullptr, "面霜质地有点油，夏天用会不会闷痘？", false},
        {12, 180, nullptr, "收到货了，赠品也有，谢谢客服", false},
        {13, 176, nullptr, "快递员态度太差了，东西直接扔门口", false},
        {14, 170, nullptr, "防晒霜一天要补涂几次？", false},
        {15, 166, nullptr, "用了两天就爆痘，是不是不适合我", false},
        {16, 160, nullptr, "能开发票吗？公司报销要用", false},
        {17, 155, nullptr, "包装很精致，送朋友她很喜欢", false},
        {18, 150, nullptr, "说好的赠品没有收到，骗人", false},
        {19, 145, nullptr, "孕妇可以用这款面膜吗", false},
        {20, 140, nullptr, "性价比很高，比专柜便宜", false},
        {21, 135, nullptr, "退货申请一直没人处理，怎么回事", false},
        {22, 130, nullptr, "眼霜怎么用比较好，早晚都可以吗", false},
        {23, 125, nullptr, "还行吧，效果一般般", false},
        {24, 120, nullptr, "发错货了，我要的是清爽型", false},
        {25, 115, nullptr, "会员积分什么时候到账？", false},
    };
    // clang-format on
    for (int i = 0; i < earlier.size(); ++i) {
        auto r = send(100 + i, earlier.at(i));
        if (!r)
            return r.status();
        if (auto c = desk.take(agent2, r.value().conversationId); !c)
            return c.status();
        if (auto c = desk.close(agent2, r.value().conversationId, QStringLiteral("resolved")); !c)
            return c.status();
    }
    // The sample is drawn per China day: the morning's lines fall on the day before when the demo
    // is built just after midnight there, so every day they touch is sampled.
    quality::ReviewService review(auth);
    qint64 firstMs = nowMs;
    for (const Line& l : earlier)
        firstMs = std::min(firstMs, nowMs - qint64(l.minutesAgo) * 60 * 1000);
    for (QDate day = profiles::Records::chinaTime(firstMs).date(); day <= profiles::Records::chinaTime(nowMs).date(); day = day.addDays(1)) {
        if (auto sampled = review.sampleDay(supervisor, day); !sampled)
            return sampled.status();
    }
    return Status::success();
}

} // namespace

Result<bool> DemoDesk::refreshIfStale(auth::AuthService& auth, qint64 nowMs)
{
    using R = Result<bool>;
    auto who = sessions(auth);
    if (!who)
        return R(false); // someone changed the demo's logins: it is theirs now, leave it
    const Sessions& w = who.value();
    desk::DeskService desk(auth);
    auto open = desk.queue(w.supervisor);
    if (!open)
        return R(open.status());
    qint64 newest = 0;
    for (const desk::QueueItem& item : open.value())
        newest = std::max(newest, item.conversation.lastMessageMs.value_or(item.conversation.createdMs));
    if (newest >= nowMs - kStaleAfter_ms)
        return R(false);
    // What is still open is from the day the demo was built (or last refreshed): its holder (or
    // the supervisor, who takes it over) answers, which also settles a promised callback, and
    // closes it with the reason in the audit log; then a new morning starts now.
    for (const desk::QueueItem& item : open.value()) {
        const store::ConversationRow& c = item.conversation;
        if (c.state == QLatin1String("closed"))
            continue;
        const auth::Session* who = &w.supervisor;
        if (c.agentId && *c.agentId == w.agent.operatorId())
            who = &w.agent;
        else if (c.agentId && *c.agentId == w.agent2.operatorId())
            who = &w.agent2;
        else if (auto taken = desk.take(w.supervisor, c.id); !taken)
            return R(taken.status());
        if (auto r = desk.reply(*who, c.id, QStringLiteral("您好，这个问题我们已经电话跟进处理完毕，感谢您的耐心等待。")); !r)
            return R(r.status());
        if (auto closed = desk.close(*who, c.id, QStringLiteral("demo refreshed")); !closed)
            return R(closed.status());
    }
    const QString batch = QStringLiteral("demo-%1").arg(profiles::Records::chinaTime(nowMs).toString(QStringLiteral("yyyyMMddHHmm")));
    if (auto st = morning(auth, w, nowMs, {}, batch); !st)
        return R(st);
    return R(true);
}

} // namespace lx::demo
