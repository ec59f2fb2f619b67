#pragma once

#include "common/Result.h"
#include "common/UiContext.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lx::auth {
class OperatorService;
}

namespace lx::models {
class OperatorTableModel;
}

namespace lx::ui {

// The admin's Operators panel: who works here, in which role, and whether they can log in.
// Every action goes through OperatorService, which checks permission and audits it.
class OperatorsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorsWidget)

public:
    OperatorsWidget(UiContext& context, QWidget* parent = nullptr);
    void reload();

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSelection();
    qint64 selectedId() const;
    // Runs an OperatorService call as the logged-in operator off the GUI thread, then reloads.
    using Action = std::function<Status(auth::OperatorService& operators, const auth::Session& actor)>;
    void runAction(const Action& action, const QString& doneText);
    void showMessage(const QString& text, bool error);

    UiContext& m_ctx;
    models::OperatorTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;

    QGroupBox* m_selectedBox = nullptr;
    QLabel* m_selectedName = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_applyRole = nullptr;
    QPushButton* m_toggleDisabled = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_resetLabel = nullptr;
    QLineEdit* m_resetPassword = nullptr;
    QPushButton* m_reset = nullptr;

    QGroupBox* m_addBox = nullptr;
    QLabel* m_addNameLabel = nullptr;
    QLabel* m_addDisplayLabel = nullptr;
    QLabel* m_addRoleLabel = nullptr;
    QLabel* m_addPasswordLabel = nullptr;
    QLineEdit* m_addName = nullptr;
    QLineEdit* m_addDisplay = nullptr;
    QComboBox* m_addRole = nullptr;
    QLineEdit* m_addPassword = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace lx::ui
