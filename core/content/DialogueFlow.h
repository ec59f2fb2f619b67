#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::content {

struct DialogueBranch
{
    QString sentiment;     // "positive", "neutral", "negative" or empty for any
    QStringList keywords;  // any of them, normalised; empty for any
    bool isDefault = false;
    QString say;           // a template: {variables} allowed
};

struct DialogueRound
{
    QList<DialogueBranch> branches; // round 1 has one default branch
};

struct DialogueStep
{
    int round = 0;          // 1, 2 or 3
    int branch = -1;
    QString say;            // still a template; render it with the profile's values
    QString reason;
};

// The three-round dialogue of the seed practice as editable data: round 1 opens, round 2 follows
// up by the user's answer (its sentiment and keywords), round 3 brings the solution or a product.
// Branches are tried in order; the first whose conditions all hold answers.
class DialogueFlow final
{
    Q_DECLARE_TR_FUNCTIONS(DialogueFlow)

public:
    QString id;
    QString name;
    QList<DialogueRound> rounds;

    static Result<QList<DialogueFlow>> parse(const QByteArray& json);
    static QByteArray toJson(const QList<DialogueFlow>& flows);
    static const QList<DialogueFlow>& builtin();
    // What the bot needs to follow a flow to its end: ids unique, a name, every round with a
    // default branch after its conditional ones, conditions on every other branch.
    static Status validate(const QList<DialogueFlow>& flows);

    // The bot's line for `round` (1-based) given the user's previous answer and its sentiment.
    Result<DialogueStep> step(int round, const QString& answer = {}, const QString& sentiment = {}) const;
};

} // namespace lx::content
