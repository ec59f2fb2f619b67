#include "points/PointsEngine.h"

#include <algorithm>

namespace lx::points {

namespace {

// False when it was there already: one hash operation where contains() and insert() take two.
template <typename T> bool insertNew(QSet<T>& set, const T& value)
{
    const qsizetype before = set.size();
    set.insert(value);
    return set.size() > before;
}

} // namespace

QString refusalText(Refusal refusal)
{
    switch (refusal) {
    case Refusal::AlreadyCheckedIn:
        return QStringLiteral("already checked in today");
    case Refusal::AlreadyAnswered:
        return QStringLiteral("already answered this question");
    case Refusal::SurveyCompleted:
        return QStringLiteral("survey already completed");
    case Refusal::BalanceTooSmall:
        return QStringLiteral("balance too small");
    case Refusal::OutOfOrder:
        return QStringLiteral("earlier than the latest action");
    case Refusal::None:
        break;
    }
    return {};
}

PointsEngine::PointsEngine(PointsRules rules) : m_rules(std::move(rules)), m_calendar(m_rules.utcOffset_s)
{
}

int PointsEngine::userIndex(const QString& user)
{
    const auto it = m_userIndex.constFind(StringKey{user});
    if (it != m_userIndex.constEnd())
        return it.value();
    const int index = int(m_users.size());
    m_users.emplace_back();
    m_users.back().user = user;
    m_userIndex.insert(StringKey{user}, index);
    return index;
}

quint64 PointsEngine::answerKey(int user, const QString& subject)
{
    const StringKey key{subject};
    auto it = m_subjectIndex.constFind(key);
    if (it == m_subjectIndex.constEnd())
        it = m_subjectIndex.insert(key, quint32(m_subjectIndex.size()));
    return (quint64(quint32(user)) << 32) | it.value();
}

qint64 PointsEngine::expiryDeadline_ms(int year) const
{
    return m_calendar.startOfYear_ms(year + m_rules.expiryYears.value_or(0) + 1);
}

qint64 PointsEngine::periodOf(qint64 time_ms) const
{
    return m_rules.leaderboardPeriod == LeaderboardPeriod::Week ? m_calendar.weekOf(time_ms)
                                                                : m_calendar.monthOf(time_ms);
}

void PointsEngine::advanceTo(qint64 time_ms)
{
    if (m_clock_ms && time_ms <= *m_clock_ms)
        return;
    m_clock_ms = time_ms;
    if (!m_rules.expiryYears)
        return;
    while (!m_lotHolders.empty()) {
        const auto first = m_lotHolders.begin();
        const int year = first->first;
        if (expiryDeadline_ms(year) > time_ms)
            break;
        for (const int index : first->second) {
            UserState& u = m_users[std::size_t(index)];
            auto end = u.lots.begin();
            while (end != u.lots.end() && end->year <= year) {
                u.expired += end->points;
                u.balance -= end->points;
                ++end;
            }
            u.lots.erase(u.lots.begin(), end);
        }
        m_lotHolders.erase(first);
    }
}

void PointsEngine::credit(int index, qint64 points, qint64 time_ms)
{
    if (points <= 0)
        return;
    UserState& u = m_users[std::size_t(index)];
    const int year = m_calendar.yearOf(time_ms);
    u.balance += points;
    // Actions come in time order, so a new year is always the newest lot.
    if (!u.lots.empty() && u.lots.back().year == year) {
        u.lots.back().points += points;
        return;
    }
    u.lots.push_back(Lot{year, points});
    if (m_rules.expiryYears)
        m_lotHolders[year].push_back(index);
}

void PointsEngine::debit(UserState& u, qint64 points)
{
    u.balance -= points;
    auto end = u.lots.begin();
    while (points > 0 && end != u.lots.end()) {
        const qint64 take = std::min(points, end->points);
        end->points -= take;
        points -= take;
        if (end->points == 0)
            ++end;
    }
    u.lots.erase(u.lots.begin(), end);
}

qint64 PointsEngine::earn(int index, qint64 points, qint64 time_ms, ApplyOutcome& outcome)
{
    UserState& u = m_users[std::size_t(index)];
    const qint64 day = m_calendar.dayOf(time_ms);
    if (u.capDay != day) {
        u.capDay = day;
        u.earnedOnCapDay = 0;
    }
    qint64 award = points;
    if (m_rules.dailyCap)
        award = std::max<qint64>(0, std::min(points, *m_rules.dailyCap - u.earnedOnCapDay));
    outcome.points = award;
    outcome.cut_points = points - award;
    if (award <= 0)
        return 0;
    u.earnedOnCapDay += award;
    u.earnedTotal += award;
    const qint64 period = periodOf(time_ms);
    if (u.period != period) {
        u.period = period;
        u.periodScore = 0;
    }
    u.periodScore += award;
    u.reachedAt_ms = time_ms;
    u.reachedOrder = m_applyOrder;
    credit(index, award, time_ms);
    return award;
}

ApplyOutcome PointsEngine::apply(const PointsAction& action)
{
    ApplyOutcome outcome;
    const bool late = m_clock_ms && action.time_ms < *m_clock_ms;
    if (!late)
        advanceTo(action.time_ms);
    if (!insertNew(m_seenIds, StringKey{action.id})) {
        ++m_duplicates;
        outcome.status = ApplyStatus::Duplicate;
        return outcome;
    }
    ++m_applyOrder;
    const int index = userIndex(action.user);
    const auto refuse = [&outcome](Refusal why) {
        outcome.status = ApplyStatus::Refused;
        outcome.refusal = why;
        return outcome;
    };
    if (late)
        return refuse(Refusal::OutOfOrder);

    UserState& u = m_users[std::size_t(index)];
    switch (action.type) {
    case ActionType::Checkin: {
        const qint64 today = m_calendar.dayOf(action.time_ms);
        if (u.lastCheckinDay == today)
            return refuse(Refusal::AlreadyCheckedIn);
        u.consecutiveDays = u.lastCheckinDay == today - 1 ? u.consecutiveDays + 1 : 1;
        u.lastCheckinDay = today;
        u.streak = m_rules.cycleDays > 0 ? int((u.consecutiveDays - 1) % m_rules.cycleDays) + 1
                                         : int(std::min<qint64>(u.consecutiveDays, 1'000'000'000));
        outcome.streak = u.streak;
        earn(index, m_rules.checkinPoints + m_rules.streakBonus.value(u.streak, 0), action.time_ms, outcome);
        return outcome;
    }
    case ActionType::QuizAnswer:
        if (!insertNew(m_answered, answerKey(index, action.subject)))
            return refuse(Refusal::AlreadyAnswered);
        earn(index, action.correct ? m_rules.pointsPerCorrect : 0, action.time_ms, outcome);
        return outcome;
    case ActionType::Questionnaire:
        if (!insertNew(m_completedSurveys, answerKey(index, action.subject)))
            return refuse(Refusal::SurveyCompleted);
        earn(index, m_rules.questionnairePoints, action.time_ms, outcome);
        return outcome;
    case ActionType::Redeem:
        if (action.points <= 0 || u.balance < action.points)
            return refuse(Refusal::BalanceTooSmall);
        debit(u, action.points);
        u.spent += action.points;
        outcome.points = -action.points;
        return outcome;
    case ActionType::Adjust:
        if (action.points < 0) {
            if (u.balance < -action.points)
                return refuse(Refusal::BalanceTooSmall);
            debit(u, -action.points);
        } else {
            credit(index, action.points, action.time_ms);
        }
        outcome.points = action.points;
        return outcome;
    }
    return outcome;
}

PointsSnapshot PointsEngine::result() const
{
    PointsSnapshot s;
    s.duplicates = m_duplicates;
    s.latest_ms = m_clock_ms;
    const bool anyAction = m_clock_ms.has_value();
    const qint64 latestDay = anyAction ? m_calendar.dayOf(*m_clock_ms) : 0;
    const qint64 period = anyAction ? periodOf(*m_clock_ms) : 0;
    if (anyAction) {
        s.period = m_rules.leaderboardPeriod == LeaderboardPeriod::Week ? LocalCalendar::isoWeekText(period)
                                                                        : LocalCalendar::monthText(period);
    }

    s.users.reserve(m_users.size());
    std::vector<const UserState*> ranked;
    for (const UserState& u : m_users) {
        UserSummary sum;
        sum.user = u.user;
        sum.balance = u.balance;
        sum.earnedTotal = u.earnedTotal;
        sum.spent = u.spent;
        sum.expired = u.expired;
        for (const PointsLevel& level : m_rules.levels) {
            if (level.min > u.earnedTotal)
                break;
            sum.level = level.name;
        }
        if (anyAction && u.lastCheckinDay && *u.lastCheckinDay >= latestDay - 1)
            sum.streak = u.streak;
        s.users.push_back(sum);
        if (anyAction && u.period == period && u.periodScore > 0)
            ranked.push_back(&u);
    }
    std::sort(s.users.begin(), s.users.end(),
              [](const UserSummary& a, const UserSummary& b) { return a.user < b.user; });

    // Highest score first; on a tie whoever reached their score first, then the user id.
    const auto better = [](const UserState* a, const UserState* b) {
        if (a->periodScore != b->periodScore)
            return a->periodScore > b->periodScore;
        if (a->reachedAt_ms != b->reachedAt_ms)
            return a->reachedAt_ms < b->reachedAt_ms;
        if (a->reachedOrder != b->reachedOrder)
            return a->reachedOrder < b->reachedOrder;
        return a->user < b->user;
    };
    const std::size_t size = std::min(ranked.size(), std::size_t(m_rules.leaderboardSize));
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(size), ranked.end(), better);
    for (std::size_t i = 0; i < size; ++i)
        s.leaderboard.push_back(LeaderboardEntry{int(i) + 1, ranked[i]->user, ranked[i]->periodScore});
    return s;
}

} // namespace lx::points
