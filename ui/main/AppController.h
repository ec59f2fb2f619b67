#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

#include <QMessageBox>

#include "login/FirstAdminDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/WelcomeDialog.h"

namespace lx::store {
class Workspace;
}
namespace lx::auth {
class AuthService;
class Session;
}

namespace lx::ui {

class LanguageManager;

// The application's flow: open (or offer) a workspace, ask for the first admin or a login,
// show the role's main window, and go back on log-out or a switch of workspace. Everything slow
// (opening, scrypt, the demo) runs off the GUI thread; every dialog is shown with open().
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(LanguageManager& languages, QObject* parent = nullptr);
    ~AppController() override;

    // explicitPath: from --workspace; empty means the saved start-up workspace.
    void start(const QString& explicitPath = {});
    void openWorkspace(const QString& path, bool createIfMissing);

    static QString demoPath();

    store::Workspace* workspace() const { return m_workspace.get(); }
    MainWindow* mainWindow() const { return m_main; }
    LoginDialog* loginDialog() const { return m_login; }
    WelcomeDialog* welcomeDialog() const { return m_welcome; }
    FirstAdminDialog* firstAdminDialog() const { return m_firstAdmin; }
    QMessageBox* errorDialog() const { return m_error; }

Q_SIGNALS:
    void workspaceOpened(const QString& path);
    void workspaceFailed(const QString& reason);
    void loggedIn();
    void loggedOut();

private:
    void closeWorkspace();
    void showWelcome(const QString& problem);
    void showError(const QString& reason);
    void showLogin();
    void showMainWindow(const auth::Session& session);
    void logout();
    void chooseExisting();
    void chooseNew();
    void createDemo(const QString& path, bool fromWelcome);

    LanguageManager& m_languages;
    std::shared_ptr<store::Workspace> m_workspace;
    bool m_isDemo = false;
    std::unique_ptr<auth::AuthService> m_auth;
    QPointer<MainWindow> m_main;
    QPointer<LoginDialog> m_login;
    QPointer<WelcomeDialog> m_welcome;
    QPointer<FirstAdminDialog> m_firstAdmin;
    QPointer<QMessageBox> m_error;
};

} // namespace lx::ui
