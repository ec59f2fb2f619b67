#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QDialogButtonBox;

namespace lx::ui {

class LanguageManager;

// Per-user settings: the interface language (applied at once), the workspace file opened at
// start-up and the reply model's folder on this machine. Workspace-wide policies belong to the admin panels, not here.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(LanguageManager& languages, const QString& currentWorkspace, QWidget* parent = nullptr);

    static QString startupWorkspace();
    static void setStartupWorkspace(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void save();

    LanguageManager& m_languages;
    QString m_currentWorkspace;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLineEdit* m_workspace = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_useDefault = nullptr;
    QLabel* m_replyModelLabel = nullptr;
    QLineEdit* m_replyModel = nullptr;
    QPushButton* m_replyModelBrowse = nullptr;
    QLabel* m_replyModelNote = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lx::ui
