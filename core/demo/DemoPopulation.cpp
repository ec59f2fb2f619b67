#include "demo/DemoPopulation.h"

#include "auth/AuthService.h"
#include "experiments/ExperimentService.h"
#include "profiles/ProfileService.h"
#include "profiles/Records.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <random>

namespace lx::demo {

namespace {

const char* const kPlatforms[] = {"wechat", "wechat", "wechat", "wecom", "weibo", "douyin", "douyin", "xiaohongshu", "xiaohongshu", "web"};
const char* const kCities[] = {"北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "苏州", "长沙", "郑州",
                               "佛山", "厦门", "温州", "昆明", "合肥", "济南", "南宁", "洛阳", "绵阳", "赣州", "大理", "拉萨",
                               "延边", "曲靖", "湛江", "宜宾", "常德", "九江"};
const char* const kJobs[] = {"大学生", "研究生", "软件工程师", "产品经理", "行政专员", "销售经理", "教师", "医生", "会计",
                             "店主", "自由职业", "摄影师", "设计师", "公务员", "全职妈妈", "退休"};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "林"};
const char* const kGiven[] = {"晓", "子", "欣", "浩", "雨", "思", "嘉", "梓", "一", "佳", "俊", "诗", "明", "婷", "宇", "琳"};

struct Interest
{
    const char* tags;
    const char* brands[3];
    int price;
};
const Interest kInterests[] = {
    {"护肤|美妆|精华", {"薇诺娜", "珀莱雅", "兰蔻"}, 320},
    {"科技|数码|手机", {"小米", "华为", "Apple"}, 2600},
    {"母婴|育儿|奶粉", {"飞鹤", "好奇", "帮宝适"}, 260},
    {"户外|运动|露营", {"迪卡侬", "李宁", "安踏"}, 420},
    {"美食|咖啡|烘焙", {"瑞幸", "三只松鼠", "元气森林"}, 60},
    {"教育|课程|英语", {"新东方", "得到", "猿辅导"}, 900},
};

} // namespace

