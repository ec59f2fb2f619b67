#include "desk/QueueWidget.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/Prompt.h"
#include "common/UiContext.h"
#include "desk/DeskMonitor.h"
#include "desk/DeskRulesDialog.h"
#include "desk/QueueProxyModel.h"
#include "models/QueueTableModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lx::ui {

using models::QueueTableModel;

namespace {

constexpr int kRefresh_ms = 3000;
constexpr int kTick_ms = 1000;

} // namespace

QString QueueWidget::alertKindTitle(const QString& kind)
{
    if (kind == QLatin1String("message"))
        return tr("New message in your conversation");
    if (kind == QLatin1String("assigned"))
        return tr("Conversation assigned to you");
    if (kind == QLatin1String("taken_away"))
        return tr("Back to the queue: not answered in time");
    if (kind == QLatin1String("negative"))
        return tr("Negative message in your conversation");
    if (kind == QLatin1String("escalate_supervisor"))
        return tr("Third negative message: escalated");
    if (kind == QLatin1String("notify_supervisor"))
        return tr("Another negative message (supervisor queue)");
    if (kind == QLatin1String("escalated"))
        return tr("Escalated by an agent");
    if (kind == QLatin1String("sla_imminent"))
        return tr("First reply due soon");
    if (kind == QLatin1String("sla_breach"))
        return tr("First reply overdue: escalated");
    if (kind == QLatin1String("callback_imminent"))
        return tr("Callback due soon");
    if (kind == QLatin1String("callback_breach"))
        return tr("Callback missed: escalated");
    return kind;
}

QString QueueWidget::alertTitle(const store::AlertRow& a)
{
    const QString what = alertKindTitle(a.kind);
    QString text = a.text;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 24)
        text = text.left(23) + QChar(0x2026);
    return QStringLiteral("%1  #%2  %3%4")
        .arg(QDateTime::fromMSecsSinceEpoch(a.timeMs).toString(QStringLiteral("HH:mm")))
        .arg(a.conversationId)
        .arg(what, text.isEmpty() ? QString() : QStringLiteral(": ") + text);
}

struct QueueWidget::Snapshot
{
    QString error;
    QList<desk::QueueItem> items;
    QList<store::AgentRow> agents;
    QList<store::AlertRow> alerts;
    std::optional<desk::EscalationPolicy> policy;
    qint64 now = 0;
};

