#pragma once

#include "common/Result.h"
#include "desk/DeskTypes.h"
#include "desk/EscalationPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <vector>

class QIODevice;

namespace lx::desk {

// Classifies one text (the active sentiment model, in the CLI).
using SentimentFn = std::function<Result<SentimentReading>(const QString& text)>;

struct ReplayStats
{
    qint64 messages = 0;
    qint64 skipped = 0;
    double p50_ms = 0;
    double p99_ms = 0;
    double max_ms = 0;
};

// How supervisors dry-run a policy change: a stream of user messages (JSON Lines) goes through
// the same EscalationPolicy as the live desk, on a clock that is the messages' own times, and
// each message gets one decision object:
//   in:  {"id", "conversation", "user", "time": ISO-8601, "text", "vip"?, "sentiment"?}
//   out: {"message_id", "conversation_id", "sentiment", "streak", "action", "state", "deadline"?}
// A malformed line is reported by number and skipped. SLA breaches are not simulated: they
// depend on agents answering, which a replay has none of.
class DeskReplay final
{
    Q_DECLARE_TR_FUNCTIONS(DeskReplay)

public:
    explicit DeskReplay(EscalationPolicy policy, SentimentFn classify = {});

    // One input line (without its newline) to its decision, or why the line was skipped.
    Result<QJsonObject> feed(const QByteArray& line);
    // Reads every line of `in`; `emit` gets each decision, `report` each skipped line's reason.
    ReplayStats run(QIODevice& in, const std::function<void(const QJsonObject&)>& emitDecision,
                    const std::function<void(const QString&)>& report);

private:
    struct Conversation
    {
        PolicyState state;
        bool vip = false;
    };

    EscalationPolicy m_policy;
    SentimentFn m_classify;
    QHash<QString, Conversation> m_conversations;
};

// Quantile q (0..1) of the values, nearest rank; 0 for none.
double quantile(std::vector<double> values, double q);

} // namespace lx::desk
