#pragma once

#include "auth/Session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lx::auth {
class AuthService;
}

namespace lx::ui {

// First start of an empty workspace: creates the admin account that manages everyone else.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminDialog)

public:
    explicit FirstAdminDialog(auth::AuthService& auth, QWidget* parent = nullptr);
    const std::optional<auth::Session>& session() const { return m_session; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void create();

    auth::AuthService& m_auth;
    std::optional<auth::Session> m_session;
    QLabel* m_intro = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_displayLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace lx::ui