QueueWidget::QueueWidget(UiContext& ctx, desk::DeskService& service, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_service(service)
{
    const bool supervisor = m_ctx.session.can(auth::Permission::ViewAllQueues);
    m_model = new QueueTableModel(this);
    m_proxy = new QueueProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0, Qt::AscendingOrder);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_presenceLabel = new QLabel(this);
    m_presence = new QComboBox(this);
    m_presence->setObjectName(QStringLiteral("presence"));
    for (const char* key : {"online", "busy", "away", "offline"})
        m_presence->addItem(QString(), QString::fromLatin1(key));
    m_presence->setCurrentIndex(3);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    for (int i = 0; i < 6; ++i)
        m_filter->addItem(QString());
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("takeButton"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_presenceLabel);
    top->addWidget(m_presence);
    top->addSpacing(12);
    top->addWidget(m_filter);
    top->addWidget(m_take);
    top->addWidget(m_next);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    // One line, always: a summary that wraps when it grows would move the rows under the mouse.
    m_summary->setWordWrap(false);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    // The last message takes the room the other columns leave, but never less than it needs to be
    // read (a stretched section went down to "ast messag" in an agent's narrow view in English);
    // below that the table scrolls sideways instead (fitMessageColumn).
    m_view->horizontalHeader()->setSectionResizeMode(QueueTableModel::LastMessageColumn, QHeaderView::Interactive);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (section != QueueTableModel::LastMessageColumn)
            QMetaObject::invokeMethod(this, &QueueWidget::fitMessageColumn, Qt::QueuedConnection);
    });
    for (int c : {int(QueueTableModel::VipColumn), int(QueueTableModel::ChannelColumn), int(QueueTableModel::SentimentColumn),
                  int(QueueTableModel::StreakColumn), int(QueueTableModel::StateColumn), int(QueueTableModel::AgentColumn),
                  int(QueueTableModel::UserColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A fixed width: the countdown changes every second and must not make the columns jump.
    m_view->setColumnWidth(QueueTableModel::SlaColumn, 120);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setMinimumSectionSize(36);

    m_agentsTitle = new QLabel(this);
    m_agents = new QTableWidget(0, 3, this);
    m_agents->setObjectName(QStringLiteral("agentsTable"));
    m_agents->verticalHeader()->hide();
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportComplaintsButton"));
    m_rules = new QPushButton(this);
    m_rules->setObjectName(QStringLiteral("deskRulesButton"));
    m_capacity = new QPushButton(this);
    m_capacity->setObjectName(QStringLiteral("capacityButton"));
    m_alertsTitle = new QLabel(this);
    m_alerts = new QListWidget(this);
    m_alerts->setObjectName(QStringLiteral("alertsList"));
    m_alerts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alerts->setTextElideMode(Qt::ElideRight);
    m_shortcuts = new QLabel(this);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsHint"));
    m_shortcuts->setWordWrap(true);
    // Status lines have a fixed place under the table: showing one never moves the rows under
    // the mouse (a shifted row once took over the wrong conversation).
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(false);
    m_message->setMinimumHeight(m_message->fontMetrics().height() + 4);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    if (supervisor) {
        auto* agentsBox = new QVBoxLayout;
        agentsBox->addWidget(m_agentsTitle);
        agentsBox->addWidget(m_agents, 1);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_assign);
        buttons->addWidget(m_capacity);
        buttons->addWidget(m_export);
        buttons->addWidget(m_rules);
        buttons->addStretch(1);
        agentsBox->addLayout(buttons);
        lowerLayout->addLayout(agentsBox, 1);
    } else {
        m_agentsTitle->hide();
        m_agents->hide();
        m_assign->hide();
        m_export->hide();
        m_rules->hide();
        m_capacity->hide();
    }
    auto* alertsBox = new QVBoxLayout;
    alertsBox->addWidget(m_alertsTitle);
    alertsBox->addWidget(m_alerts, 1);
    lowerLayout->addLayout(alertsBox, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_shortcuts);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setFilter(QueueProxyModel::Filter(i)); });
    connect(m_presence, &QComboBox::currentIndexChanged, this, &QueueWidget::setPresence);
    connect(m_take, &QPushButton::clicked, this, &QueueWidget::takeSelected);
    connect(m_next, &QPushButton::clicked, this, &QueueWidget::takeNext);
    connect(m_assign, &QPushButton::clicked, this, &QueueWidget::assignSelected);
    connect(m_export, &QPushButton::clicked, this, &QueueWidget::exportComplaints);
    connect(m_rules, &QPushButton::clicked, this, &QueueWidget::editRules);
    connect(m_capacity, &QPushButton::clicked, this, &QueueWidget::setCapacity);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_model->markSeen(selectedConversation()); // opening it reads it
        Q_EMIT conversationSelected(selectedConversation());
    });
    connect(m_alerts, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        selectConversation(item->data(Qt::UserRole).toLongLong());
    });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefresh_ms);
    connect(m_refreshTimer, &QTimer::timeout, this, &QueueWidget::refresh);
    if (m_ctx.monitor) {
        // The monitor says when the workspace changed (any desk's commit, an SLA breach, an
        // assignment) and when its housekeeping failed: the queue re-reads then, not on a timer.
        connect(m_ctx.monitor, &desk::DeskMonitor::changed, this, &QueueWidget::refresh);
        connect(m_ctx.monitor, &desk::DeskMonitor::failed, this,
                [this](const QString& reason) { showMessage(tr("The desk's SLA and assignment check failed: %1").arg(reason), true); });
    } else {
        m_refreshTimer->start(); // no monitor in this process: read on a timer
    }
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(kTick_ms);
    connect(m_tickTimer, &QTimer::timeout, this, [this] { m_model->tick(m_ctx.auth.nowMs()); });
    m_tickTimer->start();

    retranslate();
    refresh();
}

