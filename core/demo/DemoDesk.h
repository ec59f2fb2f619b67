#pragma once

#include "common/Result.h"
#include "desk/DeskReplay.h"

namespace lx::auth {
class AuthService;
}

namespace lx::demo {

// The demo workspace's conversation desk: a 7x24 service calendar, canned-reply values for the
// skincare brand, agents' presence and capacity, and a morning's conversations in every state
// (with the bot, waiting, held by an agent, escalated after three negative messages, closed),
// fed through the real desk service so that each one's state, streak and SLA clock are true.
// The clocks start from nowMs with a 15-minute first reply, so nothing is overdue for the first
// ten minutes after the demo is built. With `classify` (the demo's active model), the morning's
// finished conversations carry the model's readings and the day's review sample is queued.
class DemoDesk final
{
public:
    DemoDesk() = delete;
    static Status load(auth::AuthService& auth, qint64 nowMs, const desk::SentimentFn& classify = {});
    // A demo opened again later (its newest open conversation over an hour old): what is open is
    // closed ("demo refreshed", audited) and a new morning of conversations starts at nowMs.
    // False when the desk is fresh or the demo's logins were changed (then it is left alone).
    static Result<bool> refreshIfStale(auth::AuthService& auth, qint64 nowMs);
};

} // namespace lx::demo
