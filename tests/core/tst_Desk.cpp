// The conversation desk: business calendar, escalation ladder, replay, takeover, assignment, SLA.
#include "content/ContentService.h"
#include "desk/BusinessCalendar.h"
#include "experiments/Assignment.h"
#include "experiments/ExperimentService.h"
#include "profiles/ProfileService.h"
#include "desk/DeskReplay.h"
#include "desk/DeskService.h"
#include "desk/EscalationPolicy.h"
#include "store/Workspace.h"

#include "common/TestWorkspace.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace lx;
using namespace lx::desk;

namespace {

qint64 at(const char* iso)
{
    return parseIsoTime(QString::fromLatin1(iso), 8 * 3600).value_or(-1);
}

QString iso(const BusinessCalendar& c, qint64 ms)
{
    return c.isoLocal(ms);
}

// 09:00-18:00 Monday to Friday, one holiday week with a Saturday made a working day.
BusinessCalendar officeCalendar()
{
    auto c = BusinessCalendar::fromJson(R"({"utc_offset":"+08:00",
        "week":{"mon":["09:00-18:00"],"tue":["09:00-18:00"],"wed":["09:00-18:00"],"thu":["09:00-18:00"],
                "fri":["09:00-18:00"],"sat":[],"sun":[]},
        "holidays":[{"name":"国庆节","from":"2026-10-01","to":"2026-10-07"}],
        "workdays":[{"name":"国庆节调休","date":"2026-10-10"}]})");
    return c ? c.value() : BusinessCalendar();
}

PolicyMessage msg(const char* time, const QString& sentiment, const QString& text = QStringLiteral("好的"), bool vip = false)
{
    PolicyMessage m;
    m.time_ms = at(time);
    m.sentiment = sentiment;
    m.text = text;
    m.vip = vip;
    return m;
}

} // namespace

class tst_Desk : public QObject
{
    Q_OBJECT

private slots:
    void businessTime();
    void calendarFileErrors();
    void shippedCalendar();
    void ladder_data();
    void ladder();
    void routing_data();
    void routing();
    void callbackDeadlineAcrossWeekend();
    void outsideBusinessHours();
    void replayStream();
    void ingestAndTakeover();
    void concurrentTakeover();
    void assignmentOrderAndCapacity();
    void slaBreachAndRequeue();
    void complaintsExport();
    void permissions();
    void scriptExperimentsAtTheDesk();
};

void tst_Desk::businessTime()
{
    const BusinessCalendar c = officeCalendar();
    // Friday 17:58 + 5 business minutes = Monday 09:03.
    QCOMPARE(iso(c, *c.addBusinessMs(at("2026-03-06T17:58:00+08:00"), 5 * 60000)), QStringLiteral("2026-03-09T09:03:00+08:00"));
    // Saturday is closed: the clock starts on Monday.
    QCOMPARE(iso(c, *c.addBusinessMs(at("2026-03-07T11:00:00+08:00"), 60 * 60000)), QStringLiteral("2026-03-09T10:00:00+08:00"));
    QVERIFY(!c.isOpen(at("2026-03-07T11:00:00+08:00")));
    QVERIFY(c.isOpen(at("2026-03-06T09:00:00+08:00")));
    QVERIFY(!c.isOpen(at("2026-03-06T18:00:00+08:00")));
    // The National Day week is closed; Saturday 10 October is a working day.
    QVERIFY(!c.isOpen(at("2026-10-05T10:00:00+08:00")));
    QVERIFY(c.isOpen(at("2026-10-10T10:00:00+08:00")));
    QCOMPARE(c.businessMsBetween(at("2026-09-30T17:00:00+08:00"), at("2026-10-08T10:00:00+08:00")), 2 * 3600 * 1000LL);
    // Business time between two moments a week apart: five days of nine hours.
    QCOMPARE(c.businessMsBetween(at("2026-03-02T00:00:00+08:00"), at("2026-03-09T00:00:00+08:00")), 45 * 3600 * 1000LL);
    QCOMPARE(c.businessMsBetween(at("2026-03-09T00:00:00+08:00"), at("2026-03-02T00:00:00+08:00")), 0);
    // Times in another offset are the same instants.
    QCOMPARE(at("2026-03-06T01:00:00Z"), at("2026-03-06T09:00:00+08:00"));
    // A calendar with no working time at all never reaches a deadline.
    auto closed = BusinessCalendar::fromJson(R"({"week":{}})");
    QVERIFY(closed);
    QVERIFY(!closed.value().addBusinessMs(at("2026-03-06T10:00:00+08:00"), 1000));
    // Round trip.
    auto again = BusinessCalendar::fromJson(c.toJson());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value().holidays().size(), 7);
    QCOMPARE(again.value().extraWorkdays().size(), 1);
    QCOMPARE(again.value().weekday(0).size(), 1);
}

void tst_Desk::calendarFileErrors()
{
    auto syntax = BusinessCalendar::fromJson("{\n \"week\": {\n  \"mon\": [\"09:00-18:00\",]\n }\n}");
    QVERIFY(!syntax);
    QVERIFY2(syntax.error().contains(QStringLiteral("line 3")), qPrintable(syntax.error()));
    auto range = BusinessCalendar::fromJson(R"({"week":{"mon":["18:00-09:00"]}})");
    QVERIFY(!range);
    QVERIFY2(range.error().contains(QStringLiteral("week.mon[0]")), qPrintable(range.error()));
    auto date = BusinessCalendar::fromJson(R"({"week":{},"holidays":["2026-02-30"]})");
    QVERIFY(!date);
    QVERIFY2(date.error().contains(QStringLiteral("holidays[0]")), qPrintable(date.error()));
    auto both = BusinessCalendar::fromJson(R"({"week":{},"holidays":["2026-10-10"],"workdays":["2026-10-10"]})");
    QVERIFY(!both);
    QVERIFY(both.error().contains(QStringLiteral("2026-10-10")));
}

