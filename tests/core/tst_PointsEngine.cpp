// The points ledger: rules, local calendar, engine and replay. Every expected figure below was
// worked out by hand from the rules in the row (the comments show the sums), not by the engine.
#include "points/LocalCalendar.h"
#include "points/PointsEngine.h"
#include "points/PointsReplay.h"
#include "points/PointsRules.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <initializer_list>

using namespace lx::points;

namespace {

QByteArray jsonl(std::initializer_list<const char*> lines)
{
    QByteArray out;
    for (const char* line : lines)
        out += QByteArray(line) + '\n';
    return out;
}

qint64 at(const char* iso)
{
    return LocalCalendar::parseTime(QString::fromLatin1(iso)).value_or(-1);
}

PointsRules rulesFrom(const char* json)
{
    auto r = PointsRules::fromJson(QByteArray(json));
    return r ? r.value() : PointsRules();
}

QJsonObject replay(const QByteArray& rules, const QByteArray& input, QString* error = nullptr)
{
    auto r = PointsRules::fromJson(rules);
    if (!r) {
        if (error)
            *error = QStringLiteral("rules: ") + r.error();
        return {};
    }
    QByteArray data = input;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    PointsReplay replay(r.value());
    auto report = replay.run(buffer);
    if (!report) {
        if (error)
            *error = report.error();
        return {};
    }
    return report.value().toJson();
}

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Empty when equal; else each differing key with both sides.
QString difference(const QJsonObject& actual, const QJsonObject& expected)
{
    QString out;
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        if (actual.value(key) != expected.value(key)) {
            out += QStringLiteral("\n  %1:\n    actual   %2\n    expected %3")
                       .arg(key, compact(actual.value(key)), compact(expected.value(key)));
        }
    }
    return out;
}

// Day, ISO week and year boundaries fall at local midnight in the rules' timezone.
const char* const kBaseRules = R"({"timezone": "+08:00",
    "checkin": {"points": 10, "streak_bonus": {"3": 5, "7": 20}, "cycle_days": 7},
    "quiz": {"points_per_correct": 5}, "questionnaire": {"points": 30}, "daily_cap": 100, "expiry_years": 1,
    "levels": [{"name": "Gold", "min": 300}, {"name": "Bronze", "min": 0}, {"name": "Silver", "min": 100}],
    "leaderboard": {"period": "week", "size": 3}})";

} // namespace

