#pragma once

#include "desk/DeskService.h"
#include "inference/ReplyAssistant.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace lx::ui {

struct UiContext;

// Under the reply box: up to three suggested replies from the reply model (grounded in the
// approved scripts, the consented profile facts, the knowledge-graph concepts the conversation
// mentions and the conversation so far), each through the quality gate before it is shown; a
// click puts one in the reply box, where the agent edits it and sends it or not. And a
// one-paragraph summary for hand-over and escalation. Without a reply model configured it says
// what is needed (Settings ▸ Reply model).
class ReplyAssistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyAssistPanel)

public:
    ReplyAssistPanel(UiContext& ctx, desk::DeskService& service, QWidget* parent = nullptr);
    ~ReplyAssistPanel() override;

    // What the suggestions are grounded in; a new conversation clears what was shown.
    void setConversation(qint64 id, const QList<store::DeskMessageRow>& messages, const QStringList& profileFacts,
                         const QStringList& scripts);
    // Suggestions only for the agent who holds the conversation; a summary for anyone who sees it.
    void setCanSuggest(bool can);

    void suggest();
    void summarize();
    // Stops the suggestion or summary being written (what is there stays).
    void stop();

    QListWidget* suggestions() const { return m_list; }
    QString statusText() const;
    QString summaryText() const;

Q_SIGNALS:
    void insertRequested(const QString& text);
    void suggested(int count);
    void summarized(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    inference::AssistContext context() const;
    void addSuggestion(const QString& text);
    // The reply model's folder when a run may start (and marks the panel busy), else empty.
    QString begin(const QString& status);

    UiContext& m_ctx;
    desk::DeskService& m_service;
    qint64 m_id = 0;
    QList<store::DeskMessageRow> m_messages;
    QStringList m_facts;
    QStringList m_scripts;
    bool m_canSuggest = false;
    bool m_busy = false;
    quint64 m_generation = 0; // answers for an older conversation are dropped
    std::shared_ptr<std::atomic<bool>> m_stopFlag = std::make_shared<std::atomic<bool>>(false);

    QPushButton* m_suggest = nullptr;
    QPushButton* m_summary = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_summaryText = nullptr;
};

} // namespace lx::ui