void tst_Desk::shippedCalendar()
{
    const BusinessCalendar& c = BusinessCalendar::chinaDefault();
    QVERIFY(c.yearsCovered().contains(2026));
    // Spring Festival 2026: 15-23 February off, Saturday 14 and 28 February worked.
    QVERIFY(!c.isOpen(at("2026-02-16T10:00:00+08:00")));
    QVERIFY(c.isOpen(at("2026-02-14T10:00:00+08:00")));
    QVERIFY(c.isOpen(at("2026-02-28T10:00:00+08:00")));
    QVERIFY(!c.isOpen(at("2026-10-01T10:00:00+08:00")));
    QVERIFY(c.isOpen(at("2026-09-20T10:00:00+08:00"))); // a Sunday made a working day
}

void tst_Desk::ladder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("streak");
    QTest::addColumn<QString>("sentiment");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("streakAfter");

    QTest::newRow("first negative: the bot soothes") << "bot" << 0 << "negative" << "soothe" << "bot" << 1;
    QTest::newRow("first negative with a person: alert the agent") << "human" << 0 << "negative" << "notify_agent" << "human" << 1;
    QTest::newRow("first negative while queued: the bot soothes") << "queued" << 0 << "negative" << "soothe" << "queued" << 1;
    QTest::newRow("second negative: callback, to the queue") << "bot" << 1 << "negative" << "callback_task" << "queued" << 2;
    QTest::newRow("second negative with a person: callback, stays") << "human" << 1 << "negative" << "callback_task" << "human" << 2;
    QTest::newRow("third negative: supervisor") << "queued" << 2 << "negative" << "escalate_supervisor" << "supervisor" << 3;
    QTest::newRow("third negative with a person: supervisor") << "human" << 2 << "negative" << "escalate_supervisor" << "supervisor" << 3;
    QTest::newRow("more negative with the supervisor") << "supervisor" << 3 << "negative" << "notify_supervisor" << "supervisor" << 4;
    QTest::newRow("negative after a supervisor escalation by hand") << "supervisor" << 0 << "negative" << "notify_supervisor" << "supervisor" << 1;
    QTest::newRow("neutral resets") << "bot" << 2 << "neutral" << "auto_reply" << "bot" << 0;
    QTest::newRow("positive resets") << "queued" << 2 << "positive" << "none" << "queued" << 0;
    QTest::newRow("positive with a person") << "human" << 1 << "positive" << "none" << "human" << 0;
    QTest::newRow("closed reopens to the bot") << "closed" << 0 << "neutral" << "auto_reply" << "bot" << 0;
    QTest::newRow("streak kept after a hand-back") << "bot" << 2 << "negative" << "escalate_supervisor" << "supervisor" << 3;
}

void tst_Desk::ladder()
{
    QFETCH(QString, before);
    QFETCH(int, streak);
    QFETCH(QString, sentiment);
    QFETCH(QString, action);
    QFETCH(QString, after);
    QFETCH(int, streakAfter);
    const EscalationPolicy policy(PolicyConfig::defaults(), BusinessCalendar());
    const PolicyDecision d = policy.decide(PolicyState{*stateFromKey(before), streak},
                                           msg("2026-03-04T10:00:00+08:00", sentiment, QStringLiteral("嗯")));
    QCOMPARE(actionKey(d.action), action);
    QCOMPARE(stateKey(d.state), after);
    QCOMPARE(d.streak, streakAfter);
    QCOMPARE(d.callbackDeadline_ms.has_value(), action == QLatin1String("callback_task"));
}

void tst_Desk::routing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("vip");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");

    QTest::newRow("plain question") << "这款面霜多少钱" << false << -1.0 << "auto_reply" << "";
    QTest::newRow("vip") << "你好" << true << -1.0 << "queue_human" << "vip";
    QTest::newRow("two questions") << "什么时候发货？可以开发票吗？" << false << -1.0 << "queue_human" << "questions";
    QTest::newRow("questions without marks") << "怎么退换，运费谁出" << false << -1.0 << "auto_reply" << "";
    QTest::newRow("complaint word") << "我要去12315" << false << -1.0 << "queue_human" << "complaint_words";
    QTest::newRow("complaint word hidden by spaces") << "我要 投 诉" << false << -1.0 << "queue_human" << "complaint_words";
    QTest::newRow("long") << QString(201, QChar(u'好')) << false << -1.0 << "queue_human" << "long";
    QTest::newRow("not long at the limit") << QString(200, QChar(u'好')) << false << -1.0 << "auto_reply" << "";
    QTest::newRow("unsure model") << "嗯嗯" << false << 0.4 << "queue_human" << "low_confidence";
    QTest::newRow("sure model") << "嗯嗯" << false << 0.9 << "auto_reply" << "";
    QTest::newRow("asks for a person") << "转人工" << false << -1.0 << "queue_human" << "asks_for_person";
    QTest::newRow("bare 人工") << "人工" << false << -1.0 << "queue_human" << "asks_for_person";
    QTest::newRow("人工智能 is not a request") << "你们用人工智能吗" << false << -1.0 << "auto_reply" << "";
    QTest::newRow("traditional characters") << "我要投訴" << false << -1.0 << "queue_human" << "complaint_words";
}

