// The profile store end to end through ProfileService: import formats and rejects, upsert,
// pseudonyms, layers and tags, consent withdrawal, funnels, export, erasure and retention.
#include "common/TestWorkspace.h"
#include "tasks/Task.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"
#include "profiles/Records.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimeZone>

using namespace lx;
using namespace lx::profiles;

namespace {

qint64 at(const char* iso)
{
    return *Records::parseTime(QString::fromLatin1(iso));
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("p.lingxi")};
    auth::AuthService* m_auth = nullptr;
    std::optional<auth::Session> m_admin, m_marketer, m_agent, m_supervisor;
    qint64 m_now = 0;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_tw.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    ImportReport importProfiles(const QString& name, const QByteArray& content, bool allOrNothing = false)
    {
        ImportOptions o;
        o.allOrNothing = allOrNothing;
        auto r = ProfileService(*m_auth).importProfiles(*m_marketer, write(name, content), o);
        if (!r)
            qWarning() << r.error();
        return r ? r.value() : ImportReport();
    }

    ImportReport importEvents(const QString& name, const QByteArray& content)
    {
        auto r = ProfileService(*m_auth).importEvents(*m_marketer, write(name, content), ImportOptions());
        if (!r)
            qWarning() << r.error();
        return r ? r.value() : ImportReport();
    }

    qint64 count(const QString& segment)
    {
        auto s = Segment::parse(segment);
        if (!s)
            qWarning() << s.error();
        return ProfileService(*m_auth).count(*m_marketer, s.value()).value();
    }

    ProfileCard card(const QString& platform, const QString& uid)
    {
        auto c = ProfileService(*m_auth).card(*m_supervisor, platform, uid);
        if (!c)
            qWarning() << c.error();
        return c ? c.value() : ProfileCard();
    }

