#pragma once

#include "desk/DeskService.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace lx::models {
class QueueTableModel;
}

namespace lx::ui {

struct UiContext;
class QueueProxyModel;

// The Queue panel: agents see their own conversations, the waiting queue, the bot's live
// conversations and their callbacks; supervisors see everyone's, the supervisor queue and each
// agent's presence and load. Rows are sorted by urgency with the SLA countdown coloured; the
// panel re-reads the desk every few seconds (and enforces SLAs and assigns waiting users as it
// does), ticking the countdowns every second in between.
class QueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueWidget)

public:
    QueueWidget(UiContext& ctx, desk::DeskService& service, QWidget* parent = nullptr);
    ~QueueWidget() override;

    void refresh();
    qint64 selectedConversation() const;
    bool selectConversation(qint64 id);
    // What an alert says, in the user's language (the queue's list and the notifications).
    static QString alertKindTitle(const QString& kind);
    static QString alertTitle(const store::AlertRow& alert);
    void takeSelected();
    // Takes the most urgent waiting conversation.
    void takeNext();
    void assignSelected();
    // Supervisors: the routing/SLA rules and the business calendar; an agent's capacity.
    void editRules();
    void setCapacity();

    models::QueueTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void conversationSelected(qint64 id);
    void refreshed();
    void taken(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Snapshot;
    void retranslate();
    void apply(const Snapshot& s);
    void setPresence(int index);
    void exportComplaints();
    void showMessage(const QString& text, bool error);
    // A status line that is built again when the language changes; one ABOUT a conversation the
    // operator took over goes away once they no longer hold it (handed back, closed, taken away).
    void showStatus(std::function<QString()> text, bool error, qint64 about = 0);
    void renderStatus();
    void fitMessageColumn();

    UiContext& m_ctx;
    desk::DeskService& m_service;
    models::QueueTableModel* m_model = nullptr;
    QueueProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_presenceLabel = nullptr;
    QComboBox* m_presence = nullptr;
    QComboBox* m_filter = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_agentsTitle = nullptr;
    QTableWidget* m_agents = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_rules = nullptr;
    QPushButton* m_capacity = nullptr;
    QLabel* m_alertsTitle = nullptr;
    QListWidget* m_alerts = nullptr;
    QLabel* m_shortcuts = nullptr;
    QLabel* m_message = nullptr;
    std::function<QString()> m_statusText;
    bool m_statusError = false;
    qint64 m_statusAbout = 0;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_tickTimer = nullptr;
    bool m_loading = false;
    bool m_refreshAgain = false;
    bool m_settingPresence = false;
    QList<store::AgentRow> m_agentRows;
    std::optional<desk::EscalationPolicy> m_policy;
};

} // namespace lx::ui
