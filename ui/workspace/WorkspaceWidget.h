#pragma once

#include "common/UiContext.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lx::ui {

// The admin's view of the workspace file: what it is, an integrity check, and an online backup,
// both as background tasks shown in the status bar.
class WorkspaceWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceWidget)

public:
    WorkspaceWidget(UiContext& context, QWidget* parent = nullptr);
    void refreshInfo();
    void startCheck();
    void startBackup();

Q_SIGNALS:
    void checkFinished(bool ok);
    void backupFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString suggestedBackupPath() const;

    UiContext& m_ctx;
    QGroupBox* m_infoBox = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_keys;
    QList<QLabel*> m_values;
    QGroupBox* m_toolsBox = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_checkResult = nullptr;
    QLabel* m_backupLabel = nullptr;
    QLineEdit* m_backupPath = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_backup = nullptr;
    QLabel* m_backupResult = nullptr;
};

} // namespace lx::ui
