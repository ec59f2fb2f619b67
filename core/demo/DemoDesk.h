#pragma once

#include "common/Result.h"

namespace lx::auth {
class AuthService;
}

namespace lx::demo {

// The demo workspace's conversation desk: a 7x24 service calendar, canned-reply values for the
// skincare brand, agents' presence and capacity, and a morning's conversations in every state
// (with the bot, waiting, held by an agent, escalated after three negative messages, closed),
// fed through the real desk service so that each one's state, streak and SLA clock are true.
class DemoDesk final
{
public:
    DemoDesk() = delete;
    static Status load(auth::AuthService& auth, qint64 nowMs);
};

} // namespace lx::demo
