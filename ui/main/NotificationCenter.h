#pragma once

#include "store/DeskTable.h"

#include <QList>
#include <QObject>

class QMenu;
class QSystemTrayIcon;
class QToolButton;
class QWidget;

namespace lx::desk {
class DeskService;
}

namespace lx::ui {

struct UiContext;

// Tells an operator what happened to them while they work in another panel or window: a new
// message in a conversation they hold, a conversation assigned to them or taken back, an SLA
// warning or breach; supervisors also hear of breaches and third-strike escalations. Each
// arrives as a system-tray message (where the desktop has a tray), an optional sound, the
// unread count on a status-bar button and in the window title, and a line in the button's list;
// choosing a line opens the conversation. It reads the desk's alerts whenever the desk monitor
// says the workspace changed; alerts from before the window opened are not news.
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    // openedMs: when the window opened (before its desk monitor started): what happened since is news.
    NotificationCenter(UiContext& ctx, QWidget* window, qint64 openedMs);
    ~NotificationCenter() override;

    QToolButton* button() const { return m_button; }
    int unread() const { return m_unread; }
    // The newest first, at most kKept.
    const QList<store::AlertRow>& recent() const { return m_recent; }
    void markAllRead();
    // Reads alerts newer than the last one seen (asynchronously); called on every desk change.
    void check();
    void retranslate();

    static constexpr int kKept = 50;

Q_SIGNALS:
    void unreadChanged(int unread);
    void openConversation(qint64 conversationId);

private:
    void arrived(const QList<store::AlertRow>& alerts);
    void rebuildMenu();

    UiContext& m_ctx;
    QWidget* m_window;
    std::unique_ptr<desk::DeskService> m_service;
    QToolButton* m_button = nullptr;
    QMenu* m_menu = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QList<store::AlertRow> m_recent;
    qint64 m_openedMs = 0; // alerts from before the window opened are not news
    qint64 m_lastId = -1;  // the newest alert seen; -1 before the first read
    int m_unread = 0;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace lx::ui
