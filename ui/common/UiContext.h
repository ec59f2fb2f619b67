#pragma once

#include "auth/Session.h"

namespace lx::store {
class Workspace;
}
namespace lx::auth {
class AuthService;
}
namespace lx::tasks {
class TaskRunner;
}
namespace lx::desk {
class DeskMonitor;
}

namespace lx::ui {

// What every panel of a logged-in window works with. Owned by the main window's controller; the
// panels only borrow it.
struct UiContext
{
    store::Workspace& workspace;
    auth::AuthService& auth;
    auth::Session session;
    tasks::TaskRunner& tasks;
    // The application's desk monitor (SLA, assignment, change signal); null where none runs.
    desk::DeskMonitor* monitor = nullptr;
};

} // namespace lx::ui
