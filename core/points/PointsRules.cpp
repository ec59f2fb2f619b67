#include "points/PointsRules.h"

#include "points/LocalCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace lx::points {

namespace {

using json::absent;
using json::wholeNumber;

// Reads the parts of the rules one field at a time; the first problem stops it with the field's
// dotted name, which is what someone fixing the file needs to find.
class RulesReader
{
public:
    QString error;

    bool section(const QJsonObject& parent, const char* key, QJsonObject& out)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (absent(v))
            return true;
        if (!v.isObject())
            return fail(QString::fromLatin1(key), PointsRules::tr("must be an object"));
        out = v.toObject();
        return true;
    }

    bool points(const QJsonObject& parent, const char* path, const char* key, qint64& out)
    {
        return whole(parent, path, key, 0, PointsRules::kMaxPoints, out);
    }

    template <typename T>
    bool whole(const QJsonObject& parent, const char* path, const char* key, qint64 lo, qint64 hi, T& out)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (absent(v))
            return true;
        qint64 n = 0;
        if (!wholeNumber(v, lo, hi, n))
            return fail(QString::fromLatin1(path),
                        PointsRules::tr("must be a whole number from %1 to %2").arg(lo).arg(hi));
        out = T(n);
        return true;
    }

    bool fail(const QString& field, const QString& why)
    {
        error = field + QStringLiteral(": ") + why;
        return false;
    }
};

// Long enough to recognise, short enough that a pasted blob never floods the error line.
QString excerpt(const QString& text)
{
    constexpr int kMaxChars = 40;
    return text.size() <= kMaxChars ? text : text.left(kMaxChars) + QStringLiteral("…");
}

} // namespace

Result<PointsRules> PointsRules::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Result<PointsRules>::failure(
            tr("rules: not valid JSON (%1 at character %2)").arg(pe.errorString()).arg(pe.offset + 1));
    if (!doc.isObject())
        return Result<PointsRules>::failure(tr("rules: must be a JSON object"));
    return fromObject(doc.object());
}

Result<PointsRules> PointsRules::fromObject(const QJsonObject& object)
{
    using R = Result<PointsRules>;
    PointsRules rules;
    RulesReader r;

    const QJsonValue tz = object.value(QLatin1String("timezone"));
    if (absent(tz))
        return R::failure(tr("timezone: missing (a fixed offset such as \"+08:00\" or \"Z\")"));
    const std::optional<int> offset_s = tz.isString() ? LocalCalendar::parseOffset(tz.toString()) : std::nullopt;
    if (!offset_s)
        return R::failure(tr("timezone: '%1' is not a fixed offset such as \"+08:00\", \"-05:30\" or \"Z\"")
                              .arg(excerpt(tz.isString() ? tz.toString() : tz.toVariant().toString())));
    rules.utcOffset_s = *offset_s;

    QJsonObject checkin;
    if (!r.section(object, "checkin", checkin) || !r.points(checkin, "checkin.points", "points", rules.checkinPoints) ||
        !r.whole(checkin, "checkin.cycle_days", "cycle_days", 1, 1'000'000, rules.cycleDays))
        return R::failure(r.error);
    const QJsonValue bonus = checkin.value(QLatin1String("streak_bonus"));
    if (!absent(bonus)) {
        if (!bonus.isObject())
            return R::failure(tr("checkin.streak_bonus: must be an object such as {\"3\": 5, \"7\": 20}"));
        const QJsonObject bonusObject = bonus.toObject();
        for (auto it = bonusObject.begin(); it != bonusObject.end(); ++it) {
            bool ok = false;
            const int streak = it.key().toInt(&ok);
            if (!ok || streak < 1 || streak > 1'000'000)
                return R::failure(tr("checkin.streak_bonus: key '%1' is not a streak length (a whole number from 1)")
                                      .arg(excerpt(it.key())));
            qint64 points = 0;
            if (!wholeNumber(it.value(), 0, kMaxPoints, points))
                return R::failure(tr("checkin.streak_bonus.%1: must be a whole number from 0 to %2")
                                      .arg(excerpt(it.key()))
                                      .arg(kMaxPoints));
            rules.streakBonus.insert(streak, points);
        }
    }

    QJsonObject quiz;
    QJsonObject questionnaire;
    if (!r.section(object, "quiz", quiz) ||
        !r.points(quiz, "quiz.points_per_correct", "points_per_correct", rules.pointsPerCorrect) ||
        !r.section(object, "questionnaire", questionnaire) ||
        !r.points(questionnaire, "questionnaire.points", "points", rules.questionnairePoints))
        return R::failure(r.error);

    qint64 cap = -1;
    qint64 expiry = -1;
    if (!r.points(object, "daily_cap", "daily_cap", cap) ||
        !r.whole(object, "expiry_years", "expiry_years", 0, 1000, expiry))
        return R::failure(r.error);
    if (cap >= 0)
        rules.dailyCap = cap;
    if (expiry >= 0)
        rules.expiryYears = int(expiry);

    const QJsonValue levels = object.value(QLatin1String("levels"));
    if (!absent(levels)) {
        if (!levels.isArray())
            return R::failure(tr("levels: must be an array of {\"name\", \"min\"}"));
        const QJsonArray array = levels.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("levels[%1]").arg(i);
            if (!array.at(i).isObject())
                return R::failure(tr("%1: must be an object {\"name\", \"min\"}").arg(field));
            const QJsonObject level = array.at(i).toObject();
            const QJsonValue name = level.value(QLatin1String("name"));
            if (!name.isString() || name.toString().trimmed().isEmpty())
                return R::failure(tr("%1.name: must be a non-empty string").arg(field));
            const QJsonValue min = level.value(QLatin1String("min"));
            PointsLevel l;
            l.name = name.toString();
            if (absent(min) || !wholeNumber(min, 0, kMaxPoints * 1000, l.min))
                return R::failure(tr("%1.min: must be a whole number from 0").arg(field));
            rules.levels.push_back(l);
        }
        std::stable_sort(rules.levels.begin(), rules.levels.end(),
                         [](const PointsLevel& a, const PointsLevel& b) { return a.min < b.min; });
    }

    QJsonObject board;
    if (!r.section(object, "leaderboard", board) ||
        !r.whole(board, "leaderboard.size", "size", 0, 1'000'000'000, rules.leaderboardSize))
        return R::failure(r.error);
    const QJsonValue period = board.value(QLatin1String("period"));
    if (!absent(period)) {
        if (period == QJsonValue(QStringLiteral("week")))
            rules.leaderboardPeriod = LeaderboardPeriod::Week;
        else if (period == QJsonValue(QStringLiteral("month")))
            rules.leaderboardPeriod = LeaderboardPeriod::Month;
        else
            return R::failure(tr("leaderboard.period: must be \"week\" or \"month\""));
    }
    return rules;
}

bool json::absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

bool json::wholeNumber(const QJsonValue& v, qint64 lo, qint64 hi, qint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(lo) || d > double(hi))
        return false;
    out = qint64(d);
    return true;
}

} // namespace lx::points