QueueWidget::~QueueWidget()
{
    waitForPendingWork(this);
}

void QueueWidget::refresh()
{
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    auth::AuthService* auth = &m_ctx.auth;
    const qint64 alertsSince = auth->nowMs() - 24 * 3600 * 1000LL;
    runAsync<Snapshot>(
        this,
        [service, session, auth, alertsSince]() {
            Snapshot s;
            // SLA clocks and assignment are the desk monitor's (DeskMonitor): the queue only reads.
            auto items = service->queue(session);
            if (!items) {
                s.error = items.error();
                return s;
            }
            s.items = items.value();
            if (auto agents = service->agents(session))
                s.agents = agents.value();
            if (auto alerts = service->alerts(session, alertsSince))
                s.alerts = alerts.value();
            if (auto policy = service->escalationPolicy())
                s.policy = policy.value();
            s.now = auth->nowMs();
            return s;
        },
        [this](const Snapshot& s) {
            m_loading = false;
            apply(s);
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void QueueWidget::apply(const Snapshot& s)
{
    if (!s.error.isEmpty()) {
        showMessage(s.error, true);
        if (s.items.isEmpty())
            return;
    }
    if (s.policy) {
        m_policy = s.policy;
        m_model->setPolicy(*s.policy);
    }
    m_model->setItems(s.items, s.now);
    if (m_statusAbout > 0) {
        // "You have taken over #6" only while the operator still holds #6.
        const auto held = std::find_if(s.items.cbegin(), s.items.cend(), [this](const desk::QueueItem& i) {
            return i.conversation.id == m_statusAbout && i.mine && i.conversation.state == QLatin1String("human");
        });
        if (held == s.items.cend())
            showStatus({}, false);
    }

    int mine = 0, waiting = 0, escalated = 0, breached = 0, bot = 0;
    for (const desk::QueueItem& i : s.items) {
        mine += i.mine ? 1 : 0;
        waiting += i.conversation.state == QLatin1String("queued") ? 1 : 0;
        escalated += i.conversation.state == QLatin1String("supervisor") ? 1 : 0;
        bot += i.conversation.state == QLatin1String("bot") ? 1 : 0;
        breached += i.sla == desk::SlaStatus::Breached ? 1 : 0;
    }
    QString summary = tr("%1 yours · %2 waiting · %3 with supervisors · %4 with the bot · %5 overdue")
                          .arg(mine).arg(waiting).arg(escalated).arg(bot).arg(breached);
    if (m_policy) {
        const desk::BusinessCalendar& cal = m_policy->calendar();
        if (cal.isOpen(s.now)) {
            summary += tr(" · working hours");
        } else if (auto opens = cal.addBusinessMs(s.now, 0)) {
            summary += tr(" · outside working hours: clocks paused until %1")
                           .arg(QDateTime::fromMSecsSinceEpoch(*opens).toString(QStringLiteral("MM-dd HH:mm")));
        }
        const int year = cal.localDate(s.now).year();
        if (!cal.yearsCovered().isEmpty() && !cal.yearsCovered().contains(year))
            summary += tr(" · the calendar has no public holidays for %1").arg(year);
    }
    // The conversation open beside the queue is being read: what arrives in it is not unread.
    if (isVisible())
        m_model->markSeen(selectedConversation());
    if (const int unread = m_model->unreadCount(); unread > 0)
        summary = tr("%n with a new customer message (●)", nullptr, unread) + QStringLiteral(" · ") + summary;
    m_summary->setToolTip(summary);
    m_summary->setText(m_summary->fontMetrics().elidedText(summary, Qt::ElideRight, std::max(200, m_summary->width() - 8)));

    m_agentRows = s.agents;
    m_agents->setRowCount(int(s.agents.size()));
    for (int r = 0; r < s.agents.size(); ++r) {
        const store::AgentRow& a = s.agents.at(r);
        const QString name = a.displayName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.displayName, a.name);
        auto set = [this, r](int c, const QString& text) {
            auto* item = m_agents->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_agents->setItem(r, c, item);
            }
            if (item->text() != text)
                item->setText(text);
        };
        set(0, name);
        set(1, QueueTableModel::presenceTitle(a.presence));
        set(2, tr("%1 of %2").arg(a.load).arg(a.capacity));
        if (a.operatorId == m_ctx.session.operatorId() && !m_settingPresence) {
            const int index = m_presence->findData(a.presence);
            if (index >= 0 && index != m_presence->currentIndex()) {
                m_settingPresence = true;
                m_presence->setCurrentIndex(index);
                m_settingPresence = false;
            }
        }
    }

    const qint64 current = m_alerts->currentItem() ? m_alerts->currentItem()->data(Qt::UserRole + 1).toLongLong() : 0;
    m_alerts->clear();
    for (const store::AlertRow& a : s.alerts) {
        auto* item = new QListWidgetItem(alertTitle(a), m_alerts);
        item->setData(Qt::UserRole, a.conversationId);
        item->setData(Qt::UserRole + 1, a.id);
        if (a.id == current)
            m_alerts->setCurrentItem(item);
    }
    if (s.alerts.isEmpty())
        new QListWidgetItem(tr("No alerts in the last 24 hours."), m_alerts);
    Q_EMIT refreshed();
}

qint64 QueueWidget::selectedConversation() const
{
    const QModelIndex i = m_view->selectionModel()->currentIndex();
    return i.isValid() ? i.data(QueueTableModel::ConversationIdRole).toLongLong() : 0;
}

bool QueueWidget::selectConversation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) {
        m_filter->setCurrentIndex(0);
        i = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!i.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
    return true;
}

