#pragma once

// The demo workspace's logins for tests that act as its operators. Header-only.
#include "auth/AuthService.h"
#include "demo/DemoWorkspace.h"

#include <QtGlobal>

namespace lx::test {

inline QString demoPassword(const QString& name)
{
    for (const auto& l : demo::DemoWorkspace::logins()) {
        if (l.name == name)
            return l.password;
    }
    return {};
}

// A session as the demo operator NAME; aborts the test binary when the login fails.
inline auth::Session demoSession(auth::AuthService& auth, const QString& name)
{
    auto s = auth.login(name, demoPassword(name));
    if (!s)
        qFatal("no demo login %s: %s", qPrintable(name), qPrintable(s.error()));
    return s.value();
}

} // namespace lx::test
