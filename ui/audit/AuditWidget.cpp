#include "audit/AuditWidget.h"

#include "desk/DeskMonitor.h"

#include "audit/AuditService.h"
#include "auth/AuthService.h"
#include "common/Async.h"
#include "models/AuditTableModel.h"
#include "tasks/TaskRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lx::ui {

namespace {
constexpr int kDefaultDays = 30;
constexpr int kRowLimit = 5000;
} // namespace

AuditWidget::AuditWidget(UiContext& context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("auditPanel"));
    m_model = new models::AuditTableModel(this);

    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setMinimumContentsLength(12);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-kDefaultDays), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_actorLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);

    auto* filters = new QHBoxLayout();
    filters->addWidget(m_actorLabel);
    filters->addWidget(m_actor);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_refresh);
    filters->addStretch();
    filters->addWidget(m_verify);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(72);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(130);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_verifyResult);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connect(m_refresh, &QPushButton::clicked, this, &AuditWidget::reload);
    connect(m_actor, &QComboBox::activated, this, [this](int) { reload(); });
    connect(m_kind, &QComboBox::activated, this, [this](int) { reload(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_verify, &QPushButton::clicked, this, &AuditWidget::verifyChain);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditWidget::showDetails);

    m_verifyResult->hide();
    retranslate();
    reload();
    // Every change writes an entry: the list follows the log (the desk monitor reports commits).
    if (m_ctx.monitor) {
        connect(m_ctx.monitor, &desk::DeskMonitor::changed, this, [this] {
            if (isVisible())
                reload();
            else
                m_stale = true;
        });
    }
}

void AuditWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AuditWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, models::AuditTableModel::ColumnCount - 1);
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                    m_model->index(m_model->rowCount() - 1, models::AuditTableModel::ColumnCount - 1));
        showDetails();
        showVerifyResult();
        m_table->resizeColumnsToContents();
    }
    QWidget::changeEvent(event);
}

void AuditWidget::retranslate()
{
    m_actorLabel->setText(tr("Operator"));
    m_kindLabel->setText(tr("Kind"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_refresh->setText(tr("Refresh"));
    m_verify->setText(tr("Verify chain"));
    m_verify->setToolTip(tr("Recompute every entry's hash and check that none was changed, deleted or inserted"));
    const QVariant kind = m_kind->currentData();
    m_kind->clear();
    m_kind->addItem(tr("All actions"), QString());
    m_kind->addItem(tr("Logins"), QStringLiteral("auth."));
    m_kind->addItem(tr("Permission denials"), QStringLiteral("permission."));
    m_kind->addItem(tr("Operator changes"), QStringLiteral("operator."));
    m_kind->addItem(tr("Workspace"), QStringLiteral("workspace."));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    if (m_actor->count() > 0)
        m_actor->setItemText(0, tr("Everyone"));
    m_count->setText(tr("%n entries shown (newest first, at most %1)", nullptr, m_model->rowCount()).arg(kRowLimit));
}

void AuditWidget::reload()
{
    m_stale = false;
    audit::AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.actionPrefix = m_kind->currentData().toString();
    filter.from = m_from->date().startOfDay();
    filter.to = m_to->date().addDays(1).startOfDay();
    filter.limit = kRowLimit;
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    struct Loaded
    {
        Result<QList<audit::AuditEntry>> entries = Result<QList<audit::AuditEntry>>::failure({});
        Result<QStringList> actors = Result<QStringList>::failure({});
    };
    runAsync<std::shared_ptr<Loaded>>(
        this,
        [a, s, filter] {
            auto l = std::make_shared<Loaded>();
            audit::AuditService service(*a);
            l->entries = service.query(s, filter);
            l->actors = service.actors(s);
            return l;
        },
        [this](const std::shared_ptr<Loaded>& l) {
            if (!l->entries) {
                m_count->setText(l->entries.error());
                return;
            }
            if (l->actors) {
                const QString keep = m_actor->currentData().toString();
                m_actor->clear();
                m_actor->addItem(tr("Everyone"), QString());
                for (const QString& actor : l->actors.value())
                    m_actor->addItem(actor, actor);
                m_actor->setCurrentIndex(qMax(0, m_actor->findData(keep)));
            }
            m_model->setEntries(l->entries.value());
            m_table->resizeColumnsToContents();
            m_details->clear();
            m_count->setText(
                tr("%n entries shown (newest first, at most %1)", nullptr, m_model->rowCount()).arg(kRowLimit));
            showVerifyResult();
            Q_EMIT reloaded(m_model->rowCount());
        });
}

void AuditWidget::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const audit::AuditEntry& e = m_model->entry(current.row());
    QString text = tr("Entry #%1 · %2 · %3 (%4)")
                       .arg(e.seq)
                       .arg(e.time.toString(Qt::ISODate), models::AuditTableModel::actionTitle(e.action), e.action);
    text += QLatin1Char('\n') + tr("Operator: %1   Target: %2").arg(e.actor, e.target);
    if (!e.details.isEmpty()) {
        // Read out first; the stored JSON (what the hash covers) below it.
        text += QLatin1Char('\n') + models::AuditTableModel::detailsText(e.details);
        text += QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    }
    text += QLatin1Char('\n') + tr("SHA-256: %1").arg(e.hash);
    m_details->setPlainText(text);
}

void AuditWidget::verifyChain()
{
    auth::AuthService* a = &m_ctx.auth;
    auto report = std::make_shared<audit::VerifyReport>();
    auto* task = new tasks::Task(tr("Verifying the audit log"), [a, report](tasks::Task& t) {
        audit::AuditService service(*a);
        *report = service.verify([&t](qint64 done, qint64 total) {
            t.setProgress(done, total);
            return !t.isAborted();
        });
        return report->ok ? Status::success() : Status::failure(report->message);
    });
    m_verify->setEnabled(false);
    connect(task, &tasks::Task::finished, this, [this, report] {
        m_verify->setEnabled(true);
        m_lastVerify = *report;
        showVerifyResult();
        reload(); // the list shows what was verified, entries written since included
        Q_EMIT verified(report->ok);
    });
    m_ctx.tasks.start(task);
}

void AuditWidget::showVerifyResult()
{
    if (!m_lastVerify)
        return;
    m_verifyResult->show();
    if (m_lastVerify->ok) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        QString text = tr("Audit log intact: %n entries verified.", nullptr, int(m_lastVerify->entriesChecked));
        // The list is filtered (operator, kind, dates, at most %1 rows): say so when it shows fewer.
        if (m_model->rowCount() < m_lastVerify->entriesChecked)
            text += QLatin1Char(' ')
                + tr("The list shows %n of them: those that match the operator, kind and dates chosen above.", nullptr,
                     m_model->rowCount());
        m_verifyResult->setText(text);
    } else {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_verifyResult->setText(tr("Audit log tampered: %1").arg(m_lastVerify->message));
    }
}

} // namespace lx::ui
