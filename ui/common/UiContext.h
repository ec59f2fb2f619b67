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

namespace lx::ui {

// What every panel of a logged-in window works with. Owned by the main window's controller; the
// panels only borrow it.
struct UiContext
{
    store::Workspace& workspace;
    auth::AuthService& auth;
    auth::Session session;
    tasks::TaskRunner& tasks;
};

} // namespace lx::ui
