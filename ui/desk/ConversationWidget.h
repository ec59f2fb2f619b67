#pragma once

#include "content/ContentService.h"
#include "desk/DeskService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace lx::ui {

struct UiContext;
class ReplyAssistPanel;

// The Conversation panel: the transcript with each user message's sentiment, the user's profile
// card (for whoever holds the conversation), take over / hand back / close / escalate, and a
// reply box where "/" inserts a script with the conversation's values filled in. The quality
// gate runs as the agent types, and again in the service before anything is sent.
class ConversationWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationWidget)

public:
    ConversationWidget(UiContext& ctx, desk::DeskService& service, QWidget* parent = nullptr);
    ~ConversationWidget() override;

    void showConversation(qint64 id);
    // Re-reads the shown conversation; the transcript is redrawn only when it has changed.
    void reload();
    qint64 conversationId() const { return m_id; }
    const std::optional<store::ConversationRow>& conversation() const { return m_row; }
    int messageCount() const { return int(m_messages.size()); }

    void take();
    void handBack();
    void closeConversation();
    void escalate(const QString& reason = {});
    void send();
    // Opens the script list at the cursor ("/" does this).
    void openScripts();
    // Puts script number `index` of the list into the reply box in place of the "/".
    void insertScript(int index);
    QListWidget* scriptPicker() const { return m_picker; }
    QPlainTextEdit* replyBox() const { return m_reply; }
    QTextBrowser* transcriptView() const { return m_transcript; }
    QLabel* findings() const { return m_findings; }
    ReplyAssistPanel* assist() const { return m_assist; }

Q_SIGNALS:
    void changed(qint64 id);
    void loaded(qint64 id);
    void sent(qint64 messageId);
    void scriptsReady();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Loaded;
    void retranslate();
    void apply(const Loaded& l);
    void renderTranscript();
    void updateButtons();
    void checkReply();
    void feedAssist();
    void act(const QString& what, std::function<Result<store::ConversationRow>()> work);
    void showMessage(const QString& text, bool error);

    UiContext& m_ctx;
    desk::DeskService& m_service;
    qint64 m_id = 0;
    std::optional<store::ConversationRow> m_row;
    QList<store::DeskMessageRow> m_messages;
    QList<content::ContentItem> m_scripts;
    QStringList m_facts;
    qint64 m_shownLastMessage = -1;
    bool m_loading = false;
    bool m_sending = false;
    bool m_replyBlocked = true;
    // The last inserted script's experiment variant, counted as an exposure if it goes out.
    std::optional<desk::ReplyExposure> m_exposure;
    QString m_exposureText;

    QLabel* m_header = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_handBack = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_escalate = nullptr;
    QTextBrowser* m_transcript = nullptr;
    QLabel* m_cardTitle = nullptr;
    QLabel* m_card = nullptr;
    QPlainTextEdit* m_reply = nullptr;
    QLabel* m_findings = nullptr;
    ReplyAssistPanel* m_assist = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_scriptsButton = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_picker = nullptr;
    QTimer* m_checkTimer = nullptr;
    QWidget* m_emptyState = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace lx::ui
