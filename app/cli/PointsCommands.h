#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lx::cli {

// lingxi-cli points <verb>: the points ledger without a workspace. Free functions rather than
// Cli members: nothing here opens a workspace or logs in.
// Each returns the exit status (0 success, 1 error, 2 usage) and fills `text` (plain output and
// --help), `json` (the --json output) or `error` (one line, for stderr).
int pointsArea(const QString& verb, const QStringList& args, bool json, QString* text, QJsonObject* jsonOut,
               QString* error);

// points replay --rules RULES.json --input ACTIONS.jsonl|- [--json]
int pointsReplay(const QStringList& args, bool json, QString* text, QJsonObject* jsonOut, QString* error);

} // namespace lx::cli
