#include "points/PointsReplay.h"

#include "common/InputFile.h"

#include "points/LocalCalendar.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace lx::points {

namespace {

// Whole numbers a double holds exactly: ids and points beyond it would not read back the same.
constexpr double kMaxExactWhole = 9007199254740992.0; // 2^53

using json::absent;
using json::wholeNumber;

// A non-empty string, or a number written as text ("7" and 7 name the same question).
bool keyText(const QJsonValue& v, QString& out)
{
    if (v.isString()) {
        out = v.toString();
        return !out.isEmpty() && out.size() <= PointsReplay::kMaxIdChars;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return false;
    const double d = v.toDouble();
    out =
        std::floor(d) == d && std::fabs(d) <= kMaxExactWhole ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    return true;
}

bool blank(const char* data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

struct Pending
{
    PointsAction action;
    qint64 line = 0;
    bool numericId = false;
};

// What the sort moves: 16 bytes rather than a whole action.
struct SortKey
{
    qint64 time_ms = 0;
    std::size_t index = 0;
};

QJsonValue idValue(const QString& id, bool numeric)
{
    return numeric ? QJsonValue(id.toLongLong()) : QJsonValue(id);
}

} // namespace

QJsonValue PointsLine::id() const
{
    return idRead ? idValue(action.id, numericId) : QJsonValue();
}

QJsonObject PointsReport::toJson() const
{
    QJsonArray users;
    for (const UserSummary& u : snapshot.users) {
        users.append(QJsonObject{{QStringLiteral("user"), u.user},
                                 {QStringLiteral("balance"), u.balance},
                                 {QStringLiteral("earned_total"), u.earnedTotal},
                                 {QStringLiteral("spent"), u.spent},
                                 {QStringLiteral("expired"), u.expired},
                                 {QStringLiteral("level"), u.level.isNull() ? QJsonValue() : QJsonValue(u.level)},
                                 {QStringLiteral("streak"), u.streak}});
    }
    QJsonArray board;
    for (const LeaderboardEntry& e : snapshot.leaderboard) {
        board.append(QJsonObject{
            {QStringLiteral("rank"), e.rank}, {QStringLiteral("user"), e.user}, {QStringLiteral("points"), e.points}});
    }
    QJsonArray rejectedLines;
    for (const PointsRejection& r : rejected) {
        rejectedLines.append(QJsonObject{
            {QStringLiteral("line"), r.line}, {QStringLiteral("id"), r.id}, {QStringLiteral("reason"), r.reason}});
    }
    return QJsonObject{{QStringLiteral("users"), users},
                       {QStringLiteral("leaderboard"), board},
                       {QStringLiteral("duplicates"), snapshot.duplicates},
                       {QStringLiteral("rejected"), rejectedLines}};
}

PointsReplay::PointsReplay(PointsRules rules) : m_rules(std::move(rules))
{
}

QString PointsReplay::intern(const QString& text)
{
    return m_strings.insert(StringKey{text})->text;
}

PointsLine PointsReplay::parseLine(const QByteArray& line)
{
    PointsLine out;
    const auto bad = [&out](const char* reason) {
        out.reason = QString::fromLatin1(reason);
        return out;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad("bad JSON");
    if (!doc.isObject())
        return bad("not a JSON object");
    const QJsonObject o = doc.object();

    const QJsonValue id = o.value(QLatin1String("id"));
    if (absent(id))
        return bad("missing field id");
    // (Each QJsonValue::toString() builds a new QString: every field is read once.)
    PointsAction& a = out.action;
    qint64 numericId = 0;
    if (id.isString()) {
        a.id = id.toString();
        if (a.id.isEmpty() || a.id.size() > kMaxIdChars)
            return bad("bad field id");
    } else if (wholeNumber(id, -qint64(kMaxExactWhole), qint64(kMaxExactWhole), numericId)) {
        a.id = QString::number(numericId);
        out.numericId = true;
    } else {
        return bad("bad field id");
    }
    out.idRead = true;

    const QJsonValue user = o.value(QLatin1String("user"));
    if (absent(user))
        return bad("missing field user");
    const QString userText = user.toString();
    if (!user.isString() || userText.isEmpty() || userText.size() > kMaxIdChars)
        return bad("bad field user");
    a.user = intern(userText);

    const QJsonValue type = o.value(QLatin1String("type"));
    if (absent(type))
        return bad("missing field type");
    const QString typeText = type.toString();
    if (typeText == QLatin1String("checkin"))
        a.type = ActionType::Checkin;
    else if (typeText == QLatin1String("quiz_answer"))
        a.type = ActionType::QuizAnswer;
    else if (typeText == QLatin1String("questionnaire"))
        a.type = ActionType::Questionnaire;
    else if (typeText == QLatin1String("redeem"))
        a.type = ActionType::Redeem;
    else if (typeText == QLatin1String("adjust"))
        a.type = ActionType::Adjust;
    else
        return bad("unknown type");

    const QJsonValue time = o.value(QLatin1String("time"));
    if (absent(time))
        return bad("missing field time");
    const std::optional<qint64> time_ms = time.isString() ? LocalCalendar::parseTime(time.toString()) : std::nullopt;
    if (!time_ms)
        return bad("bad field time");
    a.time_ms = *time_ms;

    switch (a.type) {
    case ActionType::Checkin:
        break;
    case ActionType::QuizAnswer: {
        const QJsonValue question = o.value(QLatin1String("question"));
        if (absent(question))
            return bad("missing field question");
        if (!keyText(question, a.subject))
            return bad("bad field question");
        const QJsonValue correct = o.value(QLatin1String("correct"));
        if (absent(correct))
            return bad("missing field correct");
        if (!correct.isBool())
            return bad("bad field correct");
        a.correct = correct.toBool();
        a.subject = intern(a.subject);
        break;
    }
    case ActionType::Questionnaire: {
        const QJsonValue survey = o.value(QLatin1String("survey"));
        if (absent(survey))
            return bad("missing field survey");
        if (!keyText(survey, a.subject))
            return bad("bad field survey");
        a.subject = intern(a.subject);
        break;
    }
    case ActionType::Redeem:
    case ActionType::Adjust: {
        const bool redeem = a.type == ActionType::Redeem;
        const QJsonValue points = o.value(QLatin1String("points"));
        if (absent(points))
            return bad("missing field points");
        const qint64 lo = redeem ? 1 : -PointsRules::kMaxPoints;
        if (!wholeNumber(points, lo, PointsRules::kMaxPoints, a.points))
            return bad("bad field points");
        const QJsonValue note = o.value(QLatin1String(redeem ? "item" : "reason"));
        if (!absent(note) && !note.isString())
            return bad(redeem ? "bad field item" : "bad field reason");
        break;
    }
    }
    out.ok = true;
    return out;
}

Result<PointsReport> PointsReplay::run(QIODevice& in)
{
    using R = Result<PointsReport>;
    if (!in.isReadable())
        return R::failure(QStringLiteral("the input is not open for reading"));
    PointsReport report;
    std::vector<Pending> pending;
    // No action line is shorter than about 60 bytes: room for all of them up front, so growing
    // never copies a million actions (untouched reserve costs address space, not memory).
    if (!in.isSequential())
        pending.reserve(std::size_t(std::min<qint64>(in.size() / 60 + 1, 50'000'000)));

    QByteArray buffer; // reused from line to line
    qint64 lineNumber = 0;
    for (;;) {
        const InputFile::Line got = InputFile::readLine(in, kMaxLineBytes, buffer);
        if (got == InputFile::Line::End)
            break;
        ++lineNumber;
        if (got == InputFile::Line::TooLong) {
            report.rejected.push_back(PointsRejection{lineNumber, QJsonValue(), QStringLiteral("line too long")});
            continue;
        }
        qint64 size = buffer.size();
        const char* data = buffer.constData();
        if (lineNumber == 1 && size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
            data += 3;
            size -= 3;
        }
        if (size > kMaxLineBytes) {
            report.rejected.push_back(PointsRejection{lineNumber, QJsonValue(), QStringLiteral("line too long")});
            continue;
        }
        if (blank(data, size))
            continue;
        PointsLine parsed = parseLine(QByteArray::fromRawData(data, size));
        if (!parsed.ok) {
            report.rejected.push_back(PointsRejection{lineNumber, parsed.id(), parsed.reason});
            continue;
        }
        pending.push_back(Pending{std::move(parsed.action), lineNumber, parsed.numericId});
    }
    if (const auto* file = qobject_cast<const QFileDevice*>(&in); file && file->error() != QFileDevice::NoError)
        return R::failure(QStringLiteral("reading line %1: %2").arg(lineNumber + 1).arg(file->errorString()));
    report.lines = lineNumber;
    report.actions = qint64(pending.size());

    // Time order; equal times keep file order.
    std::vector<SortKey> order(pending.size());
    for (std::size_t i = 0; i < pending.size(); ++i)
        order[i] = SortKey{pending[i].action.time_ms, i};
    std::stable_sort(order.begin(), order.end(),
                     [](const SortKey& a, const SortKey& b) { return a.time_ms < b.time_ms; });
    PointsEngine engine(m_rules);
    for (const SortKey& key : order) {
        const Pending& p = pending[key.index];
        const ApplyOutcome outcome = engine.apply(p.action);
        if (outcome.status == ApplyStatus::Refused) {
            report.rejected.push_back(
                PointsRejection{p.line, idValue(p.action.id, p.numericId), refusalText(outcome.refusal)});
        }
    }
    pending = {};
    m_strings.clear();
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const PointsRejection& a, const PointsRejection& b) { return a.line < b.line; });
    report.snapshot = engine.result();
    return report;
}

} // namespace lx::points