Status DemoPopulation::load(auth::AuthService& auth, const auth::Session& importer, int users, qint64 nowMs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(QStringLiteral("no temporary folder for the demo population"));
    std::mt19937 rng(20261128);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    auto chance = [&rng](double p) { return double(rng() % 10000) < p * 10000; };
    constexpr qint64 day = profiles::Records::kDayMs;

    QFile profiles(dir.filePath(QStringLiteral("profiles.jsonl")));
    QFile events(dir.filePath(QStringLiteral("events.csv")));
    if (!profiles.open(QIODevice::WriteOnly) || !events.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write the demo population"));
    events.write("platform,platform_user_id,time,type,content_id,brand,amount,coupon,tags,sentiment\n");

    for (int u = 0; u < users; ++u) {
        const QString platform = QString::fromLatin1(kPlatforms[pick(int(std::size(kPlatforms)))]);
        const QString uid = QStringLiteral("%1_%2").arg(platform.left(2)).arg(100000 + u);
        // Ages: mostly 18-44, some teenagers and a few children, some older users.
        const int r = pick(100);
        const int age = r < 3 ? 10 + pick(4) : r < 10 ? 14 + pick(4) : r < 35 ? 18 + pick(7) : r < 70 ? 25 + pick(10) : r < 88 ? 35 + pick(10) : 45 + pick(25);
        const int interest = pick(int(std::size(kInterests)));
        const int activity = pick(100); // how much this user does
        const qint64 firstSeen = nowMs - qint64(5 + pick(420)) * day;
        QJsonObject p{{QStringLiteral("platform"), platform},
                      {QStringLiteral("platform_user_id"), uid},
                      {QStringLiteral("gender"), pick(100) < 58 ? QStringLiteral("female") : QStringLiteral("male")},
                      {QStringLiteral("age"), age},
                      {QStringLiteral("city"), QString::fromUtf8(kCities[pick(int(std::size(kCities)))])},
                      {QStringLiteral("occupation"), QString::fromUtf8(age < 23 ? kJobs[pick(2)] : kJobs[2 + pick(int(std::size(kJobs)) - 2)])},
                      {QStringLiteral("followers"), chance(0.04) ? 5000 + pick(80000) : pick(900)},
                      {QStringLiteral("vip"), chance(0.05)},
                      {QStringLiteral("first_seen"), profiles::Records::isoTime(firstSeen)}};
        if (chance(0.8)) {
            // Fictional identifiers: pseudonymised and masked on the way in, like real ones.
            const QString name = QString::fromUtf8(kSurnames[pick(int(std::size(kSurnames)))])
                                 + QString::fromUtf8(kGiven[pick(int(std::size(kGiven)))])
                                 + QString::fromUtf8(kGiven[pick(int(std::size(kGiven)))]);
            p.insert(QStringLiteral("name"), name);
            p.insert(QStringLiteral("phone"), QStringLiteral("1%1%2").arg(3 + pick(7)).arg(pick(1000000000), 9, 10, QLatin1Char('0')));
        }
        QJsonArray consents;
        const QString source = platform == QLatin1String("web") ? QStringLiteral("web_form") : platform + QStringLiteral("_authorize");
        const QString granted = profiles::Records::isoTime(firstSeen + day);
        for (const auto& [purpose, share] : {std::pair{"marketing", 0.72}, std::pair{"profiling", 0.64}, std::pair{"contact", 0.35}})
            if (chance(share))
                consents.append(QJsonObject{{QStringLiteral("purpose"), QLatin1String(purpose)},
                                            {QStringLiteral("granted"), true},
                                            {QStringLiteral("time"), granted},
                                            {QStringLiteral("source"), source}});
        if (age < 14 && chance(0.5))
            consents.append(QJsonObject{{QStringLiteral("purpose"), QStringLiteral("sensitive")},
                                        {QStringLiteral("granted"), true},
                                        {QStringLiteral("time"), granted},
                                        {QStringLiteral("source"), QStringLiteral("guardian_form")}});
        if (!consents.isEmpty() && chance(0.04))
            consents.append(QJsonObject{{QStringLiteral("purpose"), QStringLiteral("marketing")},
                                        {QStringLiteral("granted"), false},
                                        {QStringLiteral("time"), profiles::Records::isoTime(nowMs - qint64(pick(30)) * day)},
                                        {QStringLiteral("source"), QStringLiteral("unsubscribe_link")}});
        p.insert(QStringLiteral("consents"), consents);
        p.insert(QStringLiteral("interests"), QJsonArray::fromStringList(QString::fromUtf8(kInterests[interest].tags).split(u'|').mid(0, 2)));
        profiles.write(QJsonDocument(p).toJson(QJsonDocument::Compact) + '\n');

        // Sessions over the last 60 days: impression → click → conversion, views and reads,
        // now and then a purchase, likes, shares and comments with a sentiment.
        const int sessions = activity < 40 ? pick(3) : activity < 80 ? 2 + pick(6) : 6 + pick(14);
        const Interest& in = kInterests[interest];
        const int favouriteBrand = pick(3);
        for (int s = 0; s < sessions; ++s) {
            qint64 t = nowMs - qint64(pick(60)) * day - qint64(pick(86400)) * 1000;
            if (t < firstSeen)
                t = firstSeen + qint64(pick(3600)) * 1000;
            const QString content = QStringLiteral("c%1_%2").arg(interest).arg(pick(40));
            const QString tags = QString::fromUtf8(chance(0.85) ? in.tags : kInterests[pick(int(std::size(kInterests)))].tags);
            auto ev = [&](qint64 when, const char* type, const QString& brand = {}, const QString& amount = {}, const QString& coupon = {},
                          const QString& sentiment = {}) {
                events.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                                 .arg(platform, uid, profiles::Records::isoTime(when), QLatin1String(type), content, brand, amount, coupon, tags)
                                 .arg(sentiment)
                                 .toUtf8());
            };
            ev(t, "impression");
            if (chance(0.35)) {
                t += qint64(5 + pick(300)) * 1000;
                ev(t, "click");
                if (chance(0.55)) {
                    ev(t + 20000, "view");
                    if (chance(0.6))
                        ev(t + qint64(60 + pick(600)) * 1000, "read_complete");
                }
                if (chance(0.25)) {
                    t += qint64(60 + pick(3000)) * 1000;
                    ev(t, "conversion");
                    if (chance(0.5)) {
                        const int b = chance(0.7) ? favouriteBrand : pick(3);
                        ev(t + 30000, "purchase", QString::fromUtf8(in.brands[b]),
                           QString::number(in.price / 2 + pick(in.price * 2)), chance(0.45) ? QStringLiteral("true") : QStringLiteral("false"));
                    }
                }
            }
            if (chance(0.3))
                ev(t + 120000, "like");
            if (chance(0.08))
                ev(t + 180000, "share");
            if (chance(0.12)) {
                const int mood = pick(100);
                ev(t + 240000, "comment", {}, {}, {},
                   mood < 55 ? QStringLiteral("positive") : mood < 80 ? QStringLiteral("neutral") : QStringLiteral("negative"));
            }
        }
    }
    profiles.close();
    events.close();
    profiles::ProfileService service(auth);
    profiles::ImportOptions options;
    options.nowMs = nowMs;
    options.rejectReport = dir.filePath(QStringLiteral("rejects.csv"));
    auto p = service.importProfiles(importer, profiles.fileName(), options);
    if (!p)
        return p.status();
    auto e = service.importEvents(importer, events.fileName(), options);
    if (!e)
        return e.status();
    if (p.value().rejected > 0 || e.value().rejected > 0)
        return Status::failure(QStringLiteral("the demo population had %1 bad record(s)").arg(p.value().rejected + e.value().rejected));
    return Status::success();
}

