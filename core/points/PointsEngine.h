#pragma once

#include "points/LocalCalendar.h"
#include "points/PointsRules.h"
#include "points/StringKey.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace lx::points {

enum class ActionType { Checkin, QuizAnswer, Questionnaire, Redeem, Adjust };

// One thing a user did, already parsed and checked for its fields.
struct PointsAction
{
    QString id; // a retried delivery carries the same id
    QString user;
    ActionType type = ActionType::Checkin;
    qint64 time_ms = 0;
    QString subject;      // quiz_answer: the question; questionnaire: the survey
    bool correct = false; // quiz_answer
    qint64 points = 0;    // redeem: positive; adjust: signed
};

enum class ApplyStatus { Applied, Refused, Duplicate };

// Why an action was refused. A code to branch on; refusalText() gives the English phrase.
enum class Refusal { None, AlreadyCheckedIn, AlreadyAnswered, SurveyCompleted, BalanceTooSmall, OutOfOrder };

QString refusalText(Refusal refusal);

// What one action did to its user.
struct ApplyOutcome
{
    ApplyStatus status = ApplyStatus::Applied;
    Refusal refusal = Refusal::None;
    qint64 points = 0;     // credited (earned after the cap, or a positive adjustment) or debited (< 0)
    qint64 cut_points = 0; // what the daily cap took off the award
    int streak = 0;        // checkin: the streak value that day
};

struct UserSummary
{
    QString user;
    qint64 balance = 0;
    qint64 earnedTotal = 0;
    qint64 spent = 0;
    qint64 expired = 0;
    QString level; // null when no level is reached
    int streak = 0;
};

struct LeaderboardEntry
{
    int rank = 0;
    QString user;
    qint64 points = 0;
};

// The ledger as of the engine's clock (the latest action time it has seen).
struct PointsSnapshot
{
    std::vector<UserSummary> users; // by user id
    std::vector<LeaderboardEntry> leaderboard;
    qint64 duplicates = 0;
    std::optional<qint64> latest_ms;
    QString period; // the leaderboard's: "2026-W10" or "2026-03"; empty before any action
};

// The points ledger's rules applied to a stream of actions in time order. Pure bookkeeping, no
// storage: the replay feeds it a file, and a workspace ledger can feed it live actions and keep
// its snapshot. What it keeps per user:
//   - lots: points by calendar year of acquisition, oldest first. Spending (redeem) and negative
//     adjustments take from the oldest lot, and a lot of year X expires at local midnight starting
//     1 January of X + expiry_years + 1. Expiry is global: before each action at time t, every
//     user's lots whose deadline is <= t go, so balances are as of the clock for every user;
//   - the day's earnings for the daily cap (check-ins, quiz answers and questionnaires; bonuses
//     included; adjustments are neither capped nor earned);
//   - the check-in streak: +1 when the previous check-in was the day before, else 1, and
//     ((consecutive days - 1) mod cycle_days) + 1 as the value the bonus is looked up by;
//   - answered questions and completed surveys;
//   - the score in the current leaderboard period and when (time, apply order) it was reached.
// Ids: once an action with an id has been applied or refused, the id is seen, and every later
// action with it counts as a duplicate and does nothing (a retried delivery never pays twice).
// Actions must come in non-decreasing time order; an earlier one is refused (OutOfOrder) since
// expiry and streaks have already moved on. Duplicates still move the clock forward.
// An award cut to 0 by the cap (or a wrong answer) still counts as done: the check-in, question
// or survey is used up, but no score was reached by it.
// result(), as of the clock: level is the highest whose min <= lifetime earned points (null when
// none); streak is the streak value when the last check-in was on the clock's local day or the
// day before, else 0; the leaderboard is the period holding the clock: users with a positive
// score, highest first, ties to whoever reached their score first (time, then apply order), then
// by user id, at most `size`.
class PointsEngine final
{
public:
    explicit PointsEngine(PointsRules rules);

    ApplyOutcome apply(const PointsAction& action);
    // Moves the clock to `time_ms` (never back), expiring lots whose deadline has come.
    void advanceTo(qint64 time_ms);
    PointsSnapshot result() const;

    const PointsRules& rules() const { return m_rules; }
    const LocalCalendar& calendar() const { return m_calendar; }

private:
    struct Lot
    {
        int year = 0;
        qint64 points = 0;
    };

    struct UserState
    {
        QString user;
        std::vector<Lot> lots; // ascending by year, none empty
        qint64 balance = 0;
        qint64 earnedTotal = 0;
        qint64 spent = 0;
        qint64 expired = 0;
        std::optional<qint64> lastCheckinDay;
        qint64 consecutiveDays = 0;
        int streak = 0;
        std::optional<qint64> capDay;
        qint64 earnedOnCapDay = 0;
        std::optional<qint64> period;
        qint64 periodScore = 0;
        qint64 reachedAt_ms = 0;
        quint64 reachedOrder = 0;
    };

    int userIndex(const QString& user);
    // (user, question or survey) as one integer: a set of these costs a few bytes an answer,
    // where a set per user would cost hundreds of bytes for each of a hundred thousand users.
    quint64 answerKey(int user, const QString& subject);
    qint64 earn(int index, qint64 points, qint64 time_ms, ApplyOutcome& outcome);
    void credit(int index, qint64 points, qint64 time_ms);
    void debit(UserState& u, qint64 points);
    qint64 expiryDeadline_ms(int year) const;
    qint64 periodOf(qint64 time_ms) const;

    PointsRules m_rules;
    LocalCalendar m_calendar;
    QHash<StringKey, int> m_userIndex;
    std::vector<UserState> m_users;
    QSet<StringKey> m_seenIds;
    QHash<StringKey, quint32> m_subjectIndex;
    QSet<quint64> m_answered;
    QSet<quint64> m_completedSurveys;
    qint64 m_duplicates = 0;
    std::optional<qint64> m_clock_ms;
    quint64 m_applyOrder = 0;
    // Year of acquisition -> users who were given a lot of that year (may repeat; a user whose lot
    // is gone by then is skipped), so expiry visits only the holders, not every user.
    std::map<int, std::vector<int>> m_lotHolders;
};

} // namespace lx::points
