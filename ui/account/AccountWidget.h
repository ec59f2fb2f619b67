#pragma once

#include "common/UiContext.h"

#include <QWidget>

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
    AccountWidget(UiContext& context, QWidget* parent = nullptr);

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