Status DemoPopulation::loadExperimentTraffic(auth::AuthService& auth, const auth::Session& importer, qint64 experimentId,
                                             int users, qint64 nowMs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(QStringLiteral("no temporary folder for the demo experiment"));
    profiles::ProfileService service(auth);
    auto people = service.page(importer, profiles::Segment(), 0, users);
    if (!people)
        return people.status();
    experiments::ExperimentService experiments(auth);
    std::mt19937 rng(20261203);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    QFile events(dir.filePath(QStringLiteral("experiment.csv")));
    if (!events.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write the demo experiment's events"));
    events.write("platform,platform_user_id,time,type,experiment,variant\n");
    const QString experiment = QString::number(experimentId);
    for (const store::ProfileListRow& u : people.value()) {
        auto variant = experiments.assign(importer, experimentId, u.platformUserId);
        if (!variant)
            return variant.status();
        const qint64 shown = nowMs - qint64(1 + pick(12 * 24 * 60 - 60)) * 60 * 1000;
        auto ev = [&](qint64 when, const char* type) {
            events.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                             .arg(u.platform, u.platformUserId, profiles::Records::isoTime(when), QLatin1String(type), experiment,
                                  variant.value())
                             .toUtf8());
        };
        ev(shown, "impression");
        const int perMille = variant.value() == QLatin1String("B") ? 42 : 30;
        if (pick(1000) < perMille)
            ev(std::min(nowMs - 60 * 1000, shown + qint64(2 + pick(600)) * 60 * 1000), "conversion");
    }
    events.close();
    profiles::ImportOptions options;
    options.nowMs = nowMs;
    options.rejectReport = dir.filePath(QStringLiteral("rejects.csv"));
    auto e = service.importEvents(importer, events.fileName(), options);
    if (!e)
        return e.status();
    if (e.value().rejected > 0)
        return Status::failure(QStringLiteral("the demo experiment had %1 bad event(s)").arg(e.value().rejected));
    return Status::success();
}

} // namespace lx::demo