class tst_PointsEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected_ms"); // -1: not a time with an offset

        // 2026-01-01T00:00:00Z is 1767225600 s: 2025-01-01 (1735689600) + 365 days.
        QTest::newRow("utc") << "2026-01-01T00:00:00Z" << Q_INT64_C(1767225600000);
        QTest::newRow("plus eight") << "2026-01-01T08:00:00+08:00" << Q_INT64_C(1767225600000);
        QTest::newRow("minus five") << "2025-12-31T19:00:00-05:00" << Q_INT64_C(1767225600000);
        QTest::newRow("compact offset") << "2026-01-01T05:30:00+0530" << Q_INT64_C(1767225600000);
        QTest::newRow("millis") << "2026-01-01T08:00:00.250+08:00" << Q_INT64_C(1767225600250);
        QTest::newRow("micros dropped") << "2026-01-01T00:00:00.123456Z" << Q_INT64_C(1767225600123);
        QTest::newRow("no seconds") << "2026-01-01T00:01Z" << Q_INT64_C(1767225660000);
        QTest::newRow("epoch in +08") << "1970-01-01T08:00:00+08:00" << Q_INT64_C(0);
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << Q_INT64_C(1709164800000);
        QTest::newRow("no offset") << "2026-01-01T00:00:00" << Q_INT64_C(-1);
        QTest::newRow("date only") << "2026-01-01" << Q_INT64_C(-1);
        QTest::newRow("not leap") << "2026-02-29T00:00:00Z" << Q_INT64_C(-1);
        QTest::newRow("hour 24") << "2026-03-01T24:00:00Z" << Q_INT64_C(-1);
        QTest::newRow("offset too big") << "2026-03-01T10:00:00+25:00" << Q_INT64_C(-1);
        QTest::newRow("trailing text") << "2026-03-01T10:00:00Zjunk" << Q_INT64_C(-1);
        QTest::newRow("words") << "yesterday" << Q_INT64_C(-1);
        QTest::newRow("empty") << "" << Q_INT64_C(-1);
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected_ms);
        QCOMPARE(LocalCalendar::parseTime(text).value_or(-1), expected_ms);
    }

    void parseOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset_s");
        QTest::addColumn<bool>("valid");
        QTest::newRow("+08:00") << "+08:00" << 28800 << true;
        QTest::newRow("-05:30") << "-05:30" << -19800 << true;
        QTest::newRow("+0800") << "+0800" << 28800 << true;
        QTest::newRow("+08") << "+08" << 28800 << true;
        QTest::newRow("Z") << "Z" << 0 << true;
        QTest::newRow("UTC") << "UTC" << 0 << true;
        QTest::newRow("+25:00") << "+25:00" << 0 << false;
        QTest::newRow("no sign") << "08:00" << 0 << false;
        QTest::newRow("one digit") << "+8:00" << 0 << false;
        QTest::newRow("minutes 60") << "+08:60" << 0 << false;
        QTest::newRow("zone name") << "Asia/Shanghai" << 0 << false;
        QTest::newRow("empty") << "" << 0 << false;
    }

    void parseOffset()
    {
        QFETCH(QString, text);
        QFETCH(int, offset_s);
        QFETCH(bool, valid);
        const auto parsed = LocalCalendar::parseOffset(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, offset_s);
    }

    void localDays_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("offset_s");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("week");
        QTest::addColumn<QString>("month");

        // 23:30 and 00:10 in +08:00 are two days, though both are 2026-03-01 in UTC.
        QTest::newRow("+08 before midnight") << "2026-03-01T23:30:00+08:00" << 28800 << "2026-03-01" << "2026-W09" << "2026-03";
        QTest::newRow("+08 after midnight") << "2026-03-02T00:10:00+08:00" << 28800 << "2026-03-02" << "2026-W10" << "2026-03";
        QTest::newRow("same instants in UTC") << "2026-03-02T00:10:00+08:00" << 0 << "2026-03-01" << "2026-W09" << "2026-03";
        QTest::newRow("15:59Z in +08") << "2026-03-01T15:59:00Z" << 28800 << "2026-03-01" << "2026-W09" << "2026-03";
        QTest::newRow("16:01Z in +08") << "2026-03-01T16:01:00Z" << 28800 << "2026-03-02" << "2026-W10" << "2026-03";
        // ISO weeks start on Monday and belong to the year of their Thursday.
        QTest::newRow("Sunday 2025-12-28") << "2025-12-28T12:00:00+08:00" << 28800 << "2025-12-28" << "2025-W52" << "2025-12";
        QTest::newRow("Monday 2025-12-29 local") << "2025-12-28T16:00:00Z" << 28800 << "2025-12-29" << "2026-W01" << "2025-12";
        QTest::newRow("same instant in UTC") << "2025-12-28T16:00:00Z" << 0 << "2025-12-28" << "2025-W52" << "2025-12";
        QTest::newRow("Sunday 2026-01-04") << "2026-01-04T23:59:59+08:00" << 28800 << "2026-01-04" << "2026-W01" << "2026-01";
        QTest::newRow("Monday 2026-01-05") << "2026-01-05T00:00:00+08:00" << 28800 << "2026-01-05" << "2026-W02" << "2026-01";
        QTest::newRow("Friday 2027-01-01") << "2027-01-01T12:00:00+08:00" << 28800 << "2027-01-01" << "2026-W53" << "2027-01";
        QTest::newRow("Monday 2027-01-04") << "2027-01-04T00:00:00+08:00" << 28800 << "2027-01-04" << "2027-W01" << "2027-01";
        QTest::newRow("Sunday 2021-01-03") << "2021-01-03T10:00:00Z" << 0 << "2021-01-03" << "2020-W53" << "2021-01";
        QTest::newRow("month in +08") << "2026-12-31T16:00:00Z" << 28800 << "2027-01-01" << "2026-W53" << "2027-01";
        QTest::newRow("month in -05") << "2027-01-01T04:59:00Z" << -18000 << "2026-12-31" << "2026-W53" << "2026-12";
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << 0 << "1969-12-31" << "1970-W01" << "1969-12";
    }

    void localDays()
    {
        QFETCH(QString, time);
        QFETCH(int, offset_s);
        QFETCH(QString, day);
        QFETCH(QString, week);
        QFETCH(QString, month);
        const auto ms = LocalCalendar::parseTime(time);
        QVERIFY(ms);
        const LocalCalendar c(offset_s);
        QCOMPARE(LocalCalendar::dayText(c.dayOf(*ms)), day);
        QCOMPARE(LocalCalendar::isoWeekText(c.weekOf(*ms)), week);
        QCOMPARE(LocalCalendar::monthText(c.monthOf(*ms)), month);
        QCOMPARE(c.yearOf(*ms), day.left(4).toInt());
    }

    void yearStart()
    {
        // 2027-01-01T00:00:00Z = 1767225600 + 365 * 86400 = 1798761600 s; +08:00 is 8 h earlier.
        QCOMPARE(LocalCalendar(28800).startOfYear_ms(2027), Q_INT64_C(1798732800000));
        QCOMPARE(LocalCalendar(0).startOfYear_ms(2027), Q_INT64_C(1798761600000));
        QCOMPARE(LocalCalendar(-18000).startOfYear_ms(2027), Q_INT64_C(1798779600000));
    }

    void rulesDefaults()
    {
        auto r = PointsRules::fromJson(R"({"timezone": "Z"})");
        QVERIFY2(r, qPrintable(r.error()));
        const PointsRules& rules = r.value();
        QCOMPARE(rules.utcOffset_s, 0);
        QCOMPARE(rules.checkinPoints, 0);
        QCOMPARE(rules.pointsPerCorrect, 0);
        QCOMPARE(rules.questionnairePoints, 0);
        QCOMPARE(rules.cycleDays, 0);
        QVERIFY(!rules.dailyCap);
        QVERIFY(!rules.expiryYears);
        QVERIFY(rules.levels.empty());
        QCOMPARE(rules.leaderboardPeriod, LeaderboardPeriod::Week);
        QCOMPARE(rules.leaderboardSize, 10);

        auto full = PointsRules::fromJson(kBaseRules);
        QVERIFY2(full, qPrintable(full.error()));
        QCOMPARE(full.value().utcOffset_s, 28800);
        QCOMPARE(full.value().streakBonus.value(3), 5);
        QCOMPARE(full.value().streakBonus.value(7), 20);
        QCOMPARE(full.value().dailyCap.value_or(-1), 100);
        QCOMPARE(full.value().expiryYears.value_or(-1), 1);
        // Listed out of order; kept ascending by min.
        QCOMPARE(full.value().levels.size(), std::size_t(3));
        QCOMPARE(full.value().levels.at(0).name, QStringLiteral("Bronze"));
        QCOMPARE(full.value().levels.at(2).name, QStringLiteral("Gold"));

        auto monthly = PointsRules::fromJson(R"({"timezone": "-05:30", "daily_cap": 0, "expiry_years": 0,
            "leaderboard": {"period": "month", "size": 0}})");
        QVERIFY2(monthly, qPrintable(monthly.error()));
        QCOMPARE(monthly.value().utcOffset_s, -19800);
        QCOMPARE(monthly.value().dailyCap.value_or(-1), 0);
        QCOMPARE(monthly.value().expiryYears.value_or(-1), 0);
        QCOMPARE(monthly.value().leaderboardPeriod, LeaderboardPeriod::Month);
        QCOMPARE(monthly.value().leaderboardSize, 0);
    }

    void rulesInvalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // the error starts with it

        QTest::newRow("not JSON") << QByteArray("{\"timezone\": ") << "rules";
        QTest::newRow("an array") << QByteArray("[]") << "rules";
        QTest::newRow("no timezone") << QByteArray(R"({"checkin": {"points": 10}})") << "timezone";
        QTest::newRow("bad timezone") << QByteArray(R"({"timezone": "+25:00"})") << "timezone";
        QTest::newRow("zone name") << QByteArray(R"({"timezone": "Asia/Shanghai"})") << "timezone";
        QTest::newRow("numeric timezone") << QByteArray(R"({"timezone": 8})") << "timezone";
        QTest::newRow("negative points") << QByteArray(R"({"timezone": "Z", "checkin": {"points": -1}})") << "checkin.points";
        QTest::newRow("fractional points") << QByteArray(R"({"timezone": "Z", "checkin": {"points": 10.5}})") << "checkin.points";
        QTest::newRow("points as text") << QByteArray(R"({"timezone": "Z", "checkin": {"points": "10"}})") << "checkin.points";
        QTest::newRow("checkin not object") << QByteArray(R"({"timezone": "Z", "checkin": 10})") << "checkin";
        QTest::newRow("cycle 0") << QByteArray(R"({"timezone": "Z", "checkin": {"cycle_days": 0}})") << "checkin.cycle_days";
        QTest::newRow("bonus key") << QByteArray(R"({"timezone": "Z", "checkin": {"streak_bonus": {"x": 5}}})")
                                   << "checkin.streak_bonus";
        QTest::newRow("bonus key 0") << QByteArray(R"({"timezone": "Z", "checkin": {"streak_bonus": {"0": 5}}})")
                                     << "checkin.streak_bonus";
        QTest::newRow("negative bonus") << QByteArray(R"({"timezone": "Z", "checkin": {"streak_bonus": {"3": -5}}})")
                                        << "checkin.streak_bonus.3";
        QTest::newRow("quiz") << QByteArray(R"({"timezone": "Z", "quiz": {"points_per_correct": -5}})") << "quiz.points_per_correct";
        QTest::newRow("questionnaire") << QByteArray(R"({"timezone": "Z", "questionnaire": {"points": -30}})")
                                       << "questionnaire.points";
        QTest::newRow("negative cap") << QByteArray(R"({"timezone": "Z", "daily_cap": -1})") << "daily_cap";
        QTest::newRow("negative expiry") << QByteArray(R"({"timezone": "Z", "expiry_years": -1})") << "expiry_years";
        QTest::newRow("levels object") << QByteArray(R"({"timezone": "Z", "levels": {"name": "A"}})") << "levels";
        QTest::newRow("level no name") << QByteArray(R"({"timezone": "Z", "levels": [{"min": 0}]})") << "levels[0].name";
        QTest::newRow("level negative min") << QByteArray(R"({"timezone": "Z", "levels": [{"name": "A", "min": 0}, {"name": "B", "min": -1}]})")
                                            << "levels[1].min";
        QTest::newRow("period day") << QByteArray(R"({"timezone": "Z", "leaderboard": {"period": "day"}})") << "leaderboard.period";
        QTest::newRow("negative size") << QByteArray(R"({"timezone": "Z", "leaderboard": {"size": -1}})") << "leaderboard.size";
    }

    void rulesInvalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto r = PointsRules::fromJson(json);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(field + QLatin1Char(':')), qPrintable(r.error()));
        QVERIFY(!r.error().contains(QLatin1Char('\n')));
    }

    // Figures a workspace ledger would show after each action.
    void engineOutcomes()
    {
        PointsEngine engine(rulesFrom(R"({"timezone": "+08:00", "checkin": {"points": 10, "streak_bonus": {"3": 5},
            "cycle_days": 3}, "daily_cap": 12})"));
        const auto checkin = [](const char* id, const char* time) {
            PointsAction a;
            a.id = QString::fromLatin1(id);
            a.user = QStringLiteral("u");
            a.type = ActionType::Checkin;
            a.time_ms = at(time);
            return a;
        };
        ApplyOutcome o = engine.apply(checkin("1", "2026-03-01T09:00:00+08:00"));
        QCOMPARE(o.status, ApplyStatus::Applied);
        QCOMPARE(o.points, 10);
        QCOMPARE(o.streak, 1);
        o = engine.apply(checkin("2", "2026-03-02T09:00:00+08:00"));
        QCOMPARE(o.points, 10);
        QCOMPARE(o.streak, 2);
        // Streak 3: 10 + 5 = 15, cut to the cap of 12.
        o = engine.apply(checkin("3", "2026-03-03T09:00:00+08:00"));
        QCOMPARE(o.points, 12);
        QCOMPARE(o.cut_points, 3);
        QCOMPARE(o.streak, 3);
        // The cycle is 3 days: the 4th consecutive day is streak 1 again, no bonus.
        o = engine.apply(checkin("4", "2026-03-04T09:00:00+08:00"));
        QCOMPARE(o.points, 10);
        QCOMPARE(o.streak, 1);
        o = engine.apply(checkin("5", "2026-03-04T10:00:00+08:00"));
        QCOMPARE(o.status, ApplyStatus::Refused);
        QCOMPARE(o.refusal, Refusal::AlreadyCheckedIn);
        QCOMPARE(refusalText(o.refusal), QStringLiteral("already checked in today"));
        // A retry pays nothing, even on a day without a check-in; it still moves the clock.
        o = engine.apply(checkin("4", "2026-03-05T09:00:00+08:00"));
        QCOMPARE(o.status, ApplyStatus::Duplicate);
        o = engine.apply(checkin("6", "2026-03-04T20:00:00+08:00"));
        QCOMPARE(o.status, ApplyStatus::Refused);
        QCOMPARE(o.refusal, Refusal::OutOfOrder);

        PointsAction redeem = checkin("7", "2026-03-05T11:00:00+08:00");
        redeem.type = ActionType::Redeem;
        redeem.points = 43; // the balance is 10 + 10 + 12 + 10 = 42
        o = engine.apply(redeem);
        QCOMPARE(o.refusal, Refusal::BalanceTooSmall);
        redeem.id = QStringLiteral("8");
        redeem.points = 42;
        o = engine.apply(redeem);
        QCOMPARE(o.status, ApplyStatus::Applied);
        QCOMPARE(o.points, -42);

        const PointsSnapshot s = engine.result();
        QCOMPARE(s.users.size(), std::size_t(1));
        QCOMPARE(s.users.at(0).earnedTotal, 42);
        QCOMPARE(s.users.at(0).balance, 0);
        QCOMPARE(s.users.at(0).spent, 42);
        QVERIFY(s.users.at(0).level.isNull());
        QCOMPARE(s.users.at(0).streak, 1); // 03-04, the day before the latest (03-05), was day 1 of a new cycle
        QCOMPARE(s.duplicates, 1);
        QCOMPARE(s.period, QStringLiteral("2026-W10"));
    }

    void replayScenarios_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");

        // 23:30 and 00:10 (+08:00) are two local days though one UTC day; 15:59Z and 16:01Z too.
        // carol's two check-ins are two UTC days but one local day. Everyone scores 10 in W10
        // (Mon 03-02 to Sun 03-08); the tie goes to who got there first: bob 00:01, alice 00:10,
        // carol 01:00 (all +08:00).
        QTest::newRow("local day boundary") << QByteArray(kBaseRules)
            << jsonl({R"({"id": "a1", "user": "alice", "type": "checkin", "time": "2026-03-01T23:30:00+08:00"})",
                      R"({"id": "a2", "user": "alice", "type": "checkin", "time": "2026-03-02T00:10:00+08:00"})",
                      R"({"id": "b1", "user": "bob", "type": "checkin", "time": "2026-03-01T15:59:00Z"})",
                      R"({"id": "b2", "user": "bob", "type": "checkin", "time": "2026-03-01T16:01:00Z"})",
                      R"({"id": "c1", "user": "carol", "type": "checkin", "time": "2026-03-01T17:00:00Z"})",
                      R"({"id": "c2", "user": "carol", "type": "checkin", "time": "2026-03-02T23:00:00+08:00"})"})
            << QByteArray(R"({"users": [
                {"user": "alice", "balance": 20, "earned_total": 20, "spent": 0, "expired": 0, "level": "Bronze", "streak": 2},
                {"user": "bob", "balance": 20, "earned_total": 20, "spent": 0, "expired": 0, "level": "Bronze", "streak": 2},
                {"user": "carol", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": "Bronze", "streak": 1}],
              "leaderboard": [{"rank": 1, "user": "bob", "points": 10}, {"rank": 2, "user": "alice", "points": 10},
                              {"rank": 3, "user": "carol", "points": 10}],
              "duplicates": 0,
              "rejected": [{"line": 6, "id": "c2", "reason": "already checked in today"}]})");

        // dora, 03-01..03-09 then 03-11: streak values 1 2 3 4 5 6 7 1 2, then 1.
        // 10 10 15 10 10 10 30 10 10 + 10 = 125 -> Silver. W11 (Mon 03-09): 10 + 10 = 20.
        // eve's last check-in (03-09) is two days before the latest day (03-11): streak 0;
        // finn's (03-10) is the day before: streak 1.
        QTest::newRow("streak bonus and cycle") << QByteArray(kBaseRules)
            << jsonl({R"({"id": 1, "user": "dora", "type": "checkin", "time": "2026-03-01T09:00:00+08:00"})",
                      R"({"id": 2, "user": "dora", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
                      R"({"id": 3, "user": "dora", "type": "checkin", "time": "2026-03-03T09:00:00+08:00"})",
                      R"({"id": 4, "user": "dora", "type": "checkin", "time": "2026-03-04T09:00:00+08:00"})",
                      R"({"id": 5, "user": "dora", "type": "checkin", "time": "2026-03-05T09:00:00+08:00"})",
                      R"({"id": 6, "user": "dora", "type": "checkin", "time": "2026-03-06T09:00:00+08:00"})",
                      R"({"id": 7, "user": "dora", "type": "checkin", "time": "2026-03-07T09:00:00+08:00"})",
                      R"({"id": 8, "user": "dora", "type": "checkin", "time": "2026-03-08T09:00:00+08:00"})",
                      R"({"id": 9, "user": "dora", "type": "checkin", "time": "2026-03-09T09:00:00+08:00"})",
                      R"({"id": 10, "user": "dora", "type": "checkin", "time": "2026-03-11T09:00:00+08:00"})",
                      R"({"id": 11, "user": "eve", "type": "checkin", "time": "2026-03-09T09:00:00+08:00"})",
                      R"({"id": 12, "user": "finn", "type": "checkin", "time": "2026-03-10T09:00:00+08:00"})"})
            << QByteArray(R"({"users": [
                {"user": "dora", "balance": 125, "earned_total": 125, "spent": 0, "expired": 0, "level": "Silver", "streak": 1},
                {"user": "eve", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": "Bronze", "streak": 0},
                {"user": "finn", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": "Bronze", "streak": 1}],
              "leaderboard": [{"rank": 1, "user": "dora", "points": 20}, {"rank": 2, "user": "eve", "points": 10},
                              {"rank": 3, "user": "finn", "points": 10}],
              "duplicates": 0, "rejected": []})");

        // x1 pays once (lines 2 and 3 are retries). x2 was refused (line 4), so its retry on a
        // day alice had not checked in (line 5) is still a duplicate and pays nothing. x3 on a
        // malformed line (6) is not seen: its good line (7) applies. 7 and "7" are one id.
        // alice: 10 + 5 = 15; bob: 10.
        QTest::newRow("duplicate ids") << QByteArray(kBaseRules)
            << jsonl({R"({"id": "x1", "user": "alice", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
                      R"({"id": "x1", "user": "alice", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
                      R"({"id": "x1", "user": "alice", "type": "checkin", "time": "2026-03-03T08:00:00+08:00"})",
                      R"({"id": "x2", "user": "alice", "type": "checkin", "time": "2026-03-02T10:00:00+08:00"})",
                      R"({"id": "x2", "user": "alice", "type": "checkin", "time": "2026-03-03T10:00:00+08:00"})",
                      R"({"id": "x3", "user": "alice", "type": "checkin"})",
                      R"({"id": "x3", "user": "alice", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-03-03T11:00:00+08:00"})",
                      R"({"id": 7, "user": "bob", "type": "checkin", "time": "2026-03-03T09:00:00+08:00"})",
                      R"({"id": "7", "user": "bob", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-03-03T09:30:00+08:00"})"})
            << QByteArray(R"({"users": [
                {"user": "alice", "balance": 15, "earned_total": 15, "spent": 0, "expired": 0, "level": "Bronze", "streak": 1},
                {"user": "bob", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": "Bronze", "streak": 1}],
              "leaderboard": [{"rank": 1, "user": "alice", "points": 15}, {"rank": 2, "user": "bob", "points": 10}],
              "duplicates": 4,
              "rejected": [{"line": 4, "id": "x2", "reason": "already checked in today"},
                           {"line": 6, "id": "x3", "reason": "missing field time"}]})");

        // Cap 40 a local day. gina 03-02: 10 + 30 = 40, then quiz 5 -> 0 and survey 30 -> 0; the
        // +50 adjustment is not capped (balance 90) and not earned (earned 40).
        // hank 03-02: 5 + 30 + (30 cut to 5) = 40; the 23:59 check-in is cut to 0 but still his
        // check-in for 03-02; 00:05 on 03-03 (16:05Z) is a new day: streak 2, 10. Earned 50.
        QTest::newRow("daily cap")
            << QByteArray(R"({"timezone": "+08:00", "checkin": {"points": 10}, "quiz": {"points_per_correct": 5},
                "questionnaire": {"points": 30}, "daily_cap": 40, "leaderboard": {"period": "week", "size": 5}})")
            << jsonl({R"({"id": "g1", "user": "gina", "type": "checkin", "time": "2026-03-02T08:00:00+08:00"})",
                      R"({"id": "g2", "user": "gina", "type": "questionnaire", "survey": "s1", "time": "2026-03-02T09:00:00+08:00"})",
                      R"({"id": "g3", "user": "gina", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-03-02T10:00:00+08:00"})",
                      R"({"id": "g4", "user": "gina", "type": "adjust", "points": 50, "reason": "goodwill", "time": "2026-03-02T11:00:00+08:00"})",
                      R"({"id": "g5", "user": "gina", "type": "questionnaire", "survey": "s2", "time": "2026-03-02T12:00:00+08:00"})",
                      R"({"id": "h1", "user": "hank", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-03-02T08:00:00+08:00"})",
                      R"({"id": "h2", "user": "hank", "type": "questionnaire", "survey": "s1", "time": "2026-03-02T08:30:00+08:00"})",
                      R"({"id": "h3", "user": "hank", "type": "questionnaire", "survey": "s2", "time": "2026-03-02T09:30:00+08:00"})",
                      R"({"id": "h4", "user": "hank", "type": "checkin", "time": "2026-03-02T16:05:00Z"})",
                      R"({"id": "g6", "user": "gina", "type": "questionnaire", "survey": "s1", "time": "2026-03-03T09:00:00+08:00"})",
                      R"({"id": "h5", "user": "hank", "type": "quiz_answer", "question": "q1", "correct": false, "time": "2026-03-03T09:00:00+08:00"})",
                      R"({"id": "h6", "user": "hank", "type": "checkin", "time": "2026-03-02T23:59:00+08:00"})"})
            << QByteArray(R"({"users": [
                {"user": "gina", "balance": 90, "earned_total": 40, "spent": 0, "expired": 0, "level": null, "streak": 1},
                {"user": "hank", "balance": 50, "earned_total": 50, "spent": 0, "expired": 0, "level": null, "streak": 2}],
              "leaderboard": [{"rank": 1, "user": "hank", "points": 50}, {"rank": 2, "user": "gina", "points": 40}],
              "duplicates": 0,
              "rejected": [{"line": 10, "id": "g6", "reason": "survey already completed"},
                           {"line": 11, "id": "h5", "reason": "already answered this question"}]})");

        // Lots by local year of acquisition; a lot of year X goes at 2027-01-01T00:00+08:00 for
        // X = 2025 (expiry_years 1). ivy: 100 (2024) + 100 (2025); redeem 150 takes the 2024 lot
        // and 50 of 2025; +100 (2026); at the deadline the 50 left of 2025 expire; redeem 60 from
        // 2026 leaves 40; redeem 50 is refused. Earned 300 (VIP) though the balance is 40.
        // jack (no action at the end): 100 - 30 spent, 70 expire. kate's 23:30+08:00 on 12-31 is
        // 2025: 100 expire; lily's 16:30Z on 12-31 is 2026-01-01 local: kept. Month 2027-01 holds
        // only mia's 100 (16:00Z = 00:00+08:00); nora's 15:59:59Z is still December.
        QTest::newRow("redeem oldest first and expiry")
            << QByteArray(R"({"timezone": "+08:00", "questionnaire": {"points": 100}, "expiry_years": 1,
                "levels": [{"name": "Member", "min": 100}, {"name": "VIP", "min": 300}],
                "leaderboard": {"period": "month", "size": 10}})")
            << jsonl({R"({"id": "e1", "user": "ivy", "type": "questionnaire", "survey": "s1", "time": "2024-06-01T10:00:00+08:00"})",
                      R"({"id": "e2", "user": "ivy", "type": "questionnaire", "survey": "s2", "time": "2025-06-01T10:00:00+08:00"})",
                      R"({"id": "e3", "user": "ivy", "type": "redeem", "points": 150, "item": "mug", "time": "2025-12-01T10:00:00+08:00"})",
                      R"({"id": "e4", "user": "ivy", "type": "questionnaire", "survey": "s3", "time": "2026-01-01T00:00:00+08:00"})",
                      R"({"id": "e5", "user": "jack", "type": "questionnaire", "survey": "s1", "time": "2025-03-01T10:00:00+08:00"})",
                      R"({"id": "e6", "user": "jack", "type": "redeem", "points": 30, "item": "pen", "time": "2025-04-01T10:00:00+08:00"})",
                      R"({"id": "e7", "user": "kate", "type": "questionnaire", "survey": "s1", "time": "2025-12-31T23:30:00+08:00"})",
                      R"({"id": "e8", "user": "lily", "type": "questionnaire", "survey": "s1", "time": "2025-12-31T16:30:00Z"})",
                      R"({"id": "e9", "user": "nora", "type": "questionnaire", "survey": "s1", "time": "2026-12-31T15:59:59Z"})",
                      R"({"id": "e10", "user": "mia", "type": "questionnaire", "survey": "s1", "time": "2026-12-31T16:00:00Z"})",
                      R"({"id": "e11", "user": "ivy", "type": "redeem", "points": 60, "item": "cap", "time": "2027-01-01T00:00:00+08:00"})",
                      R"({"id": "e12", "user": "ivy", "type": "redeem", "points": 50, "item": "cap", "time": "2027-01-01T00:00:00+08:00"})"})
            << QByteArray(R"({"users": [
                {"user": "ivy", "balance": 40, "earned_total": 300, "spent": 210, "expired": 50, "level": "VIP", "streak": 0},
                {"user": "jack", "balance": 0, "earned_total": 100, "spent": 30, "expired": 70, "level": "Member", "streak": 0},
                {"user": "kate", "balance": 0, "earned_total": 100, "spent": 0, "expired": 100, "level": "Member", "streak": 0},
                {"user": "lily", "balance": 100, "earned_total": 100, "spent": 0, "expired": 0, "level": "Member", "streak": 0},
                {"user": "mia", "balance": 100, "earned_total": 100, "spent": 0, "expired": 0, "level": "Member", "streak": 0},
                {"user": "nora", "balance": 100, "earned_total": 100, "spent": 0, "expired": 0, "level": "Member", "streak": 0}],
              "leaderboard": [{"rank": 1, "user": "mia", "points": 100}],
              "duplicates": 0,
              "rejected": [{"line": 12, "id": "e12", "reason": "balance too small"}]})");

        // expiry_years 0 in -05:00: 2026 points go at 2027-01-01T00:00-05:00 (05:00Z). oscar:
        // 10 earned + 20 added - 5 removed = 25, all of 2026, expire; -100 is refused; a negative
        // adjustment is not spending. pat's 04:30Z is 23:30 on 12-31 local: 10 expire. Streaks:
        // 12-31 is the day before the latest day. Month 2027-01: quinn only.
        QTest::newRow("year-end expiry and adjust")
            << QByteArray(R"({"timezone": "-05:00", "checkin": {"points": 10}, "expiry_years": 0,
                "leaderboard": {"period": "month", "size": 10}})")
            << jsonl({R"({"id": "f1", "user": "oscar", "type": "checkin", "time": "2026-12-31T23:00:00-05:00"})",
                      R"({"id": "f2", "user": "oscar", "type": "adjust", "points": 20, "reason": "goodwill", "time": "2026-12-31T23:30:00-05:00"})",
                      R"({"id": "f3", "user": "oscar", "type": "adjust", "points": -5, "reason": "typo", "time": "2026-12-31T23:45:00-05:00"})",
                      R"({"id": "f4", "user": "oscar", "type": "adjust", "points": -100, "reason": "abuse", "time": "2026-12-31T23:50:00-05:00"})",
                      R"({"id": "f5", "user": "pat", "type": "checkin", "time": "2027-01-01T04:30:00Z"})",
                      R"({"id": "f6", "user": "quinn", "type": "checkin", "time": "2027-01-01T00:00:00-05:00"})"})
            << QByteArray(R"({"users": [
                {"user": "oscar", "balance": 0, "earned_total": 10, "spent": 0, "expired": 25, "level": null, "streak": 1},
                {"user": "pat", "balance": 0, "earned_total": 10, "spent": 0, "expired": 10, "level": null, "streak": 1},
                {"user": "quinn", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": null, "streak": 1}],
              "leaderboard": [{"rank": 1, "user": "quinn", "points": 10}],
              "duplicates": 0,
              "rejected": [{"line": 4, "id": "f4", "reason": "balance too small"}]})");

        // A removal takes the oldest lot first: 100 (2025) + 100 (2026) - 120 leaves 80 of 2026,
        // which is still there at 2027-06-01 (it expires at 2028-01-01). Taken newest first, 80 of
        // 2025 would have expired at 2027-01-01.
        QTest::newRow("negative adjust oldest first")
            << QByteArray(R"({"timezone": "Z", "questionnaire": {"points": 100}, "expiry_years": 1})")
            << jsonl({R"({"id": "a1", "user": "u", "type": "questionnaire", "survey": "s1", "time": "2025-05-01T00:00:00Z"})",
                      R"({"id": "a2", "user": "u", "type": "questionnaire", "survey": "s2", "time": "2026-05-01T00:00:00Z"})",
                      R"({"id": "a3", "user": "u", "type": "adjust", "points": -120, "time": "2026-06-01T00:00:00Z"})",
                      R"({"id": "a4", "user": "v", "type": "questionnaire", "survey": "s1", "time": "2027-06-01T00:00:00Z"})"})
            << QByteArray(R"({"users": [
                {"user": "u", "balance": 80, "earned_total": 200, "spent": 0, "expired": 0, "level": null, "streak": 0},
                {"user": "v", "balance": 100, "earned_total": 100, "spent": 0, "expired": 0, "level": null, "streak": 0}],
              "leaderboard": [{"rank": 1, "user": "v", "points": 100}],
              "duplicates": 0, "rejected": []})");

        // ISO week 2026-W01 runs Mon 2025-12-29 to Sun 2026-01-04 (+08:00); the latest action is
        // in it. Lines are out of time order on purpose. rita's 12-28 answer is W52, not counted.
        // Scores: tom 10 (reached 01-01 09:30; his wrong answer later adds nothing and does not
        // move that), sam 10 and rita 10 both reached at 01-02 10:00: sam's line comes first in
        // the file. uma's 5 is fourth, beyond the size of 3; vic scored 0.
        QTest::newRow("leaderboard ISO week and ties")
            << QByteArray(R"({"timezone": "+08:00", "quiz": {"points_per_correct": 5},
                "leaderboard": {"period": "week", "size": 3}})")
            << jsonl({R"({"id": "g1", "user": "uma", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-01-04T20:00:00+08:00"})",
                      R"({"id": "g2", "user": "sam", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2025-12-31T10:00:00+08:00"})",
                      R"({"id": "g3", "user": "sam", "type": "quiz_answer", "question": "q2", "correct": true, "time": "2026-01-02T10:00:00+08:00"})",
                      R"({"id": "g4", "user": "rita", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2025-12-28T12:00:00+08:00"})",
                      R"({"id": "g5", "user": "rita", "type": "quiz_answer", "question": "q2", "correct": true, "time": "2025-12-28T16:00:00Z"})",
                      R"({"id": "g6", "user": "rita", "type": "quiz_answer", "question": "q3", "correct": true, "time": "2026-01-02T02:00:00Z"})",
                      R"({"id": "g7", "user": "tom", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-01-01T09:00:00+08:00"})",
                      R"({"id": "g8", "user": "tom", "type": "quiz_answer", "question": "q2", "correct": true, "time": "2026-01-01T09:30:00+08:00"})",
                      R"({"id": "g9", "user": "tom", "type": "quiz_answer", "question": "q3", "correct": false, "time": "2026-01-03T09:00:00+08:00"})",
                      R"({"id": "g10", "user": "vic", "type": "quiz_answer", "question": "q1", "correct": false, "time": "2026-01-03T10:00:00+08:00"})"})
            << QByteArray(R"({"users": [
                {"user": "rita", "balance": 15, "earned_total": 15, "spent": 0, "expired": 0, "level": null, "streak": 0},
                {"user": "sam", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": null, "streak": 0},
                {"user": "tom", "balance": 10, "earned_total": 10, "spent": 0, "expired": 0, "level": null, "streak": 0},
                {"user": "uma", "balance": 5, "earned_total": 5, "spent": 0, "expired": 0, "level": null, "streak": 0},
                {"user": "vic", "balance": 0, "earned_total": 0, "spent": 0, "expired": 0, "level": null, "streak": 0}],
              "leaderboard": [{"rank": 1, "user": "tom", "points": 10}, {"rank": 2, "user": "sam", "points": 10},
                              {"rank": 3, "user": "rita", "points": 10}],
              "duplicates": 0, "rejected": []})");

        // Only a timezone: everything pays 0, nothing caps, no levels, an empty leaderboard;
        // the once-a-day rule still holds.
        QTest::newRow("rules defaults") << QByteArray(R"({"timezone": "Z"})")
            << jsonl({R"({"id": "c1", "user": "u", "type": "checkin", "time": "2026-03-02T09:00:00Z"})",
                      R"({"id": "c2", "user": "u", "type": "checkin", "time": "2026-03-02T10:00:00Z"})",
                      R"({"id": "c3", "user": "u", "type": "quiz_answer", "question": "q1", "correct": true, "time": "2026-03-02T11:00:00Z"})"})
            << QByteArray(R"({"users": [
                {"user": "u", "balance": 0, "earned_total": 0, "spent": 0, "expired": 0, "level": null, "streak": 1}],
              "leaderboard": [], "duplicates": 0,
              "rejected": [{"line": 2, "id": "c2", "reason": "already checked in today"}]})");

        // Every kind of malformed line, by number, with its id where the id was good. A BOM,
        // CRLF endings, a blank line and a last line without a newline are read as usual. zed
        // is named only by a refused redeem and is still a user (Bronze is min 0).
        QByteArray malformed;
        malformed += "\xEF\xBB\xBF";
        malformed += jsonl({
            R"({"id": "m1", "user": "a", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m2", "user": "a", "type": )",
            R"([1, 2])",
            R"({"user": "a", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m5", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m6", "user": "a", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m7", "user": "a", "type": "teleport", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m8", "user": "a", "type": "checkin"})",
            R"({"id": "m9", "user": "a", "type": "checkin", "time": "2026-03-02 09:00"})",
            R"({"id": "m10", "user": "a", "type": "quiz_answer", "correct": true, "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m11", "user": "a", "type": "quiz_answer", "question": "q", "correct": "yes", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m12", "user": "a", "type": "questionnaire", "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m13", "user": "a", "type": "redeem", "points": -5, "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": "m14", "user": "a", "type": "adjust", "points": 1.5, "time": "2026-03-02T09:00:00+08:00"})",
            R"({"id": {"x": 1}, "user": "a", "type": "checkin", "time": "2026-03-02T09:00:00+08:00"})",
            "   ",
            "{\"id\": \"m17\", \"user\": \"a\", \"type\": \"redeem\", \"points\": 5, \"item\": \"pen\", \"time\": \"2026-03-02T09:30:00+08:00\"}\r",
        });
        malformed += "{\"id\": \"m18\", \"pad\": \"" + QByteArray(70 * 1024, 'x') + "\"}\n";
        malformed += "{\"id\": \"m19\", \"user\": \"zed\", \"type\": \"redeem\", \"points\": 1, \"time\": \"2026-03-02T10:00:00+08:00\"}\r\n";
        malformed += R"({"id": "m20", "user": "a", "type": "checkin", "time": "2026-03-02T12:00:00+08:00"})";
        QTest::newRow("malformed lines") << QByteArray(kBaseRules) << malformed
            << QByteArray(R"({"users": [
                {"user": "a", "balance": 5, "earned_total": 10, "spent": 5, "expired": 0, "level": "Bronze", "streak": 1},
                {"user": "zed", "balance": 0, "earned_total": 0, "spent": 0, "expired": 0, "level": "Bronze", "streak": 0}],
              "leaderboard": [{"rank": 1, "user": "a", "points": 10}],
              "duplicates": 0,
              "rejected": [{"line": 2, "id": null, "reason": "bad JSON"},
                           {"line": 3, "id": null, "reason": "not a JSON object"},
                           {"line": 4, "id": null, "reason": "missing field id"},
                           {"line": 5, "id": "m5", "reason": "missing field user"},
                           {"line": 6, "id": "m6", "reason": "missing field type"},
                           {"line": 7, "id": "m7", "reason": "unknown type"},
                           {"line": 8, "id": "m8", "reason": "missing field time"},
                           {"line": 9, "id": "m9", "reason": "bad field time"},
                           {"line": 10, "id": "m10", "reason": "missing field question"},
                           {"line": 11, "id": "m11", "reason": "bad field correct"},
                           {"line": 12, "id": "m12", "reason": "missing field survey"},
                           {"line": 13, "id": "m13", "reason": "bad field points"},
                           {"line": 14, "id": "m14", "reason": "bad field points"},
                           {"line": 15, "id": null, "reason": "bad field id"},
                           {"line": 18, "id": null, "reason": "line too long"},
                           {"line": 19, "id": "m19", "reason": "balance too small"},
                           {"line": 20, "id": "m20", "reason": "already checked in today"}]})");

        QTest::newRow("empty input") << QByteArray(kBaseRules) << QByteArray()
            << QByteArray(R"({"users": [], "leaderboard": [], "duplicates": 0, "rejected": []})");
    }

    void replayScenarios()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QJsonParseError pe;
        const QJsonObject want = QJsonDocument::fromJson(expected, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QString error;
        const QJsonObject got = replay(rules, input, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString diff = difference(got, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // 64 KiB of line is accepted, a byte more is not, and a line of megabytes is skipped without
    // losing count of the lines after it.
    void lineLimit()
    {
        // (Escaped rather than raw strings: moc's lexer misreads a raw string ending in a quote.)
        const QByteArray head = "{\"id\": \"big\", \"user\": \"u\", \"type\": \"checkin\", "
                                "\"time\": \"2026-03-02T09:00:00Z\", \"pad\": \"";
        const QByteArray tail = "\"}";
        const qint64 limit = PointsReplay::kMaxLineBytes;
        QCOMPARE(limit, 65536);
        const QByteArray exact = head + QByteArray(limit - head.size() - tail.size(), 'x') + tail;
        QCOMPARE(exact.size(), 65536);
        const QByteArray over = "{\"id\": \"over\", \"user\": \"v\", \"type\": \"checkin\", "
                                "\"time\": \"2026-03-02T09:00:00Z\", \"pad\": \""
                                + QByteArray(limit, 'x') + tail;
        QByteArray input = exact + "\r\n" + over.left(65537) + "\n" + over + QByteArray(2 * 1024 * 1024, ' ') + "\n"
                           + R"({"id": "after", "user": "w", "type": "checkin", "time": "2026-03-02T10:00:00Z"})" + "\n";
        const QJsonObject got = replay(R"({"timezone": "Z", "checkin": {"points": 1}})", input);
        const QJsonArray rejected = got.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("line too long"));
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
        const QJsonArray users = got.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("u"));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("w"));
    }

    // Reasons are fixed phrases: nothing of the input comes back in them.
    void reasonsNeverEchoInput()
    {
        const QByteArray secret(500, 'S');
        const QByteArray input = jsonl({}) + "{\"id\": \"k\", \"user\": \"u\", \"type\": \"" + secret
                                 + "\", \"time\": \"2026-03-02T09:00:00Z\"}\n" + "{\"id\": \"j\", \"user\": \"u\", "
                                 + "\"type\": \"checkin\", \"time\": \"" + secret + "\"}\n" + secret + "\n";
        const QJsonObject got = replay(R"({"timezone": "Z"})", input);
        const QJsonArray rejected = got.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 3);
        for (const QJsonValue& r : rejected) {
            const QString reason = r.toObject().value(QStringLiteral("reason")).toString();
            QVERIFY2(reason.size() <= 60 && !reason.contains(QLatin1String("SSS")), qPrintable(reason));
        }
        auto rules = PointsRules::fromJson("{\"timezone\": \"" + secret + "\"}");
        QVERIFY(!rules);
        QVERIFY2(rules.error().size() < 160, qPrintable(rules.error()));
    }
};

QTEST_GUILESS_MAIN(tst_PointsEngine)
#include "tst_PointsEngine.moc"
