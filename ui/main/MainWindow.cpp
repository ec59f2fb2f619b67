#include "main/MainWindow.h"

#include "common/Prompt.h"

#include "account/AccountWidget.h"
#include "audit/AuditWidget.h"
#include "auth/AuthService.h"
#include "common/LanguageManager.h"
#include "desk/DeskMonitor.h"
#include "experiments/ExperimentsWidget.h"
#include "profiles/ProfilesWidget.h"
#include "models/ModelsWidget.h"
#include "desk/DeskWidget.h"
#include "dashboard/DashboardWidget.h"
#include "quality/ModelQualityWidget.h"
#include "graph/KnowledgeGraphWidget.h"
#include "main/AboutDialog.h"
#include "main/NotificationCenter.h"
#include "desk/QueueWidget.h"
#include "operators/OperatorsWidget.h"
#include "settings/SettingsDialog.h"
#include "store/Workspace.h"
#include "tasks/TaskProgressWidget.h"
#include "lexicons/LexiconsWidget.h"
#include "templates/DialogueFlowWidget.h"
#include "templates/TemplatesWidget.h"
#include "tasks/TaskRunner.h"
#include "workspace/WorkspaceWidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

#include <optional>

#include <functional>

namespace lx::ui {

struct MainWindow::Panel
{
    QString key;
    std::function<QString()> title;
    QWidget* widget = nullptr;
    QListWidgetItem* item = nullptr;
};

MainWindow::MainWindow(store::Workspace& workspace, auth::AuthService& auth, const auth::Session& session,
                       LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_runner = new tasks::TaskRunner(this);
    // The desk's housekeeping runs for this window whichever panel is open (one monitor per
    // workspace across processes: DeskMonitor holds a lock beside the file).
    const qint64 openedMs = auth.nowMs();
    m_monitor = new desk::DeskMonitor(auth, this);
    m_ctx = std::make_unique<UiContext>(UiContext{workspace, auth, session, *m_runner, m_monitor});
    m_monitor->start();

    auto* central = new QWidget(this);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { border: none; background: palette(window); }"
                                               "QListWidget#navigation::item { padding: 8px 6px; }"
                                               "QListWidget#navigation::item:selected { background: #1565c0; "
                                               "color: white; border-radius: 4px; }"));
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("panelStack"));
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("statusOperator"));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("statusWorkspace"));
    m_taskWidget = new TaskProgressWidget(*m_runner, this);
    statusBar()->addWidget(m_who);
    statusBar()->addWidget(m_where, 1);
    statusBar()->addPermanentWidget(m_taskWidget);

    buildPanels();
    buildMenus();
    m_notifications = new NotificationCenter(*m_ctx, this, openedMs);
    statusBar()->addPermanentWidget(m_notifications->button());
    connect(m_notifications, &NotificationCenter::unreadChanged, this, &MainWindow::retranslate);
    connect(m_notifications, &NotificationCenter::openConversation, this, [this](qint64 id) {
        if (!showPanel(QStringLiteral("desk")))
            return;
        if (auto* desk = findChild<DeskWidget*>())
            desk->queue()->selectConversation(id);
        raise();
        activateWindow();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    retranslate();
    resize(1360, 840);
}

MainWindow::~MainWindow()
{
    // Panels own services their tasks borrow: stop the tasks before the panels go.
    m_monitor->stop();
    m_runner->abortAndWait();
    qDeleteAll(m_panels);
}

void MainWindow::buildPanels()
{
    struct Spec
    {
        const char* key;
        auth::Permission permission;
        QStyle::StandardPixmap icon;
        std::function<QString()> title;
        std::function<QWidget*()> make;
        QList<auth::Permission> orPermissions = {}; // other roles' ways in (to their own slice)
    };
    UiContext& ctx = *m_ctx;
    const QList<Spec> specs = {
        {"desk", auth::Permission::HandleConversations, QStyle::SP_MessageBoxQuestion, [] { return tr("Conversations"); },
         [&ctx, this] { return new DeskWidget(ctx, m_stack); }},
        {"dashboard", auth::Permission::ViewDashboard, QStyle::SP_FileDialogInfoView, [] { return tr("Dashboard"); },
         [&ctx, this] { return new DashboardWidget(ctx, m_stack); },
         {auth::Permission::ViewExperiments, auth::Permission::HandleConversations}},
        {"account", auth::Permission::ChangeOwnPassword, QStyle::SP_DirHomeIcon, [] { return tr("My account"); },
         [&ctx, this] { return new AccountWidget(ctx, m_stack); }},
        {"templates", auth::Permission::ViewTemplates, QStyle::SP_FileDialogListView, [] { return tr("Templates"); },
         [&ctx, this] { return new TemplatesWidget(ctx, content::ContentKind::Template, m_stack); }},
        {"scripts", auth::Permission::UseScripts, QStyle::SP_MessageBoxInformation, [] { return tr("Scripts"); },
         [&ctx, this] { return new TemplatesWidget(ctx, content::ContentKind::Script, m_stack); }},
        {"dialogue", auth::Permission::EditScripts, QStyle::SP_MessageBoxQuestion, [] { return tr("Bot dialogue"); },
         [&ctx, this] { return new DialogueFlowWidget(ctx, m_stack); }},
        {"experiments", auth::Permission::ViewExperiments, QStyle::SP_FileDialogInfoView, [] { return tr("Experiments"); },
         [&ctx, this] { return new ExperimentsWidget(ctx, m_stack); }},
        {"profiles", auth::Permission::ViewProfiles, QStyle::SP_DirOpenIcon, [] { return tr("Profiles"); },
         [&ctx, this] { return new ProfilesWidget(ctx, m_stack); }},
        {"quality", auth::Permission::ViewModelQuality, QStyle::SP_DialogApplyButton, [] { return tr("Model quality"); },
         [&ctx, this] { return new ModelQualityWidget(ctx, m_stack); }, {auth::Permission::HandleConversations}},
        {"models", auth::Permission::TrainModels, QStyle::SP_ComputerIcon, [] { return tr("Sentiment models"); },
         [&ctx, this] { return new ModelsWidget(ctx, m_stack); }},
        {"graph", auth::Permission::ViewGraph, QStyle::SP_DirLinkIcon, [] { return tr("Knowledge graph"); },
         [&ctx, this] { return new KnowledgeGraphWidget(ctx, m_stack); }},
        {"lexicons", auth::Permission::ManageLexicons, QStyle::SP_FileDialogListView, [] { return tr("Lexicons"); },
         [&ctx, this] { return new LexiconsWidget(ctx, m_stack); }},
        {"operators", auth::Permission::ManageOperators, QStyle::SP_FileDialogDetailedView,
         [] { return tr("Operators"); }, [&ctx, this] { return new OperatorsWidget(ctx, m_stack); }},
        {"audit", auth::Permission::ViewAudit, QStyle::SP_FileDialogContentsView, [] { return tr("Audit log"); },
         [&ctx, this] { return new AuditWidget(ctx, m_stack); }},
        {"workspace", auth::Permission::ManageWorkspace, QStyle::SP_DriveHDIcon, [] { return tr("Workspace"); },
         [&ctx, this] { return new WorkspaceWidget(ctx, m_stack); }},
    };
    QList<AccountWidget::PanelShown> shown;
    for (const Spec& s : specs) {
        bool allowed = m_ctx->session.can(s.permission);
        const bool own = !allowed;
        for (auth::Permission p : s.orPermissions)
            allowed = allowed || m_ctx->session.can(p);
        if (!allowed)
            continue;
        auto* p = new Panel{QString::fromLatin1(s.key), s.title, s.make(), nullptr};
        p->item = new QListWidgetItem(style()->standardIcon(s.icon), p->title(), m_navigation);
        p->item->setData(Qt::UserRole, p->key);
        m_stack->addWidget(p->widget);
        m_panels.append(p);
        shown.append(AccountWidget::PanelShown{s.title, s.permission, own});
    }
    // The account page lists what the role allows as the window shows it (issue 23 #11).
    for (Panel* p : std::as_const(m_panels)) {
        if (auto* account = qobject_cast<AccountWidget*>(p->widget))
            account->setPanels(shown);
    }
}

void MainWindow::buildMenus()
{
    m_workspaceMenu = menuBar()->addMenu(QString());
    m_openAction = m_workspaceMenu->addAction(QString(), this, &MainWindow::openWorkspaceRequested);
    m_openAction->setObjectName(QStringLiteral("actionOpenWorkspace"));
    m_demoAction = m_workspaceMenu->addAction(QString(), this, &MainWindow::createDemoRequested);
    m_demoAction->setObjectName(QStringLiteral("actionCreateDemo"));
    m_workspaceMenu->addSeparator();
    m_settingsAction = m_workspaceMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_workspaceMenu->addSeparator();
    m_logoutAction = m_workspaceMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_logoutAction->setObjectName(QStringLiteral("actionLogout"));
    m_quitAction = m_workspaceMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::openAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::retranslate()
{
    const auth::Session& s = m_ctx->session;
    const QString title = tr("Lingxi — %1").arg(QFileInfo(m_ctx->workspace.path()).fileName());
    // Unread notifications show in the title, so that the taskbar says so too.
    const int unread = m_notifications ? m_notifications->unread() : 0;
    setWindowTitle(unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(title) : title);
    if (m_notifications)
        m_notifications->retranslate();
    for (Panel* p : std::as_const(m_panels))
        p->item->setText(p->title());
    m_who->setText(tr("%1 · %2").arg(s.displayName().isEmpty() ? s.name() : s.displayName(),
                                     auth::AuthService::roleTitle(s.role())));
    m_where->setText(m_ctx->workspace.path());
    m_workspaceMenu->setTitle(tr("&Workspace"));
    m_openAction->setText(tr("&Open workspace…"));
    m_demoAction->setText(tr("Create &demo workspace…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Lingxi"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmUnsavedEdits()) {
        event->ignore();
        return;
    }
    m_runner->abortAll();
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmUnsavedEdits()
{
    // Closing, logging out or quitting would drop what the template, script and flow editors hold.
    for (Panel* p : std::as_const(m_panels)) {
        auto* templates = qobject_cast<TemplatesWidget*>(p->widget);
        auto* flows = qobject_cast<DialogueFlowWidget*>(p->widget);
        if (!(templates && templates->hasUnsavedChanges()) && !(flows && flows->hasUnsavedChanges()))
            continue;
        const auto answer = Prompt::unsaved(this, tr("Unsaved changes"),
                                            tr("“%1” has changes that are not saved yet.").arg(p->title()));
        if (answer == QMessageBox::Cancel) {
            showPanel(p->key);
            return false;
        }
        if (answer == QMessageBox::Save) {
            // The save runs on; the editor waits for it before it goes away.
            if (templates)
                templates->save();
            else
                flows->save();
        }
    }
    return true;
}

QStringList MainWindow::panelKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_navigation->count(); ++i)
        keys << m_navigation->item(i)->data(Qt::UserRole).toString();
    return keys;
}

bool MainWindow::showPanel(const QString& key)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == key) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget* MainWindow::panel(const QString& key) const
{
    for (Panel* p : m_panels) {
        if (p->key == key)
            return p->widget;
    }
    return nullptr;
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_languages, m_ctx->workspace.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lx::ui