void tst_Desk::routing()
{
    QFETCH(QString, text);
    QFETCH(bool, vip);
    QFETCH(double, confidence);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    const EscalationPolicy policy(PolicyConfig::defaults(), BusinessCalendar());
    PolicyMessage m = msg("2026-03-04T10:00:00+08:00", QStringLiteral("neutral"), text, vip);
    if (confidence >= 0)
        m.confidence = confidence;
    const PolicyDecision d = policy.decide(PolicyState{}, m);
    QCOMPARE(actionKey(d.action), action);
    QCOMPARE(d.reasons.join(QLatin1Char(',')), reason);
    // A VIP whom a person already serves stays where they are.
    if (vip) {
        const PolicyDecision held = policy.decide(PolicyState{ConversationState::Human, 0}, m);
        QCOMPARE(actionKey(held.action), QStringLiteral("none"));
    }
    // Switching the rule off sends the message back to the bot.
    PolicyConfig off = PolicyConfig::defaults();
    off.vipToHuman = false;
    off.questionsToHuman = 0;
    off.complaintWords.clear();
    off.longMessage_chars = 0;
    off.minConfidence = 0;
    off.personWords.clear();
    const EscalationPolicy lenient(off, BusinessCalendar());
    if (reason != QLatin1String("asks_for_person"))
        QCOMPARE(actionKey(lenient.decide(PolicyState{}, m).action), QStringLiteral("auto_reply"));
}

void tst_Desk::callbackDeadlineAcrossWeekend()
{
    const EscalationPolicy office(PolicyConfig::defaults(), officeCalendar());
    // Friday 16:00: 2 h on Friday, 9 h Monday, 9 h Tuesday, 4 h Wednesday.
    PolicyDecision d = office.decide(PolicyState{ConversationState::Bot, 1}, msg("2026-03-06T16:00:00+08:00", QStringLiteral("negative")));
    QCOMPARE(actionKey(d.action), QStringLiteral("callback_task"));
    QCOMPARE(iso(office.calendar(), *d.callbackDeadline_ms), QStringLiteral("2026-03-11T13:00:00+08:00"));
    // Saturday night: the clock starts on Monday at 09:00.
    d = office.decide(PolicyState{ConversationState::Bot, 1}, msg("2026-03-07T22:00:00+08:00", QStringLiteral("negative")));
    QCOMPARE(iso(office.calendar(), *d.callbackDeadline_ms), QStringLiteral("2026-03-11T15:00:00+08:00"));
    // Across the National Day week and its Saturday working day.
    d = office.decide(PolicyState{ConversationState::Bot, 1}, msg("2026-09-30T17:00:00+08:00", QStringLiteral("negative")));
    QCOMPARE(iso(office.calendar(), *d.callbackDeadline_ms), QStringLiteral("2026-10-10T14:00:00+08:00"));
    // Around the clock: 24 hours later.
    const EscalationPolicy always(PolicyConfig::defaults(), BusinessCalendar());
    d = always.decide(PolicyState{ConversationState::Bot, 1}, msg("2026-03-06T16:00:00+08:00", QStringLiteral("negative")));
    QCOMPARE(iso(always.calendar(), *d.callbackDeadline_ms), QStringLiteral("2026-03-07T16:00:00+08:00"));
}

void tst_Desk::outsideBusinessHours()
{
    const EscalationPolicy office(PolicyConfig::defaults(), officeCalendar());
    // A VIP at night: queued for a person (the clock waits), the bot keeps answering meanwhile.
    PolicyDecision d = office.decide(PolicyState{}, msg("2026-03-06T22:00:00+08:00", QStringLiteral("neutral"), QStringLiteral("在吗"), true));
    QCOMPARE(actionKey(d.action), QStringLiteral("queue_human"));
    QCOMPARE(stateKey(d.state), QStringLiteral("queued"));
    QVERIFY(!d.businessOpen);
    d = office.decide(PolicyState{ConversationState::Queued, 0}, msg("2026-03-06T22:05:00+08:00", QStringLiteral("neutral")));
    QCOMPARE(actionKey(d.action), QStringLiteral("auto_reply"));
    QCOMPARE(stateKey(d.state), QStringLiteral("queued"));
    d = office.decide(PolicyState{ConversationState::Queued, 0}, msg("2026-03-09T10:05:00+08:00", QStringLiteral("neutral")));
    QCOMPARE(actionKey(d.action), QStringLiteral("none"));
}

