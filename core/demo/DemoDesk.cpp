#include "demo/DemoDesk.h"

#include "auth/AuthService.h"
#include "content/DialogueService.h"
#include "desk/DeskService.h"
#include "profiles/ProfileService.h"

namespace lx::demo {

namespace {

struct Line
{
    int user;          // index into the demo users (or -1: an imported conversation)
    int minutesAgo;
    const char* sentiment;
    const char* text;
    bool vip;
};

} // namespace

Status DemoDesk::load(auth::AuthService& auth, qint64 nowMs)
{
    auto supervisor = auth.login(QStringLiteral("supervisor"), QStringLiteral("lingxi-supervisor"));
    auto agent = auth.login(QStringLiteral("agent"), QStringLiteral("lingxi-agent"));
    auto agent2 = auth.login(QStringLiteral("agent2"), QStringLiteral("lingxi-agent2"));
    auto marketer = auth.login(QStringLiteral("marketer"), QStringLiteral("lingxi-marketer"));
    if (!supervisor || !agent || !agent2 || !marketer)
        return Status::failure(QStringLiteral("the demo logins are missing"));
    desk::DeskService desk(auth);

    // A customer-service centre staffed around the clock; the shipped office calendar (with
    // China's public holidays) is one `lingxi-cli desk calendar --set` away.
    auto calendar = desk::BusinessCalendar::fromJson(R"({"name": "客服中心 7×24（演示）", "utc_offset": "+08:00",
        "week": {"mon": ["00:00-24:00"], "tue": ["00:00-24:00"], "wed": ["00:00-24:00"], "thu": ["00:00-24:00"],
                 "fri": ["00:00-24:00"], "sat": ["00:00-24:00"], "sun": ["00:00-24:00"]}})");
    if (!calendar)
        return calendar.status();
    if (auto st = desk.setCalendar(supervisor.value(), calendar.value()); !st)
        return st;
    const QHash<QString, QString> values{
        {QStringLiteral("product"), QStringLiteral("水光焕亮精华")},
        {QStringLiteral("advantage"), QStringLiteral("5% 烟酰胺搭配玻尿酸，温和提亮")},
        {QStringLiteral("audience"), QStringLiteral("熬夜暗沉肌")},
        {QStringLiteral("contact"), QStringLiteral("400-820-1234")},
        {QStringLiteral("offer"), QStringLiteral("本周下单立减 50 元")},
        {QStringLiteral("call_to_action"), QStringLiteral("回复“试用”即可领取 7 天体验装")},
    };
    if (auto st = desk.setReplyValues(marketer.value(), values); !st)
        return st;
    // The bot opens new conversations with the shipped skincare consultation (three rounds).
    if (auto st = content::DialogueService(auth).save(marketer.value(), content::DialogueFlow::builtin(),
                                                      content::DialogueFlow::builtin().constFirst().id);
        !st)
        return st;
    if (auto st = desk.setPresence(supervisor.value(), desk::Presence::Online, 4, QStringLiteral("agent")); !st)
        return st;
    if (auto st = desk.setPresence(supervisor.value(), desk::Presence::Online, 3, QStringLiteral("agent2")); !st)
        return st;
    if (auto st = desk.setPresence(supervisor.value(), desk::Presence::Online); !st)
        return st;

    // Users from the demo population, so that their profile cards show.
    auto users = profiles::ProfileService(auth).page(marketer.value(), profiles::Segment(), 0, 12);
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
        m.conversation = QStringLiteral("demo-%1").arg(conversation);
        m.text = QString::fromUtf8(l.text);
        m.time_ms = nowMs - qint64(l.minutesAgo) * 60 * 1000;
        if (l.vip)
            m.vip = true;
        desk::SentimentReading r;
        r.label = QString::fromLatin1(l.sentiment);
        m.sentiment = r;
        return desk.ingest(supervisor.value(), m);
    };
    // clang-format off
    const QList<QList<Line>> conversations = {
        // 0: the bot answers a product question
        {{0, 42, "neutral", "这款精华适合油皮吗", false}},
        // 1: a VIP: straight to a person
        {{1, 4, "neutral", "你好，我上周买的套装什么时候发货？", true}},
        // 2: two negative messages: callback task, waiting
        {{2, 9, "negative", "快递三天了还没到", false}, {2, 3, "negative", "你们物流太慢了，能不能给个准话", false}},
        // 3: three negative messages: supervisor queue
        {{3, 30, "negative", "用了以后脸上起疹子", false}, {3, 26, "negative", "客服一直不回", false},
         {3, 20, "negative", "我要投诉，给我退款", false}},
        // 4: asks for a person
        {{4, 1, "neutral", "转人工", false}},
        // 5: several questions at once
        {{5, 2, "neutral", "现在有优惠吗？敏感肌能用吗？", false}},
        // 6: a happy customer with the bot
        {{6, 55, "positive", "收到了，包装很精致，谢谢！", false}},
        // 7: imported from another channel, waiting
        {{-1, 6, "neutral", "我想预约门店体验，周六可以吗？能带朋友吗？", false}},
        // 8: will be taken and answered by the agent
        {{8, 15, "neutral", "在吗？想问下会员积分怎么用", false}},
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
    if (auto r = desk.take(agent.value(), ids.at(8)); !r)
        return r.status();
    if (auto r = desk.reply(agent.value(), ids.at(8), QStringLiteral("您好，积分在“我的-会员中心”里可以直接抵扣，100 积分抵 1 元。")); !r)
        return r.status();
    if (auto r = desk.take(agent2.value(), ids.at(9)); !r)
        return r.status();
    if (auto r = desk.close(agent2.value(), ids.at(9)); !r)
        return r.status();
    return Status::success();
}

} // namespace lx::demo
