#pragma once

#include "common/Result.h"
#include "points/PointsEngine.h"
#include "points/PointsRules.h"
#include "points/StringKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <vector>

class QIODevice;

namespace lx::points {

// A line of the input that did nothing: malformed, or an action the rules refused.
struct PointsRejection
{
    qint64 line = 0; // 1-based line in the input
    QJsonValue id;   // as written; null when the line had no readable id
    QString reason;  // a short English phrase, never the input itself
};

// One input line read: an action, or why the line is malformed.
struct PointsLine
{
    bool ok = false;
    PointsAction action;    // whole when ok; when not, action.id is set if idRead
    bool idRead = false;    // the line's id was good
    bool numericId = false; // and written as a number
    QString reason;

    // The id as written (string or whole number); null when it could not be read. (Built on
    // demand: a QJsonValue string allocates, and a million good lines never need one.)
    QJsonValue id() const;
};

// What a replay produced: the engine's snapshot and the rejected lines, by line number.
struct PointsReport
{
    PointsSnapshot snapshot;
    std::vector<PointsRejection> rejected;
    qint64 lines = 0;   // lines read, blank ones included
    qint64 actions = 0; // well-formed lines (applied, refused or duplicate)

    // {"users": [...], "leaderboard": [...], "duplicates": n, "rejected": [...]}
    QJsonObject toJson() const;
};

// Replays a file of points actions (JSON Lines) through a PointsEngine: how operators try a
// rules change on last month's actions, and how the ledger's figures are checked by hand.
//   {"id", "user", "type": "checkin"|"quiz_answer"|"questionnaire"|"redeem"|"adjust",
//    "time": ISO-8601 with offset, "question", "correct" (quiz_answer), "survey" (questionnaire),
//    "points" > 0 and "item"? (redeem), "points" signed and "reason"? (adjust)}
// The input is read a line at a time and never whole; a line over kMaxLineBytes is rejected
// ("line too long") without being held. Blank lines are skipped but counted; a UTF-8 BOM is
// skipped. Actions are applied in time order, equal times in file order (a stable sort), so the
// order lines were appended in never matters. "id" is a non-empty string or a whole number
// (7 and "7" are the same id: a retried delivery may be serialised differently); "user" a
// non-empty string (each at most kMaxIdChars); "question" and "survey" a non-empty string or a
// number; "correct" true or false; "time" must carry its offset; "points" a whole number up to
// PointsRules::kMaxPoints (a redeem's at least 1); "item" and "reason" optional strings; other
// fields are ignored; null counts as missing. A line with a bad field is rejected ("missing
// field time", "bad field points", "unknown type", "bad JSON"...) with its id when the id itself
// was good, else a null id; its id is not marked seen, so a later good line with it still
// applies. Reasons are fixed phrases and never quote the input. `rejected` holds malformed
// lines and refused actions together, by line; duplicates are only counted.
// Users are those named by an applied or refused action (a duplicate names no one new); a user
// below every level has a null level.
class PointsReplay final
{
public:
    static constexpr qint64 kMaxLineBytes = 64 * 1024;
    static constexpr int kMaxIdChars = 256;

    explicit PointsReplay(PointsRules rules);

    // Fails only when the device cannot be read; bad lines are in the report.
    Result<PointsReport> run(QIODevice& in);
    // One line (without its line break).
    PointsLine parseLine(const QByteArray& line);

private:
    // Question, survey and user ids repeat across a million lines: one shared copy of each.
    QString intern(const QString& text);

    PointsRules m_rules;
    QSet<StringKey> m_strings;
};

} // namespace lx::points
