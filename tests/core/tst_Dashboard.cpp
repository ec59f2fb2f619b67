// The supervisor's dashboard aggregates against hand-counted events and desk traffic.
#include "dashboard/DashboardService.h"
#include "desk/DeskService.h"
#include "profiles/ProfileService.h"

#include "common/TestWorkspace.h"

#include <QFile>
#include <QTest>

using namespace lx;

namespace {

qint64 at(const char* iso)
{
    return desk::parseIsoTime(QString::fromLatin1(iso), 8 * 3600).value_or(0);
}

const dashboard::Kpi* kpi(const dashboard::DashboardData& d, const char* key)
{
    for (const dashboard::Kpi& k : d.kpis) {
        if (k.key == QLatin1String(key))
            return &k;
    }
    return nullptr;
}

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("dash.lingxi")};
    std::optional<auth::Session> m_supervisor, m_marketer, m_agent;
    const qint64 m_now = at("2026-11-28T12:00:00+08:00");

    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = m_tw.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        m_supervisor = m_tw.addOperator(QStringLiteral("boss"), auth::Role::Supervisor).value();
        m_marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer).value();
        m_agent = m_tw.addOperator(QStringLiteral("ag"), auth::Role::Agent).value();
        QByteArray users;
        for (int u = 0; u < 10; ++u)
            users += QStringLiteral(R"({"platform":"wechat","platform_user_id":"d%1","name":"用户%1"})" "\n").arg(u).toUtf8();
        profiles::ProfileService people(m_tw.auth());
        QVERIFY(people.importProfiles(*m_marketer, write("u.jsonl", users), {}));
        QByteArray events = "platform,platform_user_id,time,type,sentiment\n";
        auto add = [&events](int u, const char* day, const char* type, const char* sentiment = "") {
            events += QStringLiteral("wechat,d%1,%2T10:00:00+08:00,%3,%4\n")
                          .arg(u)
                          .arg(QLatin1String(day), QLatin1String(type), QLatin1String(sentiment))
                          .toUtf8();
        };
        for (int u = 0; u < 10; ++u) {
            add(u, "2026-11-23", "impression");
            add(u, "2026-11-16", "impression");
        }
        for (int u = 0; u < 5; ++u)
            add(u, "2026-11-24", "click");
        add(0, "2026-11-25", "conversion");
        add(1, "2026-11-25", "conversion");
        add(2, "2026-11-26", "purchase");
        add(5, "2026-11-26", "like");
        add(6, "2026-11-26", "review", "negative");
        add(7, "2026-11-26", "review", "positive");
        add(0, "2026-11-17", "conversion");
        add(0, "2026-11-17", "click");
        add(1, "2026-11-17", "click");
        add(3, "2026-11-10", "conversion"); // before both periods
        QVERIFY(people.importEvents(*m_marketer, write("e.csv", events), {}));

        // Desk traffic: three negative messages in one conversation (an escalation), one answer.
        m_tw.auth().setClock([this] { return m_now; });
        desk::DeskService desk(m_tw.auth());
        auto message = [&](const char* conv, const char* time, const char* sentiment, const char* text) {
            desk::InboundMessage m;
            m.conversation = QString::fromLatin1(conv);
            m.text = QString::fromUtf8(text);
            m.time_ms = at(time);
            desk::SentimentReading r;
            r.label = QString::fromLatin1(sentiment);
            m.sentiment = r;
            return desk.ingest(*m_supervisor, m);
        };
        QVERIFY(message("x", "2026-11-27T10:00:00+08:00", "negative", "太慢了"));
        QVERIFY(message("x", "2026-11-27T10:01:00+08:00", "negative", "还没到"));
        QVERIFY(message("x", "2026-11-27T10:02:00+08:00", "negative", "投诉"));
        auto y = message("y", "2026-11-28T09:00:00+08:00", "neutral", "转人工");
        QVERIFY(y);
        QVERIFY(message("z", "2026-11-28T09:30:00+08:00", "positive", "谢谢"));
        QVERIFY(desk.take(*m_agent, y.value().conversationId));
        QVERIFY(desk.reply(*m_agent, y.value().conversationId, QStringLiteral("您好")));
    }

    void weeklyKpis()
    {
        dashboard::DashboardService service(m_tw.auth());
        auto loaded = service.load(*m_supervisor, dashboard::Period::Week, m_now);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        const dashboard::DashboardData& d = loaded.value();
        const dashboard::Kpi* conversion = kpi(d, "conversion");
        QVERIFY(conversion);
        QCOMPARE(conversion->numerator, 3);   // d0, d1 converted, d2 purchased
        QCOMPARE(conversion->denominator, 10);
        QCOMPARE(*conversion->current, 0.3);
        QCOMPARE(*conversion->previous, 0.1);
        QVERIFY(qAbs(*conversion->change - 2.0) < 1e-12); // +200 %
        QCOMPARE(*conversion->targetChange, 0.2);
        QCOMPARE(*conversion->met, true);
        const dashboard::Kpi* ctr = kpi(d, "click_through");
        QCOMPARE(*ctr->current, 0.5);
        QCOMPARE(*ctr->previous, 0.2);
        const dashboard::Kpi* engagement = kpi(d, "engagement");
        QCOMPARE(*engagement->current, 0.1);
        QVERIFY(!engagement->change); // nothing to compare with
        QCOMPARE(*kpi(d, "escalations")->current, 1.0);
        QCOMPARE(*kpi(d, "user_messages")->current, 5.0);
        const dashboard::Kpi* reply = kpi(d, "first_response_median");
        QCOMPARE(reply->denominator, 2); // y asked for a person, x was escalated (queued at its 2nd message)
        QCOMPARE(reply->numerator, 1);
        QVERIFY(*reply->current >= 0);
        QCOMPARE(*kpi(d, "callbacks_due")->current, 1.0);
        // Sentiment by day: 27th three negative (desk), 26th one negative and one positive review,
        // 28th one neutral and one positive.
        QCOMPARE(d.sentiment.size(), 3);
        QCOMPARE(d.sentiment.at(0).date, QDate(2026, 11, 26));
        QCOMPARE(d.sentiment.at(0).negative, 1);
        QCOMPARE(d.sentiment.at(0).positive, 1);
        QCOMPARE(d.sentiment.at(1).negative, 3);
        QCOMPARE(d.sentiment.at(2).neutral, 1);
        QCOMPARE(d.sentiment.at(2).positive, 1);
        QVERIFY(d.funnel);
        QCOMPARE(d.funnel->steps.at(0).users, 10);
        QCOMPARE(d.agents.size(), 2); // the supervisor and the agent
    }

    void rowsBehindTheNumbers()
    {
        dashboard::DashboardService service(m_tw.auth());
        auto converters = service.rows(*m_supervisor, QStringLiteral("conversion"), dashboard::Period::Week, m_now);
        QVERIFY2(converters, qPrintable(converters.error()));
        QCOMPARE(converters.value().rows.size(), 3);
        for (const QStringList& r : converters.value().rows)
            QVERIFY2(r.at(1).contains(QLatin1Char('*')), qPrintable(r.at(1))); // masked names only
        auto escalations = service.rows(*m_supervisor, QStringLiteral("escalations"), dashboard::Period::Week, m_now);
        QVERIFY(escalations);
        QCOMPARE(escalations.value().rows.size(), 1);
        auto callbacks = service.rows(*m_supervisor, QStringLiteral("callbacks_due"), dashboard::Period::Week, m_now);
        QVERIFY(callbacks);
        QCOMPARE(callbacks.value().rows.size(), 1);
        QVERIFY(!service.rows(*m_supervisor, QStringLiteral("nonsense"), dashboard::Period::Week, m_now));
        // A month reaches back to the previous week's conversions too (4 users).
        auto month = service.load(*m_supervisor, dashboard::Period::Month, m_now);
        QVERIFY(month);
        QCOMPARE(kpi(month.value(), "conversion")->numerator, 4);
    }

    void eachRoleSeesItsSlice()
    {
        dashboard::DashboardService service(m_tw.auth());
        // The agent: their own replies, first replies, callbacks and load; no marketing or team numbers.
        auto own = service.load(*m_agent, dashboard::Period::Week, m_now);
        QVERIFY2(own, qPrintable(own.error()));
        QCOMPARE(own.value().scope, dashboard::Scope::Own);
        QStringList keys;
        for (const auto& k : own.value().kpis)
            keys.append(k.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("my_replies"), QStringLiteral("first_response_median"),
                                    QStringLiteral("callbacks_due"), QStringLiteral("my_conversations")}));
        QCOMPARE(*kpi(own.value(), "my_replies")->current, 1.0);
        QCOMPARE(kpi(own.value(), "first_response_median")->numerator, 1);
        QCOMPARE(*kpi(own.value(), "my_conversations")->current, 1.0); // conversation y
        QCOMPARE(*kpi(own.value(), "callbacks_due")->current, 0.0);    // the callback is on x, not theirs
        QVERIFY(!own.value().funnel);
        QVERIFY(own.value().running.isEmpty());
        QCOMPARE(own.value().sentiment.size(), 1); // conversation y, which they answered
        QVERIFY(!service.rows(*m_agent, QStringLiteral("conversion"), dashboard::Period::Week, m_now));
        auto replies = service.rows(*m_agent, QStringLiteral("my_replies"), dashboard::Period::Week, m_now);
        QVERIFY(replies);
        QCOMPARE(replies.value().rows.size(), 1);
        // The marketer: the event KPIs and the funnel, not the desk.
        auto marketing = service.load(*m_marketer, dashboard::Period::Week, m_now);
        QVERIFY(marketing);
        QCOMPARE(marketing.value().scope, dashboard::Scope::Marketing);
        QVERIFY(kpi(marketing.value(), "conversion"));
        QVERIFY(!kpi(marketing.value(), "escalations"));
        QVERIFY(marketing.value().agents.isEmpty());
        QVERIFY(marketing.value().funnel);
        QVERIFY(!service.rows(*m_marketer, QStringLiteral("escalations"), dashboard::Period::Week, m_now));
    }

    void targetsAreEditable()
    {
        dashboard::DashboardService service(m_tw.auth());
        QVERIFY(!service.setTargets(*m_agent, {{QStringLiteral("conversion"), 5.0}}));
        QVERIFY(service.setTargets(*m_supervisor, {{QStringLiteral("conversion"), 5.0}}));
        auto d = service.load(*m_supervisor, dashboard::Period::Week, m_now);
        QVERIFY(d);
        QCOMPARE(*kpi(d.value(), "conversion")->met, false); // +200 % is short of +500 %
    }
};

QTEST_GUILESS_MAIN(tst_Dashboard)
#include "tst_Dashboard.moc"