void tst_Desk::replayStream()
{
    QByteArray input =
        R"({"id":"m1","conversation":"c1","user":"u1","time":"2026-03-06T16:00:00+08:00","text":"太慢了","sentiment":"negative"})"
        "\n"
        R"({"id":"m2","conversation":"c2","user":"u2","time":"2026-03-06T16:00:30+08:00","text":"你好","vip":true,"sentiment":"positive"})"
        "\n"
        "{not json\n"
        R"({"id":"m3","conversation":"c1","user":"u1","time":"2026-03-06T16:01:00+08:00","text":"还没到","sentiment":"negative"})"
        "\n"
        R"({"id":"m4","conversation":"c1","user":"u1","time":"next week","text":"x","sentiment":"negative"})"
        "\n\n"
        R"({"id":"m5","conversation":"c1","user":"u1","time":"2026-03-06T16:02:00+08:00","text":"投诉","sentiment":"angry"})"
        "\n"
        R"({"id":"m6","conversation":"c1","user":"u1","time":"2026-03-06T16:03:00+08:00","text":"退钱","sentiment":"negative"})"
        "\n"
        R"({"id":7,"conversation":"c1","user":"u1","time":"2026-03-06T16:04:00+08:00","text":"好吧","sentiment":"neutral"})"
        "\n"
        R"({"id":"m8","conversation":"c3","user":"u3","time":"2026-03-06T16:04:00+08:00","text":"质量不错"})"
        "\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    DeskReplay replay(EscalationPolicy(PolicyConfig::defaults(), officeCalendar()));
    QList<QJsonObject> out;
    QStringList problems;
    const ReplayStats stats = replay.run(buffer, [&out](const QJsonObject& o) { out.append(o); },
                                         [&problems](const QString& p) { problems.append(p); });
    QCOMPARE(stats.messages, 5);
    QCOMPARE(stats.skipped, 4);
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("line 3:")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("line 5:")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(QStringLiteral("line 7:")), qPrintable(problems.at(2)));
    QVERIFY2(problems.at(3).startsWith(QStringLiteral("line 10:")), qPrintable(problems.at(3))); // no model
    QCOMPARE(out.at(0).value(QStringLiteral("action")).toString(), QStringLiteral("soothe"));
    QCOMPARE(out.at(0).value(QStringLiteral("message_id")).toString(), QStringLiteral("m1"));
    QCOMPARE(out.at(0).value(QStringLiteral("conversation_id")).toString(), QStringLiteral("c1"));
    QCOMPARE(out.at(1).value(QStringLiteral("action")).toString(), QStringLiteral("queue_human"));
    QCOMPARE(out.at(2).value(QStringLiteral("action")).toString(), QStringLiteral("callback_task"));
    QCOMPARE(out.at(2).value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-11T13:01:00+08:00"));
    QCOMPARE(out.at(2).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(out.at(2).value(QStringLiteral("streak")).toInt(), 2);
    QCOMPARE(out.at(3).value(QStringLiteral("action")).toString(), QStringLiteral("escalate_supervisor"));
    QCOMPARE(out.at(4).value(QStringLiteral("message_id")).toInt(), 7); // ids keep their JSON type
    QCOMPARE(out.at(4).value(QStringLiteral("streak")).toInt(), 0);
    QCOMPARE(out.at(4).value(QStringLiteral("state")).toString(), QStringLiteral("supervisor"));
    QVERIFY(!out.at(4).contains(QStringLiteral("deadline")));
    QVERIFY(stats.p99_ms >= stats.p50_ms);

    // With a model, a line without a label is classified.
    QByteArray one = R"({"id":1,"conversation":"c","time":"2026-03-06T10:00:00+08:00","text":"差评"})";
    DeskReplay withModel(EscalationPolicy(PolicyConfig::defaults(), BusinessCalendar()), [](const QString&) {
        SentimentReading r;
        r.label = QStringLiteral("negative");
        r.confidence = 0.97;
        return Result<SentimentReading>(r);
    });
    auto d = withModel.feed(one);
    QVERIFY2(d, qPrintable(d.error()));
    QCOMPARE(d.value().value(QStringLiteral("sentiment")).toString(), QStringLiteral("negative"));
    QCOMPARE(d.value().value(QStringLiteral("action")).toString(), QStringLiteral("soothe"));
}

namespace {

InboundMessage inbound(const QString& conversation, const char* time, const QString& sentiment, const QString& text,
                       bool vip = false)
{
    InboundMessage m;
    m.channel = QStringLiteral("wechat");
    m.conversation = conversation;
    m.platformUserId = QStringLiteral("u-") + conversation;
    m.text = text;
    m.time_ms = at(time);
    m.vip = vip;
    SentimentReading r;
    r.label = sentiment;
    m.sentiment = r;
    return m;
}

} // namespace

void tst_Desk::ingestAndTakeover()
{
    test::TestWorkspace tw(QStringLiteral("desk.lingxi"));
    QVERIFY(tw.ok());
    auto agent = tw.addOperator(QStringLiteral("li"), auth::Role::Agent);
    auto other = tw.addOperator(QStringLiteral("wang"), auth::Role::Agent);
    auto boss = tw.addOperator(QStringLiteral("zhao"), auth::Role::Supervisor);
    QVERIFY(agent && other && boss);
    DeskService desk(tw.auth());

    auto first = desk.ingest(agent.value(), inbound(QStringLiteral("c1"), "2026-03-04T10:00:00+08:00", QStringLiteral("neutral"),
                                                    QStringLiteral("你好")));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(actionKey(first.value().decision.action), QStringLiteral("auto_reply"));
    QVERIFY(!first.value().botReply.isEmpty());
    const qint64 id = first.value().conversationId;

    // The agent takes over: the bot stops.
    auto taken = desk.take(agent.value(), id);
    QVERIFY2(taken, qPrintable(taken.error()));
    QCOMPARE(taken.value().state, QStringLiteral("human"));
    QCOMPARE(taken.value().agentName, QStringLiteral("li"));
    auto again = desk.take(other.value(), id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("li")), qPrintable(again.error()));
    auto next = desk.ingest(agent.value(), inbound(QStringLiteral("c1"), "2026-03-04T10:01:00+08:00", QStringLiteral("neutral"),
                                                   QStringLiteral("在吗")));
    QVERIFY(next);
    QCOMPARE(actionKey(next.value().decision.action), QStringLiteral("none"));
    QVERIFY(next.value().botReply.isEmpty());

    // Another agent may not read or reply in it; the holder replies through the quality gate.
    QVERIFY(!desk.transcript(other.value(), id));
    QVERIFY(!desk.reply(other.value(), id, QStringLiteral("您好")));
    auto blocked = desk.reply(agent.value(), id, QStringLiteral("这是全网最佳的产品"));
    QVERIFY(blocked);
    QVERIFY(!blocked.value().blocking.isEmpty());
    auto unfilled = desk.reply(agent.value(), id, QStringLiteral("{产品名}今天有优惠"));
    QVERIFY(unfilled);
    QVERIFY(!unfilled.value().blocking.isEmpty());
    auto sent = desk.reply(agent.value(), id, QStringLiteral("您好，我来帮您看看。"));
    QVERIFY2(sent && sent.value().blocking.isEmpty(), qPrintable(sent ? sent.value().blocking.join(u';') : sent.error()));
    auto transcript = desk.transcript(agent.value(), id);
    QVERIFY(transcript);
    QCOMPARE(transcript.value().last().role, QStringLiteral("agent"));
    QCOMPARE(transcript.value().last().text, QStringLiteral("您好，我来帮您看看。"));

    // Handing back resumes the bot.
    QVERIFY(!desk.handBack(other.value(), id));
    auto back = desk.handBack(agent.value(), id);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value().state, QStringLiteral("bot"));
    auto bot = desk.ingest(agent.value(), inbound(QStringLiteral("c1"), "2026-03-04T10:05:00+08:00", QStringLiteral("neutral"),
                                                  QStringLiteral("谢谢")));
    QVERIFY(bot);
    QCOMPARE(actionKey(bot.value().decision.action), QStringLiteral("auto_reply"));

    // Three negative messages: soothe, callback task, supervisor queue; every one a complaint.
    QStringList actions;
    for (const char* t : {"2026-03-04T10:06:00+08:00", "2026-03-04T10:07:00+08:00", "2026-03-04T10:08:00+08:00"}) {
        auto r = desk.ingest(agent.value(), inbound(QStringLiteral("c1"), t, QStringLiteral("negative"), QStringLiteral("太差了")));
        QVERIFY(r);
        actions.append(actionKey(r.value().decision.action));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("soothe"), QStringLiteral("callback_task"), QStringLiteral("escalate_supervisor")}));
    // The user is told what happens next: soothed, promised a callback by its deadline, escalated.
    auto told = desk.transcript(boss.value(), id);
    QVERIFY(told);
    QStringList botTexts;
    for (const auto& m : told.value()) {
        if (m.role == QLatin1String("bot"))
            botTexts.append(m.text);
    }
    QVERIFY(botTexts.size() >= 3);
    QVERIFY2(botTexts.at(botTexts.size() - 2).contains(QStringLiteral("回访")), qPrintable(botTexts.join(u'|')));
    QVERIFY(botTexts.last().contains(QStringLiteral("主管")));
    auto row = desk.conversation(boss.value(), id);
    QVERIFY(row);
    QCOMPARE(row.value().state, QStringLiteral("supervisor"));
    QCOMPARE(row.value().openCallbacks, 1);
    QVERIFY(!desk.take(agent.value(), id)); // agents cannot take the supervisor queue
    auto sup = desk.take(boss.value(), id);
    QVERIFY2(sup, qPrintable(sup.error()));
    QCOMPARE(sup.value().state, QStringLiteral("supervisor"));
    auto alerts = desk.alerts(boss.value(), 0);
    QVERIFY(alerts);
    QVERIFY(!alerts.value().isEmpty());
    QCOMPARE(alerts.value().first().kind, QStringLiteral("escalate_supervisor"));
    // The supervisor's reply completes the callback.
    QVERIFY(desk.reply(boss.value(), id, QStringLiteral("非常抱歉，我是主管，马上为您处理。")));
    QCOMPARE(desk.conversation(boss.value(), id).value().openCallbacks, 0);

    // Every transition is in the audit log with who and why.
    QSqlDatabase db = tw.workspace().reader();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('desk.transition','desk.take')"
                                  " AND target = 'conversation/%1'").arg(id)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 5);
}

