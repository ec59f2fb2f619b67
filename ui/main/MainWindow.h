#pragma once

#include "auth/Session.h"
#include "common/UiContext.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QAction;
class QMenu;

namespace lx::tasks {
class TaskRunner;
}
namespace lx::desk {
class DeskMonitor;
}

namespace lx::ui {

class LanguageManager;
class TaskProgressWidget;

// The logged-in workstation: a navigation listing exactly the panels the operator's role may
// use, the panels, menus, and a status bar with who is logged in and the running tasks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(store::Workspace& workspace, auth::AuthService& auth, const auth::Session& session,
               LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Keys of the panels in the navigation, in order ("account", "operators", "audit", ...).
    QStringList panelKeys() const;
    bool showPanel(const QString& key);
    QWidget* panel(const QString& key) const;
    tasks::TaskRunner& taskRunner() { return *m_runner; }
    const UiContext& context() const { return *m_ctx; }
    class NotificationCenter* notifications() const { return m_notifications; }

Q_SIGNALS:
    void logoutRequested();
    void openWorkspaceRequested();
    void createDemoRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Panel;
    void buildPanels();
    // Asks Save / Discard / Cancel for each editor with unsaved changes; false: the operator stays.
    bool confirmUnsavedEdits();
    void buildMenus();
    void retranslate();
    void openSettings();
    void openAbout();

    LanguageManager& m_languages;
    tasks::TaskRunner* m_runner = nullptr;
    desk::DeskMonitor* m_monitor = nullptr;
    class NotificationCenter* m_notifications = nullptr;
    std::unique_ptr<UiContext> m_ctx;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_where = nullptr;
    TaskProgressWidget* m_taskWidget = nullptr;
    QList<Panel*> m_panels;

    QMenu* m_workspaceMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_logoutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace lx::ui
