#include "operators/OperatorsWidget.h"

#include "auth/AuthService.h"
#include "auth/OperatorService.h"
#include "common/Async.h"
#include "models/OperatorTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lx::ui {

namespace {
void fillRoles(QComboBox* combo)
{
    const QVariant keep = combo->currentData();
    combo->clear();
    for (auth::Role r : auth::allRoles())
        combo->addItem(auth::AuthService::roleTitle(r), auth::roleKey(r));
    if (keep.isValid())
        combo->setCurrentIndex(combo->findData(keep));
}
} // namespace

OperatorsWidget::OperatorsWidget(UiContext& context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("operatorsPanel"));
    m_model = new models::OperatorTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(72);
    m_table->setAlternatingRowColors(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("operatorsMessage"));
    m_message->setWordWrap(true);

    m_selectedBox = new QGroupBox(this);
    m_selectedName = new QLabel(m_selectedBox);
    m_selectedName->setObjectName(QStringLiteral("operatorsSelectedName"));
    m_roleLabel = new QLabel(m_selectedBox);
    m_role = new QComboBox(m_selectedBox);
    m_role->setObjectName(QStringLiteral("operatorsRole"));
    m_applyRole = new QPushButton(m_selectedBox);
    m_applyRole->setObjectName(QStringLiteral("operatorsApplyRole"));
    m_toggleDisabled = new QPushButton(m_selectedBox);
    m_toggleDisabled->setObjectName(QStringLiteral("operatorsToggleDisabled"));
    m_unlock = new QPushButton(m_selectedBox);
    m_unlock->setObjectName(QStringLiteral("operatorsUnlock"));
    m_resetLabel = new QLabel(m_selectedBox);
    m_resetPassword = new QLineEdit(m_selectedBox);
    m_resetPassword->setObjectName(QStringLiteral("operatorsResetPassword"));
    m_resetPassword->setEchoMode(QLineEdit::Password);
    m_reset = new QPushButton(m_selectedBox);
    m_reset->setObjectName(QStringLiteral("operatorsReset"));
    auto* roleRow = new QHBoxLayout();
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_applyRole);
    auto* resetRow = new QHBoxLayout();
    resetRow->addWidget(m_resetPassword, 1);
    resetRow->addWidget(m_reset);
    auto* stateRow = new QHBoxLayout();
    stateRow->addWidget(m_toggleDisabled);
    stateRow->addWidget(m_unlock);
    stateRow->addStretch();
    auto* sel = new QFormLayout(m_selectedBox);
    sel->addRow(m_selectedName);
    sel->addRow(m_roleLabel, roleRow);
    sel->addRow(m_resetLabel, resetRow);
    sel->addRow(stateRow);

    m_addBox = new QGroupBox(this);
    m_addName = new QLineEdit(m_addBox);
    m_addName->setObjectName(QStringLiteral("operatorsAddName"));
    m_addDisplay = new QLineEdit(m_addBox);
    m_addDisplay->setObjectName(QStringLiteral("operatorsAddDisplayName"));
    m_addRole = new QComboBox(m_addBox);
    m_addRole->setObjectName(QStringLiteral("operatorsAddRole"));
    m_addPassword = new QLineEdit(m_addBox);
    m_addPassword->setObjectName(QStringLiteral("operatorsAddPassword"));
    m_addPassword->setEchoMode(QLineEdit::Password);
    m_add = new QPushButton(m_addBox);
    m_add->setObjectName(QStringLiteral("operatorsAdd"));
    m_addNameLabel = new QLabel(m_addBox);
    m_addDisplayLabel = new QLabel(m_addBox);
    m_addRoleLabel = new QLabel(m_addBox);
    m_addPasswordLabel = new QLabel(m_addBox);
    auto* add = new QFormLayout(m_addBox);
    add->addRow(m_addNameLabel, m_addName);
    add->addRow(m_addDisplayLabel, m_addDisplay);
    add->addRow(m_addRoleLabel, m_addRole);
    add->addRow(m_addPasswordLabel, m_addPassword);
    add->addRow(QString(), m_add);

    auto* side = new QVBoxLayout();
    side->addWidget(m_selectedBox);
    side->addWidget(m_addBox);
    side->addStretch();
    auto* columns = new QHBoxLayout();
    columns->addWidget(m_table, 3);
    columns->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsWidget::updateSelection);
    connect(m_applyRole, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        auto role = auth::roleFromKey(m_role->currentData().toString());
        if (id <= 0 || !role)
            return;
        runAction([id, role](auth::OperatorService& ops, const auth::Session& s) { return ops.changeRole(s, id, *role); },
                  tr("Role changed."));
    });
    connect(m_toggleDisabled, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedId());
        if (row < 0)
            return;
        const bool disable = !m_model->operatorAt(row).disabled;
        const qint64 id = selectedId();
        runAction([id, disable](auth::OperatorService& ops, const auth::Session& s) { return ops.setDisabled(s, id, disable); },
                  disable ? tr("Account disabled: it can no longer log in.") : tr("Account enabled."));
    });
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        runAction([id](auth::OperatorService& ops, const auth::Session& s) { return ops.unlock(s, id); },
                  tr("Account unlocked."));
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        const QString pw = m_resetPassword->text();
        m_resetPassword->clear();
        runAction([id, pw](auth::OperatorService& ops, const auth::Session& s) { return ops.resetPassword(s, id, pw); },
                  tr("Password reset. Tell the operator the new password in person."));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        auto role = auth::roleFromKey(m_addRole->currentData().toString());
        const QString name = m_addName->text();
        const QString display = m_addDisplay->text();
        const QString pw = m_addPassword->text();
        m_addPassword->clear();
        runAction(
            [name, display, role, pw](auth::OperatorService& ops, const auth::Session& s) {
                return ops.add(s, name, display, role.value_or(auth::Role::Agent), pw).status();
            },
            tr("Operator %1 added.").arg(name.trimmed()));
    });

    retranslate();
    updateSelection();
    reload();
}

void OperatorsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, models::OperatorTableModel::ColumnCount - 1);
        reload();
    }
    QWidget::changeEvent(event);
}

void OperatorsWidget::retranslate()
{
    m_selectedBox->setTitle(tr("Selected operator"));
    m_roleLabel->setText(tr("Role"));
    m_applyRole->setText(tr("Apply role"));
    m_resetLabel->setText(tr("New password"));
    m_reset->setText(tr("Reset password"));
    m_unlock->setText(tr("Unlock"));
    m_addBox->setTitle(tr("Add an operator"));
    m_addNameLabel->setText(tr("Login name"));
    m_addDisplayLabel->setText(tr("Full name"));
    m_addRoleLabel->setText(tr("Role"));
    m_addPasswordLabel->setText(tr("Initial password"));
    m_add->setText(tr("Add operator"));
    fillRoles(m_role);
    fillRoles(m_addRole);
    updateSelection();
}

qint64 OperatorsWidget::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(models::OperatorTableModel::OperatorIdRole).toLongLong();
}

void OperatorsWidget::updateSelection()
{
    const int row = m_model->rowOf(selectedId());
    const bool has = row >= 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_role, m_applyRole, m_toggleDisabled, m_unlock, m_resetPassword,
                                                      m_reset})
        w->setEnabled(has);
    if (!has) {
        m_selectedName->setText(tr("Select an operator in the table."));
        m_toggleDisabled->setText(tr("Disable"));
        return;
    }
    const auth::Operator& op = m_model->operatorAt(row);
    m_selectedName->setText(op.displayName.isEmpty() ? op.name : QStringLiteral("%1 (%2)").arg(op.displayName, op.name));
    m_role->setCurrentIndex(m_role->findData(auth::roleKey(op.role)));
    m_toggleDisabled->setText(op.disabled ? tr("Enable") : tr("Disable"));
    m_toggleDisabled->setEnabled(op.id != m_ctx.session.operatorId() || op.disabled);
    m_unlock->setEnabled(op.locked);
}

void OperatorsWidget::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b6e20;"));
    m_message->setText(text);
}

void OperatorsWidget::runAction(const Action& action, const QString& doneText)
{
    setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Working…"));
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    runAsync<Status>(this, [a, s, action] {
        auth::OperatorService ops(*a);
        return action(ops, s);
    }, [this, doneText](const Status& st) {
        setEnabled(true);
        showMessage(st ? doneText : st.error(), !st);
        reload();
    });
}

void OperatorsWidget::reload()
{
    const qint64 keep = selectedId();
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    runAsync<Result<QList<auth::Operator>>>(
        this, [a, s] { return auth::OperatorService(*a).list(s); },
        [this, keep](const Result<QList<auth::Operator>>& r) {
            if (!r) {
                showMessage(r.error(), true);
                return;
            }
            m_model->setOperators(r.value());
            m_table->resizeColumnsToContents();
            const int row = m_model->rowOf(keep);
            if (row >= 0)
                m_table->selectRow(row);
            updateSelection();
            Q_EMIT reloaded();
        });
}

} // namespace lx::ui