void QueueWidget::takeSelected()
{
    const qint64 id = selectedConversation();
    if (id <= 0) {
        showMessage(tr("Select a conversation first."), true);
        return;
    }
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    runAsync<Result<store::ConversationRow>>(
        this, [service, session, id] { return service->take(session, id); },
        [this, id](const Result<store::ConversationRow>& r) {
            if (!r) {
                showMessage(r.error(), true);
            } else {
                showStatus([id] { return tr("You have taken over conversation #%1; the bot has stopped in it.").arg(id); }, false, id);
                Q_EMIT taken(id);
            }
            refresh();
        });
}

void QueueWidget::takeNext()
{
    QList<qint64> waiting;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(QueueTableModel::StateKeyRole).toString() == QLatin1String("queued"))
            waiting.append(i.data(QueueTableModel::ConversationIdRole).toLongLong());
    }
    if (waiting.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->itemAt(r).conversation.state == QLatin1String("queued"))
                waiting.append(m_model->itemAt(r).conversation.id);
        }
    }
    if (waiting.isEmpty()) {
        showMessage(tr("Nobody is waiting."), false);
        return;
    }
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    runAsync<qint64>(
        this,
        [service, session, waiting]() -> qint64 {
            // Most urgent first; another agent may be quicker for some of them.
            for (const qint64 id : waiting) {
                if (service->take(session, id))
                    return id;
            }
            return 0;
        },
        [this](const qint64& id) {
            if (id > 0) {
                showStatus([id] { return tr("You have taken over conversation #%1; the bot has stopped in it.").arg(id); }, false, id);
                Q_EMIT taken(id);
            } else {
                showMessage(tr("Everyone waiting was taken by someone else."), false);
            }
            refresh();
        });
}

