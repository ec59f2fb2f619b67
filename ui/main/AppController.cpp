#include "main/AppController.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/LanguageManager.h"
#include "demo/DemoWorkspace.h"
#include "inference/DemoModel.h"
#include "login/FirstAdminDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/WelcomeDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Workspace.h"
#include "tasks/TaskRunner.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaObject>
#include <QStandardPaths>

namespace lx::ui {

namespace {
struct Opened
{
    std::shared_ptr<store::Workspace> workspace;
    QString error;
    bool demo = false;
    bool needsAdmin = false;
};
} // namespace

AppController::AppController(LanguageManager& languages, QObject* parent) : QObject(parent), m_languages(languages)
{
}

AppController::~AppController()
{
    closeWorkspace();
    delete m_welcome;
    delete m_error;
}

QString AppController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.lingxi"));
}

void AppController::start(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        openWorkspace(explicitPath, true);
        return;
    }
    const QString path = SettingsDialog::startupWorkspace();
    if (QFileInfo::exists(path))
        openWorkspace(path, false);
    else
        showWelcome(QString());
}

void AppController::closeWorkspace()
{
    delete m_main;
    delete m_login;
    delete m_firstAdmin;
    m_auth.reset();
    m_workspace.reset();
}

void AppController::openWorkspace(const QString& path, bool createIfMissing)
{
    closeWorkspace();
    runAsync<std::shared_ptr<Opened>>(
        this,
        [path, createIfMissing] {
            auto out = std::make_shared<Opened>();
            store::OpenOptions options;
            options.createIfMissing = createIfMissing;
            auto ws = store::Workspace::open(path, options);
            if (!ws) {
                out->error = ws.error();
                return out;
            }
            out->workspace = std::shared_ptr<store::Workspace>(ws.take());
            out->demo = out->workspace->info().demo;
            // A demo opened again hours after it was built gets a fresh morning at the desk.
            if (out->demo) {
                if (auto refreshed = demo::DemoWorkspace::refreshIfStale(*out->workspace, QDateTime::currentMSecsSinceEpoch()); !refreshed)
                    qWarning("demo desk not refreshed: %s", qPrintable(refreshed.error()));
            }
            auth::AuthService probe(*out->workspace);
            auto needs = probe.needsFirstAdmin();
            out->needsAdmin = needs && needs.value();
            return out;
        },
        [this, path](const std::shared_ptr<Opened>& opened) {
            if (!opened->error.isEmpty()) {
                showError(opened->error);
                Q_EMIT workspaceFailed(opened->error);
                return;
            }
            m_workspace = opened->workspace;
            m_isDemo = opened->demo;
            SettingsDialog::setStartupWorkspace(m_workspace->path());
            m_auth = std::make_unique<auth::AuthService>(*m_workspace);
            if (m_welcome)
                m_welcome->deleteLater();
            Q_EMIT workspaceOpened(m_workspace->path());
            if (!opened->needsAdmin) {
                showLogin();
                return;
            }
            m_firstAdmin = new FirstAdminDialog(*m_auth);
            m_firstAdmin->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_firstAdmin, &QDialog::accepted, this, [this] {
                if (m_firstAdmin && m_firstAdmin->session())
                    showMainWindow(*m_firstAdmin->session());
            });
            m_firstAdmin->open();
        });
}

void AppController::showError(const QString& reason)
{
    delete m_error;
    m_error = new QMessageBox(QMessageBox::Critical, tr("Lingxi — workspace"),
                              tr("The workspace cannot be opened."), QMessageBox::Ok);
    m_error->setObjectName(QStringLiteral("workspaceErrorDialog"));
    m_error->setInformativeText(reason);
    m_error->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_error, &QMessageBox::finished, this, [this, reason] { showWelcome(reason); });
    m_error->open();
}

