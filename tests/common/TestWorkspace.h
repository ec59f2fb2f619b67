#pragma once

// A fresh workspace in a temporary folder with its first admin, for tests that need operators
// of given roles. Header-only: each test executable includes it.
#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "store/Workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace lx::test {

class TestWorkspace
{
public:
    // Opens FILE in a temporary folder, creates the admin (admin / admin-pass-1) and points the
    // pseudonym keyring into the same folder. ok() says whether all of it worked.
    explicit TestWorkspace(const QString& file)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_dir.isValid())
            return;
        qputenv("LINGXI_KEYRING_DIR", m_dir.filePath(QStringLiteral("keys")).toUtf8());
        auto ws = store::Workspace::open(m_dir.filePath(file));
        if (!ws)
            return;
        m_ws = ws.take();
        m_auth = std::make_unique<auth::AuthService>(*m_ws);
        auto admin = m_auth->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("admin-pass-1"));
        if (admin)
            m_admin = admin.value();
    }

    bool ok() const { return m_admin.has_value(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    store::Workspace& workspace() { return *m_ws; }
    auth::AuthService& auth() { return *m_auth; }
    const auth::Session& admin() const { return *m_admin; }

    // Adds an operator (password NAME-pass-2026) and logs them in.
    Result<auth::Session> addOperator(const QString& name, auth::Role role, const QString& displayName = {})
    {
        const QString password = name + QStringLiteral("-pass-2026");
        if (auto added = auth::OperatorService(*m_auth).add(*m_admin, name, displayName, role, password); !added)
            return Result<auth::Session>(added.status());
        return m_auth->login(name, password);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<auth::AuthService> m_auth;
    std::optional<auth::Session> m_admin;
};

} // namespace lx::test
