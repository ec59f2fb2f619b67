// lingxi-cli points: the points ledger headless (replay a file of actions against a rules file).
#include "cli/PointsCommands.h"

#include "cli/VerbParser.h"
#include "points/PointsReplay.h"
#include "points/PointsRules.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace lx::cli {

namespace {

const char* const kPointsHelp =
    "Usage: lingxi-cli points replay --rules RULES.json --input ACTIONS.jsonl [--json]\n"
    "\n"
    "  replay   applies a file of actions (JSON Lines; --input - reads stdin) to the rules and\n"
    "           prints every user's balance, lifetime earned points, spent and expired points,\n"
    "           level and current streak, the leaderboard of the period holding the latest\n"
    "           action, the number of duplicate ids, and the rejected lines (malformed or\n"
    "           refused) by line number. No workspace is opened.\n"
    "\n"
    "  Rules:   {\"timezone\": \"+08:00\", \"checkin\": {\"points\", \"streak_bonus\": {\"3\": B},\n"
    "            \"cycle_days\"}, \"quiz\": {\"points_per_correct\"}, \"questionnaire\": {\"points\"},\n"
    "            \"daily_cap\", \"expiry_years\", \"levels\": [{\"name\", \"min\"}],\n"
    "            \"leaderboard\": {\"period\": \"week\"|\"month\", \"size\"}}\n"
    "  Actions: {\"id\", \"user\", \"type\": checkin|quiz_answer|questionnaire|redeem|adjust,\n"
    "            \"time\": ISO-8601 with offset, \"question\"+\"correct\" | \"survey\" |\n"
    "            \"points\"+\"item\" | \"points\"+\"reason\"}\n"
    "\n"
    "  Exit status: 0 done (rejected lines are part of the output), 1 unreadable file or invalid\n"
    "  rules, 2 usage.\n";

QString display(const QString& text)
{
    constexpr int kMaxChars = 60;
    return text.size() <= kMaxChars ? text : text.left(kMaxChars) + QStringLiteral("…");
}

// Columns padded to their widest cell; numbers to the right.
QString table(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& rightAligned)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString out;
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            text +=
                rightAligned.at(c) ? cells.at(c).rightJustified(widths.at(c)) : cells.at(c).leftJustified(widths.at(c));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out;
}

QString reportText(const points::PointsReport& report, const points::PointsRules& rules)
{
    const points::PointsSnapshot& s = report.snapshot;
    QString out = QStringLiteral("%1 action(s) on %2 line(s); %3 user(s)\n\n")
                      .arg(report.actions)
                      .arg(report.lines)
                      .arg(s.users.size());
    if (!s.users.empty()) {
        QList<QStringList> rows;
        rows.reserve(qsizetype(s.users.size()));
        for (const points::UserSummary& u : s.users) {
            rows << QStringList{display(u.user),
                                QString::number(u.balance),
                                QString::number(u.earnedTotal),
                                QString::number(u.spent),
                                QString::number(u.expired),
                                u.level.isNull() ? QStringLiteral("-") : display(u.level),
                                QString::number(u.streak)};
        }
        out +=
            table({QStringLiteral("user"), QStringLiteral("balance"), QStringLiteral("earned"), QStringLiteral("spent"),
                   QStringLiteral("expired"), QStringLiteral("level"), QStringLiteral("streak")},
                  rows, {false, true, true, true, true, false, true});
        out += QLatin1Char('\n');
    }
    if (!s.period.isEmpty()) {
        out += QStringLiteral("Leaderboard, %1 %2 (top %3)\n")
                   .arg(rules.leaderboardPeriod == points::LeaderboardPeriod::Week ? QStringLiteral("week")
                                                                                   : QStringLiteral("month"),
                        s.period)
                   .arg(rules.leaderboardSize);
        if (s.leaderboard.empty()) {
            out += QStringLiteral("(no one earned points in it)\n");
        } else {
            QList<QStringList> rows;
            for (const points::LeaderboardEntry& e : s.leaderboard)
                rows << QStringList{QString::number(e.rank), display(e.user), QString::number(e.points)};
            out += table({QStringLiteral("rank"), QStringLiteral("user"), QStringLiteral("points")}, rows,
                         {true, false, true});
        }
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("Duplicates: %1\nRejected lines: %2\n").arg(s.duplicates).arg(report.rejected.size());
    for (const points::PointsRejection& r : report.rejected) {
        const QString id = r.id.isDouble()   ? QString::number(r.id.toInteger())
                           : r.id.isString() ? display(r.id.toString())
                                             : QString();
        out += id.isEmpty() ? QStringLiteral("  line %1: %2\n").arg(r.line).arg(r.reason)
                            : QStringLiteral("  line %1 (id %2): %3\n").arg(r.line).arg(id, r.reason);
    }
    return out;
}

} // namespace

int pointsReplay(const QStringList& args, bool json, QString* text, QJsonObject* jsonOut, QString* error)
{
    VerbParser v;
    if (!v.parse(args, {valueOption("rules"), valueOption("input"), flagOption("json")})) {
        *error = v.error;
        return 2;
    }
    if (v.help) {
        *text = QString::fromUtf8(kPointsHelp);
        return 0;
    }
    json = json || v.parser.isSet(QStringLiteral("json"));
    const QString rulesPath = v.parser.value(QStringLiteral("rules"));
    const QString inputPath = v.parser.value(QStringLiteral("input"));
    if (rulesPath.isEmpty() || inputPath.isEmpty()) {
        *error = QStringLiteral("points replay needs --rules RULES.json and --input ACTIONS.jsonl (see --help)");
        return 2;
    }

    auto bytes = readFileArgument(rulesPath, limits::kMaxJsonArgumentBytes, QStringLiteral("points rules"));
    if (!bytes) {
        *error = bytes.error();
        return 1;
    }
    auto rules = points::PointsRules::fromJson(bytes.value());
    if (!rules) {
        *error = QStringLiteral("%1: %2").arg(rulesPath, rules.error());
        return 1;
    }

    auto input = InputFile::open(inputPath);
    if (!input) {
        *error = input.error();
        return 1;
    }
    points::PointsReplay replay(rules.value());
    auto report = replay.run(*input.value());
    if (!report) {
        *error = QStringLiteral("%1: %2").arg(InputFile::displayName(inputPath), report.error());
        return 1;
    }
    if (json)
        *jsonOut = report.value().toJson();
    else
        *text = reportText(report.value(), rules.value());
    return 0;
}

int pointsArea(const QString& verb, const QStringList& args, bool json, QString* text, QJsonObject* jsonOut,
               QString* error)
{
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        *text = QString::fromUtf8(kPointsHelp);
        return 0;
    }
    if (verb == QLatin1String("replay"))
        return pointsReplay(args, json, text, jsonOut, error);
    *error = QStringLiteral("unknown points verb '%1' (see lingxi-cli points --help)").arg(display(verb));
    return 2;
}

} // namespace lx::cli