void AppController::showWelcome(const QString& problem)
{
    if (m_welcome)
        m_welcome->deleteLater();
    m_welcome = new WelcomeDialog(problem);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomeDialog::demoChosen, this, [this] {
        if (QFileInfo::exists(demoPath()))
            openWorkspace(demoPath(), false);
        else
            createDemo(demoPath(), true);
    });
    connect(m_welcome, &WelcomeDialog::emptyChosen, this, &AppController::chooseNew);
    connect(m_welcome, &WelcomeDialog::openChosen, this, &AppController::chooseExisting);
    m_welcome->open();
}

void AppController::showLogin()
{
    m_login = new LoginDialog(*m_auth, m_languages, m_isDemo);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::accepted, this, [this] {
        if (m_login && m_login->session())
            showMainWindow(*m_login->session());
    });
    connect(m_login, &LoginDialog::switchWorkspaceRequested, this, [this] {
        if (m_login)
            m_login->close();
        chooseExisting();
    });
    m_login->open();
}

void AppController::showMainWindow(const auth::Session& session)
{
    m_main = new MainWindow(*m_workspace, *m_auth, session, m_languages);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::logoutRequested, this, &AppController::logout);
    connect(m_main, &MainWindow::openWorkspaceRequested, this, &AppController::chooseExisting);
    connect(m_main, &MainWindow::createDemoRequested, this, [this] {
        auto* dialog = new QFileDialog(m_main, tr("Create a demo workspace"),
                                       QFileInfo(demoPath()).absolutePath(), tr("Lingxi workspace (*.lingxi)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectFile(QStringLiteral("demo-%1.lingxi").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& f) { createDemo(f, false); });
        dialog->open();
    });
    m_main->show();
    Q_EMIT loggedIn();
}

void AppController::logout()
{
    if (m_main) {
        if (!m_main->close())
            return; // the operator chose to stay with unsaved edits
        auth::AuthService* auth = m_auth.get();
        const auth::Session session = m_main->context().session;
        runAsync<Status>(this, [auth, session] { return auth->record(session, QStringLiteral("auth.logout"), session.name()); },
                         [](const Status&) {});
    }
    Q_EMIT loggedOut();
    showLogin();
}

void AppController::chooseExisting()
{
    auto* dialog = new QFileDialog(nullptr, tr("Open a workspace"),
                                   m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                               : QFileInfo(store::Workspace::defaultPath()).absolutePath(),
                                   tr("Lingxi workspace (*.lingxi);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& f) { openWorkspace(f, false); });
    dialog->open();
}

void AppController::chooseNew()
{
    auto* dialog = new QFileDialog(nullptr, tr("Create a workspace"), QFileInfo(store::Workspace::defaultPath()).absolutePath(),
                                   tr("Lingxi workspace (*.lingxi)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QFileInfo(store::Workspace::defaultPath()).fileName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& f) {
        if (QFileInfo::exists(f)) {
            showError(tr("%1 already exists. Open it with “Open an existing workspace…”; a new workspace never "
                         "overwrites a file.")
                          .arg(f));
            return;
        }
        openWorkspace(f, true);
    });
    dialog->open();
}

void AppController::createDemo(const QString& path, bool fromWelcome)
{
    QPointer<WelcomeDialog> welcome = fromWelcome ? m_welcome : nullptr;
    auto progress = [welcome](int step, int steps, const QString& text) {
        QMetaObject::invokeMethod(
            qApp, [welcome, step, steps, text] {
                if (welcome)
                    welcome->setDemoProgress(step, steps, text);
            },
            Qt::QueuedConnection);
        return true;
    };
    runAsync<Status>(
        this, [path, progress] { return demo::DemoWorkspace::create(path, progress, inference::addDemoModel); },
        [this, path, welcome](const Status& st) {
            if (!st) {
                if (welcome)
                    welcome->setDemoFailed(st.error());
                else
                    showError(st.error());
                return;
            }
            openWorkspace(path, false);
        });
}

} // namespace lx::ui
