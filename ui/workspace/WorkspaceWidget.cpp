#include "workspace/WorkspaceWidget.h"

#include "desk/DeskMonitor.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "store/Workspace.h"
#include "tasks/TaskRunner.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lx::ui {

namespace {
constexpr int kInfoRows = 8;
}

WorkspaceWidget::WorkspaceWidget(UiContext& context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("workspacePanel"));
    m_infoBox = new QGroupBox(this);
    m_form = new QFormLayout(m_infoBox);
    for (int i = 0; i < kInfoRows; ++i) {
        auto* key = new QLabel(m_infoBox);
        auto* value = new QLabel(m_infoBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("workspaceInfo%1").arg(i));
        m_form->addRow(key, value);
        m_keys << key;
        m_values << value;
    }

    m_toolsBox = new QGroupBox(this);
    m_check = new QPushButton(m_toolsBox);
    m_check->setObjectName(QStringLiteral("workspaceCheck"));
    m_checkResult = new QLabel(m_toolsBox);
    m_checkResult->setObjectName(QStringLiteral("workspaceCheckResult"));
    m_checkResult->setWordWrap(true);
    m_backupLabel = new QLabel(m_toolsBox);
    m_backupPath = new QLineEdit(m_toolsBox);
    m_backupPath->setObjectName(QStringLiteral("workspaceBackupPath"));
    m_backupPath->setText(suggestedBackupPath());
    m_browse = new QPushButton(m_toolsBox);
    m_browse->setObjectName(QStringLiteral("workspaceBrowse"));
    m_backup = new QPushButton(m_toolsBox);
    m_backup->setObjectName(QStringLiteral("workspaceBackup"));
    m_backupResult = new QLabel(m_toolsBox);
    m_backupResult->setObjectName(QStringLiteral("workspaceBackupResult"));
    m_backupResult->setWordWrap(true);
    auto* checkRow = new QHBoxLayout();
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_checkResult, 1);
    auto* backupRow = new QHBoxLayout();
    backupRow->addWidget(m_backupLabel);
    backupRow->addWidget(m_backupPath, 1);
    backupRow->addWidget(m_browse);
    backupRow->addWidget(m_backup);
    auto* tools = new QVBoxLayout(m_toolsBox);
    tools->addLayout(checkRow);
    tools->addLayout(backupRow);
    tools->addWidget(m_backupResult);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_infoBox);
    layout->addWidget(m_toolsBox);
    layout->addStretch();

    connect(m_check, &QPushButton::clicked, this, &WorkspaceWidget::startCheck);
    connect(m_backup, &QPushButton::clicked, this, &WorkspaceWidget::startBackup);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Back up the workspace to"), QFileInfo(m_backupPath->text()).absolutePath(),
                                       tr("Lingxi workspace (*.lingxi)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectFile(QFileInfo(m_backupPath->text()).fileName());
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& f) { m_backupPath->setText(f); });
        dialog->open();
    });
    retranslate();
    // Operators added, entries logged: the figures follow the workspace's commits.
    if (m_ctx.monitor)
        connect(m_ctx.monitor, &desk::DeskMonitor::changed, this, &WorkspaceWidget::refreshInfo);
}

QString WorkspaceWidget::suggestedBackupPath() const
{
    const QFileInfo ws(m_ctx.workspace.path());
    return QDir(ws.absolutePath())
        .filePath(ws.completeBaseName() + QStringLiteral("-backup-")
                  + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".lingxi"));
}

void WorkspaceWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkspaceWidget::retranslate()
{
    m_infoBox->setTitle(tr("This workspace"));
    const QStringList keys{tr("File"),          tr("Workspace id"), tr("Created"),   tr("Schema version"),
                           tr("Size on disk"), tr("Operators"),    tr("Audit log"), tr("Demo workspace")};
    for (int i = 0; i < kInfoRows; ++i)
        m_keys[i]->setText(keys.at(i));
    m_toolsBox->setTitle(tr("Integrity and backup"));
    m_check->setText(tr("Check integrity"));
    m_backupLabel->setText(tr("Backup file"));
    m_browse->setText(tr("Browse…"));
    m_backup->setText(tr("Back up now"));
    refreshInfo();
}