    static bool hasTag(const ProfileCard& c, const QString& tag)
    {
        for (const auto& t : c.tags)
            if (t.tag == tag)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        m_auth = &m_tw.auth();
        m_now = at("2026-11-28T12:00:00+08:00");
        m_auth->setClock([this] { return m_now; });
        m_admin = m_tw.admin();
        m_marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer).value();
        m_agent = m_tw.addOperator(QStringLiteral("ag"), auth::Role::Agent).value();
        m_supervisor = m_tw.addOperator(QStringLiteral("sv"), auth::Role::Supervisor).value();
    }

    void isoTimes()
    {
        QCOMPARE(at("2026-01-01T00:00:00Z"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        // No zone: China Standard Time.
        QCOMPARE(at("2026-01-01T08:00:00"), at("2026-01-01T00:00:00Z"));
        QCOMPARE(at("2026-01-01"), at("2025-12-31T16:00:00Z"));
        QCOMPARE(at("2026-03-01T10:00:00.250-05:00"), at("2026-03-01T15:00:00.250Z"));
        QVERIFY(!Records::parseTime(u"2026-02-29"));
        QVERIFY(!Records::parseTime(u"2026-11-30T25:00"));
        QVERIFY(!Records::parseTime(u"yesterday"));
        QVERIFY(Records::validIdCard(QStringLiteral("11010519491231002X")));
        QVERIFY(!Records::validIdCard(QStringLiteral("110105194912310021")));
    }

    void rejectsCarryLineNumbersAndStoreNothing()
    {
        const QByteArray jsonl =
            "{\"platform\":\"wechat\",\"platform_user_id\":\"wx_good1\",\"gender\":\"female\",\"age\":30,\"city\":\"杭州\"}\n"
            "\n"
            "{\"platform\":\"tiktok\",\"platform_user_id\":\"tt_1\"}\n"
            "{not json\n"
            "{\"platform\":\"weibo\",\"platform_user_id\":\"wb_bad\",\"birth_year\":1890}\n"
            "{\"platform\":\"weibo\",\"platform_user_id\":\"wb_bad2\",\"id_card\":\"110105194912310021\"}\n"
            "{\"platform\":\"douyin\",\"platform_user_id\":\"dy_good2\",\"vip\":true,\"shoe_size\":42}\n";
        const ImportReport r = importProfiles(QStringLiteral("mixed.jsonl"), jsonl);
        QCOMPARE(r.read, 6);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.rejected, 4);
        QCOMPARE(r.firstRejects.at(0).line, 3);
        // The reason names the field and the rule, never the value (issue 21: reject reports hold
        // position and reason only).
        QVERIFY(r.firstRejects.at(0).reason.contains(QStringLiteral("platform is not one of")));
        QVERIFY(!r.firstRejects.at(0).reason.contains(QStringLiteral("tiktok")));
        QCOMPARE(r.firstRejects.at(1).line, 4);
        QCOMPARE(r.firstRejects.at(2).line, 5);
        QVERIFY(r.firstRejects.at(3).reason.contains(QStringLiteral("check digit")));
        QFile report(r.rejectReport);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray text = report.readAll();
        QVERIFY(text.contains("\"line 6\",6,"));
        // The report names line and reason, never the record (its personal data stays in the source).
        QVERIFY(!text.contains("110105194912310021"));
        QVERIFY(!ProfileService(*m_auth).card(*m_supervisor, QStringLiteral("weibo"), QStringLiteral("wb_bad")));
        QCOMPARE(card(QStringLiteral("douyin"), QStringLiteral("dy_good2")).profile.attributes.value(QStringLiteral("shoe_size")).toInt(), 42);
    }

    void allOrNothingStoresNothing()
    {
        const qint64 before = count(QString());
        const QByteArray csv = "platform,platform_user_id,gender\nwechat,wx_aon1,male\nwechat,,female\nwechat,wx_aon3,female\n";
        const ImportReport r = importProfiles(QStringLiteral("aon.csv"), csv, true);
        QVERIFY(r.refused);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.firstRejects.at(0).line, 3);
        QCOMPARE(count(QString()), before);
        const ImportReport ok = importProfiles(QStringLiteral("aon-ok.csv"), "platform,platform_user_id\nwechat,wx_aon1\n", true);
        QCOMPARE(ok.inserted, 1);
        QCOMPARE(count(QString()), before + 1);
    }

    void reimportChangesNothing()
    {
        const QByteArray jsonl =
            "{\"platform\":\"wechat\",\"platform_user_id\":\"wx_re\",\"phone\":\"138 1234 5678\",\"name\":\"李小龙\","
            "\"consents\":[{\"purpose\":\"marketing\",\"granted\":true,\"time\":\"2026-01-05\",\"source\":\"h5\"}]}\n";
        QCOMPARE(importProfiles(QStringLiteral("re.jsonl"), jsonl).inserted, 1);
        const ImportReport again = importProfiles(QStringLiteral("re.jsonl"), jsonl);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 1);
        // An upsert by external id: a later record changes what it names and keeps the rest.
        const ImportReport moved = importProfiles(QStringLiteral("re2.jsonl"),
                                                  "{\"platform\":\"wechat\",\"platform_user_id\":\"wx_re\",\"city\":\"成都\"}\n");
        QCOMPARE(moved.updated, 1);
        const ProfileCard c = card(QStringLiteral("wechat"), QStringLiteral("wx_re"));
        QCOMPARE(c.profile.city, QStringLiteral("成都"));
        QCOMPARE(c.profile.phoneMasked, QStringLiteral("138****5678"));
        QCOMPARE(c.profile.nameMasked, QStringLiteral("李**"));
        QCOMPARE(c.consentHistory.size(), 1);

        const QByteArray events = "platform,platform_user_id,time,type,content_id\n"
                                  "wechat,wx_re,2026-11-01T10:00:00,impression,c1\n"
                                  "wechat,wx_re,2026-11-01T10:00:00,impression,c1\n" // the same event twice in one file
                                  "wechat,wx_re,2026-11-01T10:05:00,click,c1\n";
        const ImportReport e1 = importEvents(QStringLiteral("re-ev.csv"), events);
        QCOMPARE(e1.read, 3);
        QCOMPARE(e1.inserted, 2);
        const ImportReport e2 = importEvents(QStringLiteral("re-ev.csv"), events);
        QCOMPARE(e2.inserted, 0);
        QCOMPARE(card(QStringLiteral("wechat"), QStringLiteral("wx_re")).eventCount, 2);
    }

    // Users an event file brings get a minimal profile; the tagger still gives the one whose
    // events carry a sentiment its attitude (service data, no profiling consent needed), and the
    // silent one stays as created: no tags, every layer unknown.
    void eventsThatBringUsersTagOnlyWhatTheySaid()
    {
        const QByteArray events = "platform,platform_user_id,time,type,content_id,sentiment\n"
                                  "weibo,wb_said,2026-11-05T10:00:00+08:00,comment,c7,negative\n"
                                  "weibo,wb_said,2026-11-05T10:01:00+08:00,comment,c7,negative\n"
                                  "weibo,wb_said,2026-11-05T10:02:00+08:00,like,c7,\n"
                                  "weibo,wb_silent,2026-11-05T10:00:00+08:00,view,c7,\n";
        const ImportReport r = importEvents(QStringLiteral("bring.csv"), events);
        QCOMPARE(r.profilesCreated, 2);
        QCOMPARE(r.inserted, 4);
        auto said = ProfileService(*m_auth).card(*m_supervisor, QStringLiteral("weibo"), QStringLiteral("wb_said"));
        QVERIFY(said);
        QCOMPARE(said.value().tags.size(), 1);
        QCOMPARE(said.value().tags.first().tag, QStringLiteral("attitude:negative"));
        auto silent = ProfileService(*m_auth).card(*m_supervisor, QStringLiteral("weibo"), QStringLiteral("wb_silent"));
        QVERIFY(silent);
        QVERIFY(silent.value().tags.isEmpty());
        QCOMPARE(silent.value().eventCount, 1);
        QCOMPARE(silent.value().profile.firstSeenMs.value_or(0), at("2026-11-05T10:00:00+08:00"));
        QCOMPARE(count(QStringLiteral("attitude=negative and platform=weibo")), 1);
    }

    void eventsKeepTheirFingerprintAndRaiseLastSeen()
    {
        // The fingerprint makes a re-import a no-op; events stored by earlier versions carry the
        // value of the same formula, so it must never change (computed by hand from it).
        const QByteArray events = "platform,platform_user_id,time,type,content_id,brand,amount,coupon,tags\n"
                                  "wechat,wx_fp,2026-11-03T09:30:00+08:00,purchase,c42,薇诺娜,128.5,true,护肤|美妆\n"
                                  "wechat,wx_fp,2026-11-01T09:30:00+08:00,view,c42,,,,\n";
        QCOMPARE(importEvents(QStringLiteral("fp.csv"), events).inserted, 2);
        QSqlDatabase db = m_tw.workspace().reader();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT e.fingerprint, p.last_seen_ms, l.last_seen_ms FROM events e"
                                      " JOIN profiles p ON p.id = e.profile_id JOIN profile_layers l ON l.profile_id = p.id"
                                      " WHERE p.platform_user_id = 'wx_fp' AND e.content_id = 'c42' AND e.brand IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), Q_INT64_C(-3675102895355151562));
        // Last seen is the newest event, in the profile and in its layers row.
        QCOMPARE(q.value(1).toLongLong(), at("2026-11-03T09:30:00+08:00"));
        QCOMPARE(q.value(2).toLongLong(), at("2026-11-03T09:30:00+08:00"));
        q.finish();
        // An older event later does not move it back.
        QCOMPARE(importEvents(QStringLiteral("fp2.csv"), "platform,platform_user_id,time,type\nwechat,wx_fp,2026-10-01,view\n").inserted, 1);
        QCOMPARE(card(QStringLiteral("wechat"), QStringLiteral("wx_fp")).profile.lastSeenMs.value_or(0),
                 at("2026-11-03T09:30:00+08:00"));
    }

    void usersWithOneHashStayApart()
    {
        // The importer groups a batch's events by a 64-bit hash of the user. These two WeChat ids
        // hash alike (a collision found for the test); each must still get its own profile, in
        // one batch and across batches, and the same id on another platform is another user.
        const QString a = QStringLiteral("2a70da4a75452ba3");
        const QString b = QStringLiteral("a858471fb512b672");
        QByteArray csv = "platform,platform_user_id,time,type,content_id\n";
        const struct { const char* platform; QString id; const char* time; } rows[] = {
            {"wechat", a, "2026-11-01T10:00:00"}, {"wechat", b, "2026-11-01T10:00:00"},
            {"weibo", a, "2026-11-01T10:00:00"},  {"wechat", a, "2026-11-01T11:00:00"},
            {"wechat", b, "2026-11-01T11:00:00"}, {"wechat", a, "2026-11-01T12:00:00"},
        };
        for (const auto& r : rows)
            csv += QStringLiteral("%1,%2,%3,view,c7\n").arg(QLatin1String(r.platform), r.id, QLatin1String(r.time)).toUtf8();
        const QString path = write(QStringLiteral("same-hash.csv"), csv);
        ProfileService service(*m_auth);
        for (int batch : {100, 2}) {
            ImportOptions options;
            options.batchSize = batch;
            auto report = service.importEvents(*m_marketer, path, options);
            QVERIFY2(report, qPrintable(report.error()));
            QCOMPARE(report.value().inserted, batch == 100 ? 6 : 0);
            QCOMPARE(service.card(*m_supervisor, QStringLiteral("wechat"), a).value().eventCount, 3);
            QCOMPARE(service.card(*m_supervisor, QStringLiteral("wechat"), b).value().eventCount, 2);
            QCOMPARE(service.card(*m_supervisor, QStringLiteral("weibo"), a).value().eventCount, 1);
        }
        // Across batches: a later file meets B first, then A.
        const QString later = write(QStringLiteral("same-hash-2.csv"),
                                    QStringLiteral("platform,platform_user_id,time,type\nwechat,%1,2026-11-02,like\nwechat,%2,2026-11-02,like\n")
                                        .arg(b, a)
                                        .toUtf8());
        ImportOptions one;
        one.batchSize = 1;
        QCOMPARE(service.importEvents(*m_marketer, later, one).value().inserted, 2);
        QCOMPARE(service.card(*m_supervisor, QStringLiteral("wechat"), a).value().eventCount, 4);
        QCOMPARE(service.card(*m_supervisor, QStringLiteral("wechat"), b).value().eventCount, 3);
    }

    void eventsFindProfilesByNonAsciiIds()
    {
        // Ids in Chinese reach the events as UTF-8 and must name the profile already stored.
        QCOMPARE(importProfiles(QStringLiteral("zh.jsonl"),
                                "{\"platform\":\"xiaohongshu\",\"platform_user_id\":\"小红书_甲01\",\"city\":\"温州\"}\n")
                     .inserted,
                 1);
        const ImportReport r = importEvents(QStringLiteral("zh.csv"), "platform,platform_user_id,time,type\n"
                                                                       "xiaohongshu,小红书_甲01,2026-11-01,like\n"
                                                                       "xiaohongshu,小红书_甲01,2026-11-02,share\n");
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.profilesCreated, 0);
        const ProfileCard c = card(QStringLiteral("xiaohongshu"), QStringLiteral("小红书_甲01"));
        QCOMPARE(c.eventCount, 2);
        QCOMPARE(c.profile.city, QStringLiteral("温州"));
    }

    void aLargeFirstBatchFindsUsersAheadOfItsWrite()
    {
        // Past 32,768 events the writer starts finding the first batch's users while the rest of
        // the batch is read. Half of these users are stored already, half are new; each must end
        // with exactly one profile, the stored ones unchanged, a new one first seen at its
        // earliest event even when that event comes after the look-ahead.
        QByteArray profiles;
        for (int u = 0; u < 1500; ++u)
            profiles += QStringLiteral("{\"platform\":\"douyin\",\"platform_user_id\":\"ahead_%1\",\"city\":\"北京\"}\n").arg(u).toUtf8();
        QCOMPARE(importProfiles(QStringLiteral("ahead.jsonl"), profiles).inserted, 1500);
        QByteArray csv = "platform,platform_user_id,time,type,content_id\n";
        for (int i = 0; i < 40000; ++i)
            csv += QStringLiteral("douyin,ahead_%1,2026-10-%2T08:00:00,view,c%3\n").arg(i % 3000).arg(10 + (i / 3000) % 18).arg(i).toUtf8();
        // User 2999's earliest event is the very last line, long after the look-ahead.
        csv += "douyin,ahead_2999,2026-10-01T08:00:00,view,c-first\n";
        const ImportReport r = importEvents(QStringLiteral("ahead.csv"), csv);
        QCOMPARE(r.read, 40001);
        QCOMPARE(r.inserted, 40001);
        QCOMPARE(r.profilesCreated, 1500);
        QSqlDatabase db = m_tw.workspace().reader();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT platform_user_id) FROM profiles WHERE platform_user_id LIKE 'ahead_%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3000);
        QCOMPARE(q.value(1).toInt(), 3000);
        q.finish();
        QCOMPARE(card(QStringLiteral("douyin"), QStringLiteral("ahead_7")).profile.city, QStringLiteral("北京"));
        QCOMPARE(card(QStringLiteral("douyin"), QStringLiteral("ahead_7")).eventCount, 14);
        QCOMPARE(card(QStringLiteral("douyin"), QStringLiteral("ahead_2999")).profile.firstSeenMs.value_or(0),
                 at("2026-10-01T08:00:00+08:00"));
    }

    void csvAndXmlReadTheSameRecord()
    {
        const QByteArray csv =
            "platform,platform_user_id,gender,birth_year,city,interests,vip,consents\n"
            "weibo,wb_csv,female,1996,深圳市,美妆|旅行,true,\"[{\"\"purpose\"\":\"\"profiling\"\",\"\"granted\"\":true,\"\"time\"\":\"\"2026-02-01\"\"}]\"\n";
        QCOMPARE(importProfiles(QStringLiteral("one.csv"), csv).inserted, 1);
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<profiles>\n"
                               " <profile>\n  <platform>weibo</platform><platform_user_id>wb_xml</platform_user_id>\n"
                               "  <gender>female</gender><birth_year>1996</birth_year><city>深圳市</city>\n"
                               "  <interests><interest>美妆</interest><interest>旅行</interest></interests><vip>true</vip>\n"
                               "  <consents><consent><purpose>profiling</purpose><granted>true</granted><time>2026-02-01</time></consent></consents>\n"
                               " </profile>\n"
                               " <profile><platform>mars</platform><platform_user_id>m1</platform_user_id></profile>\n"
                               "</profiles>\n";
        const ImportReport r = importProfiles(QStringLiteral("two.xml"), xml);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.rejected, 1);
        QVERIFY2(r.firstRejects.at(0).where.startsWith(QStringLiteral("/profiles/profile[2]")), qPrintable(r.firstRejects.at(0).where));
        const ProfileCard a = card(QStringLiteral("weibo"), QStringLiteral("wb_csv"));
        const ProfileCard b = card(QStringLiteral("weibo"), QStringLiteral("wb_xml"));
        QCOMPARE(a.profile.interests, (QStringList{QStringLiteral("美妆"), QStringLiteral("旅行")}));
        QCOMPARE(b.profile.interests, a.profile.interests);
        QCOMPARE(b.profile.vip, true);
        QCOMPARE(b.consentBits, a.consentBits);
        QCOMPARE(a.consentBits, Layers::purposeBit(QStringLiteral("profiling")));

        const ImportReport broken = importProfiles(QStringLiteral("broken.xml"), "<profiles><profile><platform>wechat</platform>\n<oops></profiles>");
        QCOMPARE(broken.inserted, 0);
        QVERIFY(broken.rejected >= 1);
        QVERIFY(broken.firstRejects.last().reason.contains(QStringLiteral("XML")));
    }

    void layerBoundaries_data()
    {
        QTest::addColumn<int>("age");
        QTest::addColumn<QString>("band");
        QTest::newRow("17") << 17 << "under_18";
        QTest::newRow("18") << 18 << "18-24";
        QTest::newRow("24") << 24 << "18-24";
        QTest::newRow("25") << 25 << "25-34";
        QTest::newRow("34") << 34 << "25-34";
        QTest::newRow("35") << 35 << "35-44";
        QTest::newRow("44") << 44 << "35-44";
        QTest::newRow("45") << 45 << "45_plus";
    }

    void layerBoundaries()
    {
        QFETCH(int, age);
        QFETCH(QString, band);
        QCOMPARE(Layers::ageBand(2026 - age, 2026), band);
        const QString uid = QStringLiteral("wx_age%1").arg(age);
        importProfiles(QStringLiteral("age.jsonl"),
                       QStringLiteral("{\"platform\":\"wechat\",\"platform_user_id\":\"%1\",\"age\":%2}\n").arg(uid).arg(age).toUtf8());
        const ProfileCard c = card(QStringLiteral("wechat"), uid);
        QCOMPARE(c.layers.at(0).dimension, QStringLiteral("age_band"));
        QCOMPARE(c.layers.at(0).value, band);
    }

    void cityTierTable()
    {
        const CityTiers& t = CityTiers::shipped();
        QCOMPARE(t.tierOf(QStringLiteral("北京")), QStringLiteral("tier1"));
        QCOMPARE(t.tierOf(QStringLiteral("深圳市")), QStringLiteral("tier1"));
        QCOMPARE(t.tierOf(QStringLiteral("杭州")), QStringLiteral("new_tier1"));
        QCOMPARE(t.tierOf(QStringLiteral("东莞")), QStringLiteral("new_tier1"));
        QCOMPARE(t.tierOf(QStringLiteral("佛山")), QStringLiteral("tier2_3"));
        QCOMPARE(t.tierOf(QStringLiteral("拉萨")), QStringLiteral("tier3_4_below"));
        QCOMPARE(t.tierOf(QStringLiteral("延边朝鲜族自治州")), QStringLiteral("tier3_4_below"));
        QCOMPARE(t.tierOf(QStringLiteral("延边")), QStringLiteral("tier3_4_below"));
        QCOMPARE(t.tierOf(QStringLiteral("Springfield")), QStringLiteral("unknown"));
        QCOMPARE(t.tierOf(QString()), QStringLiteral("unknown"));
        // Every prefecture-level division (333) and the four municipalities, at least.
        QFile f(QStringLiteral(":/profiles/city_tiers.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith("city,"))
                ++rows;
        QVERIFY(rows >= 337);
    }

    void pseudonymsAndNothingInClear()
    {
        const QByteArray jsonl =
            "{\"platform\":\"wechat\",\"platform_user_id\":\"wx_p1\",\"name\":\"欧阳娜娜\",\"phone\":\"13912345678\",\"id_card\":\"11010519491231002X\"}\n"
            "{\"platform\":\"weibo\",\"platform_user_id\":\"wb_p2\",\"phone\":\"+86 139-1234-5678\"}\n";
        QCOMPARE(importProfiles(QStringLiteral("pii.jsonl"), jsonl).inserted, 2);
        const ProfileCard a = card(QStringLiteral("wechat"), QStringLiteral("wx_p1"));
        const ProfileCard b = card(QStringLiteral("weibo"), QStringLiteral("wb_p2"));
        QCOMPARE(a.profile.phonePseudonym.size(), 32);
        QCOMPARE(a.profile.phonePseudonym, b.profile.phonePseudonym); // the same number matches
        QCOMPARE(a.profile.idCardMasked, QStringLiteral("110***********002X"));

        // A second workspace pseudonymises the same number differently.
        auto other = store::Workspace::open(m_tw.filePath(QStringLiteral("other.lingxi")));
        QVERIFY(other);
        auth::AuthService otherAuth(*other.value());
        auto otherAdmin = otherAuth.createFirstAdmin(QStringLiteral("root"), QString(), QStringLiteral("root-pass-1")).value();
        ProfileService otherService(otherAuth);
        auto r = otherService.importProfiles(otherAdmin, write(QStringLiteral("pii2.jsonl"), jsonl.left(jsonl.indexOf('\n') + 1)), ImportOptions());
        QVERIFY(r);
        auto otherCard = otherService.card(otherAdmin, QStringLiteral("wechat"), QStringLiteral("wx_p1"));
        QVERIFY(otherCard);
        QVERIFY(otherCard.value().profile.phonePseudonym != a.profile.phonePseudonym);

        // The identifiers are nowhere in the files (database and its WAL).
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_tw.workspace().path() + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("13912345678"));
            QVERIFY(!bytes.contains("11010519491231002X"));
            QVERIFY(!bytes.contains(QStringLiteral("欧阳娜娜").toUtf8()));
        }
    }

    void tagsSayWhyAndNeedConsent()
    {
        importProfiles(QStringLiteral("tags.jsonl"),
                       "{\"platform\":\"xiaohongshu\",\"platform_user_id\":\"xhs_t\",\"birth_year\":1995,\"followers\":12000,"
                       "\"consents\":[{\"purpose\":\"profiling\",\"granted\":true,\"time\":\"2026-01-01\"},"
                       "{\"purpose\":\"marketing\",\"granted\":true,\"time\":\"2026-01-01\"}]}\n"
                       "{\"platform\":\"xiaohongshu\",\"platform_user_id\":\"xhs_kid\",\"birth_year\":2015,"
                       "\"consents\":[{\"purpose\":\"profiling\",\"granted\":true,\"time\":\"2026-01-01\"},"
                       "{\"purpose\":\"marketing\",\"granted\":true,\"time\":\"2026-01-01\"}]}\n");
        QByteArray events = "platform,platform_user_id,time,type,content_id,brand,amount,coupon,tags\n";
        for (const char* uid : {"xhs_t", "xhs_kid"}) {
            for (int i = 0; i < 3; ++i)
                events += QStringLiteral("xiaohongshu,%1,2026-11-%2T10:00:00,like,n%3,,,,护肤|精华\n").arg(QLatin1String(uid)).arg(10 + i).arg(i).toUtf8();
            events += QStringLiteral("xiaohongshu,%1,2026-11-20T10:00:00,view,p1,,,,\n").arg(QLatin1String(uid)).toUtf8();
            events += QStringLiteral("xiaohongshu,%1,2026-11-20T10:04:00,purchase,p1,薇诺娜,1299,true,护肤\n").arg(QLatin1String(uid)).toUtf8();
            events += QStringLiteral("xiaohongshu,%1,2026-11-22T10:00:00,purchase,p2,薇诺娜,899,true,护肤\n").arg(QLatin1String(uid)).toUtf8();
        }
        QCOMPARE(importEvents(QStringLiteral("tags.csv"), events).inserted, 12);
        const ProfileCard c = card(QStringLiteral("xiaohongshu"), QStringLiteral("xhs_t"));
        QVERIFY(hasTag(c, QStringLiteral("美妆达人")));
        QVERIFY(hasTag(c, QStringLiteral("price_sensitive")));
        QVERIFY(hasTag(c, QStringLiteral("potential_influencer")));
        QVERIFY(hasTag(c, QStringLiteral("value:high_value"))); // 2,198 spent ≥ 2,000
        QVERIFY(!hasTag(c, QStringLiteral("brand_loyal")));    // 2 purchases < 3
        for (const auto& t : c.tags) {
            QVERIFY2(!t.reason.isEmpty(), qPrintable(t.tag));
            if (t.tag == QLatin1String("美妆达人"))
                QVERIFY2(t.reason.contains(QStringLiteral("5 engagements")), qPrintable(t.reason));
        }
        // Under 14 without the separate sensitive-data consent: no profiling at all.
        const ProfileCard kid = card(QStringLiteral("xiaohongshu"), QStringLiteral("xhs_kid"));
        QVERIFY(kid.minor);
        QVERIFY(kid.tags.isEmpty());
        QCOMPARE(count(QStringLiteral("tag=美妆达人")), 1);
        QCOMPARE(count(QStringLiteral("consent=marketing and platform=xiaohongshu")), 1); // the child is not selectable
    }

    void withdrawalTakesEffectAtOnce()
    {
        const QString seg = QStringLiteral("consent=marketing and platform=xiaohongshu");
        QCOMPARE(count(seg), 1);
        ProfileService service(*m_auth);
        // Any operator may record a withdrawal; nobody may record a grant.
        QVERIFY(service.withdrawConsent(*m_agent, QStringLiteral("xiaohongshu"), QStringLiteral("xhs_t"), QStringLiteral("marketing"), {}));
        QCOMPARE(count(seg), 0);
        QCOMPARE(count(QStringLiteral("tag=美妆达人")), 1);
        QVERIFY(service.withdrawConsent(*m_agent, QStringLiteral("xiaohongshu"), QStringLiteral("xhs_t"), QStringLiteral("profiling"), {}));
        QCOMPARE(count(QStringLiteral("tag=美妆达人")), 0);
        const ProfileCard c = card(QStringLiteral("xiaohongshu"), QStringLiteral("xhs_t"));
        QCOMPARE(c.consentBits, 0);
        QCOMPARE(c.consentHistory.last().granted, false);
        // An older grant imported afterwards does not undo the withdrawal.
        importProfiles(QStringLiteral("old-grant.jsonl"),
                       "{\"platform\":\"xiaohongshu\",\"platform_user_id\":\"xhs_t\",\"consents\":[{\"purpose\":\"marketing\",\"granted\":true,\"time\":\"2026-01-01\"}]}\n");
        QCOMPARE(count(seg), 0);
    }

    void funnelArithmetic()
    {
        // Hand-checked: window 2026-10-01 .. 2026-10-31, 7-day conversion window.
        //  f_a impression → click (1 h) → conversion (2 h)          counts at every step
        //  f_b impression → click 8 days later                        impression only
        //  f_c click an hour before its impression                    impression only
        //  f_d impression                                             impression only
        //  f_e impression on 2026-09-30 (before the window) → click   nothing
        //  f_f impression → click (2 days), no conversion             impression, click
        const QByteArray events = "platform,platform_user_id,time,type\n"
                                  "web,f_a,2026-10-05T10:00:00,impression\nweb,f_a,2026-10-05T11:00:00,click\nweb,f_a,2026-10-05T12:00:00,conversion\n"
                                  "web,f_b,2026-10-05T10:00:00,impression\nweb,f_b,2026-10-13T10:00:00,click\n"
                                  "web,f_c,2026-10-05T10:00:00,impression\nweb,f_c,2026-10-05T09:00:00,click\n"
                                  "web,f_d,2026-10-06T10:00:00,impression\n"
                                  "web,f_e,2026-09-30T10:00:00,impression\nweb,f_e,2026-10-01T10:00:00,click\n"
                                  "web,f_f,2026-10-07T10:00:00,impression\nweb,f_f,2026-10-09T10:00:00,click\n";
        QCOMPARE(importEvents(QStringLiteral("funnel.csv"), events).inserted, 12);
        auto result = ProfileService(*m_auth).funnel(*m_marketer, {QStringLiteral("impression"), QStringLiteral("click"), QStringLiteral("conversion")},
                                                     at("2026-10-01"), at("2026-10-31T23:59:59"), 7LL * 24 * 3600 * 1000,
                                                     Segment::parse(QStringLiteral("platform=web")).value());
        QVERIFY2(result, qPrintable(result.error()));
        const auto& s = result.value().steps;
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).users, 5);
        QCOMPARE(s.at(1).users, 2);
        QCOMPARE(s.at(2).users, 1);
        QCOMPARE(s.at(1).rateFromPrevious, 0.4);
        QCOMPARE(s.at(2).rateFromPrevious, 0.5);
        QCOMPARE(s.at(2).rateFromFirst, 0.2);
        QVERIFY(!ProfileService::funnelSteps({QStringLiteral("impression"), QStringLiteral("teleport")}));
    }

    void exportDeleteAndRetention()
    {
        ProfileService service(*m_auth);
        // Export is a supervisor's or admin's action; marketers and agents are refused.
        QVERIFY(!service.exportUser(*m_marketer, QStringLiteral("wechat"), QStringLiteral("wx_re")));
        auto data = service.exportUser(*m_supervisor, QStringLiteral("wechat"), QStringLiteral("wx_re"));
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data.value().value(QStringLiteral("events")).toArray().size(), 2);
        QCOMPARE(data.value().value(QStringLiteral("phone")).toString(), QStringLiteral("138****5678"));
        QVERIFY(data.value().contains(QStringLiteral("consent_history")));
        // Agents browse no profiles.
        QVERIFY(!service.count(*m_agent, Segment()));

        // Retention: the funnel users were last seen in October 2026; move the clock 3 years on.
        QVERIFY(!service.purge(*m_supervisor, true)); // admin only
        m_now = at("2029-10-20T12:00:00+08:00");
        auto dry = service.purge(*m_admin, true);
        QVERIFY(dry);
        QVERIFY(dry.value().candidates >= 6);
        QCOMPARE(dry.value().deleted, 0);
        QVERIFY(service.card(*m_supervisor, QStringLiteral("web"), QStringLiteral("f_a")));
        auto done = service.purge(*m_admin, false);
        QVERIFY(done);
        QCOMPARE(done.value().deleted, dry.value().candidates);
        QVERIFY(!service.card(*m_supervisor, QStringLiteral("web"), QStringLiteral("f_a")));
        m_now = at("2026-11-28T12:00:00+08:00");

        QVERIFY(!service.deleteUser(*m_supervisor, QStringLiteral("wechat"), QStringLiteral("wx_aon1")));
        importEvents(QStringLiteral("del.csv"), "platform,platform_user_id,time,type\nwechat,wx_aon1,2026-11-01,like\n");
        QVERIFY(service.deleteUser(*m_admin, QStringLiteral("wechat"), QStringLiteral("wx_aon1")));
        QVERIFY(!service.card(*m_supervisor, QStringLiteral("wechat"), QStringLiteral("wx_aon1")));
        // The audit trail names the user by pseudonym only.
        QSqlDatabase db = m_tw.workspace().reader();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT target, details FROM audit_log WHERE action LIKE 'privacy.%'")));
        int entries = 0;
        while (q.next()) {
            ++entries;
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("wx_")));
            QVERIFY(!q.value(1).toString().contains(QStringLiteral("wx_")));
        }
        QVERIFY(entries >= 4);
    }

    void cancelledImportKeepsWholeBatches()
    {
        // 90,000 events for 3,000 new users in batches of 1,000; cancelled once it has started.
        QByteArray csv = "platform,platform_user_id,time,type\n";
        for (int i = 0; i < 90000; ++i)
            csv += QStringLiteral("weibo,cx%1,2026-11-%2T10:00:00+08:00,click\n").arg(i % 3000).arg(1 + i / 3000, 2, 10, QLatin1Char('0'))
                       .toUtf8(); // one event per user and day: all distinct
        const QString path = write(QStringLiteral("cancel.csv"), csv);
        auto countEvents = [this]() {
            QSqlDatabase db = m_tw.workspace().reader();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM events e JOIN profiles p ON p.id = e.profile_id WHERE p.platform_user_id LIKE 'cx%'"));
            return q.next() ? q.value(0).toLongLong() : -1;
        };
        profiles::ImportOptions options;
        options.batchSize = 1000;
        std::optional<Result<ImportReport>> result;
        tasks::Task task(QStringLiteral("import"), [&](tasks::Task& t) -> Status {
            result = profiles::ProfileImporter::importEvents(m_tw.workspace(), path, options, &t);
            return Status::success();
        });
        task.start();
        QTRY_VERIFY_WITH_TIMEOUT(task.progressCurrent() > 0 || task.isFinished(), 20000);
        task.abort();
        task.wait();
        QVERIFY(result && result->ok());
        const ImportReport& r = result->value();
        const qint64 stored = countEvents();
        // Cancelled after the first batches: every batch it reports is there in full, nothing else.
        QVERIFY(r.cancelled);
        QCOMPARE(stored, r.inserted);
        QCOMPARE(stored % 1000, 0);
        QVERIFY(stored > 0 && stored < 90000);
        // Importing the file again completes it without duplicating what the first run stored.
        auto again = profiles::ProfileImporter::importEvents(m_tw.workspace(), path, options, nullptr);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(countEvents(), 90000);
        QCOMPARE(again.value().inserted, 90000 - stored);
        QVERIFY(m_tw.workspace().check().ok);
    }

    void rulesAndCityTableAreData()
    {
        ProfileService service(*m_auth);
        // The city table: Hangzhou moved to tier 1 takes its users along at once.
        const qint64 tier1 = count(QStringLiteral("city_tier=tier1"));
        QByteArray table = service.cityTable(*m_marketer).value();
        QVERIFY(table.contains("杭州,杭州,浙江,new_tier1"));
        table.replace("杭州,杭州,浙江,new_tier1", "杭州,杭州,浙江,tier1");
        QVERIFY(!service.setCityTable(*m_agent, table)); // agents do not edit rules
        QVERIFY(service.setCityTable(*m_marketer, table));
        QCOMPARE(count(QStringLiteral("city_tier=tier1")), tier1 + 1);
        QByteArray bad = table;
        bad.replace("拉萨,拉萨,西藏,tier3_4_below", "拉萨,拉萨,西藏,tier9");
        const Status refused = service.setCityTable(*m_marketer, bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("tier9")) && refused.error().startsWith(QStringLiteral("line ")),
                 qPrintable(refused.error()));
        QCOMPARE(count(QStringLiteral("city_tier=tier1")), tier1 + 1);

        // The tag rules: what is exported imports back unchanged; a broken file names its line.
        const QJsonObject rules = service.rules(*m_marketer).value();
        QVERIFY(service.setRules(*m_marketer, QJsonDocument(rules).toJson()));
        QCOMPARE(service.rules(*m_marketer).value(), rules);
        const Status broken = service.setRules(*m_marketer, "{\n  \"window_days\": 90,\n  oops\n}");
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(QStringLiteral("line 3")), qPrintable(broken.error()));
        QJsonObject silly = rules;
        QJsonObject habits = silly.value(QStringLiteral("habits")).toObject();
        habits.insert(QStringLiteral("impulse_share"), 2.0);
        silly.insert(QStringLiteral("habits"), habits);
        QVERIFY(!service.setRules(*m_marketer, QJsonDocument(silly).toJson()));
    }

    // Event batches skip SQLite's per-row foreign-key lookup and resolve users themselves: an
    // erasure that lands between two batches of a running import must not leave events pointing
    // at the erased profile (later events for that user make a new, minimal profile).
    void erasureDuringAnImportLeavesNoOrphans()
    {
        QByteArray csv = "platform,platform_user_id,time,type,content_id\n";
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("wechat,%1,2026-11-02T10:%2:%3,like,c%4\n")
                       .arg(i % 2 ? QStringLiteral("wx_erase") : QStringLiteral("wx_keep"))
                       .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                       .replace(QStringLiteral("T10:"), QStringLiteral("T%1:").arg(10 + i / 3600, 2, 10, QLatin1Char('0')))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(i)
                       .toUtf8();
        const QString path = write(QStringLiteral("erase-ev.csv"), csv);
        ImportOptions options;
        options.batchSize = 20;
        ProfileService service(*m_auth);
        QFuture<Result<ImportReport>> running = QtConcurrent::run([&] { return service.importEvents(*m_marketer, path, options); });
        // Erase the user as soon as the import has made them, while it goes on.
        while (!running.isFinished() && !service.card(*m_supervisor, QStringLiteral("wechat"), QStringLiteral("wx_erase")))
            QThread::msleep(1);
        QVERIFY(!running.isFinished());
        QVERIFY(service.deleteUser(*m_admin, QStringLiteral("wechat"), QStringLiteral("wx_erase")));
        running.waitForFinished();
        QVERIFY2(running.result(), qPrintable(running.result().error()));
        QSqlDatabase db = m_tw.workspace().reader();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM profiles p WHERE p.id = e.profile_id)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QCOMPARE(service.card(*m_supervisor, QStringLiteral("wechat"), QStringLiteral("wx_keep")).value().eventCount, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_ProfileStore.moc"