void QueueWidget::assignSelected()
{
    const qint64 id = selectedConversation();
    if (id <= 0 || m_agentRows.isEmpty()) {
        showMessage(tr("Select a conversation first."), true);
        return;
    }
    // Each agent by display name with what they hold now, so the choice can weigh the load.
    QStringList choices;
    QHash<QString, QString> nameOf;
    for (const store::AgentRow& a : std::as_const(m_agentRows)) {
        if (a.role != QLatin1String("agent"))
            continue;
        const QString who = a.displayName.isEmpty() || a.displayName == a.name
                                ? a.name
                                : QStringLiteral("%1 (%2)").arg(a.displayName, a.name);
        const QString choice = tr("%1 — %2 of %3, %4").arg(who).arg(a.load).arg(a.capacity).arg(QueueTableModel::presenceTitle(a.presence));
        choices.append(choice);
        nameOf.insert(choice, a.name);
    }
    bool ok = false;
    const QString picked =
        Prompt::item(this, tr("Assign conversation #%1").arg(id), tr("Agent (conversations held of capacity):"), choices, &ok);
    const QString agent = nameOf.value(picked);
    if (!ok || agent.isEmpty())
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    auto run = [this, service, session, id, agent](bool force) {
        runAsync<Result<QString>>(
            this, [service, session, id, agent, force] { return service->assign(session, id, agent, force); },
            [this, id, agent, force](const Result<QString>& r) {
                if (!r && !force && r.code() == ErrorCode::OverCapacity) {
                    if (Prompt::question(this, tr("Over capacity"), r.error() + QStringLiteral("\n\n") + tr("Assign anyway?"))
                        == QMessageBox::Yes) {
                        desk::DeskService* s = &m_service;
                        const auth::Session me = m_ctx.session;
                        runAsync<Result<QString>>(
                            this, [s, me, id, agent] { return s->assign(me, id, agent, true); },
                            [this, id, agent](const Result<QString>& again) {
                                showMessage(again ? tr("Conversation #%1 assigned to %2; %3.").arg(id).arg(agent, again.value())
                                                  : again.error(),
                                            true);
                                refresh();
                            });
                    }
                    return;
                }
                if (!r)
                    showMessage(r.error(), true);
                else
                    showMessage(r.value().isEmpty() ? tr("Conversation #%1 assigned to %2.").arg(id).arg(agent)
                                                    : tr("Conversation #%1 assigned to %2; %3.").arg(id).arg(agent, r.value()),
                                !r.value().isEmpty());
                refresh();
            });
    };
    run(false);
}

void QueueWidget::editRules()
{
    desk::DeskService* service = &m_service;
    auto policy = service->policy();
    auto calendar = service->calendar();
    if (!policy || !calendar) {
        showMessage(!policy ? policy.error() : calendar.error(), true);
        return;
    }
    DeskRulesDialog dialog(policy.value(), calendar.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto cal = dialog.calendar();
    if (!cal) {
        showMessage(cal.error(), true);
        return;
    }
    const auth::Session session = m_ctx.session;
    const desk::PolicyConfig newPolicy = dialog.policy();
    const desk::BusinessCalendar newCalendar = cal.value();
    runAsync<Status>(
        this,
        [service, session, newPolicy, newCalendar]() -> Status {
            if (auto st = service->setPolicy(session, newPolicy); !st)
                return st;
            return service->setCalendar(session, newCalendar);
        },
        [this](const Status& st) {
            showMessage(st ? tr("Desk rules saved; new messages and clocks follow them.") : st.error(), !st);
            refresh();
        });
}

void QueueWidget::setCapacity()
{
    const int row = m_agents->currentRow();
    if (row < 0 || row >= m_agentRows.size()) {
        showMessage(tr("Select an agent first."), true);
        return;
    }
    const store::AgentRow agent = m_agentRows.at(row);
    bool ok = false;
    const int capacity = QInputDialog::getInt(this, tr("Capacity of %1").arg(agent.name),
                                              tr("Conversations at a time:"), agent.capacity, 0, 100, 1, &ok);
    if (!ok)
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const auto presence = desk::presenceFromKey(agent.presence).value_or(desk::Presence::Offline);
    runAsync<Status>(
        this, [service, session, presence, capacity, name = agent.name] { return service->setPresence(session, presence, capacity, name); },
        [this](const Status& st) {
            if (!st)
                showMessage(st.error(), true);
            refresh();
        });
}

void QueueWidget::setPresence(int index)
{
    if (m_settingPresence || index < 0)
        return;
    const auto presence = desk::presenceFromKey(m_presence->itemData(index).toString());
    if (!presence)
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    runAsync<Status>(
        this, [service, session, p = *presence] { return service->setPresence(session, p); },
        [this](const Status& st) {
            if (!st)
                showMessage(st.error(), true);
            refresh();
        });
}

void QueueWidget::exportComplaints()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export complaint records"), QStringLiteral("complaints.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    runAsync<Result<qint64>>(
        this, [service, session, path] { return service->exportComplaints(session, path); },
        [this, path](const Result<qint64>& r) {
            showMessage(r ? tr("%1 complaint record(s) written to %2 (label,text) for retraining the model.")
                                .arg(r.value()).arg(path)
                          : r.error(),
                        !r);
        });
}