void WorkspaceWidget::refreshInfo()
{
    store::Workspace* ws = &m_ctx.workspace;
    runAsync<store::WorkspaceInfo>(this, [ws] { return ws->info(); }, [this](const store::WorkspaceInfo& info) {
        const QStringList values{
            info.path,
            info.workspaceId,
            QLocale().toString(QDateTime::fromString(info.createdAt, Qt::ISODate).toLocalTime(), QLocale::LongFormat),
            tr("%1 (this version writes %2)").arg(info.schemaVersion).arg(info.latestSchemaVersion),
            QLocale().formattedDataSize(info.sizeBytes),
            QString::number(info.operators),
            tr("%n entries", nullptr, int(info.auditEntries)),
            info.demo ? tr("yes") : tr("no")};
        for (int i = 0; i < kInfoRows; ++i)
            m_values[i]->setText(values.at(i));
    });
}

void WorkspaceWidget::startCheck()
{
    store::Workspace* ws = &m_ctx.workspace;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    auto report = std::make_shared<store::CheckReport>();
    auto* task = new tasks::Task(tr("Checking the workspace"), [ws, auth, session, report](tasks::Task& t) {
        if (auto st = auth->require(session, auth::Permission::ManageWorkspace, QStringLiteral("workspace.check")); !st)
            return st;
        t.setStatus(tr("integrity and foreign keys"));
        *report = ws->check();
        auth->record(session, QStringLiteral("workspace.check"), QFileInfo(ws->path()).fileName(),
                     QJsonObject{{QStringLiteral("ok"), report->ok}});
        if (report->ok)
            return Status::success();
        return Status::failure(tr("%n problem(s) found", nullptr,
                                  int(report->integrityProblems.size() + report->foreignKeyProblems.size())));
    });
    m_check->setEnabled(false);
    connect(task, &tasks::Task::finished, this, [this, task, report] {
        m_check->setEnabled(true);
        const bool ok = task->state() == tasks::Task::State::Succeeded;
        m_checkResult->setStyleSheet(ok ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
        m_checkResult->setText(ok ? tr("Integrity ok, foreign keys ok.")
                                  : (report->integrityProblems + report->foreignKeyProblems).join(QLatin1Char('\n'))
                                        + task->failureReason());
        Q_EMIT checkFinished(ok);
    });
    m_ctx.tasks.start(task);
}

void WorkspaceWidget::startBackup()
{
    const QString destination = m_backupPath->text().trimmed();
    store::Workspace* ws = &m_ctx.workspace;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    auto* task = new tasks::Task(tr("Backing up the workspace"), [ws, auth, session, destination](tasks::Task& t) {
        if (auto st = auth->require(session, auth::Permission::ManageWorkspace, QStringLiteral("workspace.backup"));
            !st)
            return st;
        auto st = ws->backupTo(destination, [&t](qint64 done, qint64 total) {
            t.setProgress(done, total);
            return !t.isAborted();
        });
        if (st)
            auth->record(session, QStringLiteral("workspace.backup"), QFileInfo(destination).fileName());
        return st;
    });
    m_backup->setEnabled(false);
    m_backupResult->clear();
    connect(task, &tasks::Task::finished, this, [this, task, destination] {
        m_backup->setEnabled(true);
        const bool ok = task->state() == tasks::Task::State::Succeeded;
        m_backupResult->setStyleSheet(ok ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
        m_backupResult->setText(ok ? tr("Backed up to %1 (%2).")
                                         .arg(destination, QLocale().formattedDataSize(QFileInfo(destination).size()))
                                   : task->failureReason());
        if (ok)
            m_backupPath->setText(suggestedBackupPath());
        refreshInfo();
        Q_EMIT backupFinished(ok);
    });
    m_ctx.tasks.start(task);
}

} // namespace lx::ui