void tst_Desk::concurrentTakeover()
{
    test::TestWorkspace tw(QStringLiteral("race.lingxi"));
    QVERIFY(tw.ok());
    QList<auth::Session> agents;
    for (int i = 0; i < 8; ++i) {
        auto a = tw.addOperator(QStringLiteral("agent%1").arg(i), auth::Role::Agent);
        QVERIFY(a);
        agents.append(a.value());
    }
    DeskService desk(tw.auth());
    QList<qint64> ids;
    for (int c = 0; c < 20; ++c) {
        auto r = desk.ingest(agents.first(), inbound(QStringLiteral("race%1").arg(c), "2026-03-04T10:00:00+08:00",
                                                     QStringLiteral("neutral"), QStringLiteral("转人工")));
        QVERIFY(r);
        ids.append(r.value().conversationId);
    }
    // A second workstation on the same file: its own connections and writer thread.
    auto second = store::Workspace::open(tw.workspace().path());
    QVERIFY2(second, qPrintable(second.error()));
    auth::AuthService secondAuth(*second.value());
    DeskService secondDesk(secondAuth);

    for (const qint64 id : std::as_const(ids)) {
        std::atomic<int> winners{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int i = 0; i < agents.size(); ++i) {
            threads.emplace_back([&, i] {
                while (!go.load())
                    std::this_thread::yield();
                DeskService& d = i % 2 ? secondDesk : desk;
                if (d.take(agents.at(i), id))
                    ++winners;
            });
        }
        go = true;
        for (auto& t : threads)
            t.join();
        QCOMPARE(winners.load(), 1);
        auto row = desk.conversation(agents.first(), id);
        QVERIFY(row);
        QCOMPARE(row.value().state, QStringLiteral("human"));
        QVERIFY(row.value().agentId.has_value());
    }
}