void QueueWidget::fitMessageColumn()
{
    QHeaderView* header = m_view->horizontalHeader();
    int others = 0;
    for (int c = 0; c < QueueTableModel::ColumnCount; ++c) {
        if (c != QueueTableModel::LastMessageColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const QString title = m_proxy->headerData(QueueTableModel::LastMessageColumn, Qt::Horizontal).toString();
    const int readable = std::max(header->fontMetrics().horizontalAdvance(title) + 24, 20 * m_view->fontMetrics().averageCharWidth());
    const int width = std::max(readable, m_view->viewport()->width() - others);
    if (header->sectionSize(QueueTableModel::LastMessageColumn) != width)
        header->resizeSection(QueueTableModel::LastMessageColumn, width);
}

bool QueueWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &QueueWidget::fitMessageColumn, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void QueueWidget::showMessage(const QString& text, bool error)
{
    showStatus([text] { return text; }, error);
}

void QueueWidget::showStatus(std::function<QString()> text, bool error, qint64 about)
{
    m_statusText = std::move(text);
    m_statusError = error;
    m_statusAbout = about;
    renderStatus();
}

void QueueWidget::renderStatus()
{
    const QString text = m_statusText ? m_statusText() : QString();
    // One line, elided to the room there is; the whole text in the tooltip.
    m_message->setToolTip(text);
    m_message->setText(m_message->fontMetrics().elidedText(text, Qt::ElideRight, std::max(200, m_message->width() - 8)));
    m_message->setStyleSheet(m_statusError ? QStringLiteral("color:#9b1c1c") : QStringLiteral("color:#1e5b2e"));
}

void QueueWidget::retranslate()
{
    const bool supervisor = m_ctx.session.can(auth::Permission::ViewAllQueues);
    m_title->setText(supervisor ? tr("Queues (all agents)") : tr("My queue"));
    m_presenceLabel->setText(tr("My status:"));
    for (int i = 0; i < m_presence->count(); ++i)
        m_presence->setItemText(i, QueueTableModel::presenceTitle(m_presence->itemData(i).toString()));
    const QStringList filters{tr("All open"), tr("Mine"), tr("Waiting"), tr("Supervisor queue"), tr("With the bot"), tr("Closed today")};
    for (int i = 0; i < filters.size(); ++i)
        m_filter->setItemText(i, filters.at(i));
    // setText() replaces a button's shortcut with its mnemonic: the shortcuts come after it.
    m_take->setText(tr("Take over"));
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_take->setToolTip(tr("Take the selected conversation from the bot or the queue (Ctrl+T)"));
    m_next->setText(tr("Next"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_next->setToolTip(tr("Take the most urgent waiting conversation (Ctrl+N)"));
    m_agentsTitle->setText(tr("Agents: presence and load"));
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("Status"), tr("Conversations")});
    m_assign->setText(tr("Assign to…"));
    m_export->setText(tr("Export complaints…"));
    m_rules->setText(tr("Desk rules…"));
    m_capacity->setText(tr("Capacity…"));
    m_alertsTitle->setText(tr("Alerts"));
    m_shortcuts->setText(tr("Shortcuts: Ctrl+T take over · Ctrl+N next waiting · Ctrl+B hand back to the bot · "
                            "Ctrl+Enter send · / insert a script"));
    renderStatus();
}

void QueueWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lx::ui
