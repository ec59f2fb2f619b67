#include "login/LoginDialog.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/LanguageManager.h"
#include "demo/DemoWorkspace.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lx::ui {

LoginDialog::LoginDialog(auth::AuthService& auth, LanguageManager& languages, bool demoWorkspace, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_languages(languages), m_demo(demoWorkspace)
{
    setObjectName(QStringLiteral("loginDialog"));
    setMinimumWidth(460);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("loginWorkspace"));
    m_workspaceLabel->setWordWrap(true);
    m_workspaceLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("loginName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("loginLanguage"));
    for (const QString& code : LanguageManager::available())
        m_language->addItem(LanguageManager::displayName(code), code);
    m_language->setCurrentIndex(m_language->findData(m_languages.current()));

    m_nameLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    auto* form = new QFormLayout();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_switch = new QPushButton(this);
    m_switch->setObjectName(QStringLiteral("loginSwitchWorkspace"));
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_switch);
    buttons->addStretch();
    buttons->addWidget(m_login);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_workspaceLabel);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);

    if (m_demo) {
        m_demoBox = new QGroupBox(this);
        m_demoBox->setObjectName(QStringLiteral("demoLogins"));
        m_demoHint = new QLabel(m_demoBox);
        m_demoHint->setWordWrap(true);
        m_demoTable = new QTableWidget(m_demoBox);
        m_demoTable->setObjectName(QStringLiteral("demoLoginTable"));
        m_demoTable->setColumnCount(3);
        m_demoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_demoTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_demoTable->verticalHeader()->hide();
        m_demoTable->horizontalHeader()->setStretchLastSection(true);
        const auto logins = demo::DemoWorkspace::logins();
        m_demoTable->setRowCount(int(logins.size()));
        for (int i = 0; i < logins.size(); ++i) {
            m_demoTable->setItem(i, 0, new QTableWidgetItem(logins.at(i).name));
            m_demoTable->setItem(i, 1, new QTableWidgetItem(logins.at(i).password));
            auto* roleItem = new QTableWidgetItem();
            roleItem->setData(Qt::UserRole, auth::roleKey(logins.at(i).role));
            m_demoTable->setItem(i, 2, roleItem);
        }
        m_demoTable->setMinimumHeight(m_demoTable->verticalHeader()->defaultSectionSize() * (int(logins.size()) + 1) + 6);
        auto* demoLayout = new QVBoxLayout(m_demoBox);
        demoLayout->addWidget(m_demoHint);
        demoLayout->addWidget(m_demoTable);
        layout->addWidget(m_demoBox);
        connect(m_demoTable, &QTableWidget::cellClicked, this, [this](int row, int) {
            m_name->setText(m_demoTable->item(row, 0)->text());
            m_password->setText(m_demoTable->item(row, 1)->text());
        });
        connect(m_demoTable, &QTableWidget::cellDoubleClicked, this, [this](int, int) { attemptLogin(); });
    }
    layout->addLayout(buttons);

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(m_switch, &QPushButton::clicked, this, &LoginDialog::switchWorkspaceRequested);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int) { m_languages.setLanguage(m_language->currentData().toString()); });
    retranslate();
    m_name->setFocus();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Lingxi — log in"));
    m_title->setText(tr("Log in to Lingxi"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_auth.workspace().path()));
    m_nameLabel->setText(tr("Operator name"));
    m_passwordLabel->setText(tr("Password"));
    m_languageLabel->setText(tr("Language"));
    m_login->setText(tr("Log in"));
    m_switch->setText(tr("Open another workspace…"));
    if (m_demoBox) {
        m_demoBox->setTitle(tr("Demo workspace logins"));
        m_demoHint->setText(tr("This is a demo workspace. Click a row to fill in its login; double-click to log in."));
        m_demoTable->setHorizontalHeaderLabels({tr("Operator"), tr("Password"), tr("Role")});
        for (int i = 0; i < m_demoTable->rowCount(); ++i) {
            auto role = auth::roleFromKey(m_demoTable->item(i, 2)->data(Qt::UserRole).toString());
            m_demoTable->item(i, 2)->setText(role ? auth::AuthService::roleTitle(*role) : QString());
        }
        m_demoTable->resizeColumnsToContents();
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_login->setText(busy ? tr("Checking…") : tr("Log in"));
}

void LoginDialog::attemptLogin()
{
    if (!m_login->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    if (name.isEmpty() || password.isEmpty()) {
        m_error->setText(tr("Enter your operator name and password."));
        m_error->show();
        return;
    }
    setBusy(true);
    m_error->hide();
    auth::AuthService* auth = &m_auth;
    runAsync<Result<auth::Session>>(
        this, [auth, name, password] { return auth->login(name, password); },
        [this](const Result<auth::Session>& r) {
            setBusy(false);
            if (!r) {
                m_error->setText(r.error());
                m_error->show();
                m_password->clear();
                m_password->setFocus();
                return;
            }
            m_session = r.value();
            accept();
        });
}

} // namespace lx::ui
