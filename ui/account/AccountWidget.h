#pragma once

#include "auth/Permission.h"
#include "common/UiContext.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QGroupBox;

namespace lx::ui {

// Every operator's own page: who they are, what their role lets them do, and a password change.
class AccountWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountWidget)

public:
    // A panel of the operator's window, as the main window decided it: its title (in the current
    // language), the permission it stands for, and whether the role sees only its own part of it
    // (an agent's dashboard, through another permission).
    struct PanelShown
    {
        std::function<QString()> title;
        auth::Permission permission;
        bool ownPartOnly = false;
    };

    AccountWidget(UiContext& context, QWidget* parent = nullptr);
    // The panels the window shows, so that the list of what the role allows matches them.
    void setPanels(const QList<PanelShown>& panels);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void changePassword();

    UiContext& m_ctx;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QGroupBox* m_permissionsBox = nullptr;
    QListWidget* m_permissions = nullptr;
    QLabel* m_panelsLabel = nullptr;
    QList<PanelShown> m_panels;
    QGroupBox* m_passwordBox = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_newLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_change = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lx::ui