void tst_Desk::assignmentOrderAndCapacity()
{
    test::TestWorkspace tw(QStringLiteral("assign.lingxi"));
    QVERIFY(tw.ok());
    qint64 now = at("2026-03-04T10:00:00+08:00");
    tw.auth().setClock([&now] { return now; });
    auto a = tw.addOperator(QStringLiteral("a_li"), auth::Role::Agent);
    auto b = tw.addOperator(QStringLiteral("b_wang"), auth::Role::Agent);
    auto c = tw.addOperator(QStringLiteral("c_away"), auth::Role::Agent);
    auto boss = tw.addOperator(QStringLiteral("zhao"), auth::Role::Supervisor);
    QVERIFY(a && b && c && boss);
    DeskService desk(tw.auth());
    QVERIFY(desk.setPresence(boss.value(), Presence::Online, 1, QStringLiteral("a_li")));
    QVERIFY(desk.setPresence(boss.value(), Presence::Online, 1, QStringLiteral("b_wang")));
    QVERIFY(desk.setPresence(c.value(), Presence::Away));
    QVERIFY(!desk.setPresence(a.value(), Presence::Online, 9)); // an agent does not set capacity
    // b_wang was assigned something longer ago than a_li: b gets the first one.
    QVERIFY(desk.setPresence(a.value(), Presence::Online));

    // Queued in this order: ordinary (10:00), ordinary (10:01), VIP (10:02).
    QList<qint64> ids;
    const char* times[] = {"2026-03-04T10:00:00+08:00", "2026-03-04T10:01:00+08:00", "2026-03-04T10:02:00+08:00"};
    for (int i = 0; i < 3; ++i) {
        auto r = desk.ingest(a.value(), inbound(QStringLiteral("q%1").arg(i), times[i], QStringLiteral("neutral"),
                                                QStringLiteral("转人工"), i == 2));
        QVERIFY(r);
        QCOMPARE(stateKey(r.value().decision.state), QStringLiteral("queued"));
        ids.append(r.value().conversationId);
    }
    now = at("2026-03-04T10:02:10+08:00");
    auto report = desk.assignQueued(a.value());
    QVERIFY2(report, qPrintable(report.error()));
    // Two agents with room for one each: the VIP first, then the oldest deadline; one waits.
    QCOMPARE(report.value().assigned.size(), 2);
    QCOMPARE(report.value().assigned.at(0).first, ids.at(2));
    QCOMPARE(report.value().assigned.at(1).first, ids.at(0));
    QCOMPARE(report.value().stillWaiting, 1);
    QVERIFY(report.value().assigned.at(0).second != report.value().assigned.at(1).second);
    // Nobody has room: the queue waits in order.
    auto none = desk.assignQueued(a.value());
    QVERIFY(none);
    QCOMPARE(none.value().assigned.size(), 0);
    QCOMPARE(none.value().stillWaiting, 1);
    // The supervisor may go over capacity only knowingly.
    auto refused = desk.assign(boss.value(), ids.at(1), QStringLiteral("a_li"), false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("capacity")), qPrintable(refused.error()));
    auto forced = desk.assign(boss.value(), ids.at(1), QStringLiteral("a_li"), true);
    QVERIFY2(forced, qPrintable(forced.error()));
    QVERIFY(forced.value().contains(QStringLiteral("capacity")));
    // Reassignment moves it.
    auto moved = desk.assign(boss.value(), ids.at(1), QStringLiteral("c_away"), false);
    QVERIFY2(moved, qPrintable(moved.error()));
    QVERIFY(moved.value().contains(QStringLiteral("away")));
    QCOMPARE(desk.conversation(boss.value(), ids.at(1)).value().agentName, QStringLiteral("c_away"));
    auto loads = desk.agents(boss.value());
    QVERIFY(loads);
    int total = 0;
    for (const auto& ag : loads.value())
        total += ag.load;
    QCOMPARE(total, 3);
    // An agent sees only their own row.
    QCOMPARE(desk.agents(a.value()).value().size(), 1);
    // Agents see the waiting queue and their own conversations, not another agent's.
    auto queue = desk.queue(b.value());
    QVERIFY(queue);
    for (const QueueItem& i : queue.value())
        QVERIFY(i.mine || i.conversation.state == QLatin1String("queued") || i.conversation.state == QLatin1String("bot"));
}

