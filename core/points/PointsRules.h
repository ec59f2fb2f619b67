#pragma once

#include <QJsonValue>

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace lx::points {

enum class LeaderboardPeriod { Week, Month };

// A level a user reaches once their lifetime earned points are at least `min`.
struct PointsLevel
{
    QString name;
    qint64 min = 0;
};

// How a points ledger pays and spends, read from a rules file:
//
//   {"timezone": "+08:00",
//    "checkin": {"points": 10, "streak_bonus": {"3": 5, "7": 20}, "cycle_days": 7},
//    "quiz": {"points_per_correct": 5},
//    "questionnaire": {"points": 30},
//    "daily_cap": 100,
//    "expiry_years": 1,
//    "levels": [{"name": "Bronze", "min": 0}, {"name": "Silver", "min": 500}],
//    "leaderboard": {"period": "week", "size": 10}}
//
// `timezone` is required: every day, week, month and year boundary depends on it, and a guessed
// one would move them all silently. It is a fixed offset ("Z", "UTC", "+08:00", "-05:30", "+0800").
// Everything else is optional, and absent (or null) means:
//   checkin / quiz / questionnaire, or a number in them: 0 points (the actions still count:
//     a second check-in that day is still refused); streak_bonus: no bonus;
//   cycle_days: no cycle (the streak grows without end); when given it is at least 1;
//   daily_cap: no cap (0 is a cap: nothing can be earned);
//   expiry_years: points never expire (0: they expire at the end of the year they came in);
//   levels: none (every user's level is null);
//   leaderboard: {"period": "week", "size": 10}; size 0 gives an empty leaderboard.
// Point figures are whole numbers from 0 to 10^12 (so a million actions cannot overflow);
// negative, fractional or non-numeric values are refused with an error naming the field.
// Streak bonus keys are whole numbers from 1; a key above cycle_days is allowed but never paid.
// Levels may come in any order; of two with the same `min` the later one wins. Unknown keys are
// ignored, so a newer rules file still loads.
struct PointsRules
{
    Q_DECLARE_TR_FUNCTIONS(PointsRules)

public:
    static constexpr qint64 kMaxPoints = 1'000'000'000'000;

    int utcOffset_s = 0;
    qint64 checkinPoints = 0;
    QMap<int, qint64> streakBonus; // streak value -> bonus points
    int cycleDays = 0;             // 0: no cycle
    qint64 pointsPerCorrect = 0;
    qint64 questionnairePoints = 0;
    std::optional<qint64> dailyCap;
    std::optional<int> expiryYears;
    std::vector<PointsLevel> levels; // ascending by min
    LeaderboardPeriod leaderboardPeriod = LeaderboardPeriod::Week;
    int leaderboardSize = 10;

    // One error naming the first bad field ("checkin.points: ...").
    static Result<PointsRules> fromJson(const QByteArray& json);
    static Result<PointsRules> fromObject(const QJsonObject& object);
};

// JSON reading shared by the rules and the action lines.
namespace json {
// A member that is missing or null.
bool absent(const QJsonValue& v);
// A JSON number that is a whole number from lo to hi. 1e3 and 10.0 are whole; 10.5 is not.
bool wholeNumber(const QJsonValue& v, qint64 lo, qint64 hi, qint64& out);
} // namespace json

} // namespace lx::points
