#include "account/AccountWidget.h"

#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "common/Async.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lx::ui {

AccountWidget::AccountWidget(UiContext& context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("accountPanel"));
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("accountSummary"));
    m_summary->setWordWrap(true);

    m_permissionsBox = new QGroupBox(this);
    m_permissions = new QListWidget(m_permissionsBox);
    m_permissions->setObjectName(QStringLiteral("accountPermissions"));
    m_permissions->setSelectionMode(QAbstractItemView::NoSelection);
    m_panelsLabel = new QLabel(m_permissionsBox);
    m_panelsLabel->setObjectName(QStringLiteral("accountPanels"));
    m_panelsLabel->setWordWrap(true);
    auto* pl = new QVBoxLayout(m_permissionsBox);
    pl->addWidget(m_panelsLabel);
    pl->addWidget(m_permissions);

    m_passwordBox = new QGroupBox(this);
    m_current = new QLineEdit(m_passwordBox);
    m_current->setObjectName(QStringLiteral("accountCurrentPassword"));
    m_new = new QLineEdit(m_passwordBox);
    m_new->setObjectName(QStringLiteral("accountNewPassword"));
    m_repeat = new QLineEdit(m_passwordBox);
    m_repeat->setObjectName(QStringLiteral("accountRepeatPassword"));
    for (QLineEdit* e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_currentLabel = new QLabel(m_passwordBox);
    m_newLabel = new QLabel(m_passwordBox);
    m_repeatLabel = new QLabel(m_passwordBox);
    m_change = new QPushButton(m_passwordBox);
    m_change->setObjectName(QStringLiteral("accountChangePassword"));
    m_message = new QLabel(m_passwordBox);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout(m_passwordBox);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_change);
    form->addRow(QString(), m_message);

    auto* columns = new QHBoxLayout();
    columns->addWidget(m_permissionsBox, 1);
    columns->addWidget(m_passwordBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);

    connect(m_change, &QPushButton::clicked, this, &AccountWidget::changePassword);
    retranslate();
}

void AccountWidget::setPanels(const QList<PanelShown>& panels)
{
    m_panels = panels;
    retranslate();
}

void AccountWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountWidget::retranslate()
{
    const auth::Session& s = m_ctx.session;
    m_heading->setText(s.displayName().isEmpty() ? s.name() : QStringLiteral("%1 (%2)").arg(s.displayName(), s.name()));
    m_summary->setText(tr("Role: %1 · logged in at %2")
                           .arg(auth::AuthService::roleTitle(s.role()),
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.loginMs()), QLocale::ShortFormat)));
    m_permissionsBox->setTitle(tr("What your role allows"));
    QStringList titles;
    for (const PanelShown& panel : std::as_const(m_panels))
        titles << panel.title();
    m_panelsLabel->setText(titles.isEmpty() ? QString() : tr("Panels in your window: %1").arg(titles.join(tr(", "))));
    m_permissions->clear();
    for (auth::Permission p : auth::PermissionMatrix::all()) {
        const bool allowed = s.can(p);
        // A panel the role sees through another permission (an agent's own dashboard) is not a
        // plain "no": the line says what part of it the operator has.
        const auto partial = std::find_if(m_panels.cbegin(), m_panels.cend(),
                                          [p](const PanelShown& panel) { return panel.permission == p && panel.ownPartOnly; });
        QString text;
        if (allowed)
            text = QStringLiteral("✓  ") + auth::AuthService::permissionTitle(p);
        else if (partial != m_panels.cend())
            text = QStringLiteral("◐  ") + tr("%1: only your own part, in “%2”").arg(auth::AuthService::permissionTitle(p), partial->title());
        else
            text = QStringLiteral("—  ") + auth::AuthService::permissionTitle(p);
        auto* item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, auth::PermissionMatrix::key(p));
        item->setData(Qt::UserRole + 1, allowed ? QStringLiteral("yes") : partial != m_panels.cend() ? QStringLiteral("own") : QStringLiteral("no"));
        if (!allowed && partial == m_panels.cend())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_permissions->addItem(item);
    }
    m_passwordBox->setTitle(tr("Change your password"));
    m_currentLabel->setText(tr("Current password"));
    m_newLabel->setText(tr("New password"));
    m_repeatLabel->setText(tr("Repeat"));
    m_change->setText(tr("Change password"));
}

void AccountWidget::changePassword()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(tr("The two new passwords differ."));
        return;
    }
    m_change->setEnabled(false);
    m_message->setText(tr("Changing…"));
    m_message->setStyleSheet(QString());
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    const QString current = m_current->text();
    const QString next = m_new->text();
    runAsync<Status>(
        this,
        [auth, session, current, next] {
            auth::OperatorService ops(*auth);
            return ops.changeOwnPassword(session, current, next);
        },
        [this](const Status& st) {
            m_change->setEnabled(true);
            m_message->setStyleSheet(st ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
            m_message->setText(st ? tr("Password changed.") : st.error());
            if (st) {
                m_current->clear();
                m_new->clear();
                m_repeat->clear();
            }
        });
}

} // namespace lx::ui