void tst_Desk::slaBreachAndRequeue()
{
    test::TestWorkspace tw(QStringLiteral("sla.lingxi"));
    QVERIFY(tw.ok());
    qint64 now = at("2026-03-06T17:50:00+08:00"); // a Friday
    tw.auth().setClock([&now] { return now; });
    auto a = tw.addOperator(QStringLiteral("li"), auth::Role::Agent);
    auto boss = tw.addOperator(QStringLiteral("zhao"), auth::Role::Supervisor);
    QVERIFY(a && boss);
    DeskService desk(tw.auth());
    QVERIFY(desk.setCalendar(boss.value(), officeCalendar()));
    auto r = desk.ingest(a.value(), inbound(QStringLiteral("s1"), "2026-03-06T17:58:00+08:00", QStringLiteral("neutral"),
                                            QStringLiteral("转人工")));
    QVERIFY(r);
    const qint64 id = r.value().conversationId;
    auto row = desk.conversation(a.value(), id).value();
    QCOMPARE(iso(officeCalendar(), *row.firstResponseDueMs), QStringLiteral("2026-03-09T09:03:00+08:00"));

    // The weekend does not count: on Saturday nothing has breached; the clock is paused.
    now = at("2026-03-07T12:00:00+08:00");
    QCOMPARE(desk.enforceSla(a.value()).value().breached, 0);
    QueueItem item = DeskService::clocks(desk.conversation(a.value(), id).value(), now, desk.escalationPolicy().value());
    QCOMPARE(item.sla, SlaStatus::Pending);
    QCOMPARE(item.remainingBusinessMs, 3 * 60 * 1000LL);
    // Monday 09:02: 4 of 5 minutes used: the imminent-breach warning.
    now = at("2026-03-09T09:02:00+08:00");
    auto warn = desk.enforceSla(a.value());
    QVERIFY(warn);
    QCOMPARE(warn.value().warned, 1);
    QCOMPARE(desk.enforceSla(a.value()).value().warned, 0); // once
    item = DeskService::clocks(desk.conversation(a.value(), id).value(), now, desk.escalationPolicy().value());
    QCOMPARE(item.sla, SlaStatus::Imminent);
    // 09:03: breached, to the supervisor queue.
    now = at("2026-03-09T09:03:00+08:00");
    auto breach = desk.enforceSla(a.value());
    QVERIFY(breach);
    QCOMPARE(breach.value().breached, 1);
    QCOMPARE(desk.conversation(boss.value(), id).value().state, QStringLiteral("supervisor"));

    // The supervisor assigns the breached conversation: that acknowledges the breach and the
    // agent gets a new clock (5 business minutes from now), so the monitor leaves it with them.
    now = at("2026-03-09T09:10:00+08:00");
    QVERIFY(desk.setPresence(a.value(), Presence::Online));
    auto given = desk.assign(boss.value(), id, QStringLiteral("li"), false);
    QVERIFY2(given, qPrintable(given.error()));
    QVERIFY2(given.value().contains(QStringLiteral("03-09 09:15")), qPrintable(given.value()));
    row = desk.conversation(boss.value(), id).value();
    QCOMPARE(row.state, QStringLiteral("human"));
    QCOMPARE(iso(officeCalendar(), *row.firstResponseDueMs), QStringLiteral("2026-03-09T09:15:00+08:00"));
    QCOMPARE(desk.enforceSlaNow().value().breached, 0);
    QCOMPARE(desk.conversation(boss.value(), id).value().state, QStringLiteral("human"));
    now = at("2026-03-09T09:15:00+08:00"); // the new clock runs out too: back to the supervisors
    QCOMPARE(desk.enforceSlaNow().value().breached, 1);
    QCOMPARE(desk.conversation(boss.value(), id).value().state, QStringLiteral("supervisor"));
    // Both are told (issue 23 #1): the supervisors, and the agent it was taken from.
    auto told = [&](const auth::Session& who) {
        const auto alerts = desk.alerts(who, 0).value();
        return std::count_if(alerts.cbegin(), alerts.cend(), [&](const store::AlertRow& al) {
            return al.conversationId == id && al.kind == QLatin1String("sla_breach");
        });
    };
    QCOMPARE(told(a.value()), 1); // the breach while it was queued had no holder to tell
    QCOMPARE(told(boss.value()), 2);
    QVERIFY(desk.setPresence(a.value(), Presence::Offline));

    // An assigned agent who does not answer loses the conversation back to the queue.
    now = at("2026-03-09T10:00:00+08:00");
    PolicyConfig slow = PolicyConfig::defaults();
    slow.firstResponse_min = 60;
    slow.agentAnswer_min = 10;
    QVERIFY(desk.setPolicy(boss.value(), slow));
    auto r2 = desk.ingest(a.value(), inbound(QStringLiteral("s2"), "2026-03-09T10:00:00+08:00", QStringLiteral("neutral"),
                                             QStringLiteral("转人工")));
    QVERIFY(r2);
    QVERIFY(desk.setPresence(a.value(), Presence::Online));
    QCOMPARE(desk.assignQueued(a.value()).value().assigned.size(), 1);
    now = at("2026-03-09T10:11:00+08:00");
    auto stale = desk.enforceSla(a.value());
    QVERIFY(stale);
    QCOMPARE(stale.value().requeued, 1);
    row = desk.conversation(a.value(), r2.value().conversationId).value();
    QCOMPARE(row.state, QStringLiteral("queued"));
    QVERIFY(!row.agentId);

    // The callback deadline: missed, the conversation goes to the supervisors.
    for (const char* t : {"2026-03-09T10:20:00+08:00", "2026-03-09T10:21:00+08:00"})
        QVERIFY(desk.ingest(a.value(), inbound(QStringLiteral("s3"), t, QStringLiteral("negative"), QStringLiteral("太差"))));
    const qint64 s3 = desk.ingest(a.value(), inbound(QStringLiteral("s3"), "2026-03-09T10:22:00+08:00", QStringLiteral("neutral"),
                                                     QStringLiteral("好吧")))
                          .value()
                          .conversationId;
    QVERIFY(desk.take(a.value(), s3));
    QVERIFY(desk.reply(a.value(), s3, QStringLiteral("收到，我来跟进。"))); // first response, and the callback done
    QCOMPARE(desk.conversation(a.value(), s3).value().openCallbacks, 0);
}

void tst_Desk::complaintsExport()
{
    test::TestWorkspace tw(QStringLiteral("complaints.lingxi"));
    QVERIFY(tw.ok());
    auto a = tw.addOperator(QStringLiteral("li"), auth::Role::Agent);
    auto boss = tw.addOperator(QStringLiteral("zhao"), auth::Role::Supervisor);
    QVERIFY(a && boss);
    DeskService desk(tw.auth());
    QVERIFY(desk.ingest(a.value(), inbound(QStringLiteral("x"), "2026-03-04T10:00:00+08:00", QStringLiteral("negative"),
                                           QStringLiteral("发货太慢, 说好的 \"次日达\""))));
    QVERIFY(desk.ingest(a.value(), inbound(QStringLiteral("x"), "2026-03-04T10:01:00+08:00", QStringLiteral("positive"),
                                           QStringLiteral("好的谢谢"))));
    QVERIFY(desk.ingest(a.value(), inbound(QStringLiteral("y"), "2026-03-04T10:02:00+08:00", QStringLiteral("negative"),
                                           QStringLiteral("客服\n不理人"))));
    const QString path = tw.filePath(QStringLiteral("complaints.csv"));
    QVERIFY(!desk.exportComplaints(a.value(), path)); // supervisors only
    auto n = desk.exportComplaints(boss.value(), path);
    QVERIFY2(n, qPrintable(n.error()));
    QCOMPARE(n.value(), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
             QStringLiteral("label,text\nnegative,\"发货太慢, 说好的 \"\"次日达\"\"\"\nnegative,\"客服\n不理人\"\n"));
}

