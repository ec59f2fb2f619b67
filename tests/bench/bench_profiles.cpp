// Profile-store figures: importing 1,000,000 events from CSV against the sqlite3 command-line
// shell's .import of the same file into a plain table (the peer, same run, same disk); importing
// the events file a second time (nothing inserted); importing profiles; re-tagging; a segment
// count over the profiles and the profile table's first page.
// Prints JSON; asserts nothing. Usage: bench_profiles [EVENTS [PROFILES]] (defaults 1,000,000);
// LX_BENCH_BATCH=N sets the import batch size (default 250,000 events) to compare batchings.
#include "auth/AuthService.h"
#include "dashboard/DashboardService.h"
#include "profiles/ProfileImporter.h"
#include "profiles/ProfileService.h"
#include "profiles/ProfileTagger.h"
#include "profiles/Records.h"
#include "profiles/Segment.h"
#include "store/DashboardQuery.h"
#include "store/ProfileQuery.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <cstdio>
#include <random>

using namespace lx;

namespace {

const char* const kCities[] = {"北京", "上海", "杭州", "成都", "武汉", "佛山", "温州", "绵阳", "拉萨", "赣州", "大理", "未知镇"};
const char* const kJobs[] = {"学生", "软件工程师", "行政专员", "店主", "自由职业", "教师", "销售经理", "退休"};
const char* const kTypes[] = {"impression", "impression", "impression", "click", "view", "like", "share", "comment",
                              "favorite", "read_complete", "add_to_cart", "conversion", "purchase"};
const char* const kTags[] = {"护肤|美妆", "科技|数码", "户外|运动", "母婴", "美食", ""};

void writeEvents(const QString& path, int events, int users, const char* prefix = "wx_")
{
    std::mt19937 rng(7);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("platform,platform_user_id,time,type,content_id,brand,amount,coupon,tags\n");
    QByteArray line;
    for (int i = 0; i < events; ++i) {
        const int user = int(rng() % unsigned(users));
        const char* type = kTypes[rng() % std::size(kTypes)];
        const bool purchase = qstrcmp(type, "purchase") == 0;
        line = QStringLiteral("wechat,%13%1,2026-%2-%3T%4:%5:%6+08:00,%7,c%8,%9,%10,%11,%12\n")
                   .arg(user)
                   .arg(9 + int(rng() % 3), 2, 10, QLatin1Char('0'))
                   .arg(1 + int(rng() % 28), 2, 10, QLatin1Char('0'))
                   .arg(int(rng() % 24), 2, 10, QLatin1Char('0'))
                   .arg(int(rng() % 60), 2, 10, QLatin1Char('0'))
                   .arg(int(rng() % 60), 2, 10, QLatin1Char('0'))
                   .arg(QString::fromLatin1(type))
                   .arg(int(rng() % 500))
                   .arg(purchase ? QStringLiteral("薇诺娜") : QString())
                   .arg(purchase ? QString::number(10 + int(rng() % 2000)) : QString())
                   .arg(purchase ? ((rng() % 2) ? QStringLiteral("true") : QStringLiteral("false")) : QString())
                   .arg(QString::fromUtf8(kTags[rng() % std::size(kTags)]))
                   .arg(QLatin1String(prefix))
                   .toUtf8();
        f.write(line);
    }
}

void writeProfiles(const QString& path, int users)
{
    std::mt19937 rng(11);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("platform,platform_user_id,name,phone,gender,birth_year,city,occupation,followers,vip,first_seen,consents\n");
    for (int i = 0; i < users; ++i) {
        // Consents need JSON; CSV files carry them as a JSON list in one quoted cell.
        const bool marketing = rng() % 10 < 7;
        const bool profiling = rng() % 10 < 6;
        QString consents = QStringLiteral("[");
        if (marketing)
            consents += QStringLiteral("{\"\"purpose\"\":\"\"marketing\"\",\"\"granted\"\":true,\"\"time\"\":\"\"2026-01-05\"\",\"\"source\"\":\"\"h5\"\"}");
        if (profiling)
            consents += QString(marketing ? QStringLiteral(",") : QString())
                        + QStringLiteral("{\"\"purpose\"\":\"\"profiling\"\",\"\"granted\"\":true,\"\"time\"\":\"\"2026-01-05\"\",\"\"source\"\":\"\"h5\"\"}");
        consents += QStringLiteral("]");
        const QByteArray line = QStringLiteral("wechat,wx_%1,用户%1,1%2%3,%4,%5,%6,%7,%8,%9,2025-%10-01,\"%11\"\n")
                                    .arg(i)
                                    .arg(3 + int(rng() % 7))
                                    .arg(int(rng() % 1000000000), 9, 10, QLatin1Char('0'))
                                    .arg((rng() % 2) ? QStringLiteral("female") : QStringLiteral("male"))
                                    .arg(1960 + int(rng() % 50))
                                    .arg(QString::fromUtf8(kCities[rng() % std::size(kCities)]))
                                    .arg(QString::fromUtf8(kJobs[rng() % std::size(kJobs)]))
                                    .arg(int(rng() % 20000))
                                    .arg((rng() % 50 == 0) ? QStringLiteral("true") : QStringLiteral("false"))
                                    .arg(1 + int(rng() % 12), 2, 10, QLatin1Char('0'))
                                    .arg(consents)
                                    .toUtf8();
        f.write(line);
    }
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? atoi(argv[1]) : 1000000;
    const int users = argc > 2 ? atoi(argv[2]) : 1000000;
    QTemporaryDir dir;
    qputenv("LINGXI_KEYRING_DIR", dir.filePath(QStringLiteral("keys")).toUtf8());
    const QString eventsCsv = dir.filePath(QStringLiteral("events.csv"));
    const QString profilesCsv = dir.filePath(QStringLiteral("profiles.csv"));
    writeEvents(eventsCsv, events, qMin(users, 100000));
    writeProfiles(profilesCsv, users);
    QJsonObject out{{QStringLiteral("events"), events}, {QStringLiteral("profiles"), users},
                    {QStringLiteral("events_csv_bytes"), QFileInfo(eventsCsv).size()}};

    // The peer: sqlite3's own CSV import into a plain table of the same file.
    QElapsedTimer t;
    t.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.db")), QStringLiteral(".mode csv"),
                                             QStringLiteral(".import %1 events").arg(eventsCsv)});
    const bool peerRan = sqlite.waitForFinished(-1) && sqlite.exitCode() == 0;
    const double peerMs = ms(t);
    out.insert(QStringLiteral("sqlite3_import_ms"), peerRan ? QJsonValue(peerMs) : QJsonValue());

    // Reading and validating alone (what the parsing thread does), for the breakdown.
    {
        QElapsedTimer p;
        p.start();
        profiles::RecordReader reader(profiles::Records::eventKeys(), eventsCsv);
        reader.open();
        profiles::RawRecord raw;
        qint64 good = 0;
        while (reader.next(raw))
            good += profiles::Records::event(raw) ? 1 : 0;
        out.insert(QStringLiteral("events_parse_only_ms"), ms(p));
        out.insert(QStringLiteral("events_parse_only_good"), good);
    }

    auto ws = store::Workspace::open(dir.filePath(QStringLiteral("bench.lingxi")));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 1;
    }
    const qint64 now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    profiles::ImportOptions options;
    options.nowMs = now;
    if (qEnvironmentVariableIsSet("LX_BENCH_BATCH"))
        options.batchSize = qEnvironmentVariableIntValue("LX_BENCH_BATCH");

    t.restart();
    auto profileReport = profiles::ProfileImporter::importProfiles(*ws.value(), profilesCsv, options);
    out.insert(QStringLiteral("profiles_import_ms"), ms(t));
    if (!profileReport) {
        std::fprintf(stderr, "%s\n", qPrintable(profileReport.error()));
        return 1;
    }
    out.insert(QStringLiteral("profiles_inserted"), profileReport.value().inserted);

    // Each import starts from a checkpointed workspace, as it would after a pause: the writer
    // copies its log into the database when idle.
    QThread::msleep(1500);
    t.restart();
    auto eventReport = profiles::ProfileImporter::importEvents(*ws.value(), eventsCsv, options);
    const double importMs = ms(t);
    if (!eventReport) {
        std::fprintf(stderr, "%s\n", qPrintable(eventReport.error()));
        return 1;
    }
    out.insert(QStringLiteral("events_import_ms"), importMs);
    out.insert(QStringLiteral("events_inserted"), eventReport.value().inserted);
    if (peerRan)
        out.insert(QStringLiteral("events_import_rate_vs_sqlite3"), peerMs / importMs);

    // The same file again: every event is already stored, nothing is inserted.
    QThread::msleep(1500);
    t.restart();
    auto again = profiles::ProfileImporter::importEvents(*ws.value(), eventsCsv, options);
    out.insert(QStringLiteral("events_reimport_ms"), ms(t));
    out.insert(QStringLiteral("events_reimport_inserted"), again ? again.value().inserted : -1);

    t.restart();
    auto tagged = profiles::ProfileTagger::retag(*ws.value(), {}, now);
    out.insert(QStringLiteral("retag_all_ms"), ms(t));
    out.insert(QStringLiteral("retagged"), tagged ? tagged.value() : -1);

    QSqlDatabase db = ws.value()->reader();
    const auto segment = profiles::Segment::parse(QStringLiteral("age_band=25-34|35-44 and city_tier=一线|新一线 and consent=marketing"));
    t.restart();
    auto count = store::ProfileQuery::count(db, segment.value().conditions());
    out.insert(QStringLiteral("segment_count_ms"), ms(t));
    out.insert(QStringLiteral("segment_count"), count ? count.value() : -1);
    const auto tagSegment = profiles::Segment::parse(QStringLiteral("tag=美妆达人 and consent=marketing"));
    t.restart();
    auto tagCount = store::ProfileQuery::count(db, tagSegment.value().conditions());
    out.insert(QStringLiteral("tag_segment_count_ms"), ms(t));
    out.insert(QStringLiteral("tag_segment_count"), tagCount ? tagCount.value() : -1);
    t.restart();
    auto page = store::ProfileQuery::page(db, segment.value().conditions(), 0, 200);
    out.insert(QStringLiteral("first_page_ms"), ms(t));
    t.restart();
    auto deep = store::ProfileQuery::page(db, segment.value().conditions(), count ? count.value() / 2 : 0, 200);
    out.insert(QStringLiteral("middle_page_ms"), ms(t));
    Q_UNUSED(page);
    Q_UNUSED(deep);

    // The supervisor's dashboard on this workspace (one pass over the events for the three event
    // KPIs and both periods, plus the funnel), against the obvious peer: one COUNT(DISTINCT) query
    // per KPI and period.
    {
        auth::AuthService auth(*ws.value());
        auto admin = auth.createFirstAdmin(QStringLiteral("bench"), QString(), QStringLiteral("bench-pass-2026"));
        const qint64 end = QDateTime(QDate(2026, 11, 29), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        if (admin) {
            dashboard::DashboardService dash(auth);
            t.restart();
            auto d = dash.load(admin.value(), dashboard::Period::Month, end);
            out.insert(QStringLiteral("dashboard_month_ms"), ms(t));
            t.restart();
            auto kpisOnly = store::DashboardQuery::engagement(db, end - 2 * dashboard::DashboardService::periodMs(dashboard::Period::Month),
                                                              end - dashboard::DashboardService::periodMs(dashboard::Period::Month), end,
                                                              {1}, {2}, {3, 10}, {4, 5, 6, 7});
            out.insert(QStringLiteral("dashboard_event_kpis_one_pass_ms"), ms(t));
            Q_UNUSED(kpisOnly);
            if (d) {
                for (const dashboard::Kpi& k : d.value().kpis) {
                    if (k.key == QLatin1String("conversion"))
                        out.insert(QStringLiteral("dashboard_conversion_users"), k.numerator);
                }
            }
            const qint64 month = dashboard::DashboardService::periodMs(dashboard::Period::Month);
            t.restart();
            qint64 checksum = 0;
            for (const char* types : {"1", "2", "3,10", "4,5,6,7"}) { // impression; click; conversion, purchase; engagement
                for (int period = 0; period < 2; ++period) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT profile_id) FROM events WHERE type IN (%1) AND time_ms >= ? AND time_ms < ?")
                                  .arg(QLatin1String(types)));
                    q.addBindValue(end - (period + 1) * month);
                    q.addBindValue(end - period * month);
                    if (q.exec() && q.next())
                        checksum += q.value(0).toLongLong();
                }
            }
            out.insert(QStringLiteral("dashboard_peer_per_kpi_queries_ms"), ms(t));
            Q_UNUSED(checksum);
        }
    }

    // Events that bring their users: a workspace of 10 profiles, events over 200,000 users it has
    // never seen (a profile is created for each), against sqlite3 .import of the same file; then
    // the same through the service a user's import goes through (which also tags the users).
    {
        const QString newUsersCsv = dir.filePath(QStringLiteral("events-new-users.csv"));
        writeEvents(newUsersCsv, events, 200000, "nu_");
        const QString seedCsv = dir.filePath(QStringLiteral("seed.csv"));
        writeProfiles(seedCsv, 10);
        QElapsedTimer p;
        p.start();
        QProcess peer;
        peer.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain-new.db")), QStringLiteral(".mode csv"),
                                                QStringLiteral(".import %1 events").arg(newUsersCsv)});
        const bool ran = peer.waitForFinished(-1) && peer.exitCode() == 0;
        const double peerNewMs = ms(p);
        out.insert(QStringLiteral("new_users_sqlite3_import_ms"), ran ? QJsonValue(peerNewMs) : QJsonValue());
        for (const bool throughService : {false, true}) {
            const QString name = throughService ? QStringLiteral("new-service.lingxi") : QStringLiteral("new.lingxi");
            auto fresh = store::Workspace::open(dir.filePath(name));
            if (!fresh)
                return 1;
            profiles::ProfileImporter::importProfiles(*fresh.value(), seedCsv, options);
            auth::AuthService auth(*fresh.value());
            auto admin = auth.createFirstAdmin(QStringLiteral("bench"), QString(), QStringLiteral("bench-pass-2026"));
            QThread::msleep(1500);
            p.restart();
            Result<profiles::ImportReport> r = throughService && admin
                                                   ? profiles::ProfileService(auth).importEvents(admin.value(), newUsersCsv, options)
                                                   : profiles::ProfileImporter::importEvents(*fresh.value(), newUsersCsv, options);
            const double importNewMs = ms(p);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
                return 1;
            }
            const QString key = throughService ? QStringLiteral("new_users_service_") : QStringLiteral("new_users_import_");
            out.insert(key + QStringLiteral("ms"), importNewMs);
            out.insert(key + QStringLiteral("profiles_created"), r.value().profilesCreated);
            out.insert(key + QStringLiteral("inserted"), r.value().inserted);
            if (ran)
                out.insert(key + QStringLiteral("rate_vs_sqlite3"), peerNewMs / importNewMs);
            if (!throughService) {
                QThread::msleep(1500);
                p.restart();
                auto again = profiles::ProfileImporter::importEvents(*fresh.value(), newUsersCsv, options);
                out.insert(QStringLiteral("new_users_reimport_ms"), ms(p));
                out.insert(QStringLiteral("new_users_reimport_inserted"), again ? again.value().inserted : -1);
            }
        }
    }

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
