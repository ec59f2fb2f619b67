// Escalation policy (JSON): a policy that parses decides on the shipped calendar.
#include "FuzzSupport.h"

#include "desk/EscalationPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace lx::desk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(lx::fuzz::bytesOf(data, size));
    auto config = PolicyConfig::fromJson(doc.object());
    if (!config)
        return 0;
    // A policy that parses decides: a complaint from a VIP, twice, on the shipped calendar.
    const EscalationPolicy policy(config.value(), BusinessCalendar::chinaDefault());
    PolicyMessage m;
    m.time_ms = 1773036000000LL; // 2026-03-09T14:00:00+08:00, a Monday
    m.text = QStringLiteral("用了过敏，我要投诉，12315！怎么办？什么时候退款？");
    m.vip = true;
    m.sentiment = QStringLiteral("negative");
    m.confidence = 0.3;
    (void)policy.routingReasons(m);
    const PolicyDecision first = policy.decide(PolicyState{}, m);
    (void)first;
    return 0;
}