void tst_Desk::permissions()
{
    test::TestWorkspace tw(QStringLiteral("perm.lingxi"));
    QVERIFY(tw.ok());
    auto a = tw.addOperator(QStringLiteral("li"), auth::Role::Agent);
    auto m = tw.addOperator(QStringLiteral("ma"), auth::Role::Marketer);
    QVERIFY(a && m);
    DeskService desk(tw.auth());
    auto r = desk.ingest(a.value(), inbound(QStringLiteral("p"), "2026-03-04T10:00:00+08:00", QStringLiteral("neutral"),
                                            QStringLiteral("你好")));
    QVERIFY(r);
    QVERIFY(!desk.take(m.value(), r.value().conversationId));
    QVERIFY(!desk.queue(m.value()));
    QVERIFY(!desk.setCalendar(a.value(), officeCalendar()));
    QVERIFY(!desk.setPolicy(a.value(), PolicyConfig::defaults()));
    // Bad input to ingest is refused and leaves nothing behind.
    InboundMessage bad = inbound(QStringLiteral("p2"), "2026-03-04T10:00:00+08:00", QStringLiteral("neutral"), QStringLiteral("你好"));
    bad.channel = QStringLiteral("fax");
    QVERIFY(!desk.ingest(a.value(), bad));
    QCOMPARE(desk.queue(a.value()).value().size(), 1);
}

void tst_Desk::scriptExperimentsAtTheDesk()
{
    test::TestWorkspace tw(QStringLiteral("ab-desk.lingxi"));
    QVERIFY(tw.ok());
    auto marketer = tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer);
    auto agent = tw.addOperator(QStringLiteral("li"), auth::Role::Agent);
    QVERIFY(marketer && agent);
    // Two versions of the soothing script, tested against each other.
    content::ContentService content(tw.auth());
    const auto scripts = content.list(marketer.value(), content::ContentKind::Script).value();
    qint64 soothe = 0;
    for (const auto& s : scripts) {
        if (s.builtinId == QLatin1String("complaint.soothe"))
            soothe = s.id;
    }
    QVERIFY(soothe > 0);
    QVERIFY(content.save(marketer.value(), soothe, QStringLiteral("亲，真的非常抱歉，我们马上为您处理。")));
    experiments::ExperimentService lab(tw.auth());
    experiments::Experiment e;
    e.name = QStringLiteral("安抚话术");
    e.metric = QStringLiteral("engagement");
    e.variants = {experiments::ExperimentVariant{QString(), soothe, 1, 1}, experiments::ExperimentVariant{QString(), soothe, 2, 1}};
    auto created = lab.create(marketer.value(), e);
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(lab.setStatus(marketer.value(), created.value().id, QStringLiteral("running")));
    const QString path = tw.filePath(QStringLiteral("p.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"platform":"wechat","platform_user_id":"s1","consents":[{"purpose":"marketing","granted":true,"time":"2026-11-01T00:00:00+08:00","source":"form"}]})" "\n"
            R"({"platform":"wechat","platform_user_id":"s2"})" "\n");
    f.close();
    QVERIFY(profiles::ProfileService(tw.auth()).importProfiles(marketer.value(), path, {}));

    DeskService desk(tw.auth());
    auto in = inbound(QStringLiteral("ab1"), "2026-11-28T10:00:00+08:00", QStringLiteral("neutral"), QStringLiteral("转人工"));
    in.platformUserId = QStringLiteral("s1");
    auto r = desk.ingest(agent.value(), in);
    QVERIFY(r);
    QVERIFY(desk.take(agent.value(), r.value().conversationId));
    auto choice = desk.scriptForConversation(agent.value(), r.value().conversationId, soothe);
    QVERIFY2(choice, qPrintable(choice.error()));
    QCOMPARE(choice.value().experimentId, created.value().id);
    const int expected = experiments::Assignment::variant(created.value().salt, QStringLiteral("wechat:s1"), {1, 1});
    QCOMPARE(choice.value().variant, created.value().variants.at(expected).label);
    QCOMPARE(choice.value().text.startsWith(QStringLiteral("亲，真的")), expected == 1);
    // Sending it counts as an exposure of that variant.
    QVERIFY(desk.reply(agent.value(), r.value().conversationId, choice.value().text,
                       ReplyExposure{*choice.value().experimentId, choice.value().variant}));
    auto counts = lab.countsFromEvents(created.value().id);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts.value().input.variants.at(expected).exposures, 1);
    QCOMPARE(counts.value().input.variants.at(1 - expected).exposures, 0);
    // Without consent to marketing the user is not enrolled and gets the script as chosen.
    auto in2 = inbound(QStringLiteral("ab2"), "2026-11-28T10:05:00+08:00", QStringLiteral("neutral"), QStringLiteral("转人工"));
    in2.platformUserId = QStringLiteral("s2");
    auto r2 = desk.ingest(agent.value(), in2);
    QVERIFY(r2);
    auto plain = desk.scriptForConversation(agent.value(), r2.value().conversationId, soothe);
    QVERIFY(plain);
    QVERIFY(!plain.value().experimentId);
    QVERIFY(plain.value().note.contains(QStringLiteral("not enrolled")));
    QCOMPARE(plain.value().text, QStringLiteral("亲，真的非常抱歉，我们马上为您处理。")); // the latest version
}

QTEST_GUILESS_MAIN(tst_Desk)
#include "tst_Desk.moc"
