#include "login/FirstAdminDialog.h"

#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "common/Async.h"
#include "store/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lx::ui {

FirstAdminDialog::FirstAdminDialog(auth::AuthService& auth, QWidget* parent) : QDialog(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setMinimumWidth(440);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstAdminName"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("firstAdminDisplayName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("firstAdminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("firstAdminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_nameLabel = new QLabel(this);
    m_displayLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    auto* form = new QFormLayout();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_displayLabel, m_displayName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstAdminError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("firstAdminCreate"));
    m_create->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_create, 0, Qt::AlignRight);
    connect(m_create, &QPushButton::clicked, this, &FirstAdminDialog::create);
    retranslate();
}

void FirstAdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstAdminDialog::retranslate()
{
    setWindowTitle(tr("Lingxi — first admin"));
    m_intro->setText(tr("The workspace %1 has no operators yet. Create the admin account: it adds the agents, "
                        "marketers and supervisors who work here.")
                         .arg(m_auth.workspace().path()));
    m_nameLabel->setText(tr("Login name"));
    m_displayLabel->setText(tr("Full name"));
    m_passwordLabel->setText(tr("Password (at least %1 characters)").arg(auth::PasswordHasher::kMinPasswordLength));
    m_repeatLabel->setText(tr("Repeat the password"));
    m_create->setText(tr("Create admin and log in"));
}

void FirstAdminDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        m_error->show();
        return;
    }
    m_create->setEnabled(false);
    m_error->hide();
    auth::AuthService* auth = &m_auth;
    const QString name = m_name->text();
    const QString display = m_displayName->text();
    const QString password = m_password->text();
    runAsync<Result<auth::Session>>(
        this, [auth, name, display, password] { return auth->createFirstAdmin(name, display, password); },
        [this](const Result<auth::Session>& r) {
            m_create->setEnabled(true);
            if (!r) {
                m_error->setText(r.error());
                m_error->show();
                return;
            }
            m_session = r.value();
            accept();
        });
}

} // namespace lx::ui
