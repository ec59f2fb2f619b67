#pragma once

#include "auth/Session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QGroupBox;

namespace lx::auth {
class AuthService;
}

namespace lx::ui {

class LanguageManager;

// Asks for an operator name and password. The check (scrypt, deliberately slow) runs off the
// GUI thread. On a demo workspace, and only there, it lists the demo logins.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(auth::AuthService& auth, LanguageManager& languages, bool demoWorkspace, QWidget* parent = nullptr);

    const std::optional<auth::Session>& session() const { return m_session; }

Q_SIGNALS:
    void switchWorkspaceRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void attemptLogin();
    void setBusy(bool busy);

    auth::AuthService& m_auth;
    LanguageManager& m_languages;
    bool m_demo = false;
    std::optional<auth::Session> m_session;

    QLabel* m_title = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_switch = nullptr;
    QGroupBox* m_demoBox = nullptr;
    QLabel* m_demoHint = nullptr;
    QTableWidget* m_demoTable = nullptr;
};

} // namespace lx::ui
